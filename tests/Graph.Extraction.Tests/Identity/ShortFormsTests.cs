using Graph.Core.Identity;
using Graph.Core.Model;

namespace Graph.Extraction.Tests.Identity;

public sealed class ShortFormsTests
{
    private static Entity Person(string id, string name) => new(id, EntityType.Person, name, []);

    private static Entity Org(string id, string name) => new(id, EntityType.Organization, name, []);

    [Theory]
    [InlineData("person:orban", "Orbán", "person:viktor-orban", "Viktor Orbán", true)]
    [InlineData("person:abadi", "Abadi", "person:haider-al-abadi", "Haider al-Abadi", true)]
    [InlineData("person:al-abadi", "al-Abadi", "person:haider-al-abadi", "Haider al-Abadi", true)]
    [InlineData("person:orban", "Orbán", "person:viktor-orbanyi", "Viktor Orbanyi", false)]
    [InlineData("person:v-orban", "V. Orbán", "person:viktor-orban", "Viktor Orbán", true)]
    [InlineData("person:v-orban", "V. Orbán", "person:anna-orban", "Anna Orbán", false)]
    [InlineData("person:v-orban", "V. Orbán", "person:viktor-mihaly-orban", "Viktor Mihaly Orbán", false)]
    public void Matches_PersonForms(string shortId, string shortName, string fullId, string fullName, bool expected)
    {
        var shortForm = ShortForms.Of(Person(shortId, shortName));

        Assert.NotNull(shortForm);
        Assert.Equal(expected, ShortForms.Matches(shortForm, fullId, fullName));
    }

    [Theory]
    [InlineData(EntityType.Person, "person:viktor-orban", "Viktor Orbán", "person:orban")]
    [InlineData(EntityType.Person, "person:orban", "Orbán", "")]
    [InlineData(EntityType.Person, "person:v-orban", "V. Orbán", "")]
    [InlineData(EntityType.Organization, "org:north-atlantic-treaty-organization", "North Atlantic Treaty Organization", "org:NATO")]
    [InlineData(EntityType.Organization, "org:nato", "NATO", "")]
    [InlineData(EntityType.Country, "country:HU", "Hungary", null)]
    public void StoredBucket_EntityOfEachKind_BucketEmptyOrNone(EntityType type, string id, string name, string? expected)
    {
        var entity = new Entity(id, type, name, []);

        Assert.Equal(expected, ShortForms.StoredBucket(entity));
    }

    [Theory]
    [InlineData("person:orban", "Orbán", "person:viktor-orban", "Viktor Orbán")]
    [InlineData("person:v-orban", "V. Orbán", "person:viktor-orban", "Viktor Orbán")]
    [InlineData("person:abadi", "Abadi", "person:haider-al-abadi", "Haider al-Abadi")]
    public void Bucket_ShortFormAndTheFullFormItFits_TheSame(string shortId, string shortName, string fullId, string fullName)
    {
        var shortForm = ShortForms.Of(Person(shortId, shortName));

        Assert.NotNull(shortForm);
        Assert.Equal(ShortForms.Bucket(shortForm), ShortForms.StoredBucket(Person(fullId, fullName)));
    }

    [Fact]
    public void Matches_AcronymAndTheNameItAbbreviates()
    {
        var shortForm = ShortForms.Of(Org("org:iaea", "IAEA"));

        Assert.NotNull(shortForm);
        Assert.Equal(ShortFormKind.Acronym, shortForm.Kind);
        Assert.True(ShortForms.Matches(shortForm, "org:international-atomic-energy-agency", "International Atomic Energy Agency"));
        Assert.False(ShortForms.Matches(shortForm, "org:international-energy-agency", "International Energy Agency"));
    }

    [Theory]
    [InlineData("U.S. Drug Enforcement Administration")]
    [InlineData("UK Drug Enforcement Administration")]
    public void Matches_AcronymOfANameAfterAStatesAbbreviation_TheNameWithout(string fullName)
    {
        var shortForm = ShortForms.Of(Org("org:dea", "DEA"));

        Assert.NotNull(shortForm);
        Assert.True(ShortForms.Matches(shortForm, "org:long", fullName));
        Assert.False(ShortForms.Matches(ShortForms.Of(Org("org:udea", "UDEA"))!, "org:long", fullName));
    }

    [Fact]
    public void Of_FullNamesCountriesAndPlaces_AreNoShortForms()
    {
        Assert.Null(ShortForms.Of(Person("person:viktor-orban", "Viktor Orbán")));
        Assert.Null(ShortForms.Of(Org("org:international-atomic-energy-agency", "International Atomic Energy Agency")));
        Assert.Null(ShortForms.Of(new Entity("country:HU", EntityType.Country, "Hungary", [], "HU")));
        Assert.Null(ShortForms.Of(new Entity("loc:budapest", EntityType.Location, "Budapest", [])));
    }

    [Fact]
    public void ShortIdsOf_FullPerson_EveryTailAndTheInitialForm()
    {
        Assert.Equal(["person:al-abadi", "person:abadi", "person:h-al-abadi"], ShortForms.ShortIdsOf(Person("person:haider-al-abadi", "Haider al-Abadi")));
        Assert.Equal(["org:iaea"], ShortForms.ShortIdsOf(Org("org:international-atomic-energy-agency", "International Atomic Energy Agency")));
        Assert.Empty(ShortForms.ShortIdsOf(Person("person:orban", "Orbán")));
    }
}
