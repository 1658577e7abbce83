namespace Graph.Worker.Pipeline;

/// <summary>How the ingestion pipeline runs (configuration section <c>Pipeline</c>).</summary>
public sealed class PipelineOptions
{
    public const string Section = "Pipeline";

    /// <summary>Articles extracted at once (CPU-bound); 0 means one per processor.</summary>
    public int ExtractWorkers { get; set; }

    /// <summary>Items each channel between the stages holds; a full channel makes the stage before it wait, so memory stays flat.</summary>
    public int ChannelCapacity { get; set; } = 64;

    /// <summary>Most articles handed to the writer at once (it commits up to <c>Neo4j:Writer:ArticlesPerTransaction</c> of them together, each all or nothing).</summary>
    public int WriteBatchSize { get; set; } = 32;

    /// <summary>First wait before writing again while Neo4j is unavailable; it doubles up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest wait between two tries while Neo4j is unavailable.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How often an article may fail to be written while Neo4j answers other queries before it is set aside as
    /// poison, so that one article can never hold up the others.
    /// </summary>
    public int PoisonAttempts { get; set; } = 3;

    /// <summary>After Ctrl+C or SIGTERM, how long the articles already read may take to be finished before they are abandoned.</summary>
    public TimeSpan ShutdownTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How often progress is logged when no terminal shows the progress bar (a container, a redirected <c>ingest</c>); zero turns it off.</summary>
    public TimeSpan ProgressInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Where <c>ingest</c> writes the graph document (graph.json) and its HTML view (graph.html) when NEO4J_URI is not set.</summary>
    public string Out { get; set; } = "out";

    public int EffectiveExtractWorkers => ExtractWorkers > 0 ? ExtractWorkers : Environment.ProcessorCount;
}
