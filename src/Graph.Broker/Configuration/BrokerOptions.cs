namespace Graph.Broker.Configuration;

/// <summary>Broker mode (configuration section <c>Broker</c>; <c>RABBITMQ_URI</c> wins over <c>Broker:Uri</c>).</summary>
public sealed class BrokerOptions
{
    public const string Section = "Broker";

    /// <summary><c>amqp://user:password@host:5672/vhost</c> (or <c>amqps://</c>); set, it turns <c>run</c> into broker mode.</summary>
    public string Uri { get; set; } = "";

    /// <summary>The roles this process plays: any of <c>fetch</c>, <c>extract</c>, <c>write</c>, comma-separated.</summary>
    public string Roles { get; set; } = "fetch,extract,write";

    /// <summary>Durable quorum queue of fetched articles (message id: the article's content hash).</summary>
    public string ArticleQueue { get; set; } = "graph.articles";

    /// <summary>Durable quorum queue of extracted graph documents, consumed by one active writer.</summary>
    public string DocumentQueue { get; set; } = "graph.documents";

    /// <summary>Where poison messages go, each with its reason in a header.</summary>
    public string DeadLetterQueue { get; set; } = "graph.dead-letters";

    /// <summary>Articles an extract process holds unacknowledged at once (the broker's prefetch); more wait in the queue for other workers.</summary>
    public int ExtractPrefetch { get; set; } = 4;

    /// <summary>Articles extracted at once in one process; 0 means one per processor.</summary>
    public int ExtractWorkers { get; set; }

    /// <summary>Documents the writer holds unacknowledged at once.</summary>
    public int WritePrefetch { get; set; } = 64;

    /// <summary>Most documents handed to the graph writer in one call.</summary>
    public int WriteBatchSize { get; set; } = 32;

    /// <summary>Deliveries a message may fail before it is dead-lettered with its reason.</summary>
    public int MaxAttempts { get; set; } = 3;

    /// <summary>
    /// The queues' own limit (<c>x-delivery-limit</c>): a message delivered this often without being settled (it kills
    /// every worker that takes it) is dead-lettered by the broker. Above <see cref="MaxAttempts"/>, so that workers
    /// killed under an innocent message do not use it up.
    /// </summary>
    public int DeliveryLimit { get; set; } = 10;

    /// <summary>First wait before connecting again after the broker (or Neo4j) went away; it doubles up to <see cref="MaxReconnectDelay"/>.</summary>
    public TimeSpan ReconnectDelay { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxReconnectDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Longest wait for the broker to confirm a channel or connection close before it is abandoned.</summary>
    public TimeSpan CloseTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How often queue depths are read for the metrics and the health report.</summary>
    public TimeSpan MonitorInterval { get; set; } = TimeSpan.FromSeconds(5);

    public int EffectiveExtractWorkers => ExtractWorkers > 0 ? ExtractWorkers : Environment.ProcessorCount;
}
