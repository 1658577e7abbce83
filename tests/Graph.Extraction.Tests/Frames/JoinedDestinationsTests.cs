using Graph.Core.Model;

namespace Graph.Extraction.Tests.Frames;

/// <summary>
/// A visit to places joined by "and" or commas, one visit to each; and a guest received or met as "visiting" (sentences
/// written for these tests; the thirty-eighth extraction pass).
/// </summary>
public sealed class JoinedDestinationsTests
{
    private static List<string> Places(string sentence)
    {
        var document = Parsed.Extract(sentence);
        return [.. document.Events.Where(e => e.Type == EventType.Visit).Select(e => document.Entities.First(x => x.Id == e.Location).Name).Order(StringComparer.Ordinal)];
    }

    [Theory]
    [InlineData("Foreign Minister Ana Ruiz visited Lima and Quito on Monday.", "Lima", "Quito")]
    [InlineData("Foreign Minister Ana Ruiz travelled to Peru and Ecuador last week.", "Ecuador", "Peru")]
    public void Extract_VisitToTwoPlaces_OneVisitToEach(string sentence, string one, string other) =>
        Assert.Equal([one, other], Places(sentence));

    [Fact]
    public void Extract_CitiesEachWithItsCountry_OneVisitToEachCity() =>
        Assert.Equal(["Lima", "Quito"], Places("Foreign Minister Ana Ruiz travelled to Lima, Peru, and Quito, Ecuador, last week."));

    [Theory]
    [InlineData("Premier Ana Ruiz met with visiting Peruvian Prime Minister Luis Vega in Santiago on Monday.")]
    [InlineData("Premier Ana Ruiz received visiting Peruvian Trade Minister Luis Vega in Santiago on Monday.")]
    public void Extract_GuestReceivedAsVisiting_Meeting(string sentence) =>
        Assert.Equal(["participant=Ana Ruiz participant=Luis Vega"], Parsed.Sides(sentence, EventType.Meeting));

    [Fact]
    public void Extract_GuestReceivedAsVisiting_Visit() =>
        Assert.Equal(["visitor=Luis Vega"], Parsed.Sides("Premier Ana Ruiz received visiting Peruvian Trade Minister Luis Vega in Santiago on Monday.", EventType.Visit));

    [Fact]
    public void Extract_VisitingCampsBegun_NoMeeting() =>
        Assert.Empty(Parsed.Sides("Minister Ana Ruiz began visiting Peruvian refugee camps in 2019.", EventType.Meeting));

    [Fact]
    public void Extract_GuestReceivedAsTheVisiting_Meeting() =>
        Assert.Equal(["participant=Ana Ruiz participant=Luis Vega"],
            Parsed.Sides("Premier Ana Ruiz on Thursday received the visiting Peruvian Foreign Minister Luis Vega.", EventType.Meeting));
}
