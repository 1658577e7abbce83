using Graph.Core.Model;

namespace Graph.Export.Tests.Support;

/// <summary>
/// A hand-written graph document small enough to know every query's answer by heart: three countries (Aland,
/// Bexland, Cestia), three people holding roles for two of them, an organisation and a city, in three articles.
/// The summit of Ann Able and Bob Baker is reported by two articles as two events; the Aland–Cestia agreement is
/// one event node reported by two articles.
/// </summary>
internal static class TinyWorld
{
    public const string A1 = "tiny/summit.md";
    public const string A2 = "tiny/summit-again.md";
    public const string A3 = "tiny/sanctions.md";

    public const string Ann = "person:ann-able";
    public const string Bob = "person:bob-baker";
    public const string Cid = "person:cid-cole";
    public const string Aland = "country:XA";
    public const string Bexland = "country:XB";
    public const string Cestia = "country:XC";
    public const string League = "org:the-league";
    public const string AlphaCity = "loc:alpha-city";

    public const string SummitEvidence = "Ann Able met Bob Baker in Alpha City on Tuesday.";
    public const string SummitAgainEvidence = "Prime Minister Ann Able and President Bob Baker met in Alpha City.";
    public const string AgreementEvidence = "Aland and Cestia signed a river agreement.";
    public const string AgreementAgainEvidence = "The river agreement between Aland and Cestia was signed in January.";

    public static GraphDocument Document()
    {
        var articles = new List<ArticleRecord>
        {
            new(A1, "Leaders meet in Alpha City", "2024-01-10", "tiny/summit.md", "https://news.example/summit", "hash-a1"),
            new(A2, "Second report of the summit", "2024-01-11", "tiny/summit-again.md", null, "hash-a2"),
            new(A3, "Sanctions and threats", "2024-02-04", "tiny/sanctions.md", "https://news.example/sanctions", "hash-a3"),
        };
        var entities = new List<Entity>
        {
            new(Ann, EntityType.Person, "Ann Able", ["Able"]),
            new(Bob, EntityType.Person, "Bob Baker", ["Baker"]),
            new(Cid, EntityType.Person, "Cid Cole", []),
            new(Aland, EntityType.Country, "Aland", ["Alandia"], "XA"),
            new(Bexland, EntityType.Country, "Bexland", [], "XB"),
            new(Cestia, EntityType.Country, "Cestia", [], "XC"),
            new(League, EntityType.Organization, "The League", ["League"]),
            new(AlphaCity, EntityType.Location, "Alpha City", []),
        };
        var events = new List<GraphEvent>
        {
            Event("e1-summit", EventType.Meeting, A1, [(Ann, "participant"), (Bob, "participant")], AlphaCity, "2024-01-09", null, SummitEvidence, 100),
            Event("e2-trade", EventType.Statement, A1, [(Ann, "speaker"), (Bob, "addressee")], null, "2024-01-09", "We will trade more", "\"We will trade more,\" Able told Baker.", 160),
            Event("e3-peace", EventType.Statement, A1, [(Ann, "speaker")], null, null, "Peace is near", "\"Peace is near,\" Able said.", 220),
            Event("e10-river", EventType.Agreement, A1, [(Aland, "participant"), (Cestia, "participant")], null, "2024-01-15", null, AgreementEvidence, 300),
            Event("e4-summit", EventType.Meeting, A2, [(Ann, "participant"), (Bob, "participant")], AlphaCity, "2024-01-09", null, SummitAgainEvidence, 80),
            Event("e5-call", EventType.PhoneCall, A2, [(Ann, "participant"), (Cid, "participant")], null, "2024-01-11", null, "Able spoke by phone with Cid Cole on Thursday.", 150),
            Event("e6-sanction", EventType.Sanction, A3, [(Aland, "imposer"), (Bexland, "target")], null, "2024-02-01", null, "Aland imposed sanctions on Bexland.", 90),
            Event("e7-threat", EventType.Threat, A3, [(Bexland, "threatener"), (Aland, "target")], null, "2024-02-02", null, "Bexland threatened Aland with retaliation.", 140),
            Event("e8-visit", EventType.Visit, A3, [(Cid, "visitor")], Aland, "2024-02-03", null, "Cid Cole visited Aland on Saturday.", 190),
            Event("e9-accusation", EventType.Accusation, A3, [(League, "accuser"), (Cestia, "accused")], null, null, null, "The League accused Cestia of polluting the river.", 240),
            Event("e10-river", EventType.Agreement, A3, [(Aland, "participant"), (Cestia, "participant")], null, "2024-01-15", null, AgreementAgainEvidence, 300),
        };
        var relations = new List<Relation>
        {
            Role(Ann, Aland, "Prime Minister", A1, "Aland's Prime Minister Ann Able arrived."),
            Role(Bob, Bexland, "President", A1, "Bexland's President Bob Baker arrived."),
            Role(Ann, Aland, "Prime Minister", A2, SummitAgainEvidence),
            Role(Bob, Bexland, "President", A2, SummitAgainEvidence),
            Role(Cid, Bexland, "Foreign Minister", A3, "Bexland's Foreign Minister Cid Cole visited Aland."),
        };
        var mentions = new List<Mention>
        {
            new(Ann, A1, 100, 108, "Ann Able"), new(Ann, A1, 160, 164, "Able"), new(Bob, A1, 113, 122, "Bob Baker"),
            new(AlphaCity, A1, 126, 136, "Alpha City"), new(Aland, A1, 300, 305, "Aland"), new(Cestia, A1, 310, 316, "Cestia"),
            new(Ann, A2, 95, 103, "Ann Able"), new(Bob, A2, 118, 127, "Bob Baker"), new(Cid, A2, 180, 188, "Cid Cole"),
            new(Aland, A3, 90, 95, "Aland"), new(Bexland, A3, 115, 122, "Bexland"), new(Cid, A3, 190, 198, "Cid Cole"),
            new(League, A3, 240, 250, "The League"), new(Cestia, A3, 260, 266, "Cestia"),
        };
        return new GraphDocument { Articles = articles, Entities = entities, Mentions = mentions, Events = events, Relations = relations };
    }

    private static GraphEvent Event(
        string id, EventType type, string article, (string Entity, string Role)[] participants, string? location, string? date, string? quote,
        string evidence, int start)
    {
        var kind = EventCatalog.Kinds[type];
        return new GraphEvent("event:" + id, type, kind.Cameo, kind.Goldstein, [.. participants.Select(p => new Participant(p.Entity, p.Role))],
            location, date, quote, evidence, article, 0.9, start, start + evidence.Length);
    }

    private static Relation Role(string person, string holder, string title, string article, string evidence) =>
        new(RelationTypes.HoldsRole, person, holder, new Dictionary<string, string> { ["title"] = title }, article, evidence);
}
