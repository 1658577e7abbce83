using Graph.Core.Model;
using Graph.Extraction.Tests.Frames;

namespace Graph.Extraction.Tests.Mentions;

/// <summary>A person's name with a nickname in quotes inside it is one person, not a forename alone.</summary>
public class NicknameTests
{
    private static List<string> Persons(string body) =>
        [.. Parsed.Extract(body).Entities.Where(e => e.Type == EntityType.Person).Select(e => e.Name).Order(StringComparer.Ordinal)];

    [Theory]
    [InlineData("Gen. Luis “El Toro” Vega arrived in Lima on Monday.", "Luis “El Toro” Vega")]
    [InlineData("Rebel commander Joseph 'Black Snake' Okello was killed in an army raid, the army said.", "Joseph 'Black Snake' Okello")]
    [InlineData("Senator Ana \"Kiki\" Ruiz said on Monday that the bill would pass.", "Ana \"Kiki\" Ruiz")]
    [InlineData("Col. Tomas ‘T.J.’ Okafor said the convoy reached the border.", "Tomas ‘T.J.’ Okafor")]
    public void Extract_NicknameInQuotesInsideAName_OnePerson(string body, string person)
    {
        Assert.Equal([person], Persons(body));
    }

    [Fact]
    public void Extract_NicknamedPersonActs_TheWholeNameTakesPartAndTheSurnameRepeatsIt()
    {
        var meetings = Parsed.Sides("Gen. Luis “El Toro” Vega met Chilean President Ana Ruiz in Lima on Monday. Vega said the talks went well.", EventType.Meeting);
        var speakers = Parsed.Sides("Gen. Luis “El Toro” Vega met Chilean President Ana Ruiz in Lima on Monday. Vega said the talks went well.", EventType.Statement);

        Assert.Equal(["participant=Ana Ruiz participant=Luis “El Toro” Vega"], meetings);
        Assert.Equal(["speaker=Luis “El Toro” Vega"], speakers);
    }

    [Theory]
    // A quoted title after a name, a quote that closes no nickname, lower-case words in quotes: the name stays as it was.
    [InlineData("Senator Ana Ruiz \"Strongly\" Opposed the bill, her office said.", "Ana Ruiz")]
    [InlineData("Senator Ana Ruiz said \"the bill would pass\" on Monday.", "Ana Ruiz")]
    [InlineData("Senator Ana \"kiki\" Ruiz said on Monday that the bill would pass.", "Ana")]
    public void Extract_NoNicknameConstruction_NameUnchanged(string body, string person)
    {
        Assert.Contains(person, Persons(body));
    }
}
