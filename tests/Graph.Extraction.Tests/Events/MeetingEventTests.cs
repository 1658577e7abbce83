using Graph.Core.Model;
using static Graph.Extraction.Tests.Events.Cast;

namespace Graph.Extraction.Tests.Events;

public sealed class MeetingEventTests
{
    [Fact]
    public void Extract_MetWithPlaceAndWeekday_BothSidesPlaceAndDate()
    {
        var e = EventAssert.Single(Builder().Events("Lindqvist met Adler in Oslo on Monday."), EventType.Meeting);
        EventAssert.Participants(e, (Lindqvist, ParticipantRoles.Participant), (Adler, ParticipantRoles.Participant));
        Assert.Equal(Oslo, e.Location);
        Assert.Equal("2023-03-06", e.Date);
        Assert.Equal("040", e.Cameo);
    }

    [Fact]
    public void Extract_HeldTalksWith_BothSides()
    {
        var e = EventAssert.Single(Builder().Events("Carvalho held talks with Lindqvist."), EventType.Meeting);
        EventAssert.Participants(e, (Carvalho, ParticipantRoles.Participant), (Lindqvist, ParticipantRoles.Participant));
    }

    [Fact]
    public void Extract_NewsConferenceInFrontedPhrase_SentenceSubjectJoins()
    {
        var events = Builder().Events("At a joint news conference in Lisbon with Adler, Carvalho said the treaty was ready.");
        var e = EventAssert.Single(events, EventType.Meeting);
        EventAssert.Participants(e, (Adler, ParticipantRoles.Participant), (Carvalho, ParticipantRoles.Participant));
        Assert.Equal(Lisbon, e.Location);
        EventAssert.Participants(EventAssert.Single(events, EventType.Statement), (Carvalho, ParticipantRoles.Speaker));
    }

    [Fact]
    public void Extract_CoordinatedSubject_BothCountries()
    {
        var e = EventAssert.Single(Builder().Events("Japan and Brazil met on Tuesday."), EventType.Meeting);
        EventAssert.Participants(e, (Japan, ParticipantRoles.Participant), (Brazil, ParticipantRoles.Participant));
        Assert.Equal("2023-03-07", e.Date);
    }

    [Fact]
    public void Extract_Hosted_HostAVisitCode()
    {
        var e = EventAssert.Single(Builder().Events("Carvalho hosted Adler in Lisbon."), EventType.Meeting);
        Assert.Equal("043", e.Cameo);
        Assert.Equal(2.8, e.Goldstein);
    }

    [Fact]
    public void Extract_WillMeet_NoMeeting()
    {
        // Annotation guidelines: an announced meeting is no event. The same sentence in the past is one (a control).
        EventAssert.None(Builder().Events("Lindqvist will meet Adler next week."), EventType.Meeting);
        EventAssert.Single(Builder().Events("Lindqvist met Adler last week."), EventType.Meeting);
    }

    [Fact]
    public void Extract_OneNamedSide_NoMeeting() =>
        EventAssert.None(Builder().Events("Lindqvist met reporters in Oslo."), EventType.Meeting);

    [Fact]
    public void Extract_Negated_NoMeeting() =>
        EventAssert.None(Builder().Events("Adler did not meet Carvalho."), EventType.Meeting);

    [Fact]
    public void Extract_MeetingWithoutSides_NoMeeting() =>
        EventAssert.None(Builder().Events("The meeting in Oslo was postponed."), EventType.Meeting);
}
