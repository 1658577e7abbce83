using System.Collections;
using Graph.Neo4j;
using Graph.Neo4j.Client;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Worker.Tests.Pipeline;

/// <summary>
/// The real client, except that every statement that writes (MERGE) with <c>poison</c> among its parameters fails as a
/// timeout: an article that always fails while Neo4j answers everything else.
/// </summary>
internal sealed class PoisonClient(INeo4jClient inner, string poison) : INeo4jClient
{
    /// <summary>Registers the real client (as <c>AddNeo4j</c> does) wrapped in this one.</summary>
    public static void Register(IServiceCollection services, IReadOnlyDictionary<string, string?> configuration, string poison)
    {
        services.AddNeo4j(new ConfigurationBuilder().AddInMemoryCollection(configuration).Build());
        var real = services.Single(d => d.ServiceType == typeof(INeo4jClient));
        services.Remove(real);
        services.AddSingleton<INeo4jClient>(provider =>
            new PoisonClient((INeo4jClient)ActivatorUtilities.CreateInstance(provider, real.ImplementationType!), poison));
    }

    public Task<IReadOnlyList<CypherResult>> ExecuteAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken)
    {
        Check(statements);
        return inner.ExecuteAsync(statements, cancellationToken);
    }

    public Task<T> InTransactionAsync<T>(Func<ICypherRunner, CancellationToken, Task<T>> work, CancellationToken cancellationToken) =>
        inner.InTransactionAsync((runner, token) => work(new Runner(runner, this), token), cancellationToken);

    public Task<Neo4jServerInfo> GetServerInfoAsync(CancellationToken cancellationToken) => inner.GetServerInfoAsync(cancellationToken);

    private void Check(IReadOnlyList<CypherStatement> statements)
    {
        if (statements.Any(s => s.Text.Contains("MERGE", StringComparison.Ordinal) && Holds(s.Parameters)))
            throw new Neo4jException(Neo4jErrorCodes.Timeout, "the transaction took too long", isRetryable: true);
    }

    private bool Holds(object? value) => value switch
    {
        string text => text == poison,
        IDictionary map => map.Values.Cast<object?>().Any(Holds),
        IEnumerable items => items.Cast<object?>().Any(Holds),
        _ => false,
    };

    private sealed class Runner(ICypherRunner inner, PoisonClient client) : ICypherRunner
    {
        public Task<IReadOnlyList<CypherResult>> ExecuteAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken)
        {
            client.Check(statements);
            return inner.ExecuteAsync(statements, cancellationToken);
        }
    }
}
