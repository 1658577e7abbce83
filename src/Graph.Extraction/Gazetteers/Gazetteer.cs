using Graph.Extraction.Text;

namespace Graph.Extraction.Gazetteers;

/// <summary>
/// The gazetteer over the embedded data: countries, demonyms, places, organisations and titles.
/// Matching walks a character trie token by token (a gap between tokens is one space), takes the longest
/// phrase at each token, and applies <see cref="CaseRule"/>. A phrase may also end inside a token before an
/// attached possessive or lower-case modifier ("Russia's", "U.S.-led"): see <see cref="GazetteerMatch.PhraseEnd"/>. A phrase flagged as a common word ("Turkey",
/// "General") is not matched alone as the first word of the token list, which <see cref="Match"/> takes to be
/// a sentence; callers matching a fragment that does not start a sentence should not rely on that.
/// Thread-safe once built. Use <see cref="Default"/> (or register it as the <see cref="IGazetteer"/> singleton).
/// </summary>
public sealed class Gazetteer : IGazetteer
{
    private static readonly Lazy<Gazetteer> DefaultInstance = new(() => new Gazetteer());

    // Longer surfaces (none in the data) are built on the heap.
    private const int MaxStackSurface = 256;

    private readonly PhraseTrie trie = new();
    private readonly Dictionary<string, GazetteerEntry> countries = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<string>> demonyms = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> capitals = new(StringComparer.Ordinal);
    private readonly Dictionary<string, GazetteerEntry> capitalOfCountry = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Builds the gazetteer from the embedded data.</summary>
    public Gazetteer()
        : this(GazetteerData.Entries)
    {
    }

    private Gazetteer(IReadOnlyList<GazetteerEntry> entries)
    {
        Entries = entries;
        var written = entries.Select(e => (e.EntityId, e.Kind, PhraseText.Normalize(e.Phrase))).ToHashSet();
        foreach (var entry in entries)
        {
            var phrase = PhraseText.Normalize(entry.Phrase);
            if (phrase.Length == 0)
            {
                continue;
            }

            var allowLower = entry.Kind == GazetteerKind.Title && !entry.IsHonorific && !phrase.Contains('.');
            trie.Add(new PhraseCandidate(entry, phrase, allowLower));
            // News written without accents ("Lome", "Bogota", "Asuncion") names the same places.
            if (LatinFolding.Fold(phrase) is var plain && !string.Equals(plain, phrase, StringComparison.Ordinal) && written.Add((entry.EntityId, entry.Kind, plain)))
                trie.Add(new PhraseCandidate(entry, plain, allowLower));
            if (entry is { Kind: GazetteerKind.Country, Iso2: { } iso2 } && entry.Phrase == entry.CanonicalName)
            {
                countries.TryAdd(iso2, entry);
            }
            else if (entry is { Kind: GazetteerKind.Demonym, Iso2: { } demonymOf })
            {
                if (!demonyms.TryGetValue(demonymOf, out var list))
                {
                    demonyms[demonymOf] = list = [];
                }

                list.Add(entry.Phrase);
            }
            else if (entry is { Kind: GazetteerKind.Location, Category: "capital", CountryIso2: { } capitalOf })
            {
                capitals.TryAdd(entry.EntityId, capitalOf);
                if (entry.Phrase == entry.CanonicalName)
                {
                    capitalOfCountry.TryAdd(capitalOf, entry);
                }
            }
        }
    }

    /// <summary>The gazetteer over the embedded data, built on first use.</summary>
    public static Gazetteer Default => DefaultInstance.Value;

    /// <summary>Every phrase entry, in priority order (an earlier entry wins a phrase written the same way).</summary>
    public IReadOnlyList<GazetteerEntry> Entries { get; }

    /// <summary>A gazetteer over the given entries only (tests, custom lists).</summary>
    public static Gazetteer FromEntries(IEnumerable<GazetteerEntry> entries) => new([.. entries]);

    public IReadOnlyList<GazetteerMatch> Match(IReadOnlyList<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        List<GazetteerMatch>? matches = null;
        var firstWord = FirstWordToken(tokens);
        for (var i = 0; i < tokens.Count;)
        {
            if (Longest(tokens, i, firstWord) is { } match)
            {
                (matches ??= []).Add(match);
                i = match.EndToken;
            }
            else
            {
                i++;
            }
        }

        return matches ?? (IReadOnlyList<GazetteerMatch>)[];
    }

    public GazetteerEntry? Lookup(string phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        var text = PhraseText.Normalize(phrase);
        if (Find(text) is { } found)
        {
            return found;
        }

        if (text.EndsWith("'s", StringComparison.OrdinalIgnoreCase) && text.Length > 2)
        {
            text = text[..^2].TrimEnd();
        }
        else if (text.EndsWith('\'') && text.Length > 1)
        {
            text = text[..^1].TrimEnd();
        }

        if (text.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
        {
            text = text[4..];
        }

        return text.Length == 0 ? null : Find(text);
    }

    public GazetteerEntry? Country(string iso2)
    {
        ArgumentNullException.ThrowIfNull(iso2);
        return countries.GetValueOrDefault(iso2.Trim());
    }

    public GazetteerEntry? CapitalOf(string locationId)
    {
        ArgumentNullException.ThrowIfNull(locationId);
        return capitals.TryGetValue(locationId, out var iso2) ? Country(iso2) : null;
    }

    public GazetteerEntry? Capital(string iso2)
    {
        ArgumentNullException.ThrowIfNull(iso2);
        return capitalOfCountry.GetValueOrDefault(iso2.Trim());
    }

    public string? CanonicalTitle(string phrase) =>
        Lookup(phrase) is { Kind: GazetteerKind.Title } title ? title.CanonicalName : null;

    public IReadOnlyList<string> Demonyms(string iso2)
    {
        ArgumentNullException.ThrowIfNull(iso2);
        return demonyms.TryGetValue(iso2.Trim(), out var list) ? list : [];
    }

    private GazetteerEntry? Find(string text)
    {
        var node = PhraseTrie.Root;
        foreach (var c in text)
        {
            node = trie.Step(node, PhraseText.Fold(c));
            if (node < 0)
            {
                return null;
            }
        }

        return Accept(trie.Candidates(node), text, sentenceInitialWord: false);
    }

    // Walks the trie from token `first` as far as the tokens allow and returns the longest accepted phrase.
    /// <summary>Whether the part of the token before the hyphen at <paramref name="k"/> (from the hyphen before it) has a capital.</summary>
    private static bool CapitalisedBefore(string text, int k)
    {
        var start = text.LastIndexOf('-', k - 1) + 1;
        return text.AsSpan(start, k - start).ContainsAnyInRange('A', 'Z');
    }

    private GazetteerMatch? Longest(IReadOnlyList<Token> tokens, int first, int firstWord)
    {
        GazetteerMatch? best = null;
        var node = PhraseTrie.Root;
        for (var t = first; t < tokens.Count; t++)
        {
            var token = tokens[t];
            if (t > first && token.Start > tokens[t - 1].End)
            {
                node = trie.Step(node, ' ');
                if (node < 0)
                {
                    return best;
                }
            }

            var text = token.Text;
            for (var k = 0; k < text.Length; k++)
            {
                // "Russia's" or "U.S.-led" left as one token: a phrase may end before the possessive or modifier; a name
                // not before a lower-case compound's second half ("Ukrainian military-industrial facilities").
                if (k > 0 && PhraseText.EndsInside(text, k) && Accept(tokens, first, t, k, node, firstWord) is { } inside
                    && (inside.Kind == GazetteerKind.Title || text[k] != '-' || CapitalisedBefore(text, k)))
                {
                    return new GazetteerMatch(first, t + 1, inside) { PhraseEnd = token.Start + k };
                }

                node = trie.Step(node, PhraseText.Fold(text[k]));
                if (node < 0)
                {
                    return best;
                }
            }

            if (Accept(tokens, first, t, text.Length, node, firstWord) is { } entry)
            {
                best = new GazetteerMatch(first, t + 1, entry);
            }
        }

        return best;
    }

    private GazetteerEntry? Accept(IReadOnlyList<Token> tokens, int first, int last, int lastLength, int node, int firstWord)
    {
        var candidates = trie.Candidates(node);
        if (candidates is null)
        {
            return null;
        }

        // The surface as PhraseText.Normalize would give it, built in place: the trie walk has matched it already,
        // so it is as short as a phrase.
        var length = 0;
        for (var t = first; t <= last; t++)
        {
            length += 1 + (t == last ? lastLength : tokens[t].Text.Length);
        }

        Span<char> buffer = length <= MaxStackSurface ? stackalloc char[length] : new char[length];
        var written = 0;
        var space = false;
        for (var t = first; t <= last; t++)
        {
            if (t > first && tokens[t].Start > tokens[t - 1].End)
            {
                Put(buffer, ref written, ref space, ' ');
            }

            foreach (var c in tokens[t].Text.AsSpan(0, t == last ? lastLength : tokens[t].Text.Length))
            {
                Put(buffer, ref written, ref space, c);
            }
        }

        return Accept(candidates, buffer[..written], sentenceInitialWord: first == firstWord && last == first);
    }

    // One character of a surface: whitespace runs become one space (none leading), apostrophes "'".
    private static void Put(Span<char> buffer, ref int written, ref bool space, char c)
    {
        if (char.IsWhiteSpace(c))
        {
            space = written > 0;
            return;
        }

        if (space)
        {
            buffer[written++] = ' ';
            space = false;
        }

        buffer[written++] = PhraseText.IsApostrophe(c) ? '\'' : c;
    }

    private static GazetteerEntry? Accept(List<PhraseCandidate>? candidates, ReadOnlySpan<char> surface, bool sentenceInitialWord)
    {
        if (candidates is null)
        {
            return null;
        }

        foreach (var candidate in candidates)
        {
            if (CaseRule.Accepts(surface, candidate)
                && !(sentenceInitialWord && candidate.Entry.IsCommonWord))
            {
                return candidate.Entry;
            }
        }

        return null;
    }

    // The first token with a letter or digit: the sentence's first word, after any opening quote or bracket.
    private static int FirstWordToken(IReadOnlyList<Token> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            foreach (var c in tokens[i].Text)
            {
                if (char.IsLetterOrDigit(c))
                {
                    return i;
                }
            }
        }

        return -1;
    }
}
