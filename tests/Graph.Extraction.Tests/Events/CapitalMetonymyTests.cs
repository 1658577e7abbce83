using Graph.Core.Model;

namespace Graph.Extraction.Tests.Events;

public sealed class CapitalMetonymyTests
{
    private static GraphDocument Extract(string body) =>
        TestArticles.Extractor.Extract(TestArticles.Body(body), CancellationToken.None);

    [Fact]
    public void Extract_CapitalAsSpeaker_CountrySpeaks()
    {
        var doc = Extract("Lima denied the report on Tuesday.");
        var e = EventAssert.Single(doc.Events, EventType.Denial);
        EventAssert.Participants(e, ("country:PE", ParticipantRoles.Speaker));
        var peru = Assert.Single(doc.Entities, x => x.Id == "country:PE");
        Assert.Equal("Peru", peru.Name);
        Assert.Equal(EntityType.Country, peru.Type);
    }

    [Fact]
    public void Extract_CapitalAsAccuser_CountryAccuses()
    {
        var e = EventAssert.Single(Extract("Accra accused Togo of closing the border.").Events, EventType.Accusation);
        EventAssert.Participants(e, ("country:GH", ParticipantRoles.Accuser), ("country:TG", ParticipantRoles.Accused));
    }

    [Theory]
    [InlineData("Kenya cut diplomatic ties with Somalia on Monday. Kenyan state radio said the government was cutting ties with Mogadishu over its support for the rebels.")]
    [InlineData("Kenya cut diplomatic ties with Mogadishu on Monday. Kenyan state radio said the government was cutting ties with Somalia over its support for the rebels.")]
    public void Extract_SameSanctionOnTheCountryAndItsCapital_OneEvent(string body)
    {
        var e = EventAssert.Single(Extract(body).Events, EventType.Sanction);
        EventAssert.Participants(e, ("country:KE", ParticipantRoles.Imposer), ("country:SO", ParticipantRoles.Target));
    }

    [Fact]
    public void Extract_CapitalAsPlace_StaysThePlace()
    {
        var e = EventAssert.Single(Extract("Chile and Peru signed an agreement in Lima on Tuesday.").Events, EventType.Agreement);
        Assert.Equal("loc:lima", e.Location);
        Assert.DoesNotContain(e.Participants, p => p.Entity == "loc:lima");
    }
}
