namespace Graph.Extraction.Ner.Training;

/// <summary>Settings of <see cref="PerceptronTrainer"/>.</summary>
public sealed record TrainerOptions
{
    /// <summary>Passes over the training sentences.</summary>
    public int Epochs { get; init; } = 5;

    /// <summary>Seed of the per-epoch shuffle: the same data and seed give the same model.</summary>
    public int Seed { get; init; } = 20240305;

    /// <summary>A feature seen fewer times than this in the training data gets no weights.</summary>
    public int MinCount { get; init; } = 2;

    /// <summary>
    /// The share of training sentences seen without gazetteer features, so that names the gazetteer does not
    /// know are learnt from their form and context rather than from its silence.
    /// </summary>
    public double GazetteerDropout { get; init; } = 0.3;

    /// <summary>Averaged weights closer to 0 than this are dropped from the saved model.</summary>
    public float PruneBelow { get; init; } = 0.05f;
}

/// <summary>What one epoch of training did: the share of training tokens it mislabelled, and the holdout scores.</summary>
public sealed record EpochReport(int Epoch, double TrainingErrorRate, int Features, NerEvaluation? Holdout);
