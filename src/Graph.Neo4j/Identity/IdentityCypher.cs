using Graph.Core.Model;
using Graph.Neo4j.Writing;

namespace Graph.Neo4j.Identity;

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

    /// <summary>
    /// The countries and organisations each person holds a role at, according to other articles: the <c>roles</c> the
    /// writer keeps on the person when the article is not stored (no role of it is counted there), else, and for a
    /// person written before persons kept them, from its HOLDS_ROLE (one per article stating it: a cost that grows
    /// with them, paid only when an article is rewritten).
    /// </summary>
    public static readonly string RolesHeld = $$"""
        UNWIND $keys AS key
        MATCH (p:{{GraphNames.Label(EntityType.Person)}} {key: key})
        OPTIONAL MATCH (own:{{GraphLabels.Article}} {key: $article})
        WITH key, p, own
        WHERE own IS NULL AND p.roles IS NOT NULL
        RETURN key, p.roles AS roles
        UNION ALL
        UNWIND $keys AS key
        MATCH (p:{{GraphNames.Label(EntityType.Person)}} {key: key})
        OPTIONAL MATCH (own:{{GraphLabels.Article}} {key: $article})
        WITH key, p, own
        WHERE own IS NOT NULL OR p.roles IS NULL
        MATCH (p)-[h:{{RelationTypes.HoldsRole}}]->(t)
        WHERE h.article <> $article
        RETURN key, collect(DISTINCT t.key) AS roles
        """;

    /// <summary>Full forms refused for a short form by an undone merge.</summary>
    public static readonly string Vetoes = $$"""
        UNWIND $ids AS id
        MATCH (al:{{GraphLabels.Alias}} {key: id})
        WHERE al.vetoed IS NOT NULL
        RETURN id, al.vetoed
        """;

    /// <summary>
    /// Stored full forms of one type in each probe's bucket (<see cref="Core.Identity.ShortForms.Bucket(Core.Identity.ShortForm)"/>:
    /// a person's last key word, an organisation's initials), found through the bucket index so the cost does not grow
    /// with the graph. Only names: whether one fits is decided in code, and only a probe with exactly one fit needs
    /// <see cref="FullFormDetails"/>.
    /// </summary>
    public static string FullFormCandidates(EntityType type) => $$"""
        UNWIND $probes AS probe
        MATCH (n:{{GraphNames.Label(type)}} {bucket: probe.bucket})
        WHERE n.key <> probe.id
        RETURN probe.id, n.key, n.name
        """;

    /// <summary>
    /// For each probe's one candidate (<c>probe.key</c>): how many other articles name it, the roles it holds, and
    /// which of the probe's context entities an article naming it names too.
    /// </summary>
    public static string FullFormDetails(EntityType type) => $$"""
        UNWIND $probes AS probe
        MATCH (n:{{GraphNames.Label(type)}} {key: probe.key})
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

    /// <summary>The names of the stored entities of one type with the given ids.</summary>
    public static string Names(EntityType type) => $$"""
        UNWIND $ids AS id
        MATCH (n:{{GraphNames.Label(type)}} {key: id})
        RETURN n.key, n.name
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
    /// Events in one of the given slots (<c>slot</c>, indexed: the anchor day, the event's date else the first publication
    /// of a report, and the type, and for statements and denials the quote key) in which one of the given entities
    /// takes part, with their details: from the event's aggregates when it has them and the article does not report it
    /// (<paramref name="derived"/>), else from its reports (<see cref="Details"/>). The cost follows the events a
    /// report may join, not how many events an actor has taken part in over the years, nor how many a busy day holds.
    /// </summary>
    public static string EventsOn(bool derived) => derived ? EventsOnDerived : EventsOnReported;

    private static readonly string EventsOnDerived = EventsOnText(derived: true), EventsOnReported = EventsOnText(derived: false);

    private static string EventsOnText(bool derived) => $$"""
        UNWIND $slots AS slot
        MATCH (e:{{GraphLabels.Event}} {slot: slot})
        MATCH (e)<-[:{{GraphLabels.ParticipatedIn}}]-(n)
        WHERE n.key IN $keys
        WITH DISTINCT e
        {{(derived ? DerivedDetails : ReportDetails)}}
        """;

    /// <summary>The stored events with the given keys (ids the article's reports already have), with their details as in <see cref="EventsOn"/>.</summary>
    public static string EventsByKey(bool derived) => derived ? EventsByKeyDerived : EventsByKeyReported;

    private static readonly string EventsByKeyDerived = EventsByKeyText(derived: true), EventsByKeyReported = EventsByKeyText(derived: false);

    private static string EventsByKeyText(bool derived) => $$"""
        UNWIND $ids AS key
        MATCH (e:{{GraphLabels.Event}} {key: key})
        WITH DISTINCT e
        {{(derived ? DerivedDetails : ReportDetails)}}
        """;

    /// <summary>
    /// The events the article's stored version reports, with their details: a new version's report may be of one of
    /// them although the stored anchor, which counts the old report, lies outside its days.
    /// </summary>
    public static readonly string EventsOfArticle = $$"""
        MATCH (:{{GraphLabels.Article}} {key: $article})<-[:{{GraphLabels.ReportedIn}}]-(e:{{GraphLabels.Event}})
        WITH DISTINCT e
        {{Details}}
        """;

    /// <summary>
    /// Whether an event <c>e</c>'s details come from its aggregates: it has them (written since events kept them, all
    /// its reports with their facts) and the article does not report it (its aggregates would count that report).
    /// The article is bound first: for a new article (none stored) the test of its reports costs nothing.
    /// </summary>
    private const string FromAggregates = $$"""
        e.first IS NOT NULL AND (own IS NULL OR NOT (e)-[:{{GraphLabels.ReportedIn}}]->(own))
        """;

    private const string ReportDetails = $$"""
        OPTIONAL MATCH (own:{{GraphLabels.Article}} {key: $article})
        WITH e, own
        WHERE NOT ({{FromAggregates}})
        WITH e
        {{Details}}
        """;

    /// <summary>
    /// What <see cref="Details"/> gives, from an event's aggregates and its own relationships instead of its reports, so
    /// the read does not grow with how many articles report it: its participants and places are those its reports
    /// state (PARTICIPATED_IN and OCCURRED_IN are their union), its CAMEO codes and types those the writer collected,
    /// its date the earliest any report gives, its publication the earliest of its reports', the roles its participants
    /// hold the <c>roles</c> the writer keeps on persons. The reporting articles are not listed: the article's own
    /// reports are never among them, which is all identity asks of them.
    /// </summary>
    private const string DerivedDetails = $$"""
        OPTIONAL MATCH (own:{{GraphLabels.Article}} {key: $article})
        WITH e, own
        WHERE {{FromAggregates}}
        WITH e
        OPTIONAL MATCH (e)<-[p:{{GraphLabels.ParticipatedIn}}]-(n)
        WITH e, collect([p.role, n.key]) AS participants,
            reduce(acc = [], h IN collect(DISTINCT n) | acc + [t IN coalesce(h.roles, []) | [h.key, t]]) AS roles
        OPTIONAL MATCH (e)-[:{{GraphLabels.OccurredIn}}]->(place)
        WITH e, participants, roles, collect(place.key) AS occurred
        RETURN e.key, e.type, e.cameo, e.quote, e.date, [] AS articles, e.earliestPublished AS published, e.date AS date, e.cameos AS cameos,
            e.types AS types, [[x IN participants WHERE x[0] IS NOT NULL | x[0] + '=' + x[1]]] AS reported, occurred AS places, true AS complete,
            participants, occurred, roles
        """;

    /// <summary>
    /// What other articles' reports say of each event <c>e</c>: the reporting articles, their earliest publication
    /// and date, CAMEO codes, types, participants ("role=key") and places (complete is false when some report was
    /// written before reports carried them: then the event's own relationships stand in), and the roles its
    /// participants hold. Events only this article reports are left out (its rewrite deletes them).
    /// </summary>
    private const string Details = $$"""
        MATCH (e)-[r:{{GraphLabels.ReportedIn}}]->(a:{{GraphLabels.Article}})
        WHERE a.key <> $article
        WITH e, collect(a.key) AS articles, min(a.published) AS published, min(r.date) AS date, collect(r.cameo) AS cameos,
            collect(r.type) AS types, collect(r.participants) AS reported, collect(r.place) AS places, count(r.participants) = count(r) AS complete
        OPTIONAL MATCH (e)<-[p:{{GraphLabels.ParticipatedIn}}]-(n)
        WITH e, articles, published, date, cameos, types, reported, places, complete, collect([p.role, n.key]) AS participants
        OPTIONAL MATCH (e)-[:{{GraphLabels.OccurredIn}}]->(place)
        WITH e, articles, published, date, cameos, types, reported, places, complete, participants, collect(place.key) AS occurred
        OPTIONAL MATCH (e)<-[:{{GraphLabels.ParticipatedIn}}]-(h)-[:{{RelationTypes.HoldsRole}}]->(t)
        RETURN e.key, e.type, e.cameo, e.quote, e.date, articles, published, date, cameos, types, reported, places, complete,
            participants, occurred, collect(DISTINCT [h.key, t.key])
        """;
}
