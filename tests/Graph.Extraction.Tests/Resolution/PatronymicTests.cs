using Graph.Core.Model;

namespace Graph.Extraction.Tests.Resolution;

/// <summary>A name after "bin"/"ibn" is the father's ("son of"): used alone it names the father, not the son.</summary>
public sealed class PatronymicTests
{
    private static GraphDocument Extract(string body) =>
        TestArticles.Extractor.Extract(TestArticles.Body(body), CancellationToken.None);

    [Fact]
    public void Extract_FathersNameAloneAfterTheSonsFullName_TwoPersons()
    {
        var doc = Extract("Crown Prince Khalid bin Faisal met Kenyan officials on Monday. King Faisal later received the delegation in Jeddah.");
        Assert.Contains(doc.Mentions, m => m.Text == "Faisal" && m.Entity != "person:khalid-bin-faisal");
        Assert.Contains(doc.Entities, e => e.Id == "person:khalid-bin-faisal");
    }

    [Fact]
    public void Extract_OrdinarySurnameAloneAfterTheFullName_SamePerson()
    {
        var doc = Extract("Foreign Minister Khalid Haddad met Kenyan officials on Monday. Haddad later received the delegation in Amman.");
        Assert.Contains(doc.Mentions, m => m.Text == "Haddad" && m.Entity == "person:khalid-haddad");
    }
}
