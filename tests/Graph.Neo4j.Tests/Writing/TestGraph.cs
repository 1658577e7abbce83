using Graph.Core.Model;

namespace Graph.Neo4j.Tests.Writing;

/// <summary>
/// Builds graph documents whose article ids and entity/event keys all end with one unique token, so tests
/// running at the same time on the shared server never touch each other's data.
/// </summary>
internal sealed class TestGraph
{
    public TestGraph() => Token = Guid.NewGuid().ToString("N")[..12];

    public string Token { get; }

    public string Key(string id) => $"{id}-{Token}";

    public ArticleRecord Article(string id, string hash, string title = "A title") =>
        new(Key(id), title, "2024-03-05", $"articles/{id}.txt", $"https://news.example/{id}", hash);

    public Entity Person(string slug, string name, params string[] aliases) => new(Key($"person:{slug}"), EntityType.Person, name, aliases);

    public Entity Country(string iso2, string name, params string[] aliases) => new(Key($"country:{iso2}"), EntityType.Country, name, aliases, iso2);

    public Entity Organization(string slug, string name) => new(Key($"org:{slug}"), EntityType.Organization, name, []);

    public Entity Location(string slug, string name) => new(Key($"loc:{slug}"), EntityType.Location, name, []);

    public static Mention Mention(Entity entity, ArticleRecord article, int start = 0) =>
        new(entity.Id, article.Id, start, start + entity.Name.Length, entity.Name);

    public GraphEvent Event(
        string id, EventType type, ArticleRecord article, IEnumerable<(Entity Entity, string Role)> participants,
        Entity? location = null, string? date = null, string? quote = null, string evidence = "Something happened.") =>
        new(Key(id), type, EventCatalog.Kinds[type].Cameo, EventCatalog.Kinds[type].Goldstein,
            participants.Select(p => new Participant(p.Entity.Id, p.Role)).ToList(),
            location?.Id, date, quote, evidence, article.Id, 0.9, 10, 10 + evidence.Length);

    public static Relation HoldsRole(Entity person, Entity holder, string title, ArticleRecord article, string evidence = "A role was named.") =>
        new(RelationTypes.HoldsRole, person.Id, holder.Id, new Dictionary<string, string> { ["title"] = title }, article.Id, evidence);
}
