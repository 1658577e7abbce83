using Graph.Core.Model;
using Graph.Extraction.Gazetteers;
using Graph.Extraction.Mentions;
using Graph.Extraction.Text;

namespace Graph.Extraction.Resolution;

/// <summary>
/// Resolves one article's mention candidates to entities: gazetteer phrases to their entities (countries by ISO
/// code), persons by full name with short names ("Putin") and titled surnames joined to the one person of the
/// article who carries that surname, pattern-found organisations and places by name, acronyms to what they
/// abbreviate, and speech-verb pronouns to the person just mentioned. Unknown names survive only when they
/// repeat a name the article types elsewhere.
/// </summary>
public sealed class EntityResolver(IGazetteer gazetteer)
{
    /// <summary>How many sentences back a pronoun may look for its person.</summary>
    private const int PronounReach = 2;

    public (List<ResolvedMention> Mentions, Dictionary<string, Entity> Entities) Resolve(Segmentation segmentation, IReadOnlyList<MentionCandidate> candidates)
    {
        ArgumentNullException.ThrowIfNull(segmentation);
        ArgumentNullException.ThrowIfNull(candidates);
        candidates = Retyped(candidates);
        var registry = new EntityRegistry(gazetteer);
        var persons = PersonDirectory.Build(segmentation, candidates);
        var named = new Dictionary<string, (string Id, EntityType Type)>(StringComparer.Ordinal);
        var resolved = new List<ResolvedMention>(candidates.Count);
        var byCandidate = new Dictionary<MentionCandidate, (string Id, EntityType Type)>(ReferenceEqualityComparer.Instance);
        var bodies = new StateBodies(gazetteer, segmentation, candidates);

        // Typed names first, so that unknown repeats of them can be resolved whatever their order.
        foreach (var c in candidates)
        {
            // A pattern-typed name that is the name or surname of a person of the article is that person.
            var repeat = c.Kind is CandidateKind.Location or CandidateKind.Unknown || c.Entry is { Kind: GazetteerKind.Location }
                ? persons.ResolveRepeat(c)
                : null;
            var target = repeat is not null ? registry.Person(repeat, c.Text) : c.Kind switch
            {
                CandidateKind.Known when bodies.Party(c) is { } party => registry.Named(EntityType.Organization, c.Text, party),
                CandidateKind.Known => registry.FromGazetteer(c.Entry!, c.Text, bodies.StateOf(c)),
                CandidateKind.Organization when c.Abbreviates is null && !IsBareHead(c) => registry.Named(EntityType.Organization, c.Text, bodies.Body(c)),
                CandidateKind.Location when c.Abbreviates is null => registry.Named(EntityType.Location, c.Text),
                CandidateKind.Person => persons.Resolve(c) is { } p ? registry.Person(p, c.Text) : ((string, EntityType)?)null,
                _ => null,
            };
            if (target is null)
                continue;
            byCandidate[c] = target.Value;
            if (c.Kind != CandidateKind.Person)
                named.TryAdd(NameKey(c.Text), target.Value);
        }

        foreach (var c in candidates)
        {
            if (c.Abbreviates is { } longForm && byCandidate.TryGetValue(longForm, out var definition))
            {
                registry.AddAlias(definition.Id, c.Text);
                byCandidate[c] = definition;
                named.TryAdd(NameKey(c.Text), definition);
            }
        }

        foreach (var c in candidates)
        {
            if (c.Kind == CandidateKind.Pronoun || byCandidate.ContainsKey(c))
                continue;
            if (named.TryGetValue(NameKey(c.Text), out var target))
            {
                registry.AddAlias(target.Id, c.Text);
                byCandidate[c] = target;
            }
            else if (persons.ResolveRepeat(c) is { } person)
            {
                byCandidate[c] = registry.Person(person, c.Text);
            }
            else if (c.Kind == CandidateKind.Organization)
            {
                // "the Department" after "State Department", "the Treasury" after "the Treasury Department": the one
                // organisation of the article with that head, or with that name before its kind of institution.
                var heads = byCandidate.Where(p => p.Value.Type == EntityType.Organization && (EndsWithWord(p.Key.Text, c.Text) || NamesItsKind(p.Key.Text, c.Text)))
                    .Select(p => p.Value).Distinct().ToList();
                byCandidate[c] = heads.Count == 1 ? heads[0] : registry.Named(EntityType.Organization, c.Text, bodies.Body(c));
                registry.AddAlias(byCandidate[c].Id, c.Text);
            }
        }

        foreach (var c in candidates)
        {
            if (byCandidate.TryGetValue(c, out var target))
                resolved.Add(ToMention(c, target, KindOf(c, target)));
        }

        resolved.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End));
        ResolvePronouns(candidates, resolved);
        return (resolved, registry.Entities());
    }

    /// <summary>
    /// A person typed only by a leader's first name ("overran Musa Qala") whose name the article types as a place or a
    /// body elsewhere ("near Musa Qala") is left untyped, to be that place or body.
    /// </summary>
    private static IReadOnlyList<MentionCandidate> Retyped(IReadOnlyList<MentionCandidate> candidates)
    {
        if (!candidates.Any(c => c.ByForenameAlone))
            return candidates;
        var typed = candidates.Where(c => c.Kind is CandidateKind.Known or CandidateKind.Location or CandidateKind.Organization)
            .Select(c => NameKey(c.Text)).ToHashSet(StringComparer.Ordinal);
        return [.. candidates.Select(c => c.ByForenameAlone && typed.Contains(NameKey(c.Text)) ? c with { Kind = CandidateKind.Unknown, ByForenameAlone = false } : c)];
    }

    private static MentionKind KindOf(MentionCandidate c, (string Id, EntityType Type) target)
    {
        if (c.Entry is { Kind: GazetteerKind.Demonym })
            return MentionKind.Demonym;
        if (target.Type == EntityType.Person && PersonName.Words(c.Text).Count == 1)
            return MentionKind.ShortName;
        return MentionKind.Name;
    }

    private static ResolvedMention ToMention(MentionCandidate c, (string Id, EntityType Type) target, MentionKind kind) =>
        new(c.Start, c.End, c.Text, target.Id, target.Type, c.Sentence, c.FirstToken, c.EndToken, kind);

    /// <summary>A pronoun subject of a speech verb → the last person mentioned before it, within two sentences.</summary>
    private static void ResolvePronouns(IReadOnlyList<MentionCandidate> candidates, List<ResolvedMention> resolved)
    {
        var pronouns = new List<ResolvedMention>();
        foreach (var c in candidates)
        {
            if (c.Kind != CandidateKind.Pronoun)
                continue;
            ResolvedMention? last = null;
            foreach (var m in resolved)
            {
                if (m.Start >= c.Start)
                    break;
                if (m.Type == EntityType.Person && m.Sentence >= c.Sentence - PronounReach)
                    last = m;
            }

            if (last is not null)
                pronouns.Add(ToMention(c, (last.EntityId, EntityType.Person), MentionKind.Pronoun));
        }

        if (pronouns.Count == 0)
            return;
        resolved.AddRange(pronouns);
        resolved.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End));
    }

    /// <summary>A one-word organisation name that is only its head word ("Coalition", "Department").</summary>
    private static bool IsBareHead(MentionCandidate c) => c.EndToken - c.FirstToken == 1 && c.Text.IndexOf(' ') < 0 && c.Entry is null;

    private static bool EndsWithWord(string name, string word) =>
        name.Length > word.Length && name.EndsWith(word, StringComparison.Ordinal) && name[^(word.Length + 1)] == ' ';

    /// <summary>"Treasury Department", "Microsoft Corporation": the word and a noun of the kind of body it is.</summary>
    private static bool NamesItsKind(string name, string word) =>
        name.Length > word.Length + 1 && name.StartsWith(word, StringComparison.Ordinal) && name[word.Length] == ' ' && InstitutionKinds.Contains(name[(word.Length + 1)..]);

    /// <summary>English nouns of the kind of body a name closes on ("Department", "Corporation", "Inc.").</summary>
    private static readonly HashSet<string> InstitutionKinds = new(StringComparer.Ordinal)
    {
        "Department", "Ministry", "Agency", "Office", "Corporation", "Corp.", "Company", "Inc.", "Inc", "Group", "International",
    };

    /// <summary>Names compare without a leading "the" and a trailing possessive, case-sensitively.</summary>
    internal static string NameKey(string text) => PersonName.Clean(text);
}
