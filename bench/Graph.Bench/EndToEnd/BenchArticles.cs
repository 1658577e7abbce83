using Graph.Bench.Corpus;
using Graph.Neo4j.Client;
using Graph.Neo4j.Maintenance;
using Graph.Neo4j.Writing;

namespace Graph.Bench.EndToEnd;

/// <summary>
/// The articles a benchmark wrote into Neo4j (ids starting with <see cref="CorpusGenerator.FilePrefix"/>): counted,
/// and removed through the writer's <see cref="IArticleRemover"/> with what only they contributed (events other
/// articles also report stay, refreshed), so that every run starts from the same graph and other data stays.
/// </summary>
internal static class BenchArticles
{
    private const int Batch = 200;

    private const string Keys = """
        MATCH (a:Article) WHERE a.key STARTS WITH $prefix
        RETURN a.key LIMIT $limit
        """;

    private const string Count = "MATCH (a:Article) WHERE a.key STARTS WITH $prefix RETURN count(a)";

    public static async Task<long> CountAsync(INeo4jClient client, CancellationToken cancellationToken)
    {
        var result = await client.ExecuteAsync([new CypherStatement(Count, Prefix())], cancellationToken);
        return result[0].Rows[0][0].GetInt64();
    }

    /// <summary>Removes every benchmark article, one transaction each, listing them <see cref="Batch"/> at a time; returns how many.</summary>
    public static async Task<long> RemoveAsync(INeo4jClient client, IArticleRemover remover, CancellationToken cancellationToken)
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
            foreach (var key in keys)
            {
                if ((await remover.RemoveAsync(key, cancellationToken)).Found)
                    removed++;
            }
        }
    }

    private static Dictionary<string, object?> Prefix() => new() { ["prefix"] = CorpusGenerator.FilePrefix };
}
