using Graph.Core.Model;
using Graph.Extraction.Gazetteers;

namespace Graph.Extraction.Events.Frames;

/// <summary>
/// The persons an article names as holding an office at a country or organisation (its HOLDS_ROLE relations), so that
/// "the leaders of Ukraine and Russia" or "the president of Kenya" stands for the persons the article names in those
/// offices: the sides of an event are the most specific named actor (annotation guidelines).
/// </summary>
internal sealed class OfficeHolders
{
    /// <summary>Titles of a head of state or government: what "leader" means of a country.</summary>
    private static readonly HashSet<string> HeadTitles = new(StringComparer.OrdinalIgnoreCase)
    {
        "President", "Prime Minister", "Chancellor", "King", "Queen", "Emir", "Sultan", "Supreme Leader", "Premier", "Leader",
    };

    /// <summary>Nouns that name the head of a country whatever the office's title.</summary>
    private static readonly HashSet<string> LeaderNouns = new(StringComparer.Ordinal) { "leader", "leaders", "heads" };

    private readonly ILookup<string, (string Person, string Title)> _byOwner;

    public OfficeHolders(IEnumerable<Relation> relations) =>
        _byOwner = relations.Where(r => r.Type == RelationTypes.HoldsRole && r.Properties.ContainsKey("title"))
            .Select(r => (Owner: r.Target, r.Source, Title: r.Properties["title"]))
            .Distinct()
            .ToLookup(r => r.Owner, r => (r.Source, r.Title), StringComparer.Ordinal);

    public static OfficeHolders None { get; } = new([]);

    /// <summary>The one country the article names a person as holding office in, or null.</summary>
    public string? CountryOf(string person) =>
        _byOwner.Where(g => EntityIds.CountryIso2(g.Key) is not null && g.Any(h => h.Person == person)).Select(g => g.Key).ToList() is [var one] ? one : null;

    /// <summary>The one country or organisation the article names a person as holding office at, or null.</summary>
    public string? OwnerOf(string person) =>
        _byOwner.Where(g => g.Any(h => h.Person == person)).Select(g => g.Key).ToList() is [var one] ? one : null;

    /// <summary>Whether the article names the person in some office, and in none of the titles.</summary>
    public bool HoldsOtherThan(string person, IReadOnlySet<string> titles)
    {
        var held = _byOwner.SelectMany(g => g).Where(h => h.Person == person).Select(h => h.Title).ToList();
        return held.Count > 0 && !held.Exists(titles.Contains);
    }

    /// <summary>
    /// The one person the article names in the office a noun describes at an owner ("leaders" of a country: its head of
    /// state or government; "president": its president); null when it names none or several.
    /// </summary>
    public string? Holder(string owner, string office)
    {
        var holders = _byOwner[owner]
            .Where(h => LeaderNouns.Contains(office) ? HeadTitles.Contains(h.Title) : string.Equals(h.Title, office, StringComparison.OrdinalIgnoreCase))
            .Select(h => h.Person)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return holders is [var one] ? one : null;
    }
}
