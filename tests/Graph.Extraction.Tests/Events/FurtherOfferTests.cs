using Graph.Core.Model;

namespace Graph.Extraction.Tests.Events;

public sealed class FurtherOfferTests
{
    private static GraphDocument Extract(string body) =>
        TestArticles.Extractor.Extract(TestArticles.Body(body), CancellationToken.None);

    [Fact]
    public void Extract_AdditionalAmountAfterAnOffer_SameRecipient()
    {
        var doc = Extract(
            "Norway pledged 20 million dollars in aid to Malawi on Monday. "
            + "The World Bank offered an additional 50 million dollars on Tuesday, and Canada said it would send doctors.");
        var offers = doc.Events.Where(e => e.Type == EventType.Offer).OrderBy(e => e.Start).ToList();
        Assert.Equal(2, offers.Count);
        EventAssert.Participants(offers[1], ("org:world-bank", ParticipantRoles.Giver), ("country:MW", ParticipantRoles.Recipient));
    }

    [Fact]
    public void Extract_AmountWithoutRecipientOrEarlierOffer_NoOffer() =>
        EventAssert.None(Extract("The World Bank offered an additional 50 million dollars on Tuesday.").Events, EventType.Offer);
}
