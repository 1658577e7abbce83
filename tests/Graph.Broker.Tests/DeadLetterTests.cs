using System.Text;
using Graph.Broker.Configuration;
using Graph.Broker.Messaging;
using Graph.Testing;
using RabbitMQ.Client;

namespace Graph.Broker.Tests;

/// <summary>Poison messages end in the dead-letter queue with their reason; <c>graph dead-letters</c> lists and requeues them.</summary>
[Collection(BrokerCollection.Name)]
public sealed class DeadLetterTests(BrokerEnvironment environment)
{
    private const string PoisonArticle = "poison-article";
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);
    private static readonly TimeSpan VerbTimeout = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Run_PoisonArticle_DeadLetteredWithReasonAndOthersWritten()
    {
        await environment.WipeAsync();
        var (folder, queues, configuration) = Setup(inbox: environment.Stories(10));
        await PublishAsync(queues, queues.Articles, PoisonBody(), headers: []);
        using var fleet = new WorkerFleet(folder, configuration);
        fleet.Start("worker", "fetch,extract,write");

        await Eventually.HoldsAsync(async () => await GraphSnapshot.CountAsync(environment.Client, "Article") == 10
            && await BrokerQueuesProbe.ReadAsync(environment, queues.DeadLetters) is (1, _), Timeout, "10 articles written and 1 dead letter", fleet.Report);
        var list = await ShortCommand.RunAsync(folder, configuration, VerbTimeout, "dead-letters", "list");

        Assert.Equal(0, list.ExitCode);
        var line = Assert.Single(list.Output.Split('\n'), l => l.Contains(PoisonArticle, StringComparison.Ordinal));
        Assert.Contains(queues.Articles, line, StringComparison.Ordinal);
        Assert.Contains("extraction failed: JsonException: the article's text does not match its content hash", line, StringComparison.Ordinal);
        Assert.Contains("(failed 3 deliveries)", line, StringComparison.Ordinal);
        Assert.Contains("1 dead letter\n", list.Output, StringComparison.Ordinal);
        Assert.Equal(10, await GraphSnapshot.CountAsync(environment.Client, "Article"));
    }

    [Fact]
    public async Task Requeue_ByArticleId_BackOnItsQueueAndFailsAgain()
    {
        var (folder, queues, configuration) = Setup(inbox: null);
        await PublishAsync(queues, queues.DeadLetters, PoisonBody(), new()
        {
            [MessageHeaders.Reason] = "extraction failed: made up",
            [MessageHeaders.Queue] = queues.Articles,
            [MessageHeaders.Attempts] = "3",
        });

        var unknown = await ShortCommand.RunAsync(folder, configuration, VerbTimeout, "dead-letters", "requeue", "no-such-article");
        var requeue = await ShortCommand.RunAsync(folder, configuration, VerbTimeout, "dead-letters", "requeue", PoisonArticle);

        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains("no dead-lettered message has those ids", unknown.Error, StringComparison.Ordinal);
        Assert.Equal(0, requeue.ExitCode);
        Assert.Contains($"requeued {PoisonArticle} (poison-hash) to {queues.Articles}", requeue.Output, StringComparison.Ordinal);
        Assert.Contains("1 requeued", requeue.Output, StringComparison.Ordinal);
        Assert.Equal((1u, 0u), await BrokerQueuesProbe.ReadAsync(environment, queues.Articles));
        Assert.Equal((0u, 0u), await BrokerQueuesProbe.ReadAsync(environment, queues.DeadLetters));

        using var fleet = new WorkerFleet(folder, configuration);
        fleet.Start("extractor", "extract");
        await Eventually.HoldsAsync(async () => await BrokerQueuesProbe.ReadAsync(environment, queues.DeadLetters) is (1, _), Timeout, "the requeued poison back in the dead-letter queue", fleet.Report);
        var list = await ShortCommand.RunAsync(folder, configuration, VerbTimeout, "dead-letters", "list");
        Assert.Contains("extraction failed: JsonException", Assert.Single(list.Output.Split('\n'), l => l.Contains(PoisonArticle, StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    /// <summary>The verb that once printed its list and then hung in shutdown: twenty runs in a row, each must exit 0 promptly with the whole list.</summary>
    [Fact]
    public async Task List_TwentyRunsInARow_EachExitsZeroPromptly()
    {
        var (folder, queues, configuration) = Setup(inbox: null);
        for (var i = 0; i < 3; i++)
            await PublishAsync(queues, queues.DeadLetters, PoisonBody(), new() { [MessageHeaders.Reason] = $"reason {i}", [MessageHeaders.Queue] = queues.Articles });

        var runs = new List<ShortCommand>();
        for (var i = 0; i < 20; i++)
            runs.Add(await ShortCommand.RunAsync(folder, configuration, VerbTimeout, "dead-letters", "list"));

        Assert.All(runs, run =>
        {
            Assert.Equal(0, run.ExitCode);
            Assert.EndsWith("3 dead letters\n", run.Output, StringComparison.Ordinal);
            Assert.True(run.Elapsed < TimeSpan.FromSeconds(10), $"a run took {run.Elapsed}");
        });
        Assert.Equal((3u, 0u), await BrokerQueuesProbe.ReadAsync(environment, queues.DeadLetters));
    }

    private (string Folder, BrokerQueues Queues, Dictionary<string, string?> Configuration) Setup(string? inbox)
    {
        var queues = BrokerEnvironment.NewQueues();
        var folder = Directory.CreateDirectory(Path.Combine(environment.Work, queues.Articles)).FullName;
        var configuration = environment.Configuration(queues, folder);
        if (inbox is not null)
            configuration["Ingestion:Inbox"] = inbox;
        return (folder, queues, configuration);
    }

    /// <summary>A message no fetcher would publish: an article whose text does not match its content hash.</summary>
    private static byte[] PoisonBody() => Encoding.UTF8.GetBytes(
        $$"""{"id":"{{PoisonArticle}}","title":"Poison","source":"test","text":"Nothing to see.","bodyStart":0,"contentHash":"poison-hash"}""");

    private async Task PublishAsync(BrokerQueues queues, string queue, byte[] body, Dictionary<string, object?> headers)
    {
        await using var connection = await environment.ConnectAsync();
        await using var channel = await connection.CreateChannelAsync(new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true));
        await Topology.DeclareAsync(channel, new BrokerOptions { ArticleQueue = queues.Articles, DocumentQueue = queues.Documents, DeadLetterQueue = queues.DeadLetters }, CancellationToken.None);
        headers[MessageHeaders.Article] = PoisonArticle;
        var properties = new BasicProperties { MessageId = "poison-hash", Persistent = true, Headers = headers };
        await channel.BasicPublishAsync("", queue, mandatory: true, properties, body);
        await channel.CloseAsync();
        await connection.CloseAsync();
    }
}
