using Graph.Core.Model;
using Graph.Extraction.Tests.Frames;

namespace Graph.Extraction.Tests.Mentions;

/// <summary>Names spelled like places: a country as a first name after a title, a body's acronym that spells a city.</summary>
public class PlaceSpelledNameTests
{
    [Theory]
    [InlineData("Foreign Minister Jordan Abaza said on Monday that the talks would resume.")]
    [InlineData("Peru's foreign minister spoke with his Chilean counterpart Jordan Abaza on Monday.")]
    public void Extract_CountryAsAFirstNameAfterATitle_OnePerson(string body)
    {
        var entities = Parsed.Entities(body);

        Assert.Contains((EntityType.Person, "Jordan Abaza"), entities);
        Assert.DoesNotContain((EntityType.Country, "Jordan"), entities);
    }

    [Fact]
    public void Extract_CountryBeforeANameWithoutATitle_StaysTheCountry() =>
        Assert.Contains((EntityType.Country, "Jordan"), Parsed.Entities("Jordan Abaza said on Monday that the talks would resume."));

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
}
