using Graph.Core.Model;

namespace Graph.Extraction.Tests.Roles;

public class RoleExtractorTests
{
    private static List<(string Person, string Title, string Target)> Roles(string body)
    {
        var document = TestArticles.Extractor.Extract(TestArticles.Body(body), CancellationToken.None);
        return document.Relations.Where(r => r.Type == RelationTypes.HoldsRole)
            .Select(r => (r.Source, r.Properties["title"], r.Target)).ToList();
    }

    [Theory]
    [InlineData("Norway's Prime Minister Helga Brandvold spoke first.", "person:helga-brandvold", "Prime Minister", "country:NO")]
    [InlineData("Norwegian President Helga Brandvold spoke first.", "person:helga-brandvold", "President", "country:NO")]
    [InlineData("U.S. Secretary of State Dana Whitlock spoke first.", "person:dana-whitlock", "Secretary of State", "country:US")]
    [InlineData("British Prime Minister Oliver Pennant spoke first.", "person:oliver-pennant", "Prime Minister", "country:GB")]
    public void Extract_TitleBeforeName_HoldsRoleOfTheOwner(string body, string person, string title, string target)
    {
        Assert.Contains((person, title, target), Roles(body));
    }

    [Fact]
    public void Extract_OwnedTitleSetOffByAComma_HoldsRole()
    {
        Assert.Contains(("person:isaias-tesfay", "President", "country:ER"), Roles("Eritrean President, Isaias Tesfay, touched down in Nairobi this morning."));
    }

    [Fact]
    public void Extract_CounterpartSetOffByAComma_IsNoTitle()
    {
        Assert.DoesNotContain(Roles("Dana Whitlock called her Chilean counterpart, Rosa Ibarra, on Friday."), r => r.Title == "Counterpart");
    }

    [Fact]
    public void Extract_Counterpart_TakesTheCountryOfTheDemonym()
    {
        var roles = Roles("Dana Whitlock called her Chilean counterpart, Foreign Minister Rosa Ibarra, on Friday.");

        Assert.Contains(("person:rosa-ibarra", "Foreign Minister", "country:CL"), roles);
    }

    [Theory]
    [InlineData("The letter was written by Ida Holm, the Chilean president's closest adviser.")]
    [InlineData("The sanctions hit Ida Holm, the OPEC member's largest creditor.")]
    public void Extract_AppositionWhoseTitleOwnsTheNounAfterIt_IsNoRoleOfThePerson(string body) =>
        Assert.DoesNotContain(Roles(body), r => r.Person == "person:ida-holm");

    [Fact]
    public void Extract_Apposition_TakesTitleAndOwner()
    {
        var roles = Roles("Odile Marchetti, the U.S. Ambassador to the United Nations, objected.");

        var role = Assert.Single(roles);
        Assert.Equal("person:odile-marchetti", role.Person);
        Assert.Equal("country:US", role.Target);
        Assert.Contains("Ambassador", role.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_NewsOutletPossessive_IsAJournalist()
    {
        var roles = Roles("NPR's Ilse Varga reported from the border; Tomas Grell contributed from the capital.");

        Assert.Contains(("person:ilse-varga", "journalist", "org:npr"), roles);
        Assert.Contains(("person:tomas-grell", "journalist", "org:npr"), roles);
    }

    [Fact]
    public void Extract_TitleWithoutOwner_MakesNoRole()
    {
        Assert.Empty(Roles("Deputy Interior Minister Tomas Veerkamp inspected the base."));
    }

    [Fact]
    public void Extract_SameRoleTwice_IsOneRelation()
    {
        var roles = Roles("Norwegian President Helga Brandvold spoke. Later Norwegian President Helga Brandvold left.");

        Assert.Single(roles);
    }

    [Theory]
    // The title read with and without its complement, or with and without the words before its head: one office.
    [InlineData("Helga Brandvold, Norway's ambassador to Peru, was summoned on Monday.", "Ambassador to Peru")]
    [InlineData("Norway's main opposition leader Helga Brandvold said the vote was unfair.", "Main Opposition Leader")]
    public void Extract_TitleReadWholeAndCutShort_OneRelationWithTheWholeTitle(string body, string title)
    {
        Assert.Equal([$"Helga Brandvold / {title} / Norway"], Frames.Parsed.Roles(body));
    }

    [Fact]
    public void Extract_CounterpartFromAStateNamedAfterAComma_TheCounterpartsTitleThere() =>
        Assert.Contains("Luis Vega / Foreign Minister / Peru",
            Frames.Parsed.Roles("Chilean Foreign Minister Ana Ruiz met her counterpart from Peru, Luis Vega, in Lima on Monday."));
}
