using Graph.Extraction.Syntax;
using Graph.Extraction.Syntax.Training;

namespace Graph.Extraction.Tests.Syntax;

public class BrownClusteringTests
{
    // Two kinds of word in the same frames: towns after "in", verbs after "they".
    private static readonly string[][] Text =
    [
        ["they", "walked", "in", "oslo", "."],
        ["they", "talked", "in", "lima", "."],
        ["they", "walked", "in", "lima", "."],
        ["they", "sang", "in", "accra", "."],
        ["they", "talked", "in", "oslo", "."],
        ["they", "sang", "in", "lima", "."],
        ["we", "walked", "in", "accra", "."],
        ["we", "sang", "in", "oslo", "."],
    ];

    [Fact]
    public void Run_SameText_GivesTheSameClusters()
    {
        var first = BrownClustering.Run(Text, 4, 1);
        var second = BrownClustering.Run(Text, 4, 1);

        Assert.Equal(first.Words, second.Words);
        Assert.Equal(first.Paths, second.Paths);
    }

    [Fact]
    public void Run_WordsInTheSameFrames_ShareACluster()
    {
        var clusters = BrownClustering.Run(Text, 4, 1);

        string PathOf(string word) => clusters.Paths[clusters.Words.ToList().IndexOf(word)];
        Assert.Equal(PathOf("oslo"), PathOf("lima"));
        Assert.Equal(PathOf("walked"), PathOf("sang"));
        Assert.NotEqual(PathOf("oslo"), PathOf("walked"));
        Assert.Equal(4, clusters.Paths.Distinct().Count());
    }

    [Fact]
    public void Run_MinCount_LeavesRareWordsOut()
    {
        var clusters = BrownClustering.Run(Text, 4, 3);

        Assert.DoesNotContain("we", clusters.Words);
        Assert.Contains("they", clusters.Words);
    }

    [Fact]
    public void WriteRead_Text_RoundTrips()
    {
        var clusters = BrownClustering.Run(Text, 4, 1);
        var writer = new StringWriter();
        clusters.Write(writer);

        var read = WordClusters.Read(new StringReader(writer.ToString()));

        Assert.Equal(clusters.Words, read.Words);
        Assert.Equal(clusters.Paths, read.Paths);
    }

    [Fact]
    public void WriteRead_SilverTags_RoundTrip()
    {
        var clusters = new WordClusters(["oslo", "sang"], ["10", "01"], ["NNP", ""]);
        var writer = new StringWriter();
        clusters.Write(writer);

        var read = WordClusters.Read(new StringReader(writer.ToString()));

        Assert.Equal("10\toslo\tNNP\n01\tsang\n", writer.ToString());
        Assert.Equal(["NNP", ""], read.Tags);
    }

    [Fact]
    public void Read_LineWithoutBits_Throws()
    {
        Assert.Throws<InvalidDataException>(() => WordClusters.Read(new StringReader("01x\tword\n")));
    }

    [Theory]
    [InlineData("0110", 2, "01")]
    [InlineData("0110", 4, "0110")]
    [InlineData("0110", 6, "0110")]
    [InlineData("", 4, "")]
    public void Prefix_Code_IsTheCodeOfTheLeadingBits(string path, int bits, string prefix)
    {
        Assert.Equal(WordClusters.Code(prefix), WordClusters.Prefix(WordClusters.Code(path), bits));
    }

    [Fact]
    public void SplitCsv_QuotedFields_KeepTheirCommasAndQuotes()
    {
        Assert.Equal(["", "10,000", "CD", "O"], ClusterText.SplitCsv(",\"10,000\",CD,O"));
        Assert.Equal(["", "\"", "``", "O"], ClusterText.SplitCsv(",\"\"\"\",``,O"));
    }
}
