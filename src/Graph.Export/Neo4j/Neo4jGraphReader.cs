using System.Text.Json;
using Graph.Core.Model;
using Graph.Export.Model;
using Graph.Neo4j.Client;

namespace Graph.Export.Neo4j;

/// <summary>
/// Reads the graph back from Neo4j: all of it, or what some articles contributed (the articles, the entities they
/// mention, the events they report, the short forms they joined, and the relationships among those that the
/// articles stated; an event keeps the properties all its reports gave it). Only the labels
/// and relationship types of <see cref="GraphLabels"/> are read. Nodes are fetched a page at a time by key, so
/// every read seeks the key index.
/// </summary>
public sealed class Neo4jGraphReader
{
    /// <summary>Nodes per request.</summary>
    public const int DefaultPageSize = 500;

    private readonly INeo4jClient _client;
    private readonly int _pageSize;

    public Neo4jGraphReader(INeo4jClient client)
        : this(client, DefaultPageSize)
    {
    }

    internal Neo4jGraphReader(INeo4jClient client, int pageSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        _client = client;
        _pageSize = pageSize;
    }

    /// <summary>Reads the whole graph.</summary>
    public async Task<ExportGraph> ReadAllAsync(CancellationToken cancellationToken)
    {
        var collector = new Collector(scope: null);
        foreach (var label in GraphLabels.Primary)
        {
            var after = "";
            while (true)
            {
                var rows = await RunAsync(NodePage(label), new() { ["after"] = after, ["page"] = _pageSize }, cancellationToken).ConfigureAwait(false);
                after = collector.Add(rows);
                if (rows.Count < _pageSize)
                    break;
            }
        }

        return collector.Graph();
    }

    /// <summary>Reads what the given articles contributed; <see cref="ScopedRead.Missing"/> lists the ids not in the graph.</summary>
    public async Task<ScopedRead> ReadArticlesAsync(IReadOnlyList<string> articles, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var keys = articles.Distinct(StringComparer.Ordinal).ToArray();
        var results = await _client.ExecuteAsync(
            [new CypherStatement(ArticleEntities, new Dictionary<string, object?> { ["articles"] = keys }),
             new CypherStatement(ArticleEvents, new Dictionary<string, object?> { ["articles"] = keys }),
             new CypherStatement(ArticleAliases, new Dictionary<string, object?> { ["articles"] = keys })],
            cancellationToken).ConfigureAwait(false);

        var found = new HashSet<string>(StringComparer.Ordinal);
        var byLabel = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal)
        {
            [GraphLabels.Article] = new(StringComparer.Ordinal),
            [GraphLabels.Event] = new(StringComparer.Ordinal),
            [GraphLabels.Alias] = new(StringComparer.Ordinal),
        };
        foreach (var row in results[0].Rows)
        {
            var article = row[0].GetString()!;
            found.Add(article);
            byLabel[GraphLabels.Article].Add(article);
            if (row[1].ValueKind == JsonValueKind.Array && GraphLabels.PrimaryOf(Strings(row[1])) is { } label && row[2].GetString() is { } key)
            {
                if (!byLabel.TryGetValue(label, out var set))
                    byLabel[label] = set = new SortedSet<string>(StringComparer.Ordinal);
                set.Add(key);
            }
        }

        foreach (var row in results[1].Rows)
        {
            if (row[0].GetString() is { } key)
                byLabel[GraphLabels.Event].Add(key);
        }

        foreach (var row in results[2].Rows)
        {
            if (row[0].GetString() is { } key)
                byLabel[GraphLabels.Alias].Add(key);
        }

        var collector = new Collector(new Scope(found, byLabel[GraphLabels.Event]));
        foreach (var (label, set) in byLabel.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            foreach (var chunk in set.Chunk(_pageSize))
                collector.Add(await RunAsync(NodesByKey(label), new() { ["keys"] = chunk }, cancellationToken).ConfigureAwait(false));
        }

        return new ScopedRead(collector.Graph(), [.. keys.Where(k => !found.Contains(k))]);
    }

    private const string ArticleEntities = """
        UNWIND $articles AS key
        MATCH (a:Article {key: key})
        OPTIONAL MATCH (a)-[:MENTIONS]->(n)
        RETURN a.key, labels(n), n.key
        """;

    private const string ArticleEvents = """
        UNWIND $articles AS key
        MATCH (:Article {key: key})<-[:REPORTED_IN]-(e:Event)
        RETURN DISTINCT e.key
        """;

    /// <summary>The short forms the articles joined to the entities they mention.</summary>
    private const string ArticleAliases = """
        UNWIND $articles AS key
        MATCH (:Article {key: key})-[:MENTIONS]->()<-[r:ALIAS_OF]-(al:Alias)
        WHERE r.article = key
        RETURN DISTINCT al.key
        """;

    /// <summary>One page of nodes of a label, after a key, each with its outgoing relationships.</summary>
    private static string NodePage(string label) => $"""
        MATCH (n:{GraphLabels.Checked(label)}) WHERE n.key > $after
        WITH n ORDER BY n.key LIMIT $page
        OPTIONAL MATCH (n)-[r]->(m)
        RETURN n.key, labels(n), properties(n), collect([type(r), properties(r), labels(m), m.key])
        """;

    private static string NodesByKey(string label) => $$"""
        UNWIND $keys AS key
        MATCH (n:{{GraphLabels.Checked(label)}} {key: key})
        OPTIONAL MATCH (n)-[r]->(m)
        RETURN n.key, labels(n), properties(n), collect([type(r), properties(r), labels(m), m.key])
        """;

    private async Task<IReadOnlyList<IReadOnlyList<JsonElement>>> RunAsync(string text, Dictionary<string, object?> parameters, CancellationToken cancellationToken)
    {
        var results = await _client.ExecuteAsync([new CypherStatement(text, parameters)], cancellationToken).ConfigureAwait(false);
        return results[0].Rows;
    }

    private static IEnumerable<string> Strings(JsonElement array) => array.EnumerateArray().Select(v => v.GetString() ?? "");

    private static SortedDictionary<string, object> Properties(JsonElement map)
    {
        var properties = new SortedDictionary<string, object>(StringComparer.Ordinal);
        if (map.ValueKind != JsonValueKind.Object)
            return properties;
        foreach (var property in map.EnumerateObject())
        {
            if (!GraphLabels.RunningAggregates.Contains(property.Name) && PropertyValues.FromJson(property.Value) is { } value)
                properties[property.Name] = value;
        }

        return properties;
    }

    /// <summary>The articles read and the events they report: a relationship stated by another article is left out.</summary>
    private sealed record Scope(HashSet<string> Articles, SortedSet<string> Events);

    /// <summary>Gathers nodes and their outgoing relationships; keeps relationships whose both ends were read.</summary>
    private sealed class Collector(Scope? scope)
    {
        private readonly Dictionary<NodeRef, ExportNode> _nodes = [];
        private readonly List<ExportRelationship> _relationships = [];

        /// <summary>Adds rows of (key, labels, properties, outgoing); returns the largest key seen.</summary>
        public string Add(IReadOnlyList<IReadOnlyList<JsonElement>> rows)
        {
            var last = "";
            foreach (var row in rows)
            {
                var key = row[0].GetString()!;
                if (string.CompareOrdinal(key, last) > 0)
                    last = key;
                var labels = Strings(row[1]).Where(GraphLabels.IsLabel).Order(StringComparer.Ordinal).ToList();
                if (GraphLabels.PrimaryOf(labels) is not { } label)
                    continue;
                var start = new NodeRef(label, key);
                _nodes[start] = new ExportNode(label, labels, key, Properties(row[2]));
                foreach (var outgoing in row[3].EnumerateArray())
                {
                    if (outgoing[0].GetString() is not { } type || !GraphLabels.IsRelationshipType(type)
                        || GraphLabels.PrimaryOf(Strings(outgoing[2])) is not { } endLabel || outgoing[3].GetString() is not { } endKey)
                        continue;
                    _relationships.Add(new ExportRelationship(type, start, new NodeRef(endLabel, endKey), Properties(outgoing[1])));
                }
            }

            return last;
        }

        public ExportGraph Graph() => new(_nodes.Values, _relationships.Where(Keep));

        private bool Keep(ExportRelationship r) =>
            _nodes.ContainsKey(r.Start) && _nodes.ContainsKey(r.End)
            && (scope is null
                || r.Type switch
                {
                    GraphLabels.Met => r.Text("event") is { } e && scope.Events.Contains(e),
                    GraphLabels.Mentions or GraphLabels.ParticipatedIn or GraphLabels.OccurredIn or GraphLabels.ReportedIn => true,
                    _ => r.Text("article") is { } a && scope.Articles.Contains(a),
                });
    }
}

/// <summary>The graph of some articles, and the requested article ids that are not in Neo4j.</summary>
public sealed record ScopedRead(ExportGraph Graph, IReadOnlyList<string> Missing);
