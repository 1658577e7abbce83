using System.Diagnostics;
using Graph.Neo4j.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Bench.Writer;

/// <summary>
/// Wraps the client the graph writer uses and adds up requests and their time, reads apart from writes (a request
/// with no MERGE, CREATE, SET or DELETE is a read), and transactions spanning several requests (with their
/// commit), to show where an article's write time goes.
/// </summary>
internal sealed class TimedNeo4jClient(INeo4jClient inner) : INeo4jClient
{
    private long _reads, _writes, _readTicks, _writeTicks, _transactions, _transactionTicks;

    public INeo4jClient Inner => inner;

    public (long Requests, TimeSpan Time) Reads => (Interlocked.Read(ref _reads), Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _readTicks)));

    public (long Requests, TimeSpan Time) Writes => (Interlocked.Read(ref _writes), Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _writeTicks)));

    /// <summary>Transactions of several requests, and their whole time (requests and commit).</summary>
    public (long Count, TimeSpan Time) Transactions => (Interlocked.Read(ref _transactions), Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _transactionTicks)));

    public Task<IReadOnlyList<CypherResult>> ExecuteAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken) =>
        TimeAsync(inner, statements, cancellationToken);

    public async Task<T> InTransactionAsync<T>(Func<ICypherRunner, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var result = await inner.InTransactionAsync((transaction, token) => work(new TimedRunner(this, transaction), token), cancellationToken);
        Interlocked.Increment(ref _transactions);
        Interlocked.Add(ref _transactionTicks, Stopwatch.GetTimestamp() - started);
        return result;
    }

    private async Task<IReadOnlyList<CypherResult>> TimeAsync(ICypherRunner runner, IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var result = await runner.ExecuteAsync(statements, cancellationToken);
        var ticks = Stopwatch.GetTimestamp() - started;
        if (statements.Any(s => IsWrite(s.Text)))
        {
            Interlocked.Increment(ref _writes);
            Interlocked.Add(ref _writeTicks, ticks);
        }
        else
        {
            Interlocked.Increment(ref _reads);
            Interlocked.Add(ref _readTicks, ticks);
        }

        return result;
    }

    public Task<Neo4jServerInfo> GetServerInfoAsync(CancellationToken cancellationToken) => inner.GetServerInfoAsync(cancellationToken);

    public void Reset()
    {
        Interlocked.Exchange(ref _reads, 0);
        Interlocked.Exchange(ref _writes, 0);
        Interlocked.Exchange(ref _readTicks, 0);
        Interlocked.Exchange(ref _writeTicks, 0);
        Interlocked.Exchange(ref _transactions, 0);
        Interlocked.Exchange(ref _transactionTicks, 0);
    }

    /// <summary>Puts the timing client between the services and the client <c>AddNeo4j</c> registered.</summary>
    public static void Decorate(IServiceCollection services)
    {
        var registered = services.Single(d => d.ServiceType == typeof(INeo4jClient));
        services.Remove(registered);
        var implementation = registered.ImplementationType ?? throw new InvalidOperationException("INeo4jClient is not registered by type.");
        services.AddSingleton(implementation);
        services.AddSingleton(sp => new TimedNeo4jClient((INeo4jClient)sp.GetRequiredService(implementation)));
        services.AddSingleton<INeo4jClient>(sp => sp.GetRequiredService<TimedNeo4jClient>());
    }

    private sealed class TimedRunner(TimedNeo4jClient timer, ICypherRunner transaction) : ICypherRunner
    {
        public Task<IReadOnlyList<CypherResult>> ExecuteAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken) =>
            timer.TimeAsync(transaction, statements, cancellationToken);
    }

    private static bool IsWrite(string cypher) =>
        cypher.Contains("MERGE", StringComparison.OrdinalIgnoreCase) || cypher.Contains("CREATE", StringComparison.OrdinalIgnoreCase)
        || cypher.Contains("SET ", StringComparison.OrdinalIgnoreCase) || cypher.Contains("DELETE", StringComparison.OrdinalIgnoreCase);
}
