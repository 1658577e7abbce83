using Graph.Core.Model;
using Graph.Export;
using Graph.Extraction.Identity;
using Graph.Neo4j;
using Graph.Neo4j.Client;
using Graph.Neo4j.Writing;
using Graph.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Export.Tests.Support;

/// <summary>
/// The samples (extracted) and <see cref="TinyWorld"/>, each written once per test run by the real writer into
/// the shared server under its own <see cref="Scoped"/> keys, and deleted at the end: the data every Neo4j test
/// of this project reads.
/// </summary>
public sealed class LoadedGraph : IAsyncLifetime
{
    private ServiceProvider? _services;

    internal Scoped SampleScope { get; } = new();

    internal Scoped TinyScope { get; } = new();

    /// <summary>The samples' graph document, as extracted, under <see cref="SampleScope"/>.</summary>
    public GraphDocument Samples { get; private set; } = null!;

    /// <summary><see cref="TinyWorld.Document"/> under <see cref="TinyScope"/>.</summary>
    public GraphDocument Tiny { get; private set; } = null!;

    public Neo4jConnectionSettings Connection { get; private set; } = null!;

    public IServiceProvider Services => _services ?? throw new InvalidOperationException("Not loaded.");

    public INeo4jClient Client => Services.GetRequiredService<INeo4jClient>();

    public IGraphWriter Writer => Services.GetRequiredService<IGraphWriter>();

    public async Task InitializeAsync()
    {
        Connection = await Neo4jTestServer.ResolveAsync(CancellationToken.None);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(Connection.ToConfiguration()).Build();
        _services = new ServiceCollection().AddLogging().AddNeo4j(configuration).AddNeo4jGraphWriter(configuration).AddGraphExport()
            .BuildServiceProvider();
        Samples = SampleScope.Apply(await Support.Samples.DocumentAsync());
        // As `graph extract` would hand it over: the second report of the summit takes the first one's id.
        Tiny = TinyScope.Apply(DocumentIdentity.Resolve(TinyWorld.Document()));
        foreach (var document in new[] { Samples, Tiny })
        {
            var result = await Writer.WriteAsync(ArticleDocuments.Of(document), CancellationToken.None);
            Assert.All(result.Articles, a => Assert.Equal(ArticleWriteStatus.Written, a.Status));
        }
    }

    public async Task DisposeAsync()
    {
        if (_services is null)
            return;
        await DeleteScopeAsync(Client, SampleScope.Token);
        await DeleteScopeAsync(Client, TinyScope.Token);
        await _services.DisposeAsync();
    }

    /// <summary>Deletes the nodes (and their relationships) whose key holds the token: only what one scope wrote.</summary>
    internal static Task DeleteScopeAsync(INeo4jClient client, string token) =>
        client.ExecuteAsync([new CypherStatement("MATCH (n) WHERE n.key ENDS WITH $suffix DETACH DELETE n",
            new Dictionary<string, object?> { ["suffix"] = "~" + token })], CancellationToken.None);
}
