using Graph.Core.Model;
using static Graph.Extraction.Tests.Events.Cast;

namespace Graph.Extraction.Tests.Events;

public sealed class AgreementEventTests
{
    [Fact]
    public void Extract_SignedAgreement_FormalAgreementCode()
    {
        var e = EventAssert.Single(Builder().Events("Japan and Brazil signed a trade agreement."), EventType.Agreement);
        EventAssert.Participants(e, (Japan, ParticipantRoles.Participant), (Brazil, ParticipantRoles.Participant));
        Assert.Equal("057", e.Cameo);
        Assert.Equal(8.0, e.Goldstein);
    }

    [Fact]
    public void Extract_ReachedDealWith_Agreement()
    {
        var e = EventAssert.Single(Builder().Events("Chile reached a deal with Kenya on Monday."), EventType.Agreement);
        EventAssert.Participants(e, (Chile, ParticipantRoles.Participant), (Kenya, ParticipantRoles.Participant));
        Assert.Equal("2023-03-06", e.Date);
    }

    [Fact]
    public void Extract_AgreedTo_IntentToCooperate()
    {
        var e = EventAssert.Single(Builder().Events("Norway and Finland agreed to share data."), EventType.Agreement);
        EventAssert.Participants(e, (Norway, ParticipantRoles.Participant), (Finland, ParticipantRoles.Participant));
        Assert.Equal("030", e.Cameo);
    }

    [Fact]
    public void Extract_OneSideAgreedTo_NoAgreement() =>
        Assert.DoesNotContain(Builder().Events("The World Bank agreed to fund the project."), e => e.Type == EventType.Agreement);

    [Fact]
    public void Extract_FailedToReach_NoAgreement() =>
        EventAssert.None(Builder().Events("Chile and Brazil failed to reach an agreement."), EventType.Agreement);

    [Fact]
    public void Extract_CouldSign_NoAgreement() =>
        EventAssert.None(Builder().Events("Japan could sign a deal with Kenya."), EventType.Agreement);
}
