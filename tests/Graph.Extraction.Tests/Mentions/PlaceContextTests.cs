using Graph.Core.Model;
using Graph.Extraction.Tests.Frames;

namespace Graph.Extraction.Tests.Mentions;

/// <summary>Names read as places from what is around them: a closing source ("…, officials said") says nothing of the name before its comma; a feature of the sea ends a place's name.</summary>
public class PlaceContextTests
{
    [Theory]
    [InlineData("Government troops shelled the town of Dar Kulma, officials said.")]
    [InlineData("Government troops shelled the town of Dar Kulma, senior officials said on Tuesday.")]
    public void Extract_PlaceBeforeAClosingSource_StaysAPlace(string body)
    {
        var entities = Parsed.Entities(body);

        Assert.Contains((EntityType.Location, "Dar Kulma"), entities);
        Assert.DoesNotContain((EntityType.Person, "Dar Kulma"), entities);
    }

    [Fact]
    public void Extract_NameBeforeARoleInCommas_APerson() =>
        Assert.Contains((EntityType.Person, "Amara Tesfaye"), Parsed.Entities("The talks were led by Amara Tesfaye, the foreign minister, on Monday."));

    [Theory]
    [InlineData("Philippine boats sailed near Tarvo Shoal on Monday.", "Tarvo Shoal")]
    [InlineData("Divers surveyed the Kelmar Reef last year.", "Kelmar Reef")]
    public void Extract_NameEndingInAFeatureOfTheSea_APlace(string body, string name) =>
        Assert.Contains((EntityType.Location, name), Parsed.Entities(body));

    [Theory]
    [InlineData("Soldiers opened fire near the Wat Khanom temple on Monday.", "Wat Khanom")]
    [InlineData("The plane landed at Dara Osei airport.", "Dara Osei")]
    public void Extract_NameBeforeASite_APlace(string body, string name) =>
        Assert.Contains((EntityType.Location, name), Parsed.Entities(body));

    [Fact]
    public void Extract_FaithBeforeASite_NoPlace() =>
        Assert.DoesNotContain(Parsed.Entities("Gunmen attacked a Sunni mosque in Lima on Friday."), e => e.Type == EntityType.Location && e.Name.Contains("Sunni", StringComparison.Ordinal));

    [Fact]
    public void Extract_NameEndingInAPipeline_APlace() =>
        Assert.Contains((EntityType.Location, "Andean Gas Pipeline"), Parsed.Entities("Chile and Peru agreed to extend the Andean Gas Pipeline."));

    [Fact]
    public void Extract_NamedRegionAfterACountrysPossessive_PlaceNotPerson()
    {
        var entities = Parsed.Entities("Rebels attacked a base in Kenya's Tana Delta region on Sunday.");

        Assert.Contains((EntityType.Location, "Tana Delta"), entities);
        Assert.DoesNotContain(entities, e => e.Type == EntityType.Person);
    }

    [Fact]
    public void Extract_NameOpeningWithAGivenNameAfterNear_APlace() =>
        Assert.Contains((EntityType.Location, "Krishna Ghati"), Parsed.Entities("Fighting went on near Krishna Ghati on Sunday, the army said."));

    [Fact]
    public void Extract_PossessorAfterNear_StaysAPerson() =>
        Assert.Contains((EntityType.Person, "Ana Ruiz"), Parsed.Entities("Protesters gathered near Ana Ruiz's house on Sunday, police said."));

    [Fact]
    public void Extract_SeatOfAGovernmentMetAt_ALocationAndTheMeetingsPlace()
    {
        var document = Parsed.Extract("Chilean President Ana Ruiz met Peruvian President Jorge Salas at the White House on Thursday.");

        Assert.Contains(document.Entities, e => e is { Type: EntityType.Location, Name: "White House" });
        Assert.DoesNotContain(document.Entities, e => e is { Type: EntityType.Organization, Name: "White House" });
        Assert.Equal("loc:white-house", Assert.Single(document.Events, e => e.Type == EventType.Meeting).Location);
    }

    [Fact]
    public void Extract_SeatOfAGovernmentThatSpeaks_TheBody() =>
        Assert.Equal(["speaker=White House"], Parsed.Sides("The White House said on Thursday that the talks had gone well.", EventType.Statement));
}
