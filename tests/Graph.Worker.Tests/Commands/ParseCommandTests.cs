namespace Graph.Worker.Tests.Commands;

public sealed class ParseCommandTests : IDisposable
{
    // A tiny treebank written for these tests (UD English conventions).
    private const string Treebank = """
        # sent_id = a
        # text = Ana met Ivo.
        1	Ana	Ana	PROPN	NNP	_	2	nsubj	_	_
        2	met	meet	VERB	VBD	_	0	root	_	_
        3	Ivo	Ivo	PROPN	NNP	_	2	obj	_	SpaceAfter=No
        4	.	.	PUNCT	.	_	2	punct	_	_

        # sent_id = b
        1-2	didn't	_	_	_	_	_	_	_	_
        1	did	do	AUX	VBD	_	3	aux	_	_
        2	n't	not	PART	RB	_	3	advmod	_	_
        3	sign	sign	VERB	VB	_	0	root	_	SpaceAfter=No
        4	.	.	PUNCT	.	_	3	punct	_	_

        """;

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Parse_ArticleNamingACountryTheTreebankKnowsAsANoun_TaggedAsTheExtractionReadsIt()
    {
        var path = _folder.Write("chile.txt", "Ruling\n\nChile on Monday called the accusations by Peru false.");

        var (exitCode, stdout, stderr) = await GraphCli.RunAsync("parse", path);

        Assert.Equal((0, ""), (exitCode, stderr));
        var chile = stdout.Split('\n').Select(l => l.Split('\t')).First(w => w.Length == 10 && w[1] == "Chile");
        // The treebank's "chile" is a pepper; the article's mentions say it is a name.
        Assert.Equal(("PROPN", "NNP"), (chile[3], chile[4]));
    }

    [Fact]
    public async Task Parse_Article_PrintsCoNlluWithOffsetsIntoTheFile()
    {
        const string text = "Talks in Oslo\n\nThe envoys didn't meet. Peru's minister will visit Lima.";
        var path = _folder.Write("talks.txt", text);

        var (exitCode, stdout, stderr) = await GraphCli.RunAsync("parse", path);

        Assert.Equal((0, ""), (exitCode, stderr));
        var sentences = stdout.Split("\n\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, sentences.Length);
        Assert.StartsWith("# sent_id = talks.txt-1\n# text = Talks in Oslo\n", sentences[0], StringComparison.Ordinal);
        var words = sentences[1].Split('\n').Where(l => !l.StartsWith('#')).Select(l => l.Split('\t')).ToList();
        Assert.Equal(["The", "envoys", "did", "n't", "meet", "."], words.Select(w => w[1]));
        Assert.All(words, w => Assert.Equal(10, w.Length));
        foreach (var w in words)
        {
            var range = w[9].Split('|')[0]["TokenRange=".Length..].Split(':').Select(int.Parse).ToArray();
            Assert.Equal(w[1], text[range[0]..range[1]]);
        }

        Assert.Single(words, w => w[6] == "0" && w[7] == "root");
    }

    [Fact]
    public async Task Parse_Conllu_KeepsTheFileAndItsWordsAndPredictsTheColumns()
    {
        var gold = _folder.Write("gold.conllu", Treebank);
        var predicted = Path.Combine(_folder.Path, "predicted.conllu");

        var (exitCode, stdout, stderr) = await GraphCli.RunAsync("parse", "--conllu", gold, "--out", predicted);

        Assert.Equal((0, "", ""), (exitCode, stdout, stderr));
        var lines = File.ReadAllLines(predicted);
        // The file ends with the blank line that closes its last sentence.
        var goldLines = (Treebank + "\n").Split('\n').SkipLast(1).ToArray();
        Assert.Equal(goldLines.Length, lines.Length);
        for (var k = 0; k < lines.Length; k++)
        {
            var p = lines[k].Split('\t');
            var g = goldLines[k].Split('\t');
            if (g.Length != 10 || g[0].Contains('-'))
            {
                Assert.Equal(goldLines[k], lines[k]);
                continue;
            }

            Assert.Equal((g[0], g[1], g[9]), (p[0], p[1], p[9]));
            Assert.True(int.TryParse(p[6], out var head) && head >= 0 && head <= 4, lines[k]);
            Assert.NotEqual("_", p[3]);
            Assert.NotEqual("_", p[7]);
        }
    }

    [Fact]
    public async Task Parse_NeitherPathsNorConllu_IsAUsageError()
    {
        var (exitCode, _, stderr) = await GraphCli.RunAsync("parse");

        Assert.Equal(1, exitCode);
        Assert.Contains("parse takes article paths or --conllu FILE", stderr);
    }

    [Fact]
    public async Task Parse_MaxSentenceWordsOutOfRange_ExitsOneNamingTheSetting()
    {
        var path = _folder.Write("a.txt", "The envoy arrived.");

        var (exitCode, _, stderr) = await GraphCli.RunAsync(new Dictionary<string, string?> { ["Syntax:MaxSentenceWords"] = "5" }, "parse", path);

        Assert.Equal(1, exitCode);
        Assert.Contains("Syntax:MaxSentenceWords must lie between 10 and 10000 (it is 5).", stderr);
    }

    [Fact]
    public async Task Parse_MaxSentenceWordsFromConfiguration_CutsLongerSentences()
    {
        var path = _folder.Write("long.txt", string.Join(' ', Enumerable.Repeat("officials met", 10)) + ". Ana met Ivo.");

        var (exitCode, stdout, _) = await GraphCli.RunAsync(new Dictionary<string, string?> { ["Syntax:MaxSentenceWords"] = "12" }, "parse", path);

        Assert.Equal(0, exitCode);
        var sentences = stdout.Split("\n\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("# parse = cut into pieces (a long sentence)\n", sentences[0]);
        Assert.Equal(2, sentences[0].Split('\n').Count(l => l.Split('\t') is [_, _, _, _, _, _, "0", "root", _, _]));
        Assert.DoesNotContain("# parse =", sentences[1]);
    }

    [Fact]
    public async Task TrainSyntax_Treebank_WritesAModelThatLoads()
    {
        _folder.Write("tb/tiny-ud-train.conllu", Treebank);
        var model = Path.Combine(_folder.Path, "syntax.model");

        var (exitCode, stdout, stderr) = await GraphCli.RunAsync("train-syntax", "--treebank", Path.Combine(_folder.Path, "tb"), "--out", model,
            "--tagger-epochs", "2", "--parser-epochs", "2");

        Assert.Equal((0, ""), (exitCode, stderr));
        Assert.Contains("2 training sentences, 0 development sentences", stdout);
        using var stream = File.OpenRead(model);
        Assert.Contains("root", Graph.Extraction.Syntax.SyntaxModel.Load(stream).Relations);
    }

    [Fact]
    public async Task TrainClusters_GmbAndTreebank_WritesClustersThatTrainSyntaxAndParseRead()
    {
        _folder.Write("tb/tiny-ud-train.conllu", Treebank);
        var gmb = _folder.Write("gmb.csv",
            "Sentence #,Word,POS,Tag\nSentence: 1,Envoys,NNS,O\n,met,VBD,O\n,in,IN,O\n,Lima,NNP,B-geo\n,.,.,O\n"
            + "Sentence: 2,Envoys,NNS,O\n,arrived,VBD,O\n,in,IN,O\n,Oslo,NNP,B-geo\n,\"10,000\",CD,O\n");
        var clusters = Path.Combine(_folder.Path, "clusters.txt");
        var model = Path.Combine(_folder.Path, "syntax.model");

        var (exitCode, _, stderr) = await GraphCli.RunAsync("train-clusters", "--gmb", gmb, "--treebank", Path.Combine(_folder.Path, "tb"),
            "--out", clusters, "--clusters", "3", "--min-count", "1");
        var trained = await GraphCli.RunAsync("train-syntax", "--treebank", Path.Combine(_folder.Path, "tb"), "--out", model,
            "--clusters", clusters, "--tagger-epochs", "2", "--parser-epochs", "2");
        var parsed = await GraphCli.RunAsync("parse", "--model", model, "--conllu", Path.Combine(_folder.Path, "tb/tiny-ud-train.conllu"));

        Assert.Equal((0, ""), (exitCode, stderr));
        Assert.Contains("\tlima\tNNP", File.ReadAllText(clusters));
        Assert.Contains("\t10,000\tCD", File.ReadAllText(clusters));
        Assert.Equal((0, ""), (trained.ExitCode, trained.Stderr));
        Assert.Equal((0, ""), (parsed.ExitCode, parsed.Stderr));
        Assert.Contains("\troot\t", parsed.Stdout);
    }

    [Theory]
    [InlineData("--beam", "65", "--beam must lie between 1 and 64.")]
    [InlineData("--prune", "-1", "--prune must lie between 0 and 100.")]
    [InlineData("--min-count", "0", "--min-count must be at least 1.")]
    [InlineData("--parser-epochs", "0", "--parser-epochs must be at least 1.")]
    public async Task TrainSyntax_OptionOutOfRange_IsAUsageError(string option, string value, string message)
    {
        var (exitCode, _, stderr) = await GraphCli.RunAsync("train-syntax", "--treebank", _folder.Path, "--out", Path.Combine(_folder.Path, "m"), option, value);

        Assert.Equal(1, exitCode);
        Assert.Contains(message, stderr);
    }

    [Fact]
    public async Task TrainSyntax_SilverFileMissing_IsAUsageError()
    {
        var missing = Path.Combine(_folder.Path, "silver.conllu");

        var (exitCode, _, stderr) = await GraphCli.RunAsync("train-syntax", "--treebank", _folder.Path, "--out", Path.Combine(_folder.Path, "m"), "--silver", missing);

        Assert.Equal(1, exitCode);
        Assert.Contains($"File does not exist: '{missing}'", stderr);
    }

    [Fact]
    public async Task TrainSyntax_FolderWithoutTrainFile_ExitsOneWithMessage()
    {
        var (exitCode, _, stderr) = await GraphCli.RunAsync("train-syntax", "--treebank", _folder.Path, "--out", Path.Combine(_folder.Path, "m"));

        Assert.Equal(1, exitCode);
        Assert.Contains("no *-train.conllu", stderr);
    }
}
