using Graph.Core.Model;
using static Graph.Extraction.Tests.Events.Cast;

namespace Graph.Extraction.Tests.Events;

public sealed class NegotiationEventTests
{
    [Fact]
    public void Extract_NegotiatedWith_BothSides()
    {
        var e = EventAssert.Single(Builder().Events("Chile negotiated with Brazil over fishing rights."), EventType.Negotiation);
        EventAssert.Participants(e, (Chile, ParticipantRoles.Participant), (Brazil, ParticipantRoles.Participant));
        Assert.Equal("046", e.Cameo);
    }

    [Fact]
    public void Extract_NegotiationsBetween_BothSidesAndDate()
    {
        var e = EventAssert.Single(Builder().Events("Negotiations between Japan and Kenya resumed on Friday."), EventType.Negotiation);
        EventAssert.Participants(e, (Japan, ParticipantRoles.Participant), (Kenya, ParticipantRoles.Participant));
        Assert.Equal("2023-03-03", e.Date);
    }

    [Fact]
    public void Extract_HeldTalksOnWith_MeetingOnly()
    {
        // Whether talks aim at a deal is read on the parse (NegotiationFrameTests); "talks on" alone names a topic.
        var events = Builder().Events("Norway held talks on trade with Finland.");
        var e = EventAssert.Single(events, EventType.Meeting);
        EventAssert.Participants(e, (Norway, ParticipantRoles.Participant), (Finland, ParticipantRoles.Participant));
        Assert.DoesNotContain(events, x => x.Type == EventType.Negotiation);
    }

    [Fact]
    public void Extract_MediatedBetween_MediationCode()
    {
        var e = EventAssert.Single(Builder().Events("Norway mediated between Chile and Brazil."), EventType.Negotiation);
        Assert.Equal("045", e.Cameo);
        Assert.Equal(3, e.Participants.Count);
    }

    [Fact]
    public void Extract_OneSide_NoNegotiation() =>
        EventAssert.None(Builder().Events("Adler will negotiate over gas prices."), EventType.Negotiation);

    [Fact]
    public void Extract_NoSides_NoNegotiation() =>
        EventAssert.None(Builder().Events("There is room to negotiate."), EventType.Negotiation);
}
