using Graph.Extraction.Text;

namespace Graph.Extraction.Tests.Text;

public class TokenizerTests
{
    private static List<string> Tokens(string text) => Tokenizer.Tokenize(text).Select(t => t.Text).ToList();

    [Fact]
    public void Tokenize_Numbers_StayWhole()
    {
        Assert.Equal(["About", "1,000", "troops", "left", "after", "3.5", "days", "of", "30-minute", "drills", "."],
            Tokens("About 1,000 troops left after 3.5 days of 30-minute drills."));
    }

    [Fact]
    public void Tokenize_HyphenatedNamesAndDottedAbbreviations_StayWhole()
    {
        Assert.Equal(["Maria", "Lopez-Ward", "of", "the", "U.N.", "met", "U.S.", "envoys", "at", "5", "p.m.", "today", "."],
            Tokens("Maria Lopez-Ward of the U.N. met U.S. envoys at 5 p.m. today."));
    }

    [Theory]
    [InlineData("Norway's navy", "Norway", "'s")]
    [InlineData("Norway\u2019s navy", "Norway", "\u2019s")]
    public void Tokenize_Possessive_IsSplitOff(string text, string owner, string clitic)
    {
        var tokens = Tokens(text);

        Assert.Equal([owner, clitic, "navy"], tokens);
    }

    [Theory]
    [InlineData("UPDATE 2-Turkey strikes militants", new[] { "UPDATE", "2", "-", "Turkey", "strikes", "militants" })]
    [InlineData("EXCLUSIVE-Russia moves troops", new[] { "EXCLUSIVE", "-", "Russia", "moves", "troops" })]
    [InlineData("a 2-Year deal on F-16 jets and NATO-Russia talks", new[] { "a", "2", "-", "Year", "deal", "on", "F-16", "jets", "and", "NATO-Russia", "talks" })]
    [InlineData("Start date 01-Feb-2002 and 12-Mar", new[] { "Start", "date", "01-Feb-2002", "and", "12-Mar" })]
    public void Tokenize_WireTagGluedToAHeadline_TagApart(string text, string[] expected) =>
        Assert.Equal(expected, Tokens(text));

    [Fact]
    public void Tokenize_Dashes_AreTokensOfTheirOwn()
    {
        Assert.Equal(["peace", "\u2014", "or", "not", "--", "again"], Tokens("peace \u2014 or not -- again"));
    }

    [Fact]
    public void Tokenize_ApostropheInsideAName_StaysInside()
    {
        Assert.Equal(["Sean", "O'Hara", "spoke"], Tokens("Sean O'Hara spoke"));
    }
}
