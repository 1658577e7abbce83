using Graph.Bench.Corpus;
using Graph.Neo4j.Client;

namespace Graph.Bench.EndToEnd;

/// <summary>
/// The articles a benchmark wrote into Neo4j (ids starting with <see cref="CorpusGenerator.FilePrefix"/>): counted,
/// and removed with what only they contributed, the way the writer removes an article's earlier version (events
/// no other article reports, their MET relationships, the article's MENTIONS and stated relations, entities left
/// with no relationship), so that every run starts from the same graph and other data stays.
/// </summary>
internal static class BenchArticles
{
    private const int Batch = 200;

    private const string Keys = """
        MATCH (a:Article) WHERE a.key STARTS WITH $prefix
        RETURN a.key LIMIT $limit
        """;

    private const string Count = "MATCH (a:Article) WHERE a.key STARTS WITH $prefix RETURN count(a)";

    private const string RemoveEvents = """
        UNWIND $keys AS key
        MATCH (:Article {key: key})<-[reported:REPORTED_IN]-(e:Event)
        DELETE reported
        WITH DISTINCT e
        WHERE NOT (e)-[:REPORTED_IN]->()
        OPTIONAL MATCH (e)<-[:PARTICIPATED_IN]-(p)
        OPTIONAL MATCH (p)-[met:MET]->()
        WHERE met.event = e.key
        DELETE met
        WITH DISTINCT e
        DETACH DELETE e
        """;

    private const string RemoveArticles = """
        UNWIND $keys AS key
        MATCH (a:Article {key: key})
        OPTIONAL MATCH (a)-[:MENTIONS]->(n)
        OPTIONAL MATCH (n)-[stated]->()
        WHERE stated.article = key
        DELETE stated
        WITH a, collect(DISTINCT n) AS entities
        DETACH DELETE a
        WITH entities
        UNWIND entities AS n
        WITH DISTINCT n
        WHERE NOT (n)--()
        DELETE n
        """;

    public static async Task<long> CountAsync(INeo4jClient client, CancellationToken cancellationToken)
    {
        var result = await client.ExecuteAsync([new CypherStatement(Count, Prefix())], cancellationToken);
        return result[0].Rows[0][0].GetInt64();
    }

    /// <summary>Removes every benchmark article, <see cref="Batch"/> per transaction; returns how many.</summary>
    public static async Task<long> RemoveAsync(INeo4jClient client, CancellationToken cancellationToken)
    {
        long removed = 0;
        while (true)
        {
            var parameters = Prefix();
            parameters["limit"] = Batch;
            var found = await client.ExecuteAsync([new CypherStatement(Keys, parameters)], cancellationToken);
            var keys = found[0].Rows.Select(row => row[0].GetString()!).ToArray();
            if (keys.Length == 0)
                return removed;
            var batch = new Dictionary<string, object?> { ["keys"] = keys };
            await client.ExecuteAsync([new CypherStatement(RemoveEvents, batch), new CypherStatement(RemoveArticles, batch)], cancellationToken);
            removed += keys.Length;
        }
    }

    private static Dictionary<string, object?> Prefix() => new() { ["prefix"] = CorpusGenerator.FilePrefix };
}
