using Graph.Neo4j.Client;
using Microsoft.Extensions.Logging;

namespace Graph.Neo4j.Schema;

/// <summary>
/// Runs <c>cypher/schema/v3.cypher</c> or <c>v4.4.cypher</c> by server version, then brings data written by
/// earlier versions up to date (<see cref="GraphDataUpgrade"/>). Schema changes cannot share a transaction with
/// data writes (nor, on some versions, with each other), so each statement is its own transaction.
/// </summary>
public sealed class SchemaBootstrapper(INeo4jClient client, ILogger<SchemaBootstrapper> logger) : ISchemaBootstrapper
{
    private readonly SemaphoreSlim _once = new(1, 1);
    private volatile bool _applied;

    public async Task<SchemaApplyResult> ApplyAsync(CancellationToken cancellationToken)
    {
        var server = await client.GetServerInfoAsync(cancellationToken).ConfigureAwait(false);
        var script = SchemaScript.Load(SchemaDialect.ScriptFor(server));
        var alreadyPresent = 0;
        foreach (var statement in script.Statements)
        {
            try
            {
                await client.ExecuteAsync([new CypherStatement(statement)], cancellationToken).ConfigureAwait(false);
            }
            catch (Neo4jException ex) when (SchemaDialect.IsAlreadyExists(ex.Code))
            {
                alreadyPresent++;
            }
        }

        var upgraded = await GraphDataUpgrade.RunAsync(client, cancellationToken).ConfigureAwait(false);
        Log.LogApplied(logger, script.Name, server.Version, script.Statements.Count, alreadyPresent, upgraded);
        return new SchemaApplyResult(script.Name, script.Statements.Count, alreadyPresent, upgraded);
    }

    public async Task EnsureAppliedAsync(CancellationToken cancellationToken)
    {
        if (_applied)
            return;
        await _once.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!_applied)
            {
                await ApplyAsync(cancellationToken).ConfigureAwait(false);
                _applied = true;
            }
        }
        finally
        {
            _once.Release();
        }
    }
}
