using Graph.Core.Model;
using Graph.Extraction.Tests.Frames;

namespace Graph.Extraction.Tests.Mentions;

/// <summary>A dateline's place written in capitals is a place, the same as the place named in the story.</summary>
public class DatelineTests
{
    [Theory]
    [InlineData("TACNA, Peru (Reuters) - Ana Ruiz met Luis Vega in Tacna on Monday.")]
    [InlineData("TACNA (AP) - Ana Ruiz met Luis Vega in Tacna on Monday.")]
    public void Extract_PlaceInCapitalsOpeningTheDateline_ThatPlace(string body)
    {
        var entities = Parsed.Entities(body);

        Assert.Contains((EntityType.Location, "Tacna"), entities);
        Assert.DoesNotContain(entities, e => e.Type == EntityType.Organization);
    }

    [Theory]
    [InlineData("TACNA, Peru \u2014 Chilean President Ana Ruiz met Bolivian President Luis Vega on Sunday.")]
    [InlineData("Tacna, Peru \u2014 Chilean President Ana Ruiz met Bolivian President Luis Vega on Sunday.")]
    public void Extract_PlaceAndCountryBeforeADash_DatelineNoSide(string body) =>
        Assert.Equal(["participant=Ana Ruiz participant=Luis Vega"], Parsed.Sides(body, EventType.Meeting));

    [Fact]
    public void Extract_PlaceOpeningTheSentenceBeforeAHyphenatedName_NoDateline() =>
        Assert.Equal(["speaker=Jean-Luc Ruiz"], Parsed.Sides("In Lima, Chilean Prime Minister Jean-Luc Ruiz announced the release on Monday.", EventType.Statement));

    [Fact]
    public void Extract_AcronymBeforeACountryInAHeadline_StaysABody() =>
        Assert.Contains((EntityType.Organization, "KALU"), Parsed.Entities("KALU, Peru agree to hold talks on Monday"));
}
