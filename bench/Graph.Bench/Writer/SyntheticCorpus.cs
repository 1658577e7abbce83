using Graph.Core.Articles;
using Graph.Core.Model;

namespace Graph.Bench.Writer;

/// <summary>
/// Deterministic synthetic graph documents, one article each, shaped like extracted news: a dozen entities
/// drawn from shared pools (popular ones recur across articles), a few mentions of each, four to six events
/// of every type with participants by role, places and dates, and a role or two. The same seed gives the
/// same documents. The tags only go into ids: <paramref name="tag"/> into article and event ids,
/// <paramref name="entityTag"/> into entity ids, so two writers can write the same content side by side,
/// each its own articles and events, about the same entities.
/// </summary>
internal sealed class SyntheticCorpus(int seed, string tag, string entityTag)
{
    private const int Persons = 400, Countries = 80, Organizations = 60, Locations = 150;

    private static readonly EventType[] EventTypes = Enum.GetValues<EventType>();

    public static string ArticlePrefix(string tag) => $"bench:{tag}:";

    /// <summary>Label and key prefix of every node a tag was used for, for cleaning up a run's data.</summary>
    public static IEnumerable<(string Label, string Prefix)> KeyPrefixes(string tag) =>
    [
        ("Article", ArticlePrefix(tag)),
        ("Event", $"event:{tag}-"),
        ("Person", $"person:{tag}-"),
        ("Country", $"country:{tag}-"),
        ("Organization", $"org:{tag}-"),
        ("Location", $"loc:{tag}-"),
    ];

    /// <summary>The document of article number <paramref name="index"/>.</summary>
    public GraphDocument Document(int index)
    {
        // One generator per article: article i is the same whatever the count asked for.
        var random = new Random(unchecked(seed * 1_000_003 + index));
        var id = $"{ArticlePrefix(tag)}article-{index}";
        var article = new ArticleRecord(id, $"Synthetic article {index}", $"2024-{1 + index % 12:00}-{1 + index % 28:00}",
            $"synthetic/{index}.txt", $"https://bench.example/{index}", ContentHashing.Sha256Hex($"{seed}/{index}"));

        var persons = Pick(random, Persons, random.Next(3, 7), i => new Entity($"person:{entityTag}-p{i}", EntityType.Person, $"Person {i}", [$"P{i}"]));
        var countries = Pick(random, Countries, random.Next(2, 5), i => new Entity($"country:{entityTag}-c{i}", EntityType.Country, $"Country {i}", [$"Country{i}ian"], Iso2(i)));
        var organizations = Pick(random, Organizations, random.Next(1, 3), i => new Entity($"org:{entityTag}-o{i}", EntityType.Organization, $"Organization {i}", []));
        var locations = Pick(random, Locations, random.Next(1, 4), i => new Entity($"loc:{entityTag}-l{i}", EntityType.Location, $"City {i}", []));
        var actors = persons.Concat(countries).Concat(organizations).ToList();
        var entities = actors.Concat(locations).ToList();

        var mentions = new List<Mention>();
        var offset = 0;
        foreach (var entity in entities)
        {
            for (var m = random.Next(1, 5); m > 0; m--)
            {
                mentions.Add(new Mention(entity.Id, id, offset, offset + entity.Name.Length, entity.Name));
                offset += entity.Name.Length + random.Next(20, 200);
            }
        }

        var events = new List<GraphEvent>();
        for (var e = random.Next(4, 7); e > 0; e--)
        {
            var type = EventTypes[random.Next(EventTypes.Length)];
            var kind = EventCatalog.Kinds[type];
            var cast = actors.OrderBy(_ => random.Next()).ToList();
            var participants = kind.Symmetric
                ? cast.Take(random.Next(2, 4)).Select(a => new Participant(a.Id, kind.Roles[0])).ToList()
                : kind.Roles.Select((role, r) => new Participant(cast[r].Id, role)).ToList();
            var place = random.Next(3) switch { 0 => null, 1 => locations[random.Next(locations.Count)], _ => countries[random.Next(countries.Count)] };
            var evidence = $"Sentence {e} of article {index} says what happened.";
            events.Add(new GraphEvent($"event:{tag}-a{index}-e{e}", type, kind.Cameo, kind.Goldstein, participants, place?.Id,
                article.Published, type == EventType.Statement ? $"Quote {e} of article {index}." : null,
                evidence, id, 0.5 + random.NextDouble() / 2, offset, offset + evidence.Length));
            offset += evidence.Length + 1;
        }

        var relations = persons.Take(random.Next(1, 3)).Select(p => new Relation(RelationTypes.HoldsRole, p.Id,
            random.Next(2) == 0 ? countries[0].Id : organizations[0].Id,
            new Dictionary<string, string> { ["title"] = random.Next(2) == 0 ? "President" : "Minister" }, id, $"{p.Name} holds a role.")).ToList();

        return new GraphDocument { Articles = [article], Entities = entities, Mentions = mentions, Events = events, Relations = relations };
    }

    /// <summary>Distinct pool members, skewed towards low numbers so that popular entities recur across articles.</summary>
    private static List<Entity> Pick(Random random, int pool, int count, Func<int, Entity> create)
    {
        var chosen = new SortedSet<int>();
        while (chosen.Count < count)
            chosen.Add((int)(pool * Math.Pow(random.NextDouble(), 2)));
        return chosen.Select(create).ToList();
    }

    private static string Iso2(int i) => $"{(char)('A' + i / 26 % 26)}{(char)('A' + i % 26)}";
}
