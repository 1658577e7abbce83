using Graph.Extraction.Syntax;
using Graph.Extraction.Text;

namespace Graph.Extraction.Tests.Syntax;

/// <summary>The embedded model on the constructions of news the event and role rules read (sentences written for these tests).</summary>
public class ShippedSyntaxModelTests
{
    private static readonly SyntaxAnalyzer Analyzer = new(SyntaxModel.Default, new SyntaxOptions());

    private static SentenceParse Parse(string text) => Analyzer.Parse(new Sentence(0, 0, text.Length, text, Tokenizer.Tokenize(text)));

    /// <summary>The relation of the first word spelt <paramref name="form"/> and the form of its head ("ROOT" for the root).</summary>
    private static (string Relation, string Head) Arc(SentenceParse parse, string form)
    {
        var word = parse.Words.First(w => w.Form == form);
        return (word.Relation, parse.HeadOf(word)?.Form ?? "ROOT");
    }

    [Fact]
    public void Default_EmbeddedModel_LoadsWithUdTagsAndRelations()
    {
        var model = SyntaxModel.Default;

        Assert.Contains("PROPN", model.Upos);
        Assert.Contains("VBD", model.Xpos);
        Assert.Contains("nsubj:pass", model.Relations);
        Assert.True(model.FeatureCount > 10_000);
    }

    [Fact]
    public void Parse_Apposition_AttachesTheTitleToTheName()
    {
        var parse = Parse("Omar Wekesa, Kenya's defence chief, arrived in Accra on Tuesday.");

        Assert.Equal(("appos", "Omar"), Arc(parse, "chief"));
        Assert.Equal(("flat", "Omar"), Arc(parse, "Wekesa"));
        Assert.Equal(("nsubj", "arrived"), Arc(parse, "Omar"));
    }

    [Fact]
    public void Parse_Coordination_JoinsEveryConjunctToTheFirst()
    {
        var parse = Parse("The minister met envoys from Peru, Ghana and Laos.");

        Assert.Equal(("nmod", "envoys"), Arc(parse, "Peru"));
        Assert.Equal(("conj", "Peru"), Arc(parse, "Ghana"));
        Assert.Equal(("conj", "Peru"), Arc(parse, "Laos"));
        Assert.Equal(("cc", "Laos"), Arc(parse, "and"));
        Assert.Equal(("obj", "met"), Arc(parse, "envoys"));
    }

    [Fact]
    public void Parse_Passive_MarksTheSubjectAndTheAgent()
    {
        var parse = Parse("The delegation was received by the president.");

        Assert.Equal(("nsubj:pass", "received"), Arc(parse, "delegation"));
        Assert.Equal(("aux:pass", "received"), Arc(parse, "was"));
        Assert.Equal(("obl:agent", "received"), Arc(parse, "president"));
        Assert.Equal(("case", "president"), Arc(parse, "by"));
    }

    [Fact]
    public void Parse_RelativeClause_HangsOnTheNounItDescribes()
    {
        var parse = Parse("The diplomat who signed the treaty left Geneva.");

        Assert.Equal(("acl:relcl", "diplomat"), Arc(parse, "signed"));
        Assert.Equal(("nsubj", "signed"), Arc(parse, "who"));
        Assert.Equal(("root", "ROOT"), Arc(parse, "left"));
        Assert.Equal(("nsubj", "left"), Arc(parse, "diplomat"));
    }

    [Fact]
    public void Parse_Possessive_IsAnNmodPossWithItsCase()
    {
        var parse = Parse("Ghana's president spoke to reporters.");

        Assert.Equal(("nmod:poss", "president"), Arc(parse, "Ghana"));
        Assert.Equal(("case", "Ghana"), Arc(parse, "'s"));
    }

    [Fact]
    public void Parse_Negation_HangsOnTheVerb()
    {
        var parse = Parse("The rebels did not sign the accord, and they refused to hold talks.");

        Assert.Equal(("advmod", "sign"), Arc(parse, "not"));
        Assert.Equal(("aux", "sign"), Arc(parse, "did"));
        Assert.Equal(("xcomp", "refused"), Arc(parse, "hold"));
    }

    [Fact]
    public void Parse_FutureAuxiliary_HangsOnTheMainVerb()
    {
        var parse = Parse("The two leaders will meet in Rome next week.");

        Assert.Equal(("aux", "meet"), Arc(parse, "will"));
        Assert.Equal(("nsubj", "meet"), Arc(parse, "leaders"));
        Assert.Equal(("obl", "meet"), Arc(parse, "Rome"));
        Assert.Equal("MD", parse.Words.First(w => w.Form == "will").Xpos);
    }

    [Fact]
    public void Parse_ContractedNegation_SplitsAndAttachesBothParts()
    {
        var parse = Parse("Officials won't comment.");

        Assert.Equal(("aux", "comment"), Arc(parse, "wo"));
        Assert.Equal(("advmod", "comment"), Arc(parse, "n't"));
        Assert.Equal("PART", parse.Words.First(w => w.Form == "n't").Upos);
    }
}
