using Graph.Extraction.Syntax;
using Graph.Extraction.Text;

namespace Graph.Extraction.Tests.Syntax;

public class TreebankWordsTests
{
    private static Sentence Sentence(string text) => new(0, 0, text.Length, text, Tokenizer.Tokenize(text));

    private static List<(string Form, int Start, int End, int Token)> Words(string text) =>
        [.. TreebankWords.Of(Sentence(text)).Select(w => (w.Form, w.Start, w.End, w.Token))];

    [Fact]
    public void Of_NegatedAuxiliaries_SplitOffNt()
    {
        var words = Words("They don't and can't agree.");

        Assert.Equal(["They", "do", "n't", "and", "ca", "n't", "agree", "."], words.Select(w => w.Form));
        Assert.Equal((5, 7, 1), (words[1].Start, words[1].End, words[1].Token));
        Assert.Equal((7, 10, 1), (words[2].Start, words[2].End, words[2].Token));
    }

    [Fact]
    public void Of_TypographicApostrophe_SplitsLikeTheAsciiOne()
    {
        Assert.Equal(["We", "wo", "n\u2019t", "go"], Words("We won\u2019t go").Select(w => w.Form));
    }

    [Theory]
    [InlineData("I'm here", new[] { "I", "'m", "here" })]
    [InlineData("they've left", new[] { "they", "'ve", "left" })]
    [InlineData("she'll sign", new[] { "she", "'ll", "sign" })]
    [InlineData("we cannot", new[] { "we", "can", "not" })]
    [InlineData("O'Brien spoke", new[] { "O'Brien", "spoke" })]
    public void Of_Clitics_SplitAsTheTreebankDoes(string text, string[] forms)
    {
        Assert.Equal(forms, Words(text).Select(w => w.Form));
    }

    [Fact]
    public void Of_Possessive_IsItsOwnWord()
    {
        var words = Words("Norway's envoy");

        Assert.Equal(["Norway", "'s", "envoy"], words.Select(w => w.Form));
        Assert.Equal([0, 1, 2], words.Select(w => w.Token));
    }

    [Theory]
    [InlineData("two Su-30 jets", "Su-30")]
    [InlineData("the S-400 system", "S-400")]
    [InlineData("a Falcon-9X craft", "Falcon-9X")]
    [InlineData("the Secretary-General said", "Secretary-General")]
    [InlineData("the Director-General said", "Director-General")]
    public void Of_ModelNumberOrGeneralTitle_OneWord(string text, string model) =>
        Assert.Contains(model, Words(text).Select(w => w.Form));

    [Fact]
    public void Of_HyphenatedWordEndingInANumberWord_Splits() =>
        Assert.Equal(["a", "long", "-", "range", "missile"], Words("a long-range missile").Select(w => w.Form));

    [Fact]
    public void Of_HyphenatedCompound_SplitsIntoPartsAndHyphens()
    {
        var words = Words("a long-awaited cease-fire deal");

        Assert.Equal(["a", "long", "-", "awaited", "cease", "-", "fire", "deal"], words.Select(w => w.Form));
        Assert.Equal((6, 7, 1), (words[2].Start, words[2].End, words[2].Token));
        Assert.Equal([0, 1, 1, 1, 2, 2, 2, 3], words.Select(w => w.Token));
    }

    [Theory]
    [InlineData("a non-binding vote", "non-binding")]
    [InlineData("an e-mail", "e-mail")]
    [InlineData("a 30-day truce", "30-day")]
    public void Of_BoundPrefixOrNumber_KeepsTheHyphenatedWord(string text, string kept)
    {
        Assert.Contains(kept, Words(text).Select(w => w.Form));
    }

    [Fact]
    public void Of_Quotes_StayAsWritten()
    {
        Assert.Equal(["\u201C", "No", ",", "\u201D", "he", "said"], Words("\u201CNo,\u201D he said").Select(w => w.Form));
    }

    [Fact]
    public void Of_HyphenatedSurnameOfAPerson_OneWord()
    {
        var text = "Claire Dumoulin-Vasseur spoke.";

        Assert.Equal(["Claire", "Dumoulin-Vasseur", "spoke", "."], TreebankWords.Of(Sentence(text), token => token < 2).Select(w => w.Form));
    }

    [Theory]
    [InlineData("Dumoulin-Vasseur spoke.", 0)]
    [InlineData("The Russia-Ukraine war went on.", 1)]
    [InlineData("The well-known envoy spoke.", 1)]
    public void Of_HyphenatedWordOfNoPerson_Split(string text, int token) =>
        Assert.Contains("-", (token == 0 ? TreebankWords.Of(Sentence(text)) : TreebankWords.Of(Sentence(text), t => t != token)).Select(w => w.Form));

    [Fact]
    public void Of_LowerCasePartInAPersonsToken_Split() =>
        Assert.Equal(["Kim", "Jong", "-", "un", "spoke"], TreebankWords.Of(Sentence("Kim Jong-un spoke"), _ => true).Select(w => w.Form));

    [Theory]
    [InlineData("President-elect Ruiz spoke.", "President-elect")]
    [InlineData("Chancellor-designate Vega spoke.", "Chancellor-designate")]
    [InlineData("president-elect Ruiz spoke.", "president-elect")]
    [InlineData("secretary-general Ruiz spoke.", "secretary-general")]
    public void Of_OfficeToCome_OneWord(string text, string title) =>
        Assert.Equal(title, Words(text)[0].Form);
}
