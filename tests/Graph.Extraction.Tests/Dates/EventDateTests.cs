using Graph.Core.Model;
using Graph.Extraction.Tests.Events;
using Graph.Extraction.Tests.Frames;
using static Graph.Extraction.Tests.Events.Cast;

namespace Graph.Extraction.Tests.Dates;

public sealed class EventDateTests
{
    [Fact]
    public void Extract_TwoDates_NearestToTheTrigger()
    {
        var e = EventAssert.Single(Cast.Builder().Events("On Monday, after a quarrel last week, Lindqvist met Adler."), EventType.Meeting);
        Assert.Equal("2023", e.Date);
    }

    [Fact]
    public void Extract_SinceBound_NotTheEventDate()
    {
        var e = EventAssert.Single(Cast.Builder().Events("Lindqvist met Adler for the first time since last year."), EventType.Meeting);
        Assert.Null(e.Date);
    }

    // Published 2025-03-12 (Parsed): a day and month after it, in an event that happened, were in the year before.
    [Fact]
    public void Extract_MetOnADayLaterInTheYearThanPublication_TheYearBefore() =>
        Assert.Equal("2024-06-05", Assert.Single(Parsed.Events("Chilean President Ana Ruiz met Peruvian President Jorge Salas on June 5."), e => e.Type == EventType.Meeting).Date);

    // Published Wednesday 2025-03-12: Sunday is 03-09, and the day after it 03-10.
    [Fact]
    public void Extract_MetTheFollowingDay_TheDayAfterTheDayToldBefore()
    {
        var events = Parsed.Events("Chilean President Ana Ruiz flew to Lima on Sunday and met Peruvian President Jorge Salas at the palace the following day.");
        Assert.Equal("2025-03-09", Assert.Single(events, e => e.Type == EventType.Visit).Date);
        Assert.Equal("2025-03-10", Assert.Single(events, e => e.Type == EventType.Meeting).Date);
    }

    [Fact]
    public void Extract_MetOnASpanOfDays_MeetingOnTheFirstDay() =>
        Assert.Equal("2025-03-01", Assert.Single(Parsed.Events("Chilean President Ana Ruiz met Peruvian President Jorge Salas in Lima on March 1-2."), e => e.Type == EventType.Meeting).Date);

    [Fact]
    public void Extract_DateAfterPublication_NotTheStatementDate()
    {
        var e = EventAssert.Single(Cast.Builder().Events("Lindqvist said trade with Adler would resume next month."), EventType.Statement);
        Assert.Null(e.Date);
    }

    [Fact]
    public void Extract_DateInsideQuote_NotTheStatementDate()
    {
        var e = EventAssert.Single(Cast.Builder().Events("\"We met on Monday,\" Lindqvist said."), EventType.Statement);
        Assert.Null(e.Date);
    }

    [Fact]
    public void Extract_NoPublicationDate_RelativeDatesUnresolved()
    {
        var analysis = Cast.Builder().Build("Lindqvist met Adler on Monday.", null);
        var unpublished = analysis with { Article = analysis.Article with { Published = null } };
        var e = EventAssert.Single(new Graph.Extraction.Events.EventExtractor().Extract(unpublished), EventType.Meeting);
        Assert.Null(e.Date);
    }

    [Fact]
    public void Extract_RepeatedCall_DateFromTheLaterMention()
    {
        var events = Cast.Builder().Events("There was a phone call between Lindqvist and Adler. Lindqvist repeated her concerns in Tuesday's call with Adler.");
        var call = EventAssert.Single(events, EventType.PhoneCall);
        Assert.Equal("2023-03-07", call.Date);
        Assert.StartsWith("There was a phone call", call.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_DateOfADeedNamedByANoun_NotTheOtherEventsDate()
    {
        var events = Parsed.Events("Peru recalled its ambassador after Chile's expulsion of Peruvian diplomats in January.");

        Assert.Equal("2025-01", Assert.Single(events, e => e.Type == EventType.Sanction && e.Participants.Any(p => p.Entity == "country:CL")).Date);
        Assert.DoesNotContain(events, e => !e.Participants.Any(p => p.Entity == "country:CL" && p.Role == ParticipantRoles.Imposer) && e.Date == "2025-01");
    }

    [Fact]
    public void Extract_DateOfTheTalksTheStatementWasMadeIn_TheStatementsDate()
    {
        var events = Parsed.Events("Ana Ruiz said during talks with Luis Vega on Sunday that trade would grow.");

        Assert.Equal("2025-03-09", Assert.Single(events, e => e.Type == EventType.Statement).Date);
    }

    [Fact]
    public void Extract_DateInARelativeClauseOnTheNamedSpeaker_NotTheStatementDate() =>
        Assert.Null(Assert.Single(Parsed.Events("The Patriotic Front, which has held the town since the war began in April 2023, said in a statement that its fighters had repelled an attack."),
            e => e.Type == EventType.Statement).Date);

    [Theory]
    [InlineData("Chile said Peruvian jets had bombed a border village on Sunday.")]
    [InlineData("Ana Ruiz said her ministry was looking into shootings near the embassy last year.")]
    public void Extract_DateInsideWhatWasSaid_NotTheSayingsDate(string body) =>
        Assert.All(Parsed.Events(body).Where(e => e.Type is EventType.Statement or EventType.Accusation), e => Assert.Null(e.Date));

    [Theory]
    [InlineData("Late Sunday, Chile's foreign ministry said the border would stay closed.")]
    [InlineData("Ana Ruiz said Sunday the border would stay closed.")]
    [InlineData("Ana Ruiz said on Sunday that the border would stay closed.")]
    [InlineData("Ana Ruiz told reporters Sunday the border would stay closed.")]
    public void Extract_DateOfTheSayingBeforeOrRightAfterIt_TheStatementsDate(string body) =>
        Assert.Equal("2025-03-09", Assert.Single(Parsed.Events(body), e => e.Type == EventType.Statement).Date);

    [Fact]
    public void Extract_DateInsideASinceClause_NotTheEventsDate() =>
        Assert.Null(Assert.Single(Parsed.Events("Chile has accused Peru of arming the rebels, who have stepped up attacks since the army withdrew in August 2021."),
            e => e.Type == EventType.Accusation).Date);

    [Fact]
    public void Extract_TwoDaysLaterAfterADatedArrival_TheDayCounted()
    {
        var events = Parsed.Events("Chilean Foreign Minister Ana Ruiz arrived in Lima on Friday. Two days later, she met Peruvian President Jorge Salas.");

        Assert.Equal("2025-03-07", Assert.Single(events, e => e.Type == EventType.Visit).Date);
        Assert.Equal("2025-03-09", Assert.Single(events, e => e.Type == EventType.Meeting).Date);
    }

    // Published 2025-03-12 (Parsed): the dateline's day, before it, is the day "today" and "yesterday" count from.
    [Theory]
    [InlineData("LIMA, March 7 (Wire) - Chilean President Ana Ruiz today met Peruvian President Jorge Salas.", "2025-03-07")]
    [InlineData("LIMA, March 7 (Wire) - Chilean President Ana Ruiz met Peruvian President Jorge Salas yesterday.", "2025-03-06")]
    [InlineData("SANTIAGO, 7th March, 2025 (Wire) -- Chilean President Ana Ruiz today received Peruvian President Jorge Salas.", "2025-03-07")]
    [InlineData("Chilean President Ana Ruiz today met Peruvian President Jorge Salas.", "2025-03-12")]
    public void Extract_TodayAfterADatedDateline_TheDatelinesDay(string body, string date) =>
        Assert.Equal(date, Assert.Single(Parsed.Events(body), e => e.Type == EventType.Meeting).Date);
}
