using Graph.Core.Model;
using Graph.Extraction.Tests.Events;

namespace Graph.Extraction.Tests.Resolution;

public sealed class FamilyNameFirstTests
{
    private static GraphDocument Extract(string body) =>
        TestArticles.Extractor.Extract(TestArticles.Body(body), CancellationToken.None);

    [Fact]
    public void Extract_FamilyNameFirstThenShortForm_SamePerson()
    {
        var doc = Extract("Chinese Trade Minister Wei Jian Hong said the talks would resume. \"We are patient,\" Wei said.");
        Assert.DoesNotContain(doc.Entities, e => e.Id == "person:wei");
        Assert.All(doc.Events.Where(e => e.Type == EventType.Statement), e => EventAssert.Participants(e, ("person:wei-jian-hong", ParticipantRoles.Speaker)));
    }

    [Fact]
    public void Extract_CommonGivenNameFirst_NotJoined()
    {
        var doc = Extract("Trade Minister John Carter Wells said the talks would resume. John said nothing more.");
        Assert.DoesNotContain(doc.Mentions, m => m.Text == "John" && m.Entity == "person:john-carter-wells");
    }

    [Fact]
    public void Extract_TitledGivenNameAfterTheFullName_SamePerson()
    {
        var doc = Extract("Eritrean President Isaias Tesfay arrived in Nairobi on Monday. President Isaias was greeted by Kenyan officials at the airport.");
        Assert.DoesNotContain(doc.Entities, e => e.Id == "person:isaias");
        Assert.Contains(doc.Mentions, m => m.Text == "Isaias" && m.Entity == "person:isaias-tesfay");
    }

    [Theory]
    [InlineData("Chinese Foreign Minister Wang Chen met the Brazilian envoy on Monday. Wang said the talks were useful.", "person:wang-chen", "Wang")]
    [InlineData("South Korea's President Lee Ha-jun arrived in Tokyo on Monday. Lee said the two countries must work together.", "person:lee-ha-jun", "Lee")]
    [InlineData("Wang Chen, China's top diplomat, met the envoy on Monday. Wang said the talks were useful.", "person:wang-chen", "Wang")]
    public void Extract_GivenNameListedFamilyNameOfAChineseOrKoreanPerson_SamePerson(string body, string person, string shortForm)
    {
        var doc = Extract(body);
        Assert.Contains(doc.Mentions, m => m.Text == shortForm && m.Entity == person);
        Assert.DoesNotContain(doc.Entities, e => e.Id == "person:" + shortForm.ToLowerInvariant());
    }

    [Fact]
    public void Extract_GivenNameOfAPersonOfAnotherState_NotJoined()
    {
        var doc = Extract("Chinese officials met Trade Minister John Carter Wells on Monday. John said nothing more.");
        Assert.DoesNotContain(doc.Mentions, m => m.Text == "John" && m.Entity == "person:john-carter-wells");
    }
}
