namespace Graph.Bench.Corpus;

/// <summary>How the synthetic corpus spreads its actors and events over the articles.</summary>
internal enum CorpusShape
{
    /// <summary>Every actor equally likely: the corpus the earlier figures were taken on.</summary>
    Uniform,

    /// <summary>
    /// As in real news: countries, organisations and people drawn by a Zipf law (the most frequent country in about a
    /// third of the articles, the most frequent person in one in twenty), and one article in fifty about one of a few
    /// big stories, each a meeting every article about it reports. The articles come in the order they were
    /// published, as a feed delivers them (<see cref="CorpusGenerator.ArticlesPerDay"/> a day).
    /// </summary>
    Skewed,

    /// <summary>Every article reports the same meeting (the first big story).</summary>
    HubEvent,

    /// <summary>The same person, leader of the same country, in every article; everything else as in the uniform corpus.</summary>
    HubActor,
}

internal static class CorpusShapes
{
    /// <summary>The shape named by <c>--shape</c>: uniform, skewed, hub-event or hub-actor.</summary>
    public static CorpusShape Parse(string? name) => name switch
    {
        null or "uniform" => CorpusShape.Uniform,
        "skewed" => CorpusShape.Skewed,
        "hub-event" => CorpusShape.HubEvent,
        "hub-actor" => CorpusShape.HubActor,
        _ => throw new ArgumentException($"--shape must be uniform, skewed, hub-event or hub-actor, not '{name}'."),
    };

    public static string Name(CorpusShape shape) => shape switch
    {
        CorpusShape.Skewed => "skewed",
        CorpusShape.HubEvent => "hub-event",
        CorpusShape.HubActor => "hub-actor",
        _ => "uniform",
    };
}
