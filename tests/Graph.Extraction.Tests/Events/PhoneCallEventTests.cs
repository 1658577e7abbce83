using Graph.Core.Model;
using static Graph.Extraction.Tests.Events.Cast;

namespace Graph.Extraction.Tests.Events;

public sealed class PhoneCallEventTests
{
    [Fact]
    public void Extract_Phoned_BothSidesAndDate()
    {
        var e = EventAssert.Single(Builder().Events("Lindqvist phoned Adler on Tuesday."), EventType.PhoneCall);
        EventAssert.Participants(e, (Lindqvist, ParticipantRoles.Participant), (Adler, ParticipantRoles.Participant));
        Assert.Equal("041", e.Cameo);
        Assert.Equal("2023-03-07", e.Date);
    }

    [Fact]
    public void Extract_PhoneCallBetween_BothSides()
    {
        var e = EventAssert.Single(Builder().Events("There was a phone call between Carvalho and Lindqvist."), EventType.PhoneCall);
        EventAssert.Participants(e, (Carvalho, ParticipantRoles.Participant), (Lindqvist, ParticipantRoles.Participant));
    }

    [Fact]
    public void Extract_SpokeByPhoneWith_BothSides()
    {
        var e = EventAssert.Single(Builder().Events("Adler spoke by phone with Carvalho."), EventType.PhoneCall);
        EventAssert.Participants(e, (Adler, ParticipantRoles.Participant), (Carvalho, ParticipantRoles.Participant));
    }

    [Fact]
    public void Extract_CallWithInPrepositionalPhrase_SubjectIsTheCaller()
    {
        var e = EventAssert.Single(Builder().Events("Adler raised the issue in his call with Carvalho."), EventType.PhoneCall);
        EventAssert.Participants(e, (Adler, ParticipantRoles.Participant), (Carvalho, ParticipantRoles.Participant));
    }

    [Fact]
    public void Extract_CalledFor_NoPhoneCall()
    {
        var events = Builder().Events("Lindqvist called for calm.");
        EventAssert.None(events, EventType.PhoneCall);
        Assert.Equal("020", EventAssert.Single(events, EventType.Statement).Cameo);
    }

    [Fact]
    public void Extract_CalledSomethingSomething_NoPhoneCall() =>
        EventAssert.None(Builder().Events("Adler called the plan reckless."), EventType.PhoneCall);

    [Fact]
    public void Extract_CallsAsDemands_NoPhoneCall() =>
        EventAssert.None(Builder().Events("Carvalho's calls for reform went unanswered."), EventType.PhoneCall);
}
