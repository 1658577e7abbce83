using Graph.Extraction.Tests.Frames;

namespace Graph.Extraction.Tests.Roles;

/// <summary>A title in apposition to a person's name is one more mention of that person.</summary>
public class TitleMentionTests
{
    /// <summary>Each mention of a person as "text → name".</summary>
    private static List<string> PersonMentions(string body)
    {
        var document = Parsed.Extract(body);
        var persons = document.Entities.Where(e => e.Type == Core.Model.EntityType.Person).ToDictionary(e => e.Id, e => e.Name, StringComparer.Ordinal);
        return [.. document.Mentions.Where(m => persons.ContainsKey(m.Entity)).Select(m => $"{m.Text} → {persons[m.Entity]}")];
    }

    [Theory]
    [InlineData("Col. Marta Lindqvist, the task force spokesperson, said the convoy reached the border.", "the task force spokesperson → Marta Lindqvist")]
    [InlineData("Brig. Tomas Okafor, commander of the Northern Brigade, said the convoy reached the border.", "commander of the Northern Brigade → Tomas Okafor")]
    [InlineData("Kenya's foreign minister, Daniel Otieno, met Peru's trade minister on Monday.", "Kenya's foreign minister → Daniel Otieno")]
    [InlineData("The talks were chaired by Ana Ruiz, Chile's ambassador to Peru, in Lima.", "Chile's ambassador to Peru → Ana Ruiz")]
    [InlineData("According to Kenya's foreign minister, Daniel Otieno, the talks will resume in May.", "Kenya's foreign minister → Daniel Otieno")]
    [InlineData("Ana Ruiz, director of the Lima-based Andean Policy Office, spoke on Sunday.", "director of the Lima-based Andean Policy Office → Ana Ruiz")]
    public void Extract_TitleInApposition_MentionsThePerson(string body, string expected)
    {
        Assert.Contains(expected, PersonMentions(body));
    }

    [Fact]
    public void Extract_TitleInApposition_KeepsTheNamesMentionAndTheArticlesOrder()
    {
        var document = Parsed.Extract("Col. Marta Lindqvist, the task force spokesperson, said Peru closed the border.");

        Assert.Equal(["Marta Lindqvist", "the task force spokesperson", "Peru"], document.Mentions.Select(m => m.Text));
    }

    [Theory]
    // A description that is no title, another person behind "and", a copula: none is a mention by title.
    [InlineData("Marta Lindqvist, a keen gardener, said the convoy reached the border.")]
    [InlineData("Marta Lindqvist and the task force spokesperson said the convoy reached the border.")]
    [InlineData("Marta Lindqvist is the task force spokesperson.")]
    public void Extract_NoTitleInApposition_OnlyTheName(string body)
    {
        Assert.Equal(["Marta Lindqvist → Marta Lindqvist"], PersonMentions(body));
    }

    [Fact]
    public void Extract_SecondTitleInApposition_MentionWithoutTheJoiningWord()
    {
        var mentions = PersonMentions("The deal was signed by Chile's foreign minister, Ana Ruiz, and the Andean Front's acting foreign minister, Luis Vega.");

        Assert.Contains("the Andean Front's acting foreign minister → Luis Vega", mentions);
        Assert.DoesNotContain(mentions, m => m.StartsWith("and ", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_RoyalTitleThatIsAFirstNameAfterARole_OpensTheName() =>
        Assert.Contains("Amir Khan Vadi → Amir Khan Vadi", PersonMentions("The group's acting foreign minister, Amir Khan Vadi, arrived in Lima on Monday."));
}
