using Graph.Testing;
using System.Text;
using System.Text.Json;
using Graph.Neo4j.Client;
using Graph.Worker.Tests.Commands;
using Graph.Worker.Tests.Neo4jInstance;

namespace Graph.Worker.Tests.Ingest;

/// <summary>The <c>ingest</c> and <c>schema</c> verbs against a real Neo4j (this assembly's own instance).</summary>
[Collection(PrivateNeo4jCollection.Name)]
public sealed class IngestNeo4jTests(PrivateNeo4j neo4j) : IAsyncLifetime
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

    private static string Samples => Path.Combine(PrivateNeo4j.Root, "samples");

    [Fact]
    public async Task Ingest_Samples_WritesEveryArticleAndASecondRunChangesNothing()
    {
        var first = await GraphAsync("ingest", Samples);
        var afterFirst = await GraphSnapshot.TakeAsync(neo4j.Client);
        var second = await GraphAsync("ingest", Samples);
        var afterSecond = await GraphSnapshot.TakeAsync(neo4j.Client);

        Assert.Equal(0, first.ExitCode);
        Assert.StartsWith("ingest: 8 read, 8 written, 0 unchanged, 0 set aside in ", first.Stdout);
        Assert.Contains($"ingest: graph in Neo4j at {neo4j.Connection.Uri}", first.Stdout);
        Assert.Equal(8, await GraphSnapshot.CountAsync(neo4j.Client, "Article"));
        Assert.True(afterFirst.Relationships > 8);
        Assert.Equal(0, second.ExitCode);
        Assert.StartsWith("ingest: 8 read, 0 written, 8 unchanged, 0 set aside in ", second.Stdout);
        Assert.Equal(afterFirst, afterSecond);
    }

    [Fact]
    public async Task Ingest_HostileInputs_EachSetAsideWithItsReasonAndTheRestWritten()
    {
        var input = Path.Combine(_folder.Path, "input");
        _folder.Write("input/good-1.md", "Envoys meet\n\nFrench President Claire Dumont met German Chancellor Otto Reinhardt in Vienna on Monday.");
        _folder.Write("input/good-2.json", """{"id": "wire-2", "title": "Aid pledged", "text": "Japan pledged aid to Kenya on Tuesday, officials said."}""");
        _folder.Write("input/control.txt", "Control characters\n\nThe\u0007 minister\u001b arrived in Oslo\u0085 on Friday.");
        _folder.Write("input/empty.txt", "");
        WriteBytes("input/binary.txt", [0x47, 0x49, 0x46, 0x38, 0x00, 0x01, 0xFF, 0x00, 0x10]);
        WriteBytes("input/latin1.txt", Encoding.Latin1.GetBytes("Caf\u00e9 talks\n\nMinisters met in a caf\u00e9 in Lyon."));
        _folder.Write("input/malformed.json", """{"title": "Cut off", "text": "The talks """);
        _folder.Write("input/scripts.html", "<html><head><script>document.write('x')</script></head><body><script>track()</script><noscript>enable JS</noscript></body></html>");
        WriteHuge("input/huge.txt", 20 * 1024 * 1024);

        var (exitCode, stdout, stderr) = await GraphAsync("ingest", input);

        Assert.Equal(2, exitCode);
        Assert.StartsWith("ingest: 3 read, 3 written, 0 unchanged, 6 set aside in ", stdout);
        var reasons = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l.StartsWith("set aside: ")).ToList();
        Assert.Equal(6, reasons.Count);
        Assert.Contains(reasons, r => r.StartsWith($"set aside: {input}/empty.txt: empty file"));
        Assert.Contains(reasons, r => r.StartsWith($"set aside: {input}/binary.txt: binary content (NUL byte at offset 4)"));
        Assert.Contains(reasons, r => r.StartsWith($"set aside: {input}/latin1.txt: not valid UTF-8"));
        Assert.Contains(reasons, r => r.StartsWith($"set aside: {input}/malformed.json: malformed JSON"));
        Assert.Contains(reasons, r => r.StartsWith($"set aside: {input}/scripts.html: the HTML page has no text"));
        Assert.Contains(reasons, r => r.StartsWith($"set aside: {input}/huge.txt: too large: the file has 20971520 bytes"));

        var deadLetter = Path.Combine(_folder.Path, "dead-letter");
        var errors = Directory.GetFiles(deadLetter, "*.error.txt");
        Assert.Equal(6, errors.Length);
        foreach (var error in errors)
        {
            var copy = error[..^".error.txt".Length];
            var text = File.ReadAllText(error);
            var source = text.Split('\n')[0]["source: ".Length..];
            // A file above the size limit is not copied (it could fill the disk); the error file says where it is.
            if (source.EndsWith("/huge.txt", StringComparison.Ordinal))
                Assert.False(File.Exists(copy));
            else
                Assert.Equal(new FileInfo(source).Length, new FileInfo(copy).Length);
            Assert.Contains("\nreason: ", text);
        }

        var ids = await ArticleIdsAsync();
        Assert.Equal(["control.txt", "good-1.md", "wire-2"], ids);
    }

    [Fact]
    public async Task Ingest_CypherInNamesAndText_StoredVerbatimAndNothingElseTouched()
    {
        const string cypher = "'}) DETACH DELETE n //";
        var input = Path.Combine(_folder.Path, "input");
        _folder.Write("input/first.md", "Envoys meet\n\nFrench President Claire Dumont met German Chancellor Otto Reinhardt in Vienna on Monday.");
        await GraphAsync("ingest", input);
        var before = await GraphSnapshot.TakeAsync(neo4j.Client);
        _folder.Write("input/'}) DETACH DELETE n.md", $"---\ntitle: \"{cypher}\"\n---\n\nPresident {cypher} met President \"}}) MATCH (m) DETACH DELETE m //\" in Oslo.");
        _folder.Write("input/x.json", JsonSerializer.Serialize(new { id = cypher, title = cypher, text = $"The envoy {cypher} arrived in Lisbon." }));

        var (exitCode, _, stderr) = await GraphAsync("ingest", input);

        Assert.Equal(0, exitCode);
        Assert.Equal("", stderr.Trim());
        var titles = await neo4j.Client.ExecuteAsync(
            [new CypherStatement("MATCH (a:Article) WHERE a.title = $title RETURN a.id ORDER BY a.id", new Dictionary<string, object?> { ["title"] = cypher })],
            CancellationToken.None);
        Assert.Equal([cypher, "'}) DETACH DELETE n.md"], titles[0].Rows.Select(r => r[0].GetString()));
        var after = await GraphSnapshot.TakeAsync(neo4j.Client);
        Assert.True(after.Nodes > before.Nodes);
        Assert.Equal(3, await GraphSnapshot.CountAsync(neo4j.Client, "Article"));
    }

    [Fact]
    public async Task Schema_Twice_AppliesAndIsIdempotent()
    {
        var first = await GraphAsync("schema");
        var second = await GraphAsync("schema");

        Assert.Equal(0, first.ExitCode);
        Assert.StartsWith("schema: applied v3.cypher to Neo4j 3.1.1", first.Stdout);
        Assert.Equal(0, second.ExitCode);
        Assert.Equal(first.Stdout.Split(':')[1], second.Stdout.Split(':')[1]);
    }

    private async Task<List<string?>> ArticleIdsAsync()
    {
        var results = await neo4j.Client.ExecuteAsync([new CypherStatement("MATCH (a:Article) RETURN a.id ORDER BY a.id")], CancellationToken.None);
        return results[0].Rows.Select(r => r[0].GetString()).ToList();
    }

    private void WriteBytes(string relative, byte[] bytes) => File.WriteAllBytes(Path.Combine(_folder.Path, relative), bytes);

    private void WriteHuge(string relative, int bytes)
    {
        var line = Encoding.UTF8.GetBytes("The delegation arrived in Geneva for another round of talks on trade.\n");
        using var file = File.Create(Path.Combine(_folder.Path, relative));
        for (var written = 0; written < bytes; written += line.Length)
            file.Write(line, 0, Math.Min(line.Length, bytes - written));
    }
}
