using Graph.Neo4j.Client;
using Graph.Neo4j.Writing;
using Graph.Worker.Pipeline;
using Graph.Worker.Sinks;
using Graph.Worker.Tests.Neo4jInstance;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Worker.Tests.Pipeline;

/// <summary>
/// The rules for failures that come from one article rather than from the store: against a real Neo4j whose client
/// fails every write of one chosen article while answering everything else (a real Neo4j cannot be made to do that
/// on demand), and with a sink that is down for a while.
/// </summary>
[Collection(PrivateNeo4jCollection.Name)]
public sealed class PoisonTests(PrivateNeo4j neo4j) : IAsyncLifetime
{
    private readonly TempFolder _folder = new();

    public Task InitializeAsync() => neo4j.WipeAsync();

    public Task DisposeAsync()
    {
        _folder.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Ingest_ArticleThatAlwaysFailsWhileTheStoreAnswers_IsSetAsideAndTheOthersWritten()
    {
        var corpus = Corpus.Write(Path.Combine(_folder.Path, "corpus"), 12);
        var configuration = neo4j.WorkerConfiguration(_folder.Path);
        configuration["Pipeline:WriteBatchSize"] = "4";
        configuration["Pipeline:RetryDelay"] = "00:00:00.010";
        configuration["Pipeline:MaxRetryDelay"] = "00:00:00.050";
        configuration["Pipeline:PoisonAttempts"] = "3";
        configuration["Ingestion:DeadLetter"] = Path.Combine(_folder.Path, "dead-letter");
        configuration["Logging:LogLevel:Default"] = "None";
        GatedSink? sink = null;

        var summary = await WorkerRuns.IngestAsync(configuration, [corpus], services =>
        {
            PoisonClient.Register(services, configuration, "a-0005.md");
            services.AddSingleton<Neo4jArticleSink>();
            services.AddSingleton<IArticleSink>(provider => sink = new GatedSink(provider.GetRequiredService<Neo4jArticleSink>(), gateAt: 0));
        });
        var written = sink!.Outcomes.Where(o => o.Status == ArticleWriteStatus.Written).Select(o => o.ArticleId).ToList();

        Assert.Equal(11, summary.Written);
        var problem = Assert.Single(summary.SetAside);
        Assert.Equal($"{corpus}/a-0005.md", problem.Source);
        Assert.StartsWith("not written (Failed): it failed 3 times while Neo4j answered other queries", problem.Reason);
        Assert.Equal(11, written.Distinct().Count());
        Assert.DoesNotContain("a-0005.md", written);
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
        var sink = new DownSink { UnreachableWrites = unreachableWrites, OutageWrites = outageWrites };
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

    /// <summary>Fails the first writes as unreachable, or with an outage (a restart), then writes everything.</summary>
    private sealed class DownSink : IArticleSink
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
            Written.AddRange(articles.Select(a => a.Article.Id));
            return Task.FromResult<IReadOnlyList<ArticleWriteOutcome>>([.. articles.Select(a => new ArticleWriteOutcome(a.Article.Id, ArticleWriteStatus.Written))]);
        }

        public bool IsUnavailable(Exception exception) => exception is Neo4jException { IsRetryable: true };

        public Task CompleteAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
