using Graph.Core.Model;

namespace Graph.Neo4j.Writing;

/// <summary>
/// The reads identity across articles makes before an article is written: what its stored version has, the full
/// forms its short forms may stand for, the short forms stored earlier that its full forms may absorb, and the
/// events its reports may join. Parameterised, and plain enough for Neo4j 3.1 through 5.x (no subqueries, no
/// exists()); labels only from <see cref="GraphNames"/>.
/// </summary>
internal static class IdentityCypher
{
    /// <summary>The stored version's events and whether it has ALIAS_OF records.</summary>
    public static readonly string StoredArticle = $$"""
        MATCH (a:{{GraphLabels.Article}} {key: $article})
        OPTIONAL MATCH (a)<-[:{{GraphLabels.ReportedIn}}]-(e:{{GraphLabels.Event}})
        WITH a, collect(e.key) AS events
        OPTIONAL MATCH (a)-[:{{GraphLabels.Mentions}}]->()<-[r:{{GraphLabels.AliasOf}}]-()
        WHERE r.article = $article
        RETURN events, count(r)
        """;

    /// <summary>The countries and organisations each person holds a role at, according to other articles.</summary>
    public static readonly string RolesHeld = $$"""
        UNWIND $keys AS key
        MATCH (p:{{GraphNames.Label(EntityType.Person)}} {key: key})-[h:{{RelationTypes.HoldsRole}}]->(t)
        WHERE h.article <> $article
        RETURN key, collect(DISTINCT t.key)
        """;

    /// <summary>Full forms refused for a short form by an undone merge.</summary>
    public static readonly string Vetoes = $$"""
        UNWIND $ids AS id
        MATCH (al:{{GraphLabels.Alias}} {key: id})
        WHERE al.vetoed IS NOT NULL
        RETURN id, al.vetoed
        """;

    /// <summary>
    /// Stored entities that may be the full form of each probe (persons by key, organisations by the first
    /// letter of their name), with how many other articles name them, the roles they hold, and which of the
    /// probe's context entities an article naming them names too.
    /// </summary>
    public static string FullForms(EntityType type) => $$"""
        UNWIND $probes AS probe
        MATCH (n:{{GraphNames.Label(type)}})
        WHERE {{(type == EntityType.Person
            ? "n.key STARTS WITH probe.prefix AND n.key ENDS WITH probe.suffix"
            : "n.name STARTS WITH probe.name")}} AND n.key <> probe.id
        OPTIONAL MATCH (n)<-[:{{GraphLabels.Mentions}}]-(o:{{GraphLabels.Article}})
        WHERE o.key <> $article AND o.key <> probe.article
        WITH probe, n, count(o) AS elsewhere
        OPTIONAL MATCH (n)-[h:{{RelationTypes.HoldsRole}}]->(t)
        WHERE h.article <> $article
        WITH probe, n, elsewhere, collect(DISTINCT t.key) AS roles
        OPTIONAL MATCH (n)<-[:{{GraphLabels.Mentions}}]-(o:{{GraphLabels.Article}})-[:{{GraphLabels.Mentions}}]->(x)
        WHERE o.key <> $article AND x.key IN probe.context
        RETURN probe.id, n.key, n.name, elsewhere, roles, collect(DISTINCT x.key)
        """;

    /// <summary>Stored short forms of one type with the given ids, one row per other article naming them, with that article's context.</summary>
    public static string ShortForms(EntityType type) => $$"""
        UNWIND $ids AS id
        MATCH (s:{{GraphNames.Label(type)}} {key: id})<-[:{{GraphLabels.Mentions}}]-(a:{{GraphLabels.Article}})
        WHERE a.key <> $article
        OPTIONAL MATCH (s)-[h:{{RelationTypes.HoldsRole}}]->(t)
        WHERE h.article = a.key
        WITH s, a, collect(DISTINCT t.key) AS roles
        MATCH (a)-[:{{GraphLabels.Mentions}}]->(x)
        WHERE x <> s
        RETURN s.key, s.name, a.key, roles, collect(DISTINCT x.key)
        """;

    /// <summary>
    /// Events of the given types in which an entity of one type takes part, dated within the window, or undated
    /// and first reported by another article within it, with their details (<see cref="Details"/>).
    /// </summary>
    public static string EventsOf(EntityType type) => $$"""
        UNWIND $keys AS key
        MATCH (n:{{GraphNames.Label(type)}} {key: key})-[:{{GraphLabels.ParticipatedIn}}]->(e:{{GraphLabels.Event}})
        WHERE e.type IN $types AND (e.date IS NULL OR e.date >= $from AND e.date <= $to)
        WITH DISTINCT e
        {{Details}}
        """;

    /// <summary>The stored events with the given keys (ids the article's reports already have), with their details.</summary>
    public static readonly string EventsByKey = $$"""
        UNWIND $ids AS key
        MATCH (e:{{GraphLabels.Event}} {key: key})
        WITH DISTINCT e
        {{Details}}
        """;

    /// <summary>
    /// What other articles' reports say of each event <c>e</c>: the reporting articles, their earliest publication
    /// and date, CAMEO codes, types, participants ("role=key") and places (complete is false when some report was
    /// written before reports carried them: then the event's own relationships stand in), and the roles its
    /// participants hold. Events only this article reports are left out (its rewrite deletes them), and so are
    /// undated ones first published outside the window unless asked for by key.
    /// </summary>
    private const string Details = $$"""
        MATCH (e)-[r:{{GraphLabels.ReportedIn}}]->(a:{{GraphLabels.Article}})
        WHERE a.key <> $article
        WITH e, collect(a.key) AS articles, min(a.published) AS published, min(r.date) AS date, collect(r.cameo) AS cameos,
            collect(r.type) AS types, collect(r.participants) AS reported, collect(r.place) AS places, count(r.participants) = count(r) AS complete
        WHERE $byKey OR e.date IS NOT NULL OR published >= $from AND published <= $to
        OPTIONAL MATCH (e)<-[p:{{GraphLabels.ParticipatedIn}}]-(n)
        WITH e, articles, published, date, cameos, types, reported, places, complete, collect([p.role, n.key]) AS participants
        OPTIONAL MATCH (e)-[:{{GraphLabels.OccurredIn}}]->(place)
        WITH e, articles, published, date, cameos, types, reported, places, complete, participants, collect(place.key) AS occurred
        OPTIONAL MATCH (e)<-[:{{GraphLabels.ParticipatedIn}}]-(h)-[:{{RelationTypes.HoldsRole}}]->(t)
        RETURN e.key, e.type, e.cameo, e.quote, e.date, articles, published, date, cameos, types, reported, places, complete,
            participants, occurred, collect(DISTINCT [h.key, t.key])
        """;
}
