using Graph.Core.Model;
using Graph.Extraction.Tests.Frames;

namespace Graph.Extraction.Tests.Mentions;

/// <summary>Names spelled like places: a country or a capital as a first name where a title, a role or a verb shows a person; a body's acronym that spells a city.</summary>
public class PlaceSpelledNameTests
{
    [Theory]
    [InlineData("Foreign Minister Jordan Abaza said on Monday that the talks would resume.", "Jordan Abaza", "Jordan")]
    [InlineData("Peru's foreign minister spoke with his Chilean counterpart Jordan Abaza on Monday.", "Jordan Abaza", "Jordan")]
    [InlineData("Jordan Abaza said on Monday that the talks would resume.", "Jordan Abaza", "Jordan")]
    [InlineData("Chad Orloff, a Canadian trade envoy, was expelled on Monday.", "Chad Orloff", "Chad")]
    [InlineData("The talks were led by the British ambassador, Georgia Pembley.", "Georgia Pembley", "Georgia")]
    [InlineData("Ms Chad Orloff left Lima on Monday.", "Chad Orloff", "Chad")]
    public void Extract_CountryAsAFirstNameWithATitleARoleOrAPersonsVerb_OnePerson(string body, string person, string country)
    {
        var entities = Parsed.Entities(body);

        Assert.Contains((EntityType.Person, person), entities);
        Assert.DoesNotContain((EntityType.Country, country), entities);
    }

    [Theory]
    [InlineData("Sofia Marinova met the Peruvian envoy in Lima on Monday.", "Sofia Marinova", "Sofia")]
    [InlineData("Lima Okafor said on Monday that the talks would resume.", "Lima Okafor", "Lima")]
    public void Extract_CapitalAsAFirstNameBeforeAPersonsVerb_OnePerson(string body, string person, string city)
    {
        var entities = Parsed.Entities(body);

        Assert.Contains((EntityType.Person, person), entities);
        Assert.DoesNotContain((EntityType.Location, city), entities);
    }

    [Theory]
    [InlineData("Jordan Abaza has been hit by drought for two years.", EntityType.Country, "Jordan")]
    [InlineData("The Lima Okafor said on Monday that prices would rise.", EntityType.Location, "Lima")]
    [InlineData("Inspectors will check all beef from the U.S. Okafor said the plant was closed.", EntityType.Country, "United States")]
    public void Extract_PlaceBeforeANameWithoutAPersonsSign_StaysThePlace(string body, EntityType type, string place) =>
        Assert.Contains((type, place), Parsed.Entities(body));

    [Theory]
    [InlineData("Chilean President Roberto Lima spoke to reporters in Valparaiso.", "Roberto Lima", "Lima")]
    [InlineData("Carlos Santiago, a farmer, said the river had dried up.", "Carlos Santiago", "Santiago")]
    public void Extract_CityAfterAGivenName_TheSurname(string body, string person, string city)
    {
        var entities = Parsed.Entities(body);

        Assert.Contains((EntityType.Person, person), entities);
        Assert.DoesNotContain((EntityType.Location, city), entities);
    }

    [Fact]
    public void Extract_CityAfterACountryName_StaysTheCity() =>
        Assert.Contains((EntityType.Location, "Lima"), Parsed.Entities("Flights between Chile and Peru resumed on Monday, with the first landing in Lima."));

    [Fact]
    public void Extract_AcronymAfterANounOfABody_TheBodyNotThePlace()
    {
        var entities = Parsed.Entities("The state news agency SANA said two soldiers were wounded.");

        Assert.Contains((EntityType.Organization, "SANA"), entities);
        Assert.DoesNotContain(entities, e => e.Type is EntityType.Location or EntityType.Country);
    }

    [Theory]
    [InlineData("The Lima Times said the minister had resigned.", "Lima Times")]
    [InlineData("The Peru Herald reported that talks had resumed.", "Peru Herald")]
    public void Extract_PlaceBeforeANewspapersWord_ThePaper(string body, string paper)
    {
        var document = Parsed.Extract(body);

        Assert.Contains((EntityType.Organization, paper), Parsed.Entities(body));
        Assert.DoesNotContain(document.Events, e => e.Type == EventType.Statement && e.Participants.Any(p => p.Entity is "country:PE"));
    }

    [Fact]
    public void Extract_ShipsNameOpeningWithAPlace_NoEntity()
    {
        var entities = Parsed.Entities("Peru's navy seized the tanker Lima Pearl off Callao on Sunday.");

        Assert.DoesNotContain(entities, e => e.Name.Contains("Pearl", StringComparison.Ordinal));
        Assert.DoesNotContain((EntityType.Location, "Lima"), entities);
    }

    [Fact]
    public void Extract_StateAfterAShipsNounAsASubject_TheState() =>
        Assert.Contains((EntityType.Country, "Peru"), Parsed.Entities("The tanker Peru seized last week was released on Monday."));
}
