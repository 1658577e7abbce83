using Graph.Core.Model;

namespace Graph.Extraction.Tests.Frames;

/// <summary>
/// Names inside prefixed words ("pro-Russian", "anti-Houthi", "intra-Syrian") are mentioned but are no side, owner or
/// office's country; countries' combining forms ("Franco-German") name both countries.
/// </summary>
public sealed class PrefixedNameTests
{
    [Theory]
    [InlineData("The pro-Chilean party won the vote in Lima.")]
    [InlineData("Talks on an intra-Chilean settlement resumed in Lima.")]
    public void Extract_NameAfterALowerCasePrefix_CountryMentioned(string text) =>
        Assert.Contains((EntityType.Country, "Chile"), Parsed.Entities(text));

    [Fact]
    public void Extract_PrefixedCommonWordOpeningTheSentence_NoOrganization() =>
        Assert.DoesNotContain(Parsed.Entities("Anti-government fighters stormed a police station in Osorno on Monday."), e => e.Type == EntityType.Organization);

    [Fact]
    public void Extract_PrefixedCountryOnTheAttackers_AttackWithNoActor()
    {
        const string text = "Pro-Chilean separatists shelled the town of Tacna on Monday.";
        Assert.Equal([""], Parsed.Sides(text, EventType.MilitaryAction));
    }

    [Fact]
    public void Extract_ArmedGroupTheFightersOppose_NotTheirDeed()
    {
        const string text = "Anti-Taliban fighters attacked a checkpoint in Panjshir on Sunday.";
        Assert.DoesNotContain(Parsed.Sides(text, EventType.MilitaryAction), s => s.Contains("Taliban", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_PrefixedCountryBeforeATitle_OfficeOfTheOwner()
    {
        const string text = "Peru's pro-Chilean President Luis Vega met reporters in Lima.";
        Assert.Equal(["Luis Vega / President / Peru"], Parsed.Roles(text));
    }

    [Fact]
    public void Extract_PrefixedCountryOnTheSpeakers_NoStatementOfThatCountry()
    {
        const string text = "Pro-Chilean lawmakers said the election in Peru was fair.";
        Assert.DoesNotContain(Parsed.Sides(text, EventType.Statement), s => s.Contains("Chile", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The Franco-German plan was backed by Italy.", "France", "Germany")]
    [InlineData("Sino-Indian talks resumed in Geneva.", "China", "India")]
    public void Extract_CombiningFormBeforeACountry_BothCountries(string text, string first, string second)
    {
        var entities = Parsed.Entities(text);
        Assert.Contains((EntityType.Country, first), entities);
        Assert.Contains((EntityType.Country, second), entities);
    }

    [Fact]
    public void Extract_CombiningFormBeforeARegion_NoCountry() =>
        Assert.DoesNotContain(Parsed.Entities("Navies of four states held drills in the Indo-Pacific region."), e => e.Name == "India");
}
