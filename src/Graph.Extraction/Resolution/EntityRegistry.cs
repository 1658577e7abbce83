using Graph.Core.Model;
using Graph.Extraction.Gazetteers;

namespace Graph.Extraction.Resolution;

/// <summary>The entities of one article as resolution meets them: id, type, canonical name and every surface form.</summary>
internal sealed class EntityRegistry(IGazetteer gazetteer)
{
    private readonly Dictionary<string, Draft> _drafts = new(StringComparer.Ordinal);
    private readonly Dictionary<Person, string> _personIds = new(ReferenceEqualityComparer.Instance);

    /// <param name="state">For a body each state has ("Foreign Ministry", "Senate"), the country it belongs to: that state's own body.</param>
    public (string Id, EntityType Type) FromGazetteer(GazetteerEntry entry, string surface, string? state = null)
    {
        var iso2 = entry.Kind is GazetteerKind.Country or GazetteerKind.Demonym ? entry.Iso2 : null;
        if (iso2 is not null)
        {
            var country = gazetteer.Country(iso2) ?? entry;
            return Add(EntityIds.Country(iso2), EntityType.Country, country.CanonicalName, surface, iso2);
        }

        var type = entry.EntityType ?? (entry.Kind == GazetteerKind.Location ? EntityType.Location : EntityType.Organization);
        if (state is not null && state != entry.CountryIso2 && gazetteer.Country(state) is { } owner)
        {
            if (OwnEntry(state, PersonName.Clean(surface), entry.CanonicalName) is { } own)
                return Add(own.EntityId, own.EntityType ?? type, own.CanonicalName, surface, null);
            return Add(EntityIds.StateBody(entry.EntityId, state), type, entry.CanonicalName + " of " + owner.CanonicalName, surface, null);
        }
        return Add(entry.EntityId, type, entry.CanonicalName, surface, null);
    }

    /// <param name="body">For a body each state has ("Kenyan National Assembly"), its name without the state and the
    /// country it belongs to: "National Assembly of Kenya"; for a party named after one, "Congress Party".</param>
    public (string Id, EntityType Type) Named(EntityType type, string surface, (string? Name, string? State) body = default)
    {
        var name = body.Name ?? PersonName.Clean(surface);
        if (body is { Name: { } generic, State: { } state } && gazetteer.Country(state) is { } owner)
        {
            if (OwnEntry(state, generic) is { } own)
                return Add(own.EntityId, own.EntityType ?? type, own.CanonicalName, surface, null);
            name = generic + " of " + owner.CanonicalName;
        }
        var id = type == EntityType.Location ? EntityIds.Location(name) : EntityIds.Organization(name);
        return Add(id, type, name, surface, null);
    }

    public (string Id, EntityType Type) Person(Person person, string surface)
    {
        // The canonical name is final once all candidates are read, so the id is fixed at first use.
        if (!_personIds.TryGetValue(person, out var id))
            _personIds[person] = id = EntityIds.Person(person.Name);
        return Add(id, EntityType.Person, person.Name, surface, null);
    }

    /// <summary>
    /// The state's own body the gazetteer lists under its adjective and one of these names ("Russian Defence Ministry" for
    /// Russia's "Defence Ministry" or "Ministry of Defence"), so that each spelling of one body is one entity.
    /// </summary>
    private GazetteerEntry? OwnEntry(string state, params string[] names)
    {
        foreach (var demonym in gazetteer.Demonyms(state))
        {
            foreach (var name in names)
            {
                if (gazetteer.Lookup(demonym + " " + name) is { Kind: GazetteerKind.Organization } own && own.CountryIso2 == state)
                    return own;
            }
        }

        return null;
    }

    public void AddAlias(string id, string surface)
    {
        if (_drafts.TryGetValue(id, out var draft))
            draft.Surfaces.Add(PersonName.Clean(surface));
    }

    public Dictionary<string, Entity> Entities()
    {
        var entities = new Dictionary<string, Entity>(StringComparer.Ordinal);
        foreach (var (id, d) in _drafts)
        {
            d.Surfaces.Remove(d.Name);
            entities[id] = new Entity(id, d.Type, d.Name, [.. d.Surfaces], d.Iso2);
        }

        return entities;
    }

    private (string Id, EntityType Type) Add(string id, EntityType type, string name, string surface, string? iso2)
    {
        if (!_drafts.TryGetValue(id, out var draft))
            _drafts[id] = draft = new Draft(type, name, iso2);
        // "TACNA, Peru (Reuters) - … in Tacna": a place is named as the story writes it, not as its dateline shouts it.
        else if (type == EntityType.Location && IsShouted(draft.Name) && !IsShouted(name) && string.Equals(draft.Name, name, StringComparison.OrdinalIgnoreCase))
            draft.Name = name;
        draft.Surfaces.Add(PersonName.Clean(surface));
        return (id, draft.Type);
    }

    private static bool IsShouted(string name) => name.Any(char.IsLetter) && !name.Any(char.IsLower);

    private sealed class Draft(EntityType type, string name, string? iso2)
    {
        public EntityType Type { get; } = type;
        public string Name { get; set; } = name;
        public string? Iso2 { get; } = iso2;
        public SortedSet<string> Surfaces { get; } = new(StringComparer.Ordinal);
    }
}
