using Graph.Neo4j.Client;
using Graph.Neo4j.Writing;
using Graph.Worker.Pipeline;
using Graph.Worker.Sinks;
using Graph.Worker.Tests.Neo4jInstance;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Worker.Tests.Pipeline;

/// <summary>
/// The write stage's rules for failures that come from one article rather than from the store, shown with a sink
/// that fails on one chosen article while answering probes (a real Neo4j cannot be made to do that on demand).
/// </summary>
public sealed class PoisonTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Ingest_ArticleThatAlwaysFailsWhileTheStoreAnswers_IsSetAsideAndTheOthersWritten()
    {
        var corpus = Corpus.Write(Path.Combine(_folder.Path, "corpus"), 12);
        var sink = new PoisonSink("a-0005.md");
        var configuration = new Dictionary<string, string?>
        {
            ["NEO4J_URI"] = "",
            ["Pipeline:WriteBatchSize"] = "4",
            ["Pipeline:RetryDelay"] = "00:00:00.010",
            ["Pipeline:MaxRetryDelay"] = "00:00:00.050",
            ["Pipeline:PoisonAttempts"] = "3",
            ["Ingestion:DeadLetter"] = Path.Combine(_folder.Path, "dead-letter"),
            ["Logging:LogLevel:Default"] = "None",
        };

        var summary = await WorkerRuns.IngestAsync(configuration, [corpus], services => services.AddSingleton<IArticleSink>(sink));

        Assert.Equal(11, summary.Written);
        var problem = Assert.Single(summary.SetAside);
        Assert.Equal($"{corpus}/a-0005.md", problem.Source);
        Assert.StartsWith("not written (Failed): it failed 3 times while Neo4j answered other queries", problem.Reason);
        Assert.Equal(11, sink.Written.Distinct().Count());
        Assert.DoesNotContain("a-0005.md", sink.Written);
        var errorFile = Assert.Single(Directory.GetFiles(Path.Combine(_folder.Path, "dead-letter"), "*.error.txt"));
        Assert.Contains("(article a-0005.md)", await File.ReadAllTextAsync(errorFile));
    }

    /// <summary>
    /// Down for a while: unreachable (probes fail too), or an outage while probes answer (Neo4j restarted under the
    /// write), which must never count as a poison strike either (one attempt allowed here).
    /// </summary>
    [Theory]
    [InlineData(5, 0)]
    [InlineData(0, 4)]
    public async Task Ingest_StoreDownForAWhile_WaitsAndThenWritesEverythingWithoutPoisonStrikes(int unreachableWrites, int outageWrites)
    {
        var corpus = Corpus.Write(Path.Combine(_folder.Path, "corpus"), 8);
        var sink = new PoisonSink(poison: null) { UnreachableWrites = unreachableWrites, OutageWrites = outageWrites };
        var configuration = new Dictionary<string, string?>
        {
            ["NEO4J_URI"] = "",
            ["Pipeline:RetryDelay"] = "00:00:00.010",
            ["Pipeline:MaxRetryDelay"] = "00:00:00.050",
            ["Pipeline:PoisonAttempts"] = "1",
            ["Logging:LogLevel:Default"] = "None",
        };

        var summary = await WorkerRuns.IngestAsync(configuration, [corpus], services => services.AddSingleton<IArticleSink>(sink));

        Assert.Equal(8, summary.Written);
        Assert.Equal(0, summary.SetAsideCount);
        Assert.Equal((0, 0), (sink.UnreachableWrites, sink.OutageWrites));
        Assert.Equal(8, sink.Written.Distinct().Count());
    }

    /// <summary>
    /// Fails every write that holds <c>poison</c> (reachable), the first writes (unreachable), or the first writes with
    /// an outage while probes answer (a restart).
    /// </summary>
    private sealed class PoisonSink(string? poison) : IArticleSink
    {
        public List<string> Written { get; } = [];

        public int UnreachableWrites { get; set; }

        public int OutageWrites { get; set; }

        public string Description => "test sink";

        public Task<IReadOnlyList<ArticleWriteOutcome>> WriteAsync(IReadOnlyList<ArticleDocument> articles, CancellationToken cancellationToken)
        {
            if (UnreachableWrites > 0)
            {
                UnreachableWrites--;
                throw new Neo4jException(Neo4jErrorCodes.NetworkFailure, "connection refused", isRetryable: true);
            }
            if (OutageWrites > 0)
            {
                OutageWrites--;
                throw new Neo4jException(Neo4jErrorCodes.ServerUnavailable, "connection reset", isRetryable: true);
            }
            var outcomes = new List<ArticleWriteOutcome>();
            foreach (var article in articles)
            {
                if (article.Article.Id == poison)
                    throw new Neo4jException(Neo4jErrorCodes.Timeout, "the transaction took too long", isRetryable: true);
                Written.Add(article.Article.Id);
                outcomes.Add(new ArticleWriteOutcome(article.Article.Id, ArticleWriteStatus.Written));
            }
            return Task.FromResult<IReadOnlyList<ArticleWriteOutcome>>(outcomes);
        }

        public bool IsUnavailable(Exception exception) => exception is Neo4jException { IsRetryable: true };

        public bool IsOutage(Exception exception) => exception is Neo4jException { Code: Neo4jErrorCodes.ServerUnavailable };

        public Task<bool> IsReachableAsync(CancellationToken cancellationToken) => Task.FromResult(UnreachableWrites == 0);

        public Task CompleteAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
