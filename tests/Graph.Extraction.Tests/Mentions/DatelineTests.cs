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

    [Fact]
    public void Extract_AcronymBeforeACountryInAHeadline_StaysABody() =>
        Assert.Contains((EntityType.Organization, "KALU"), Parsed.Entities("KALU, Peru agree to hold talks on Monday"));
}
