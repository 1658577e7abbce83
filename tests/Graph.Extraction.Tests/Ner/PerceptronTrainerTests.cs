using Graph.Extraction.Ner;
using Graph.Extraction.Ner.Training;
using Graph.Extraction.Text;

namespace Graph.Extraction.Tests.Ner;

public class PerceptronTrainerTests(NerFixture fixture) : IClassFixture<NerFixture>
{
    [Fact]
    public void Train_TinyFixture_TagsItsOwnSentences()
    {
        var evaluation = NerFixture.Trainer.Evaluate(fixture.Model, fixture.Sentences);

        Assert.Equal(1.0, evaluation.TokenAccuracy);
        Assert.Equal(1.0, evaluation.Score(null).F1);
    }

    [Fact]
    public void Train_TinyFixture_ConvergesToNoTrainingErrors()
    {
        var reports = new List<EpochReport>();

        NerFixture.Trainer.Train(fixture.Sentences, fixture.Sentences, reports.Add, CancellationToken.None);

        Assert.Equal(NerFixture.Options.Epochs, reports.Count);
        Assert.True(reports[0].TrainingErrorRate > 0);
        Assert.Equal(0, reports[^1].TrainingErrorRate);
        Assert.Equal(1.0, reports[^1].Holdout!.Score(null).F1);
    }

    [Fact]
    public void Tag_NewSentenceLikeTheFixture_FindsAndTypesItsNames()
    {
        var tokens = Tokenizer.Tokenize("Ilsa Brenner said the talks in Korvath would resume.");

        var names = fixture.Tagger.Tag(tokens);

        Assert.Equal([(0, 2, NameType.Person), (6, 7, NameType.Location)], names.Select(n => (n.FirstToken, n.EndToken, n.Type)));
        Assert.All(names, n => Assert.True(n.Margin > 0));
    }

    [Fact]
    public void Train_SameDataTwice_GivesTheSameModelBytes()
    {
        var first = Bytes(NerFixture.Trainer.Train(fixture.Sentences, [], null, CancellationToken.None));
        var second = Bytes(NerFixture.Trainer.Train(fixture.Sentences, [], null, CancellationToken.None));

        Assert.Equal(first, second);
    }

    [Fact]
    public void Load_SavedModel_TagsIdentically()
    {
        using var stream = new MemoryStream(Bytes(fixture.Model));
        var loaded = NerModel.Load(stream);
        var reloaded = new NameTagger(NerFixture.Gazetteer, loaded);

        Assert.Equal(fixture.Model.FeatureCount, loaded.FeatureCount);
        foreach (var s in fixture.Sentences.Concat([NerSentence.Parse("Ilsa/O Brenner/O visited/O Korvath/O ./O")]))
            Assert.Equal(fixture.Tagger.Tag(s.Tokens), reloaded.Tag(s.Tokens));
    }

    [Fact]
    public void Load_NotAModel_ThrowsInvalidData()
    {
        using var stream = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(stream, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
            gzip.Write("not a model"u8);
        stream.Position = 0;

        Assert.Throws<InvalidDataException>(() => NerModel.Load(stream));
    }

    [Fact]
    public void Split_TenPercent_HoldsOutEveryTenthSentence()
    {
        var sentences = Enumerable.Range(0, 100).Select(i => NerSentence.Parse($"w{i}/O")).ToList();

        var (training, holdout) = PerceptronTrainer.Split(sentences, 0.1);

        Assert.Equal(90, training.Count);
        Assert.Equal(Enumerable.Range(0, 10).Select(i => $"w{10 * i + 9}"), holdout.Select(s => s.Words[0]));
    }

    private static byte[] Bytes(NerModel model)
    {
        using var stream = new MemoryStream();
        model.Save(stream);
        return stream.ToArray();
    }
}
