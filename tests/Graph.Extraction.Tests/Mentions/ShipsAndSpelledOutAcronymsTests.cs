using Graph.Core.Model;
using Graph.Extraction.Tests.Frames;

namespace Graph.Extraction.Tests.Mentions;

/// <summary>Ships named after a prefix, acronyms a sentence spells out as another body than the one known by them, questions in capitals.</summary>
public sealed class ShipsAndSpelledOutAcronymsTests
{
    [Theory]
    [InlineData("The carrier USS Tomas R. Ferreira entered the Red Sea on Monday.")]
    [InlineData("Sailors aboard HMS Luis Vega fired warning shots on Monday.")]
    public void Extract_ShipAfterItsPrefix_NoPersonOrBody(string body) =>
        Assert.DoesNotContain(Parsed.Entities(body), e => e.Type is EntityType.Person || e.Name.StartsWith("USS", StringComparison.Ordinal) || e.Name.StartsWith("HMS", StringComparison.Ordinal));

    [Fact]
    public void Extract_AcronymSpelledOutAsAnotherBody_TheBodyTheSentenceNames()
    {
        var entities = Parsed.Entities("The Armed Forces of the Philippines (AFP) said on Monday that its patrol was safe.");

        Assert.Contains((EntityType.Organization, "Armed Forces of the Philippines"), entities);
        Assert.DoesNotContain(entities, e => e.Name == "Agence France-Presse");
    }

    [Fact]
    public void Extract_AcronymSpelledOutAsTheKnownBody_TheKnownBody() =>
        Assert.Contains((EntityType.Organization, "Agence France-Presse"), Parsed.Entities("Agence France-Presse (AFP) said on Monday that its office was safe."));

    [Fact]
    public void Extract_SubheadingAskedInCapitals_ItsWordsNoBodies() =>
        Assert.Equal([(EntityType.Country, "Chile")],
            Parsed.Entities("WHAT IS IT?\n\nThe pact was signed in 1996.\n\nWHO CHAIRS IT NOW?\n\nChile holds the chair."));

    [Fact]
    public void Extract_HeadlineInCapitalsNamingABody_TheBody() =>
        Assert.Contains(Parsed.Entities("WHO WARNS OF NEW OUTBREAK IN CHILE\n\nThe agency said cases were rising."), e => e.Name == "World Health Organization");
}
