using Graph.Core.Model;
using static Graph.Extraction.Tests.Events.Cast;

namespace Graph.Extraction.Tests.Events;

public sealed class DenialEventTests
{
    [Fact]
    public void Extract_DeniedThat_DenialAndNoDeniedEvent()
    {
        var events = Builder().Events("Kenya denied that its troops had attacked Chile.");
        var e = EventAssert.Single(events, EventType.Denial);
        EventAssert.Participants(e, (Kenya, ParticipantRoles.Speaker));
        Assert.Equal("016", e.Cameo);
        EventAssert.None(events, EventType.MilitaryAction);
    }

    [Fact]
    public void Extract_RejectedAllegations_Denial()
    {
        var e = EventAssert.Single(Builder().Events("Adler rejected the allegations."), EventType.Denial);
        EventAssert.Participants(e, (Adler, ParticipantRoles.Speaker));
    }

    [Fact]
    public void Extract_PresentTense_Denial()
    {
        var e = EventAssert.Single(Builder().Events("Lindqvist denies any wrongdoing."), EventType.Denial);
        EventAssert.Participants(e, (Lindqvist, ParticipantRoles.Speaker));
    }

    [Fact]
    public void Extract_NegatedDenial_NoDenial() =>
        EventAssert.None(Builder().Events("Chile did not deny the report."), EventType.Denial);

    [Fact]
    public void Extract_RejectedProposal_RejectionStatementNotDenial()
    {
        var events = Builder().Events("Brazil rejected the proposal.");
        EventAssert.None(events, EventType.Denial);
        Assert.Equal("120", EventAssert.Single(events, EventType.Statement).Cameo);
    }
}
