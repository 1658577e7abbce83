using Graph.Extraction.Gazetteers;
using Graph.Extraction.Mentions;
using Graph.Extraction.Text;

namespace Graph.Extraction.Ner;

/// <summary>
/// Joins the tagger's names to the rule candidates of one sentence. Rules win where they are sure: a gazetteer
/// phrase or a typed candidate is never changed. The tagger types a name the rules left
/// <see cref="CandidateKind.Unknown"/>, and adds a name the rules missed when it is sure of it (its margin) and
/// the name looks like one: capitalised first and last words, not inside a title ("Secretary of State"), no
/// leading honorific, at least one word that is not ordinary English ("Armed Conflict" is not a name), not an
/// operation or exercise; and it gives back the first word of a sentence the rules cut from a body's name ("Federal
/// Emergency Management Agency"). A one-word name needs a stronger margin, unless it is a person who speaks ("Putin said"),
/// meets, calls, hosts or travels ("Lula visited Angola").
/// Nationalities and other names (events, works)
/// are left out: the gazetteer's demonyms cover the first.
/// </summary>
internal sealed class NameCombiner(INameTagger tagger)
{
    /// <summary>
    /// The margin a tagged name of two or more words needs, to type an unknown candidate or to be added. Tuned on
    /// re3d dev (docs/quality.md): anything from 2 to 10 gives the same scores; 5 leaves room both ways.
    /// </summary>
    public const float Margin = 5f;

    /// <summary>
    /// The margin a one-word name needs: one capitalised word is as often a ship, a nickname or a surname that
    /// resolution would rather join to its person ("Putin" tagged as an organisation). Below 30 re3d and the
    /// seed article lose more than they gain.
    /// </summary>
    public const float SingleWordMargin = 30f;

    /// <summary>
    /// The margin a one-word name tagged as a person needs where it speaks, meets or is met (<see cref="Needed"/>): the
    /// tagger's margins on surnames alone run from 2 to 12 ("Putin met Trump": 3.2 and 11.7). 5 (the margin of longer
    /// names) and 2 score the same on news-dev, the seed and re3d dev; 2 finds more of the surnames news names alone.
    /// </summary>
    public const float CuedPersonMargin = 2f;

    /// <summary>First words of the names of operations, exercises and meetings: events, not organisations or places.</summary>
    private static readonly HashSet<string> EventStarts = new(["Operation", "Exercise", "Op."], StringComparer.Ordinal);

    /// <param name="sentence">The sentence.</param>
    /// <param name="matches">The gazetteer's matches over its tokens.</param>
    /// <param name="found">All candidates so far; the sentence's own are those from <paramref name="from"/> on, ordered by offset.</param>
    /// <param name="from">Index of the sentence's first candidate in <paramref name="found"/>.</param>
    public void Combine(Sentence sentence, IReadOnlyList<GazetteerMatch> matches, List<MentionCandidate> found, int from)
    {
        var tokens = sentence.Tokens;
        if (tokens.Count == 0)
            return;
        var added = false;
        foreach (var name in tagger.Tag(tokens, matches))
        {
            if (Kind(name.Type) is not { } kind || InsideTitle(name, matches) || EventStarts.Contains(tokens[name.FirstToken].Text)
                || SentenceShape.IsTimeZone(tokens, name.FirstToken, name.EndToken))
                continue;
            if (BodyOpeningTheSentence(tokens, name, found, from) is { } body)
            {
                found[body] = Candidate(sentence, name.FirstToken, found[body].EndToken, CandidateKind.Organization);
                continue;
            }

            var overlapping = -1;
            var count = 0;
            for (var k = from; k < found.Count; k++)
            {
                var c = found[k];
                if (c.Kind != CandidateKind.Pronoun && c.FirstToken < name.EndToken && name.FirstToken < c.EndToken)
                {
                    overlapping = k;
                    count++;
                }
            }

            if (count == 1 && found[overlapping].Kind == CandidateKind.Unknown && Covers(name, found[overlapping])
                && HasUncommonWord(tokens, found[overlapping].FirstToken, found[overlapping].EndToken)
                && name.Margin >= Needed(tokens, found[overlapping].FirstToken, found[overlapping].EndToken, name.Type))
            {
                found[overlapping] = found[overlapping] with { Kind = kind };
            }
            else if (count == 0 && Trim(tokens, name) is { } span && name.Margin >= Needed(tokens, span.First, span.End, name.Type))
            {
                found.Add(Candidate(sentence, span.First, span.End, kind));
                added = true;
            }
        }

        if (added)
            found.Sort(from, found.Count - from, Comparer<MentionCandidate>.Create(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End)));
    }

    /// <summary>
    /// "Federal Emergency Management Agency chief X said": the rules drop a sentence's first word when it is ordinary
    /// English ("Officials", "Meanwhile"), and so cut a body's name that opens the sentence; the tagger, sure of an
    /// organisation (or a longer phrase) that starts one word earlier, gives the word back. The index of the body cut, or null.
    /// </summary>
    private static int? BodyOpeningTheSentence(IReadOnlyList<Token> tokens, TaggedName name, List<MentionCandidate> found, int from)
    {
        if (name.Type != NameType.Organization || name.Margin < Margin || !SentenceShape.IsSentenceStart(tokens, name.FirstToken)
            || !char.IsUpper(tokens[name.FirstToken].Text[0]))
            return null;
        for (var k = from; k < found.Count; k++)
        {
            if (found[k].FirstToken <= name.FirstToken && found[k].EndToken > name.FirstToken)
                return null;
            if (found[k] is { Kind: CandidateKind.Organization } body && body.FirstToken == name.FirstToken + 1 && body.EndToken <= name.EndToken)
                return k;
        }

        return null;
    }

    /// <summary>
    /// The margin a one-word person needs where it speaks ("Putin said", "…, Merkel told"), meets, calls or travels
    /// ("Lula visited"), is met, called or hosted ("hosted Zelensky"), or is one of two one-word names that do so
    /// together ("Putin and Trump met"): a name doing what persons do in news is a person more often than anything
    /// else, so the ordinary margin will do.
    /// </summary>
    private static float Needed(IReadOnlyList<Token> tokens, int first, int end, NameType type) =>
        end - first > 1 ? Margin
        : type != NameType.Person || first > 0 && tokens[first - 1].Text.Any(char.IsDigit) ? SingleWordMargin
        : Acts(tokens, end) || Encountered(tokens, first) || ActsWithAnother(tokens, first, end) ? CuedPersonMargin : SingleWordMargin;

    private static bool Acts(IReadOnlyList<Token> tokens, int end) => Does(tokens, end, WordLists.SpeechVerbs) || Does(tokens, end, WordLists.EncounterVerbs);

    /// <summary>
    /// "met Trump", "hosted Zelensky", "spoke by phone with Putin", "talks with Modi": the name is the object right after a
    /// verb of meeting, calling or hosting, or follows "with" after such a verb or the talks or call held.
    /// </summary>
    private static bool Encountered(IReadOnlyList<Token> tokens, int first) =>
        first > 0 && WordLists.EncounterVerbs.Contains(tokens[first - 1].Text)
        || first > 1 && tokens[first - 1].Text == "with" && (WordLists.EncounterVerbs.Contains(tokens[first - 2].Text) || Held.Contains(tokens[first - 2].Text));

    /// <summary>English words before "with" that name talks or a call held with someone.</summary>
    private static readonly HashSet<string> Held = new(StringComparer.Ordinal) { "phone", "telephone", "talks", "meeting", "call", "talked" };

    /// <summary>"Putin and Trump met": the name and another capitalised word, joined by "and", are the subject of such a verb.</summary>
    private static bool ActsWithAnother(IReadOnlyList<Token> tokens, int first, int end) =>
        end + 2 < tokens.Count && tokens[end].Text == "and" && IsCapitalised(tokens[end + 1].Text) && Acts(tokens, end + 2)
        || first >= 2 && tokens[first - 1].Text == "and" && IsCapitalised(tokens[first - 2].Text) && Acts(tokens, end);

    private static bool IsCapitalised(string word) => word.Length > 1 && char.IsUpper(word[0]) && char.IsLower(word[^1]);

    /// <summary>The name is the subject of one of <paramref name="verbs"/>: "Putin said", "Lula also visited".</summary>
    private static bool Does(IReadOnlyList<Token> tokens, int end, HashSet<string> verbs)
    {
        var k = end;
        while (k < tokens.Count && k < end + 2 && WordLists.SpeechAdverbs.Contains(tokens[k].Text))
            k++;
        return k < tokens.Count && verbs.Contains(tokens[k].Text);
    }

    private static CandidateKind? Kind(NameType type) => type switch
    {
        NameType.Person => CandidateKind.Person,
        NameType.Organization => CandidateKind.Organization,
        NameType.Location => CandidateKind.Location,
        _ => null,
    };

    private static bool InsideTitle(TaggedName name, IReadOnlyList<GazetteerMatch> matches)
    {
        foreach (var m in matches)
        {
            if (m.Entry.Kind == GazetteerKind.Title && m.FirstToken < name.EndToken && name.FirstToken < m.EndToken
                && (name.FirstToken > m.FirstToken || name.EndToken <= m.EndToken))
                return true;
        }

        return false;
    }

    /// <summary>The tagged name and the candidate share at least half of the candidate's tokens.</summary>
    private static bool Covers(TaggedName name, MentionCandidate c)
    {
        var shared = Math.Min(name.EndToken, c.EndToken) - Math.Max(name.FirstToken, c.FirstToken);
        return 2 * shared >= c.EndToken - c.FirstToken;
    }

    /// <summary>The name without leading honorifics; null when what is left does not look like a name.</summary>
    private static (int First, int End)? Trim(IReadOnlyList<Token> tokens, TaggedName name)
    {
        var first = name.FirstToken;
        var end = name.EndToken;
        while (first < end && (WordLists.Honorifics.Contains(tokens[first].Text) || WordLists.NeverNames.Contains(tokens[first].Text) && !SentenceShape.IsSurnameHe(tokens, first)))
            first++;
        while (end > first && WordLists.NeverNames.Contains(tokens[end - 1].Text))
            end--;
        if (first >= end)
            return null;
        var head = tokens[first].Text;
        var last = tokens[end - 1].Text;
        if (!char.IsUpper(head[0]) || !char.IsUpper(last[0]) || !char.IsLetterOrDigit(last[^1]) && last[^1] != '.')
            return null;
        if (end - first == 1 && WordLists.Calendar.Contains(head))
            return null;
        // "the tanker Advantage Sweet", "the tanker Aegean Pearl": a ship's name is no actor's, nor any part of it.
        var opening = first;
        while (opening > 0 && tokens[opening - 1].Text is { Length: > 0 } before && char.IsUpper(before[0]))
            opening--;
        if (opening > 0 && WordLists.VesselNouns.Contains(tokens[opening - 1].Text))
            return null;
        // "USS Gerald R. Ford", "HMS Richmond": a ship's prefix opens a ship's name, which is neither the prefix's body nor a person.
        if (WordLists.ShipPrefixes.Contains(tokens[opening].Text) && (opening < first || first + 1 < tokens.Count && tokens[first + 1].Text is { Length: > 0 } next && char.IsUpper(next[0])))
            return null;
        // "NATO-led", "Tehran-based": a hyphenated modifier ends no name.
        if (last.LastIndexOf('-') is > 0 and var hyphen && last.Length - hyphen > 3 && last[(hyphen + 1)..].All(char.IsLower))
            return null;
        return HasUncommonWord(tokens, first, end) ? (first, end) : null;
    }

    /// <summary>Names have a word that is not ordinary English: "Armed Conflict" and "the West" are not names here.</summary>
    private static bool HasUncommonWord(IReadOnlyList<Token> tokens, int first, int end)
    {
        for (var k = first; k < end; k++)
        {
            var t = tokens[k].Text;
            if (!WordLists.IsCommonWord(t) && !WordLists.NeverNames.Contains(t) && !SentenceShape.IsParticle(t) && !IsInitials(t) && t.Any(char.IsLetter))
                return true;
        }

        return false;
    }

    /// <summary>"J.", "J.D.": initials name nobody on their own.</summary>
    private static bool IsInitials(string t)
    {
        if (t.Length < 2 || t.Length % 2 != 0)
            return false;
        for (var k = 0; k < t.Length; k += 2)
        {
            if (!char.IsUpper(t[k]) || t[k + 1] != '.')
                return false;
        }

        return true;
    }

    private static MentionCandidate Candidate(Sentence sentence, int first, int end, CandidateKind kind)
    {
        var start = sentence.Tokens[first].Start;
        var stop = sentence.Tokens[end - 1].End;
        return new MentionCandidate(sentence.Index, first, end, start, stop, sentence.Text.Substring(start - sentence.Start, stop - start), kind);
    }
}
