using Graph.Extraction.Syntax;
using Graph.Extraction.Syntax.Training;
using Graph.Extraction.Text;

namespace Graph.Extraction.Tests.Syntax;

public class BeamTests(SyntaxFixture fixture) : IClassFixture<SyntaxFixture>
{
    private static readonly SyntaxTrainerOptions BeamOptions = SyntaxFixture.Options with { BeamWidth = 4 };

    [Fact]
    public void Train_BeamWidth_TagsAndParsesItsOwnSentences()
    {
        var model = fixture.Train(BeamOptions);

        var evaluation = SyntaxEvaluation.Of(model, fixture.Sentences);

        Assert.Equal(4, model.BeamWidth);
        Assert.Equal(1.0, evaluation.Uas);
        Assert.Equal(1.0, evaluation.Las);
    }

    [Theory]
    [InlineData("Ivo and Ana didn't meet the envoy in Lima.")]
    [InlineData("Talks will be held in Oslo and Lima.")]
    [InlineData("The envoy met Ana, Ivo and the talks")]
    [InlineData("sign")]
    public void Parse_BeamModel_GivesOneWellFormedTree(string text)
    {
        var sentence = new Sentence(0, 0, text.Length, text, Tokenizer.Tokenize(text));

        var parse = new SyntaxAnalyzer(fixture.Train(BeamOptions), new SyntaxOptions()).Parse(sentence);

        Assert.Single(parse.Roots);
        Assert.Equal(parse.Words.Count, parse.Subtree(parse.Root!).Count());
        Assert.All(parse.Words, w => Assert.Equal(w.Head < 0, w.Relation == "root"));
    }

    [Fact]
    public void Train_BeamSameTreebankAndSeed_GivesTheSameBytesAndOthersThanGreedy()
    {
        var first = SyntaxFixture.Bytes(fixture.Train(BeamOptions));

        Assert.Equal(first, SyntaxFixture.Bytes(fixture.Train(BeamOptions)));
        Assert.NotEqual(first, SyntaxFixture.Bytes(fixture.Model));
    }

    [Theory]
    [InlineData(1, 4)]
    [InlineData(2, 5)]
    public void Save_BeamWidth_GreedyModelKeepsFormatFour(int width, int format)
    {
        var bytes = SyntaxFixture.Bytes(fixture.Train(BeamOptions with { BeamWidth = width }));

        using var reader = new BinaryReader(new System.IO.Compression.GZipStream(new MemoryStream(bytes), System.IO.Compression.CompressionMode.Decompress));
        reader.ReadUInt32();
        Assert.Equal(format, reader.ReadInt32());
    }

    [Fact]
    public void SaveLoad_BeamModel_KeepsItsWidthAndTheSameBytes()
    {
        var bytes = SyntaxFixture.Bytes(fixture.Train(BeamOptions with { BeamWidth = 3 }));

        var loaded = SyntaxModel.Load(new MemoryStream(bytes));

        Assert.Equal(3, loaded.BeamWidth);
        Assert.Equal(bytes, SyntaxFixture.Bytes(loaded));
        Assert.Equal(1, fixture.Model.BeamWidth);
    }
}
