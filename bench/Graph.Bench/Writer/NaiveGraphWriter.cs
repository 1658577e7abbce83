using Graph.Core.Model;
using Graph.Neo4j.Client;

namespace Graph.Bench.Writer;

/// <summary>
/// The baseline: one HTTP request, one transaction, one MERGE per node and per relationship, through the
/// same <see cref="INeo4jClient"/>. Writes the same model as the real writer (fresh data only: no
/// unchanged-skip, no cleanup of earlier versions), so both write the same number of elements.
/// </summary>
internal sealed class NaiveGraphWriter(INeo4jClient client)
{
    /// <summary>Writes the document; returns the number of elements (= requests).</summary>
    public async Task<int> WriteAsync(GraphDocument document, CancellationToken cancellationToken)
    {
        var types = document.Entities.ToDictionary(e => e.Id, e => e.Type);
        var requests = 0;
        foreach (var article in document.Articles)
        {
            await Run("MERGE (a:Article {key: $key}) SET a.id = $key, a.title = $title, a.url = $url, a.published = $published, a.source = $source, a.contentHash = $hash",
                ("key", article.Id), ("title", article.Title), ("url", article.Url), ("published", article.Published), ("source", article.Source), ("hash", article.ContentHash));

            var mentioned = document.Mentions.Where(m => m.Article == article.Id).GroupBy(m => m.Entity).ToDictionary(g => g.Key, g => g.Count());
            var events = document.Events.Where(e => e.Article == article.Id).ToList();
            var relations = document.Relations.Where(r => r.Article == article.Id).ToList();
            var referenced = mentioned.Keys
                .Concat(events.SelectMany(e => e.Participants.Select(p => p.Entity).Append(e.Location).OfType<string>()))
                .Concat(relations.SelectMany(r => new[] { r.Source, r.Target }))
                .ToHashSet(StringComparer.Ordinal);
            foreach (var entity in document.Entities.Where(e => referenced.Contains(e.Id)).OrderBy(e => e.Id, StringComparer.Ordinal))
            {
                await Run($"MERGE (n:{entity.Type} {{key: $key}}) SET n.name = $name, n.aliases = $aliases, n.iso2 = $iso2",
                    ("key", entity.Id), ("name", entity.Name), ("aliases", entity.Aliases.ToArray()), ("iso2", entity.Iso2));
                await Run($"MATCH (a:Article {{key: $article}}), (n:{entity.Type} {{key: $key}}) MERGE (a)-[m:MENTIONS]->(n) SET m.count = $count",
                    ("article", article.Id), ("key", entity.Id), ("count", mentioned.GetValueOrDefault(entity.Id)));
            }

            foreach (var e in events)
            {
                await Run($"MERGE (e:Event {{key: $key}}) SET e:{e.Type}, e.type = $type, e.cameo = $cameo, e.goldstein = toFloat($goldstein), e.date = $date, e.quote = $quote, e.confidence = toFloat($confidence)",
                    ("key", e.Id), ("type", e.Type.ToString()), ("cameo", e.Cameo), ("goldstein", e.Goldstein), ("date", e.Date), ("quote", e.Quote), ("confidence", e.Confidence));
                await Run("MATCH (e:Event {key: $key}), (a:Article {key: $article}) MERGE (e)-[r:REPORTED_IN]->(a) SET r.evidence = $evidence, r.start = $start, r.`end` = $end",
                    ("key", e.Id), ("article", article.Id), ("evidence", e.Evidence), ("start", e.Start), ("end", e.End));
                foreach (var p in e.Participants.Distinct())
                {
                    await Run($"MATCH (e:Event {{key: $event}}), (n:{types[p.Entity]} {{key: $key}}) MERGE (n)-[:PARTICIPATED_IN {{role: $role}}]->(e)",
                        ("event", e.Id), ("key", p.Entity), ("role", p.Role));
                }

                if (e.Location is { } place)
                    await Run($"MATCH (e:Event {{key: $event}}), (p:{types[place]} {{key: $key}}) MERGE (e)-[:OCCURRED_IN]->(p)", ("event", e.Id), ("key", place));

                if (e.Type is EventType.Meeting or EventType.PhoneCall)
                {
                    var keys = e.Participants.Select(p => p.Entity).Distinct().Order(StringComparer.Ordinal).ToList();
                    for (var i = 0; i < keys.Count; i++)
                    {
                        for (var j = i + 1; j < keys.Count; j++)
                        {
                            await Run($"MATCH (x:{types[keys[i]]} {{key: $from}}), (y:{types[keys[j]]} {{key: $to}}) MERGE (x)-[m:MET {{event: $event}}]->(y) SET m.date = $date, m.type = $type",
                                ("from", keys[i]), ("to", keys[j]), ("event", e.Id), ("date", e.Date), ("type", e.Type.ToString()));
                        }
                    }
                }
            }

            foreach (var r in relations)
            {
                await Run($"MATCH (s:{types[r.Source]} {{key: $source}}), (t:{types[r.Target]} {{key: $target}}) MERGE (s)-[h:{r.Type} {{article: $article, title: $title}}]->(t) SET h.evidence = $evidence",
                    ("source", r.Source), ("target", r.Target), ("article", article.Id), ("title", r.Properties["title"]), ("evidence", r.Evidence));
            }
        }

        return requests;

        async Task Run(string cypher, params (string Name, object? Value)[] parameters)
        {
            var values = parameters.ToDictionary(p => p.Name, p => p.Value);
            await client.ExecuteAsync([new CypherStatement(cypher, values)], cancellationToken).ConfigureAwait(false);
            requests++;
        }
    }
}
