using Graph.Core.Model;

namespace Graph.Extraction.Tests.Frames;

/// <summary>
/// Dialogues held, audiences granted to a titled name, and itineraries whose stops each have their own day: sentences of
/// our own (published Wednesday 12 March 2025).
/// </summary>
public class DialoguesAudiencesAndItinerariesTests
{
    [Theory]
    [InlineData("King Tomas Ferreira received in audience Chilean Foreign Minister Ana Ruiz at the palace on Monday.")]
    [InlineData("King Tomas Ferreira received in audience the Foreign Minister of Chile, Ana Ruiz, on Monday.")]
    public void Extract_AudienceGrantedToATitledName_Meeting(string sentence) =>
        Assert.Equal(["participant=Ana Ruiz participant=Tomas Ferreira"], Parsed.Sides(sentence, EventType.Meeting));

    [Fact]
    public void Extract_DialogueHeldByTwoStates_MeetingWhereHeld()
    {
        var events = Parsed.Events("Peru and Ghana held their annual strategic dialogue in Lima on Monday.");

        var meeting = Assert.Single(events, e => e.Type == EventType.Meeting);
        Assert.Equal(["country:GH", "country:PE"], meeting.Participants.Select(p => p.Entity).Order(StringComparer.Ordinal));
        Assert.Equal("loc:lima", meeting.Location);
        Assert.Equal("2025-03-10", meeting.Date);
    }

    [Fact]
    public void Extract_DialogueHeldWithACounterpart_MeetingWhereHeld()
    {
        var events = Parsed.Events("Peruvian Foreign Minister Ana Ruiz held a strategic dialogue with her Ghanaian counterpart in Lima on Monday.");

        var meeting = Assert.Single(events, e => e.Type == EventType.Meeting);
        Assert.Contains(meeting.Participants, p => p.Entity == "country:GH");
        Assert.Equal("loc:lima", meeting.Location);
    }

    [Theory]
    [InlineData("Ghana called for dialogue with Peru on Monday.")]
    [InlineData("Peru and Ghana will hold a strategic dialogue in Lima next week.")]
    public void Extract_DialogueAskedForOrToCome_NoMeeting(string sentence) =>
        Assert.DoesNotContain(Parsed.Events(sentence), e => e.Type == EventType.Meeting);

    [Fact]
    public void Extract_PlacesVisitedEachOnItsDay_EachVisitDatedByItsOwn()
    {
        var visits = Parsed.Events("Peruvian President Ana Ruiz visited Ghana on Monday and Togo on Tuesday.").Where(e => e.Type == EventType.Visit);

        Assert.Equal(["country:GH 2025-03-10", "country:TG 2025-03-11"], visits.Select(v => $"{v.Location} {v.Date}").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Extract_PeopleMetEachOnTheirDay_EachMeetingDatedByItsOwn()
    {
        var document = Parsed.Extract("Peruvian President Ana Ruiz met Ghanaian President Kofi Mensah on Monday and Togolese President Ama Dogbe on Tuesday.");
        var names = document.Entities.ToDictionary(e => e.Id, e => e.Name, StringComparer.Ordinal);

        var meetings = document.Events.Where(e => e.Type == EventType.Meeting)
            .Select(e => string.Join(" ", e.Participants.Select(p => names[p.Entity]).Order(StringComparer.Ordinal)) + " " + e.Date);
        Assert.Equal(["Ama Dogbe Ana Ruiz 2025-03-11", "Ana Ruiz Kofi Mensah 2025-03-10"], meetings.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Extract_PlacesVisitedOnOneDay_BothDatedByIt()
    {
        var visits = Parsed.Events("Peruvian President Ana Ruiz visited Ghana and Togo on Tuesday.").Where(e => e.Type == EventType.Visit);

        Assert.Equal(["country:GH 2025-03-11", "country:TG 2025-03-11"], visits.Select(v => $"{v.Location} {v.Date}").Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("Analysts said in a note that Chilean travel to Peru could drop by a fifth this year.")]
    [InlineData("Analysts said that Chilean visits to Peru rose last year.")]
    public void Extract_APeoplesTravelByItsAdjective_NoVisit(string sentence) =>
        Assert.DoesNotContain(Parsed.Events(sentence), e => e.Type == EventType.Visit);

    [Fact]
    public void Extract_TravelledToEachPlaceWithItsOwnPrepositionAndDay_EachVisitDatedByItsOwn()
    {
        var visits = Parsed.Events("Peruvian President Ana Ruiz travelled to Ghana on Monday and to Togo on Tuesday.").Where(e => e.Type == EventType.Visit);

        Assert.Equal(["country:GH 2025-03-10", "country:TG 2025-03-11"], visits.Select(v => $"{v.Location} {v.Date}").Order(StringComparer.Ordinal));
    }
}
