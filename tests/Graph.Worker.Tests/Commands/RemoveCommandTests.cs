using Graph.Testing;
using Graph.Neo4j.Client;
using Graph.Worker.Tests.Neo4jInstance;

namespace Graph.Worker.Tests.Commands;

/// <summary>The <c>remove</c> verb against a real Neo4j (this assembly's own instance), after <c>ingest</c> wrote two articles.</summary>
[Collection(PrivateNeo4jCollection.Name)]
public sealed class RemoveCommandTests(PrivateNeo4j neo4j) : IAsyncLifetime
{
    private readonly TempFolder _folder = new();

    public Task InitializeAsync() => neo4j.WipeAsync();

    public Task DisposeAsync()
    {
        _folder.Dispose();
        return Task.CompletedTask;
    }

    private Task<(int ExitCode, string Stdout, string Stderr)> GraphAsync(params string[] args) =>
        GraphCli.RunAsync(neo4j.WorkerConfiguration(_folder.Path), args);

    [Fact]
    public async Task Remove_OneArticleAndAnUnknownId_RemovesItKeepsTheOtherAndExitsOne()
    {
        _folder.Write("input/talks.md", "Harbour talks\n\nNorwegian Prime Minister Ilse Varga met Austrian Chancellor Tomas Reiter in Vienna on Monday. "
            + "Varga said the harbour agreement would be signed in spring.");
        _folder.Write("input/follow-up.md", "Talks go on\n\nChancellor Tomas Reiter met Prime Minister Ilse Varga in Vienna on Monday, his office said. "
            + "Reiter later visited Oslo.");
        var ingest = await GraphAsync("ingest", Path.Combine(_folder.Path, "input"));
        Assert.Equal(0, ingest.ExitCode);
        var keys = await ArticleKeysAsync();
        Assert.Equal(2, keys.Count);
        var (removed, kept) = keys[0].EndsWith("talks.md", StringComparison.Ordinal) ? (keys[0], keys[1]) : (keys[1], keys[0]);
        var keptBefore = await ContributionAsync(kept);

        var (exitCode, stdout, stderr) = await GraphAsync("remove", removed, "no-such-article.md");

        Assert.Equal(1, exitCode);
        Assert.StartsWith($"remove: {removed} removed; ", stdout);
        Assert.Equal("remove: no-such-article.md not found", stderr.Trim());
        Assert.Equal([kept], await ArticleKeysAsync());
        Assert.Equal(keptBefore, await ContributionAsync(kept));

        var last = await GraphAsync("remove", kept);

        Assert.Equal(0, last.ExitCode);
        Assert.StartsWith($"remove: {kept} removed; ", last.Stdout);
        // Nothing is left over: every node was some article's.
        Assert.Equal(0, (await GraphSnapshot.TakeAsync(neo4j.Client)).Nodes);
    }

    [Fact]
    public async Task Remove_NoArticleId_UsageErrorExitsOne()
    {
        var (exitCode, _, stderr) = await GraphAsync("remove");

        Assert.Equal(1, exitCode);
        Assert.Contains("Required argument missing for command: 'remove'", stderr);
    }

    private async Task<List<string>> ArticleKeysAsync()
    {
        var results = await neo4j.Client.ExecuteAsync([new CypherStatement("MATCH (a:Article) RETURN a.key ORDER BY a.key")], CancellationToken.None);
        return [.. results[0].Rows.Select(r => r[0].GetString()!)];
    }

    /// <summary>What one article names and reports, by key.</summary>
    private async Task<string> ContributionAsync(string article)
    {
        var results = await neo4j.Client.ExecuteAsync([new CypherStatement("""
            MATCH (a:Article {key: $article})-[r]-(n)
            RETURN type(r) + ' ' + n.key AS line ORDER BY line
            """, new Dictionary<string, object?> { ["article"] = article })], CancellationToken.None);
        return string.Join('\n', results[0].Rows.Select(r => r[0].GetString()));
    }
}
