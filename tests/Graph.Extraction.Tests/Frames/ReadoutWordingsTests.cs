using Graph.Core.Model;

namespace Graph.Extraction.Tests.Frames;

/// <summary>
/// The wording of official readouts: a telephone talk, a telephonic conversation, a visit being paid, a visit of so
/// many days concluded, a managing director (sentences written for these tests; the thirty-eighth extraction pass).
/// </summary>
public sealed class ReadoutWordingsTests
{
    [Theory]
    [InlineData("Foreign Minister Ana Ruiz held a telephone talk with Peruvian Foreign Minister Luis Vega on Thursday.")]
    [InlineData("Foreign Minister Ana Ruiz held a telephonic conversation with Peruvian Foreign Minister Luis Vega on Thursday.")]
    public void Extract_TelephoneTalkOrTelephonicConversation_PhoneCall(string sentence)
    {
        Assert.Equal(["participant=Ana Ruiz participant=Luis Vega"], Parsed.Sides(sentence, EventType.PhoneCall));
        Assert.Empty(Parsed.Sides(sentence, EventType.Meeting));
    }

    [Fact]
    public void Extract_TalkGivenAtAUniversity_NoCall() =>
        Assert.Empty(Parsed.Events("Foreign Minister Ana Ruiz gave a talk at the university in Lima on Thursday."));

    [Theory]
    [InlineData("Chilean President Ana Ruiz is paying a visit to Peru.")]
    [InlineData("Chilean President Ana Ruiz is paying a three-day state visit to Peru.")]
    [InlineData("Chilean President Ana Ruiz concluded her three-day visit to Peru on Saturday.")]
    public void Extract_VisitPaidOrConcluded_Visit(string sentence) =>
        Assert.Equal(["visitor=Ana Ruiz"], Parsed.Sides(sentence, EventType.Visit));

    [Fact]
    public void Extract_VisitToBePaid_NoVisit() =>
        Assert.Empty(Parsed.Sides("Chilean President Ana Ruiz will pay a visit to Peru next week.", EventType.Visit));

    [Theory]
    [InlineData("The IMF's managing director, Kristina Varga, met Chile's finance minister in Santiago on Monday.")]
    [InlineData("IMF managing director Kristina Varga met Chilean Finance Minister Luis Vega in Santiago on Monday.")]
    public void Extract_ManagingDirectorNamed_ThePersonMeets(string sentence) =>
        Assert.Contains("participant=Kristina Varga", Assert.Single(Parsed.Sides(sentence, EventType.Meeting)), StringComparison.Ordinal);

    [Fact]
    public void Extract_HeadlineParticipleWithAnObject_StillTheVerb() =>
        Assert.Equal(["imposer=Chile target=Peru"], Parsed.Sides("Chile ending aid to Peru over border dispute", EventType.Sanction));
}
