using Graph.Core.Model;
using static Graph.Extraction.Tests.Events.Cast;

namespace Graph.Extraction.Tests.Events;

public sealed class OfferEventTests
{
    [Fact]
    public void Extract_OfferedRecipientAid_PromiseOfHumanitarianAid()
    {
        var e = EventAssert.Single(Builder().Events("Norway offered Kenya humanitarian aid on Monday."), EventType.Offer);
        EventAssert.Participants(e, (Norway, ParticipantRoles.Giver), (Kenya, ParticipantRoles.Recipient));
        Assert.Equal("0333", e.Cameo);
        Assert.Equal("2023-03-06", e.Date);
    }

    [Fact]
    public void Extract_SentWeaponsTo_MilitaryAid()
    {
        var e = EventAssert.Single(Builder().Events("Japan sent weapons to Chile."), EventType.Offer);
        EventAssert.Participants(e, (Japan, ParticipantRoles.Giver), (Chile, ParticipantRoles.Recipient));
        Assert.Equal("072", e.Cameo);
        Assert.Equal(8.3, e.Goldstein);
    }

    [Fact]
    public void Extract_PledgedLoans_EconomicAidPromise()
    {
        var e = EventAssert.Single(Builder().Events("The World Bank pledged new loans to Kenya."), EventType.Offer);
        EventAssert.Participants(e, (WorldBank, ParticipantRoles.Giver), (Kenya, ParticipantRoles.Recipient));
        Assert.Equal("0331", e.Cameo);
    }

    [Fact]
    public void Extract_WillProvide_PromiseCode()
    {
        var e = EventAssert.Single(Builder().Events("Finland will provide medical supplies to Brazil."), EventType.Offer);
        Assert.Equal("0333", e.Cameo);
    }

    [Fact]
    public void Extract_SentALetter_NoOffer() =>
        EventAssert.None(Builder().Events("Japan sent a letter to Chile."), EventType.Offer);

    [Fact]
    public void Extract_OfferedToHost_NoOffer() =>
        EventAssert.None(Builder().Events("Norway offered to host the talks."), EventType.Offer);

    [Fact]
    public void Extract_SentTroops_DeploymentNotOffer()
    {
        var events = Builder().Events("Japan sent troops to Chile.");
        EventAssert.None(events, EventType.Offer);
        EventAssert.Single(events, EventType.MilitaryAction);
    }

    [Fact]
    public void Extract_GaveASumOfMoney_Offer()
    {
        var e = EventAssert.Single(Builder().Events("Japan gave Kenya $300 million for new roads."), EventType.Offer);
        EventAssert.Participants(e, (Japan, ParticipantRoles.Giver), (Kenya, ParticipantRoles.Recipient));
    }

    [Fact]
    public void Extract_GaveANumberOfThings_NoOffer() =>
        EventAssert.None(Builder().Events("Japan gave Kenya 300 million reasons to doubt the deal."), EventType.Offer);

    [Fact]
    public void Extract_WillSendTroops_DeploymentAndNoOffer()
    {
        var events = Builder().Events("Japan will send 3,000 troops to Chile.");
        EventAssert.None(events, EventType.Offer);
        var e = EventAssert.Single(events, EventType.MilitaryAction);
        Assert.Equal("154", e.Cameo);
    }

    [Theory]
    [InlineData("Japan offered to send 3,000 troops to Chile.")]
    [InlineData("Japan pledged troops to Chile.")]
    public void Extract_TroopsOffered_OfferOfProtection(string body)
    {
        var e = EventAssert.Single(Builder().Events(body), EventType.Offer);
        EventAssert.Participants(e, (Japan, ParticipantRoles.Giver), (Chile, ParticipantRoles.Recipient));
        Assert.Equal("0334", e.Cameo);
    }
}
