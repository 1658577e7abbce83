using System.Diagnostics;
using Graph.Extraction.Gazetteers;

namespace Graph.Extraction.Ner.Training;

/// <summary>
/// The <c>train</c> operation: reads the GMB corpus, takes the titles off persons' names (the gazetteer knows them),
/// holds out a share of the sentences to score each epoch, and trains the name tagger, saying how it goes on
/// <c>progress</c>, one line at a time.
/// </summary>
public static class NerTraining
{
    /// <exception cref="IOException">The corpus cannot be read (also <see cref="UnauthorizedAccessException"/>, <see cref="InvalidDataException"/>).</exception>
    public static NerModel Train(string corpusPath, IGazetteer gazetteer, TrainerOptions options, double holdoutShare, Action<string> progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(progress);
        var sentences = GmbCorpus.Read(corpusPath);
        foreach (var s in sentences)
            PersonTitles.Strip(s, gazetteer);
        var (training, held) = PerceptronTrainer.Split(sentences, holdoutShare);
        progress($"{sentences.Count} sentences: {training.Count} to train, {held.Count} held out");

        var clock = Stopwatch.StartNew();
        return new PerceptronTrainer(gazetteer, options).Train(training, held, report =>
        {
            var line = FormattableString.Invariant(
                $"epoch {report.Epoch} ({clock.Elapsed.TotalSeconds:0}s): training errors {report.TrainingErrorRate:0.0000}, {report.Features} features");
            if (report.Holdout is { } h)
                line += "; holdout " + h.Summary();
            progress(line);
        }, cancellationToken);
    }
}
