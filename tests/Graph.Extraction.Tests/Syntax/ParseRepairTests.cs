using Graph.Core.Articles;
using Graph.Extraction.Syntax;
using Graph.Extraction.Tests.Frames;

namespace Graph.Extraction.Tests.Syntax;

/// <summary>Readings the parser gives that UD does not allow, taken for the construction they stand for (<c>ParseRepair</c>), and datelines parsed apart.</summary>
public sealed class ParseRepairTests
{
    private static SentenceParse ParseOf(string text)
    {
        var article = new Article("repair", "", new DateOnly(2025, 3, 12), null, "repair.txt", text);
        return Assert.Single(Parsed.Extractor.Analyze(article, CancellationToken.None).Parses);
    }

    private static SyntaxWord Word(SentenceParse parse, string form) => parse.Words.First(w => w.Form == form);

    [Fact]
    public void Analyze_FrontedTimeThenCoordinatedNames_FirstNameIsTheSubject()
    {
        var parse = ParseOf("On Thursday, Kenya and Peru agreed to reopen the border.");

        Assert.Equal(("nsubj", "agreed"), (Word(parse, "Kenya").Relation, parse.HeadOf(Word(parse, "Kenya"))?.Form));
        Assert.Equal(("conj", "Kenya"), (Word(parse, "Peru").Relation, parse.HeadOf(Word(parse, "Peru"))?.Form));
    }

    [Fact]
    public void Analyze_ListOpeningWithABareName_KeepsTheWholeListAsSubject()
    {
        var parse = ParseOf("Saudi Arabia, Egypt, Bahrain and the United Arab Emirates announced today they were cutting ties with Qatar.");

        var subject = Assert.Single(parse.ChildrenOf(Word(parse, "announced")), c => c.Relation == "nsubj");
        Assert.Equal(["Arabia", "Bahrain", "Egypt", "Emirates"], parse.Subtree(subject).Where(w => w.Upos == "PROPN" && w.Form != "Saudi" && w.Form != "United" && w.Form != "Arab").Select(w => w.Form).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Analyze_PastParticipleBeforeObjectWithSubject_IsThePredicate()
    {
        var parse = ParseOf("The European Union imposed sanctions Friday on 30 officials suspected of vote fraud.");

        var imposed = Word(parse, "imposed");
        Assert.Equal("imposed", parse.HeadOf(Word(parse, "Union"))?.Form);
        Assert.Equal(("obj", "imposed"), (Word(parse, "sanctions").Relation, parse.HeadOf(Word(parse, "sanctions"))?.Form));
        Assert.Equal([imposed.Index], parse.Roots);
    }

    [Fact]
    public void Analyze_AgencyDateline_ParsedApartFromTheSentence()
    {
        var parse = ParseOf("LIMA (AP) — The minister met envoys from Chile on Monday.");

        Assert.Equal(2, parse.Roots.Count);
        Assert.Equal("nsubj", Word(parse, "minister").Relation);
        Assert.All(parse.Words.Take(5), w => Assert.True(w.Head < 5, $"{w} hangs outside the dateline"));
        Assert.Equal("met", parse.Words[parse.Roots[1]].Form);
    }

    [Fact]
    public void Analyze_CapitalsAndColonDateline_ParsedApart()
    {
        var parse = ParseOf("NEW DELHI: India on Wednesday extended a line of credit to Sri Lanka.");

        Assert.Equal(["DELHI", "extended"], parse.Roots.Select(r => parse.Words[r].Form));
        Assert.Equal(("nsubj", "extended"), (Word(parse, "India").Relation, parse.HeadOf(Word(parse, "India"))?.Form));
    }

    [Fact]
    public void Analyze_NameWithPartyInParentheses_NoDateline()
    {
        var parse = ParseOf("Senator Ana Ruiz (R) said the vote would pass.");

        Assert.Single(parse.Roots);
    }

    [Fact]
    public void Analyze_NameHungOnTheVerbAfterANounAndComma_ApposedToTheNoun()
    {
        var parse = ParseOf("The Chilean government on Monday imposed sanctions on Venezuela's oil firm, stepping up pressure on the country's embattled president, Nicolas Ruiz.");

        Assert.Equal(("appos", "president"), (Word(parse, "Ruiz").Relation, parse.HeadOf(Word(parse, "Ruiz"))?.Form));
    }

    [Fact]
    public void Analyze_NamesHungInsideAFrontedPhrase_OpenTheSubject()
    {
        var parse = ParseOf("In a tense meeting held in Lima on Thursday, Chile President Ana Ruiz and Peru President Luis Vega reaffirmed their commitment to peace.");

        var subject = Assert.Single(parse.ChildrenOf(Word(parse, "reaffirmed")), c => c.Relation == "nsubj");
        Assert.Equal("Ana", subject.Form);
        Assert.Contains(Word(parse, "Luis"), parse.Subtree(subject));
    }

    [Fact]
    public void Extract_AgencyCreditedInTheDateline_NoEntityButThePlaceStays()
    {
        var names = Parsed.Extract("LIMA (AP) — Chile's president Ana Ruiz met Peru's president Luis Vega on Monday.").Entities.Select(e => e.Name).ToList();

        Assert.DoesNotContain("Associated Press", names);
        Assert.Contains("Lima", names);
    }

    [Fact]
    public void Extract_AgencyNamedInTheStory_StaysAnEntity() =>
        Assert.Contains("Associated Press", Parsed.Extract("Chile's president Ana Ruiz told the Associated Press on Monday that talks would go on.").Entities.Select(e => e.Name));
}
