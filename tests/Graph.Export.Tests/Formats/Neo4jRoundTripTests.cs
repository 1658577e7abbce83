using Graph.Core.Model;
using Graph.Export.Formats;
using Graph.Export.Model;
using Graph.Export.Neo4j;
using Graph.Export.Tests.Support;
using Graph.Neo4j.Client;
using Graph.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Export.Tests.Formats;

/// <summary>
/// The export model against the real writer: the graph built from a document without Neo4j equals what the writer
/// stored, read back by the reader; and the Cypher script of what the writer stored, loaded into Neo4j under new keys,
/// gives exactly the writer's graph again: the same nodes, labels, relationships and properties.
/// </summary>
[Collection(Neo4jServerFixture.CollectionName)]
public sealed class Neo4jRoundTripTests(LoadedGraph graph) : IAsyncLifetime
{
    private readonly Scoped _script = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => LoadedGraph.DeleteScopeAsync(graph.Client, _script.Token);

    public static TheoryData<string> Documents => ["samples", "tiny"];

    [Theory]
    [MemberData(nameof(Documents))]
    public async Task ReadArticles_WrittenDocument_EqualsTheGraphBuiltWithoutNeo4j(string name)
    {
        var (document, scope) = Loaded(name);

        var read = await Reader.ReadArticlesAsync([.. document.Articles.Select(a => a.Id)], CancellationToken.None);

        Assert.Empty(read.Missing);
        Lines.AssertSame(Canonical.Lines(DocumentGraphBuilder.Build(document)), Canonical.Lines(read.Graph));
        var raw = await RawSnapshot.TakeAsync(graph.Client, scope);
        Assert.Equal((raw.Nodes.Count, raw.Relationships.Count), (read.Graph.Nodes.Count, read.Graph.Relationships.Count));
    }

    [Fact]
    public async Task ReadArticles_OneArticle_OnlyWhatItContributed()
    {
        var article = graph.TinyScope.Key(TinyWorld.A2);

        var read = await Reader.ReadArticlesAsync([article, "no-such-article"], CancellationToken.None);

        Assert.Equal(["no-such-article"], read.Missing);
        var alone = DocumentGraphBuilder.Build(new GraphDocument
        {
            Articles = [.. graph.Tiny.Articles.Where(a => a.Id == article)],
            Entities = graph.Tiny.Entities,
            Mentions = [.. graph.Tiny.Mentions.Where(m => m.Article == article)],
            Events = [.. graph.Tiny.Events.Where(e => e.Article == article)],
            Relations = [.. graph.Tiny.Relations.Where(r => r.Article == article)],
        });
        // The same elements; a shared event keeps what every report gave it (its sources, its confidence).
        Assert.Equal(alone.Nodes.Select(n => n.Ref), read.Graph.Nodes.Select(n => n.Ref));
        Assert.Equal(alone.Relationships.Select(r => (r.Type, r.Start, r.End)), read.Graph.Relationships.Select(r => (r.Type, r.Start, r.End)));
        Assert.Equal(2L, read.Graph.Nodes.Single(n => n.Key == graph.TinyScope.Key("event:e1-summit")).Properties["sources"]);
    }

    [Fact]
    public async Task ReadAll_SmallPages_HoldsTheWholeLoadedGraph()
    {
        var reader = new Neo4jGraphReader(graph.Client, pageSize: 7);

        var all = await reader.ReadAllAsync(CancellationToken.None);

        Lines.AssertSame(Canonical.Lines(DocumentGraphBuilder.Build(graph.Tiny), graph.TinyScope),
            Canonical.Lines(Canonical.Only(all, graph.TinyScope), graph.TinyScope));
        Lines.AssertSame(Canonical.Lines(DocumentGraphBuilder.Build(graph.Samples), graph.SampleScope),
            Canonical.Lines(Canonical.Only(all, graph.SampleScope), graph.SampleScope));
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public async Task CypherScript_WritersGraphLoadedUnderNewKeys_GivesTheSameGraph(string name)
    {
        var (document, scope) = Loaded(name);
        var stored = await Reader.ReadArticlesAsync([.. document.Articles.Select(a => a.Id)], CancellationToken.None);
        var script = await ScriptAsync(_script.Rescope(stored.Graph, scope));

        await graph.Client.ExecuteAsync([.. CypherScript.Split(script).Select(s => new CypherStatement(s))], CancellationToken.None);

        var written = await RawSnapshot.TakeAsync(graph.Client, scope);
        var loaded = await RawSnapshot.TakeAsync(graph.Client, _script);
        Lines.AssertSame(written.Nodes, loaded.Nodes);
        Lines.AssertSame(written.Relationships, loaded.Relationships);
        Assert.Equal(document.Articles.Count, loaded.Nodes.Count(n => n.StartsWith("[\"Article\"]", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task CypherScript_OfADocument_GivesWhatTheWriterStores()
    {
        var script = await ScriptAsync(DocumentGraphBuilder.Build(_script.Apply(DocumentIdentityOfTiny())));

        await graph.Client.ExecuteAsync([.. CypherScript.Split(script).Select(s => new CypherStatement(s))], CancellationToken.None);

        var written = await RawSnapshot.TakeAsync(graph.Client, graph.TinyScope);
        var loaded = await RawSnapshot.TakeAsync(graph.Client, _script);
        Lines.AssertSame(written.Nodes, loaded.Nodes);
        Lines.AssertSame(written.Relationships, loaded.Relationships);
    }

    [Fact]
    public async Task CypherScript_LoadedTwice_ChangesNothing()
    {
        var script = await ScriptAsync(DocumentGraphBuilder.Build(_script.Apply(DocumentIdentityOfTiny())));
        var statements = CypherScript.Split(script).Select(s => new CypherStatement(s)).ToList();
        await graph.Client.ExecuteAsync(statements, CancellationToken.None);
        var once = await RawSnapshot.TakeAsync(graph.Client, _script);

        await graph.Client.ExecuteAsync(statements, CancellationToken.None);

        var twice = await RawSnapshot.TakeAsync(graph.Client, _script);
        Lines.AssertSame(once.Nodes, twice.Nodes);
        Lines.AssertSame(once.Relationships, twice.Relationships);
    }

    private Neo4jGraphReader Reader => graph.Services.GetRequiredService<Neo4jGraphReader>();

    private static GraphDocument DocumentIdentityOfTiny() => Graph.Extraction.Identity.DocumentIdentity.Resolve(TinyWorld.Document());

    private (GraphDocument Document, Scoped Scope) Loaded(string name) =>
        name == "samples" ? (graph.Samples, graph.SampleScope) : (graph.Tiny, graph.TinyScope);

    private static async Task<string> ScriptAsync(ExportGraph exportGraph)
    {
        using var stream = new MemoryStream();
        await new CypherExporter().WriteAsync(exportGraph, new ExportOptions("test"), stream, CancellationToken.None);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}
