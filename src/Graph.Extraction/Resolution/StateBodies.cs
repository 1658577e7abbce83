using Graph.Extraction.Gazetteers;
using Graph.Extraction.Mentions;
using Graph.Extraction.Text;

namespace Graph.Extraction.Resolution;

/// <summary>
/// Bodies every state has under one English name ("the Senate", "the Defence Ministry", "the National Assembly",
/// "the Supreme Court"), and the state each mention of one belongs to: the state named right before it ("Kenya's",
/// "Kenyan"), right after it ("in Nairobi", "of Nigeria") or in its name ("U.S. Supreme Court"); else the one state the
/// article names that body with elsewhere; else the country of the capital the story is datelined from, where the story
/// names no other state more often; else, for a body no country owns, the story's main state. Without one, Cambodia's
/// Senate and the United States' were one node of the graph.
/// </summary>
internal sealed class StateBodies
{
    private readonly IGazetteer _gazetteer;
    private readonly Dictionary<MentionCandidate, string> _keys = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<MentionCandidate, string> _named = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<MentionCandidate, string?> _parties = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, HashSet<string>> _statesByBody = new(StringComparer.Ordinal);
    private readonly HashSet<string> _namedStates;
    private readonly string? _homeState;
    private readonly string? _mainState;

    public StateBodies(IGazetteer gazetteer, Segmentation segmentation, IReadOnlyList<MentionCandidate> candidates)
    {
        _gazetteer = gazetteer;
        foreach (var c in candidates)
        {
            if (BodyKey(c) is not { } key)
                continue;
            var state = NamedState(segmentation, candidates, c);
            // "India's Congress party", "the Zimbabwe Congress of Trade Unions": the start of another name; a party's is the
            // name with "Party", of the state named with it.
            var tokens = segmentation.Sentences[c.Sentence].Tokens;
            if (c.EndToken < tokens.Count && tokens[c.EndToken].Text is "party" or "Party")
                _parties[c] = state;
            if (c.EndToken < tokens.Count && (tokens[c.EndToken].Text is "party" or "Party" || tokens[c.EndToken].Text == "of" && !OfAState(candidates, c)))
                continue;
            _keys[c] = key;
            if (state is null)
                continue;
            _named[c] = state;
            if (!_statesByBody.TryGetValue(key, out var states))
                _statesByBody[key] = states = new HashSet<string>(StringComparer.Ordinal);
            states.Add(state);
        }

        (_homeState, _mainState, _namedStates) = ArticleStates(segmentation, candidates);
    }

    /// <summary>The ISO code of the state the body belongs to, or null where the article does not say (or it is no such body).</summary>
    public string? StateOf(MentionCandidate c)
    {
        if (!_keys.TryGetValue(c, out var key))
            return null;
        if (_named.TryGetValue(c, out var state))
            return state;
        if (_statesByBody.TryGetValue(key, out var states))
            return states.Count == 1 ? states.First() : null;
        // A body a country owns ("Senate") is another state's only where the dateline says so and the story does not name
        // the owner; one no country owns is the story's main state's too.
        var owner = c.Entry?.CountryIso2;
        return owner is null ? _homeState ?? _mainState : _namedStates.Contains(owner) ? null : _homeState;
    }

    /// <summary>"India's Congress party": a party named after a body each state has, as "Congress Party" and its state; null for anything else.</summary>
    public (string Name, string? State)? Party(MentionCandidate c) =>
        _parties.TryGetValue(c, out var state) ? (EntityResolver.NameKey(c.Text) + " Party", state) : null;

    /// <summary>
    /// A body found by pattern: its name without its state ("National Assembly" of "Kenyan National Assembly") and the
    /// state it belongs to; nulls for any other.
    /// </summary>
    public (string? Name, string? State) Body(MentionCandidate c) =>
        (c.Entry is null && _keys.TryGetValue(c, out var key) ? key : null, StateOf(c));

    /// <summary>
    /// What names the body whatever state it belongs to: the gazetteer entry of a state body no country owns ("Ministry
    /// of Defense"), or one a country owns under a name other states' bodies share ("Senate", written so); the name of a
    /// body found by pattern that is made of such words alone ("National Assembly", "Ministry of Agriculture"), after
    /// the state it may open with ("Kenyan National Assembly").
    /// </summary>
    private string? BodyKey(MentionCandidate c)
    {
        if (c.Entry is { Kind: GazetteerKind.Organization, Category: "government" or "judiciary" or "legislature" or "military" } entry)
            return entry.CountryIso2 is null || string.Equals(EntityResolver.NameKey(c.Text), entry.CanonicalName, StringComparison.OrdinalIgnoreCase) && IsGeneric(entry.CanonicalName)
                ? entry.EntityId
                : null;
        if (c is not { Kind: CandidateKind.Organization, Entry: null, Abbreviates: null })
            return null;
        var name = EntityResolver.NameKey(c.Text);
        return IsGeneric(name) ? name : WrittenState(name) is { } written ? written.Name : null;
    }

    /// <summary>"Kenyan National Assembly": the state a body's name opens with, and the rest of the name where it names a body each state has.</summary>
    private (string Name, string State)? WrittenState(string name)
    {
        var space = name.IndexOf(' ', StringComparison.Ordinal);
        if (space < 0)
            return null;
        var rest = name[(space + 1)..];
        return _gazetteer.Lookup(name[..space]) is { Kind: GazetteerKind.Country or GazetteerKind.Demonym, Iso2: { } iso2 } && IsGeneric(rest) ? (rest, iso2) : null;
    }

    /// <summary>A name made of the words of a body each state has ("National Assembly", "Ministry of Agriculture") and nothing that names a place.</summary>
    private bool IsGeneric(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || !Heads.Contains(words[^1]) && !(words.Length > 2 && words[0] == "Ministry" && words[1] == "of"))
            return false;
        // A ministry's portfolio may be any noun ("Ministry of Agriculture"), but not a place ("Ministry of Foreign Affairs of Ukraine").
        var ministry = words[0] == "Ministry" || words[^1] == "Ministry";
        foreach (var word in words)
        {
            if (Modifiers.Contains(word) || Heads.Contains(word))
                continue;
            if (!ministry || word.Length == 0 || !char.IsUpper(word[0]) || _gazetteer.Lookup(word) is { Kind: GazetteerKind.Country or GazetteerKind.Demonym or GazetteerKind.Location })
                return false;
        }

        return true;
    }

    /// <summary>The state named right before the body ("Kenya's National Assembly", "the Kenyan Senate"), right after it ("the Foreign Ministry in Nairobi", "of Belarus") or in its name.</summary>
    private string? NamedState(Segmentation segmentation, IReadOnlyList<MentionCandidate> candidates, MentionCandidate body)
    {
        // "U.S. Supreme Court": the state written into the name of a body no country owns.
        if (body.Entry is { CountryIso2: null } own && body.Text.Length > own.CanonicalName.Length
            && body.Text.EndsWith(own.CanonicalName, StringComparison.OrdinalIgnoreCase)
            && _gazetteer.Lookup(body.Text[..^own.CanonicalName.Length].Trim()) is { Kind: GazetteerKind.Country or GazetteerKind.Demonym, Iso2: { } written })
            return written;
        if (body.Entry is null && WrittenState(EntityResolver.NameKey(body.Text)) is { } opened)
            return opened.State;
        var tokens = segmentation.Sentences[body.Sentence].Tokens;
        foreach (var c in candidates)
        {
            if (c.Sentence != body.Sentence || c.Entry is not { } entry)
                continue;
            if (entry is { Kind: GazetteerKind.Country or GazetteerKind.Demonym, Iso2: { } iso2 }
                && (c.EndToken == body.FirstToken || c.EndToken + 1 == body.FirstToken && tokens[c.EndToken].Text is "'s" or "'" or "\u2019s" or "\u2019"))
                return iso2;
            // "the Foreign Ministry in Nairobi", "the Foreign Ministry of Belarus"
            if (c.FirstToken == body.EndToken + 1 && tokens[body.EndToken].Text is "in" or "of" && CountryOfPlace(entry) is { } place)
                return place;
        }

        return null;
    }

    private bool OfAState(IReadOnlyList<MentionCandidate> candidates, MentionCandidate body) =>
        candidates.Any(c => c.Sentence == body.Sentence && c.FirstToken == body.EndToken + 1 && c.Entry is { } entry && CountryOfPlace(entry) is not null);

    private string? CountryOfPlace(GazetteerEntry entry) =>
        entry.Kind == GazetteerKind.Country ? entry.Iso2 : _gazetteer.CapitalOf(entry.EntityId)?.Iso2;

    /// <summary>
    /// The story's home: the country of the one capital its dateline names ("NAIROBI, Kenya (Reuters) —") where the story
    /// names no other state more often (a wire datelined BRUSSELS is often about another state). Its main state: the one
    /// country it names, or the one it names most, at least twice and twice as often as any other. And every state the
    /// story names.
    /// </summary>
    private (string? Home, string? Main, HashSet<string> Named) ArticleStates(Segmentation segmentation, IReadOnlyList<MentionCandidate> candidates)
    {
        var first = segmentation.TitleSentences;
        var datelineEnd = first < segmentation.Sentences.Count ? DatelineEnd(segmentation.Sentences[first].Tokens) : 0;
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var dateline = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in candidates)
        {
            var inDateline = c.Sentence == first && c.EndToken <= datelineEnd;
            if (inDateline && c.Entry is { Kind: GazetteerKind.Location } place && _gazetteer.CapitalOf(place.EntityId)?.Iso2 is { } capitalOf)
                dateline.Add(capitalOf);
            else if (!inDateline && c.Entry is { Kind: GazetteerKind.Country or GazetteerKind.Demonym, Iso2: { } iso2 })
                counts[iso2] = counts.GetValueOrDefault(iso2) + 1;
        }

        var home = dateline.Count == 1 && counts.GetValueOrDefault(dateline.First()) >= counts.Values.DefaultIfEmpty(0).Max() ? dateline.First() : null;
        var ranked = counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).ToList();
        var main = ranked.Count == 1 || ranked.Count > 1 && ranked[0].Value >= 2 && ranked[0].Value >= 2 * ranked[1].Value ? ranked[0].Key : null;
        return (home, main, [.. counts.Keys]);
    }

    /// <summary>The token that closes a dateline (its dash or the agency's parenthesis) within the sentence's first words; 0 when none does.</summary>
    private static int DatelineEnd(IReadOnlyList<Token> tokens)
    {
        for (var t = 1; t < Math.Min(tokens.Count, 8); t++)
        {
            if (tokens[t].Text is "—" or "–" or "--" or "(" or "-")
                return t;
        }

        return 0;
    }

    /// <summary>English nouns that close the name of a body each state has (the legislatures, courts, ministries and forces of news English).</summary>
    private static readonly HashSet<string> Heads = new(StringComparer.Ordinal)
    {
        "Senate", "Parliament", "Assembly", "Legislature", "Court", "Ministry", "Cabinet", "Army", "Navy", "Force", "Forces",
        "Guard", "Police", "Presidency", "Representatives", "Deputies", "Staff", "Bank", "Commission", "Congress",
    };

    /// <summary>The English words that qualify those nouns in such names without naming a state.</summary>
    private static readonly HashSet<string> Modifiers = new(StringComparer.Ordinal)
    {
        "National", "Federal", "Supreme", "Constitutional", "High", "Central", "Reserve", "Upper", "Lower", "House", "Chamber", "of",
        "the", "and", "Armed", "Air", "Coast", "Border", "General", "Electoral", "Election", "Appeal", "Appeals", "Foreign",
        "Affairs", "Defence", "Defense", "Interior", "Home", "Finance", "Justice", "Health", "Economy", "Trade", "Energy",
        "Information", "Security", "Public", "Internal", "External", "Military",
    };
}
