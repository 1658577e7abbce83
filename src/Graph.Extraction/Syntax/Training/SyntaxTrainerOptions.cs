namespace Graph.Extraction.Syntax.Training;

/// <summary>Settings of <see cref="SyntaxTrainer"/>; the defaults made the shipped model (docs/quality.md).</summary>
public sealed record SyntaxTrainerOptions
{
    /// <summary>Above 1, the parser is trained and parses over a beam this wide (<see cref="BeamTrainer"/>); 1 is the greedy parser trained with the dynamic oracle (the only one <see cref="Exploration"/> applies to).</summary>
    public int BeamWidth { get; init; } = 1;

    /// <summary>Passes of the tagger over the training sentences.</summary>
    public int TaggerEpochs { get; init; } = 8;

    /// <summary>Passes of the parser over the training sentences.</summary>
    public int ParserEpochs { get; init; } = 15;

    /// <summary>The parser trains on tags a tagger predicted without seeing the sentence (jackknifing in this many folds); below 2 it trains on gold tags.</summary>
    public int Folds { get; init; } = 4;

    /// <summary>From the second epoch on, the parser follows its own prediction with this probability (dynamic oracle exploration).</summary>
    public double Exploration { get; init; } = 0.9;

    /// <summary>After the first epoch, features seen fewer times than this in it are dropped, and no feature it did not see is added later (tagger and parser); 1 keeps every feature.</summary>
    public int MinFeatureCount { get; init; } = 1;

    /// <summary>Averaged weights smaller than this are dropped from the saved model.</summary>
    public float Prune { get; init; } = 0.75f;

    /// <summary>Brown clusters of words (<see cref="BrownClustering"/>, <c>train-clusters</c>) the features read; kept in the model.</summary>
    public WordClusters Clusters { get; init; } = WordClusters.None;

    /// <summary>Seed of the per-epoch shuffles and the exploration.</summary>
    public int Seed { get; init; } = 12;
}
