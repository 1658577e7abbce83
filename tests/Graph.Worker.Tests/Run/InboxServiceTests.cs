using Graph.Testing;
using Graph.Neo4j.Client;
using Graph.Worker.Tests.Commands;
using Graph.Worker.Tests.Neo4jInstance;

namespace Graph.Worker.Tests.Run;

/// <summary>The <c>run</c> service watching an inbox, writing into a real Neo4j.</summary>
[Collection(PrivateNeo4jCollection.Name)]
public sealed class InboxServiceTests(PrivateNeo4j neo4j) : IAsyncLifetime
{
    private readonly TempFolder _folder = new();
    private int _drops;

    public Task InitializeAsync() => neo4j.WipeAsync();

    public Task DisposeAsync()
    {
        _folder.Dispose();
        return Task.CompletedTask;
    }

    private string Inbox => Path.Combine(_folder.Path, "inbox");

    private Dictionary<string, string?> Configuration()
    {
        var configuration = neo4j.WorkerConfiguration(_folder.Path);
        configuration["Ingestion:InboxSettleTime"] = "00:00:00";
        configuration["Ingestion:InboxRescanInterval"] = "00:00:01";
        configuration["Health:Interval"] = "00:00:01";
        return configuration;
    }

    private void Drop(int count)
    {
        for (var i = 0; i < count; i++)
            Drop($"{(i % 2 == 0 ? "" : "world/")}a-{i}.md", Corpus.Article(i));
    }

    /// <summary>Writes a file into the inbox as a careful producer does: aside under a hidden name, then renamed in.</summary>
    private string Drop(string relative, string content)
    {
        var path = Path.Combine(Inbox, relative);
        var staged = _folder.Write($"inbox/.staging-{Guid.NewGuid():N}", content);
        // A distinct time stamp for every drop, so that rewriting a file with the same content still changes it.
        File.SetLastWriteTimeUtc(staged, DateTime.UtcNow.AddSeconds(-1000 + _drops++));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.Move(staged, path, overwrite: true);
        return path;
    }

    [Fact]
    public async Task Run_FilesDroppedIntoTheInbox_AllWrittenAndTheSameFilesAgainChangeNothing()
    {
        const int Files = 6;
        await using var service = await RunHost.StartAsync(Configuration());
        Drop(Files);
        await WorkerRuns.EventuallyAsync(() => service.Status.FilesDone == Files, "every file is finished");
        var first = await GraphSnapshot.TakeAsync(neo4j.Client);

        // The same content written again: the files look changed, are read, and are found unchanged.
        Drop(Files);
        await WorkerRuns.EventuallyAsync(() => service.Status.FilesDone == 2 * Files, "the files are finished again");
        var second = await GraphSnapshot.TakeAsync(neo4j.Client);

        Assert.Equal(Files, service.Status.Written);
        Assert.Equal(Files, service.Status.Unchanged);
        Assert.Equal(0, service.Status.SetAside);
        Assert.Equal(Files, await GraphSnapshot.CountAsync(neo4j.Client, "Article"));
        Assert.Equal(first, second);
        var ids = await neo4j.Client.ExecuteAsync([new CypherStatement("MATCH (a:Article) RETURN a.id ORDER BY a.id")], CancellationToken.None);
        Assert.Equal(["a-0.md", "a-2.md", "a-4.md", "world/a-1.md", "world/a-3.md", "world/a-5.md"], ids[0].Rows.Select(r => r[0].GetString()));
    }

    [Fact]
    public async Task Run_EditedFile_ItsFactsAreReplaced()
    {
        await using var service = await RunHost.StartAsync(Configuration());
        Drop("talks.md", "Talks in Vienna\n\nFrench President Claire Dumont met German Chancellor Otto Reinhardt in Vienna on Monday.");
        await WorkerRuns.EventuallyAsync(() => service.Status.FilesDone == 1, "the file is finished");
        var before = await MentionedAsync();

        Drop("talks.md", "Talks in Oslo\n\nJapanese Foreign Minister Hiro Tanabe met Kenyan President Daniel Otieno in Oslo on Tuesday.");
        await WorkerRuns.EventuallyAsync(() => service.Status.FilesDone == 2, "the edited file is finished");
        var after = await MentionedAsync();

        Assert.Equal(2, service.Status.Written);
        Assert.Contains("Claire Dumont", before);
        Assert.DoesNotContain("Claire Dumont", after);
        Assert.DoesNotContain("Vienna", after);
        Assert.Contains("Hiro Tanabe", after);
        Assert.Contains("Oslo", after);
        Assert.Equal(1, await GraphSnapshot.CountAsync(neo4j.Client, "Article"));
        // Nothing of the first version is left: no entity or event without the article.
        var orphans = await neo4j.Client.ExecuteAsync([new CypherStatement("MATCH (n) WHERE NOT (n)--() RETURN count(n)")], CancellationToken.None);
        Assert.Equal(0, orphans[0].Rows[0][0].GetInt64());
    }

    [Fact]
    public async Task Run_Restarted_FinishedFilesAreNotReadAgainAndHealthIsReported()
    {
        var configuration = Configuration();
        await using (var first = await RunHost.StartAsync(configuration))
        {
            Drop(3);
            await WorkerRuns.EventuallyAsync(() => first.Status.FilesDone == 3, "the first files are finished");
        }
        Drop("late.md", Corpus.Article(40));

        await using var second = await RunHost.StartAsync(configuration);
        await WorkerRuns.EventuallyAsync(() => second.Status.FilesDone == 1, "the new file is finished");
        await WorkerRuns.EventuallyAsync(() => File.Exists(configuration["Health:File"]!), "a health report is written");
        var (exitCode, report, _) = await GraphCli.RunAsync(configuration, "health");

        Assert.Equal(1, second.Status.Read);
        Assert.Equal(4, await GraphSnapshot.CountAsync(neo4j.Client, "Article"));
        Assert.Equal(0, exitCode);
        Assert.Contains("\"status\": \"Healthy\"", report);
        Assert.Contains("\"neo4j\"", report);
    }

    private async Task<HashSet<string>> MentionedAsync()
    {
        var results = await neo4j.Client.ExecuteAsync([new CypherStatement("MATCH (:Article)-[:MENTIONS]->(n) RETURN n.name")], CancellationToken.None);
        return results[0].Rows.Select(r => r[0].GetString()!).ToHashSet();
    }
}
