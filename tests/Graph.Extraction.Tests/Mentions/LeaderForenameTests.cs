using Graph.Core.Model;
using Graph.Extraction.Tests.Frames;

namespace Graph.Extraction.Tests.Mentions;

/// <summary>A name opened by a first name of the world's office-holders is a person, where nothing says it is a place or a body.</summary>
public class LeaderForenameTests
{
    private static List<string> Entities(string body) =>
        [.. Parsed.Extract(body).Entities.Select(e => $"{e.Name} ({e.Type})").Order(StringComparer.Ordinal)];

    [Theory]
    [InlineData("The talks with Esfandiar Karimi ended on Monday.", "Esfandiar Karimi (Person)")]
    [InlineData("Voters backed Uhuru Waweru by a wide margin.", "Uhuru Waweru (Person)")]
    [InlineData("Supporters of Nizar Haddad marched through Tunis.", "Nizar Haddad (Person)")]
    [InlineData("The army freed Dusan Petrovic after two days.", "Dusan Petrovic (Person)")]
    public void Extract_UntitledNameOpenedByALeadersForename_IsAPerson(string body, string person)
    {
        Assert.Contains(person, Entities(body));
    }

    [Fact]
    public void Extract_TwoUntitledPersonsSign_AnAgreementBetweenThem()
    {
        var sides = Parsed.Sides("Kemal Arslan and Tabare Sosa signed the accord in Montevideo.", EventType.Agreement);

        Assert.Equal(["participant=Kemal Arslan participant=Tabare Sosa"], sides);
    }

    [Theory]
    // The article types the name as a place elsewhere; an ordinary word after the first name makes it a thing's.
    [InlineData("Rebels overran Musa Bay on Monday. The army had left the town of Musa Bay a week before.", "Musa Bay (Location)")]
    [InlineData("Voters backed Uhuru Party candidates by a wide margin.", null)]
    public void Extract_NameTheArticleTypesOtherwise_IsNoPerson(string body, string? other)
    {
        var entities = Entities(body);

        Assert.DoesNotContain(entities, e => e.EndsWith("(Person)", StringComparison.Ordinal));
        if (other is not null)
            Assert.Contains(other, entities);
    }
}
