using Graph.Extraction.Syntax;
using Graph.Extraction.Text;

namespace Graph.Extraction.Tests.Syntax;

/// <summary>The gates that spare the repair loop calls to repairs that cannot mend a word (<see cref="RepairGates"/>).</summary>
public sealed class RepairGatesTests
{
    private static readonly SyntaxAnalyzer Analyzer = new(SyntaxModel.Default, new SyntaxOptions());

    private static bool Declines(SentenceParse parse, SyntaxWord word) => false;

    private static List<int> Candidates(RepairGates gates, string relation, string tag)
    {
        var found = new List<int>();
        var candidates = gates.For(relation, tag);
        for (var i = candidates.Next(0); i >= 0; i = candidates.Next(i + 1))
            found.Add(i);
        return found;
    }

    [Fact]
    public void For_RelationAndTag_RepairsWhoseGatesAdmitBoth()
    {
        var gates = new RepairGates([new(Declines), new(Declines, "obj"), new(Declines, "obj nsubj", "PROPN"), new(Declines, Tags: "NOUN")]);

        Assert.Equal([0, 1, 2], Candidates(gates, "obj", "PROPN"));
        Assert.Equal([0, 3], Candidates(gates, "nsubj", "NOUN"));
        Assert.Equal([0, 1], Candidates(gates, "obj", "VERB"));
        Assert.Equal([0], Candidates(gates, "amod", "ADJ"));
    }

    [Fact]
    public void For_MoreRepairsThanABitsWord_FindsThemAcrossWords()
    {
        var repairs = Enumerable.Range(0, 130).Select(i => i switch
        {
            63 or 64 or 129 => new WordRepair(Declines),
            100 => new WordRepair(Declines, "appos"),
            _ => new WordRepair(Declines, "flat"),
        }).ToList();

        Assert.Equal([63, 64, 100, 129], Candidates(new RepairGates(repairs), "appos", "PROPN"));
        Assert.Equal([63, 64, 129], Candidates(new RepairGates(repairs), "conj", "PROPN"));
    }

    [Theory]
    [InlineData("Kenya's foreign minister, Amani Otieno, met his counterparts from Peru, Ghana and Laos in Nairobi on Tuesday.")]
    [InlineData("The envoy was received by President Lucia Ferraz of Brazil, who later said the talks had been useful.")]
    [InlineData("Ministers Ana Ruiz and Tomas Vidal, who arrived on Monday, signed the accord, according to a statement.")]
    [InlineData("Russia accused Ukraine of shelling the town, a charge Kyiv denied, officials said late on Friday.")]
    [InlineData("Chile, Peru to hold talks on water rights after border row")]
    [InlineData("At least 12 people were killed when drones struck a depot near Odesa overnight, the governor said.")]
    [InlineData("The EU imposed sanctions on six Iranian officials and froze the assets of two firms.")]
    [InlineData("Speaking in Geneva, the UN's human rights chief, Marta Leone, urged both sides to stop the fighting.")]
    [InlineData("Japan and Australia issued statements condemning the test, which the US called reckless.")]
    [InlineData("Officials from Egypt and Qatar, the mediators, flew to Doha to meet the delegation's head, Omar Haddad.")]
    public void Gates_RepairTheyPassBy_DeclinesTheWordAndLeavesTheParse(string text)
    {
        // As the parser gives it, and after the repairs, when the words are as the later repairs see them.
        var parse = Analyzer.Parse(new Sentence(0, 0, text.Length, text, Tokenizer.Tokenize(text)));
        Assert.Empty(Passed(parse));
        ParseRepair.Apply([parse]);
        Assert.Empty(Passed(parse));
    }

    /// <summary>Every repair a gate passes by that would have mended the word or changed the parse: none, if each gate is its repair's first test.</summary>
    private static List<string> Passed(SentenceParse parse)
    {
        var wrong = new List<string>();
        foreach (var w in parse.Words)
        {
            foreach (var repair in ParseRepair.WordRepairs.Where(r => !r.Admits(w.Relation, w.Upos)))
            {
                var readings = Readings(parse);
                if (repair.Mend(parse, w) || Readings(parse) != readings)
                    wrong.Add($"{repair.Mend.Method.Name} on {w}");
            }
        }

        return wrong;
    }

    private static string Readings(SentenceParse parse) =>
        string.Join(" ", parse.Words.Select(w => $"{w.Head}/{w.Relation}/{w.Upos}/{w.Xpos}"));
}
