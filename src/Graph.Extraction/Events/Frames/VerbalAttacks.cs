using Graph.Core.Model;
using Graph.Extraction.Mentions;
using Graph.Extraction.Syntax;

namespace Graph.Extraction.Events.Frames;

/// <summary>
/// Force verbs said of words: "attacked Brussels for its migration policy", "attacked the government over the price of
/// bread", "attacked each other in a televised debate", "France and Germany clashed over a plan to ban petrol cars". A
/// grievance the verb is "for" or "over", or a forum of speech it is "in" or "on", makes the attack or clash a quarrel,
/// not armed force; a sports result or fixture told with it ("Italy destroyed Malta 7-0", "met France in the final") is no
/// event of the graph at all.
/// </summary>
internal static class VerbalAttacks
{
    /// <summary>English verbs of attack that a grievance or a forum turns into words.</summary>
    private static readonly HashSet<string> Attacks = VerbForms.Set("attack", "assail");

    /// <summary>English verbs of two sides at odds, which "over" an issue quarrel.</summary>
    private static readonly HashSet<string> Quarrels = VerbForms.Set("clash", "spar/sparred/sparring", "feud");

    /// <summary>English nouns of what is spoken or written to an audience (a forum of words, not of arms).</summary>
    private static readonly HashSet<string> Forums = new(StringComparer.Ordinal)
    {
        "debate", "debates", "interview", "interviews", "speech", "speeches", "address", "statement", "post", "posts", "tweet",
        "tweets", "op-ed", "article", "editorial", "column", "letter", "broadcast", "podcast", "parliament", "press", "media",
        "television", "tv", "radio", "newspaper", "briefing", "video", "message",
    };

    /// <summary>English nouns of gatherings where sides speak, which fighters may also strike.</summary>
    private static readonly HashSet<string> Gatherings = new(StringComparer.Ordinal)
    {
        "rally", "rallies", "meeting", "summit", "session", "conference", "hearing", "forum",
    };

    /// <summary>English nouns of a span of time or a place, which "for" or "over" measure or cross ("for hours", "over the border").</summary>
    private static readonly HashSet<string> Spans = new(StringComparer.Ordinal)
    {
        "hour", "hours", "minute", "minutes", "time", "times", "period", "decade", "decades", "while", "border", "borders",
        "frontier", "territory", "area", "region", "city", "town", "village", "sea", "waters", "skies", "control", "temple", "corridor",
        "post", "river", "dam", "enclave", "valley", "pass", "field", "fields", "oilfield", "mine", "mines", "road", "highway", "shoal", "reef",
    };

    /// <summary>Whether the force verb <paramref name="verb"/> is one of words by its grievance, its forum or a sports result.</summary>
    public static bool Are(ParsedSentence s, SyntaxWord verb)
    {
        if (verb.Upos != "VERB")
            return false;
        var lower = s.Lower(verb);
        var attack = Attacks.Contains(lower);
        if (!attack && !Quarrels.Contains(lower))
            return false;
        // "clashed verbally"
        if (s.Children(verb, "advmod").Any(a => s.Lower(a) == "verbally"))
            return true;
        // Fighters, and what only arms strike, are fought over whatever the grievance ("troops clashed over a temple",
        // "rebels attacked a British ship over its links to Israel", "Iran attacked Israel over the killing of its general").
        var doer = Clause.Doer(s, verb);
        var armed = doer is not null && (Lexicon.Combatants.Contains(s.Lower(doer)) || Lexicon.TroopNouns.Contains(s.Lower(doer)));
        // A state that attacks another over a grievance most often strikes it; over an idea of the other's it speaks.
        var state = attack && doer is not null && s.MentionAt(doer) is not { Type: EntityType.Person } && !Speakers.Contains(s.Lower(doer));
        // "attacked the referee in a post-match interview", "attacked the opposition for its tax policy": the phrase hung on
        // the verb or on the one attacked.
        var phrases = s.Children(verb).Where(c => ParsedSentence.Is(c, "obl"))
            .Concat(s.Children(verb, "obj").SelectMany(o => s.Children(o, "nmod")));
        foreach (var c in phrases)
        {
            var @case = s.CaseOf(c);
            if (@case is "in" or "on" or "during" or "at" && (Forums.Contains(s.Lower(c)) || !armed && Gatherings.Contains(s.Lower(c))))
                return true;
            // "for" takes a reason only with an owner or an idea: "for its migration policy", "for his remarks" (not "civilians
            // … kidnapped for use as soldiers").
            if (!armed && IsIssue(s, c) && (!state || FrameRule.Intangibles.Contains(s.Lower(c)))
                && (@case == "over" || attack && @case == "for" && (s.Has(c, "nmod:poss") || FrameRule.Intangibles.Contains(s.Lower(c)) || Quoted(s, c))))
                return true;
        }
        // "attacked Colombia for harbouring terrorists", "for 'smearing' China": a gerund of the verb's own, or read as an
        // adjective of its object (not "for attacking", the verb's own mark, nor "rebels blamed for taking part", a clause of
        // the object's).
        return attack && !armed && !state && s.Parse.Words.Any(w => w.Index > verb.Index && s.Lower(w) == "for" && Gerund(s, w.Token + 1) is { } doing
            && (doing.Head == verb.Index || doing.Relation == "amod" && s.Head(doing) is { } noun && ParsedSentence.Is(noun, "obj") && noun.Head == verb.Index));
    }

    /// <summary>The gerund at <paramref name="token"/>, or after an opening quotation mark there.</summary>
    private static SyntaxWord? Gerund(ParsedSentence s, int token) =>
        s.WordOf(token) is not { } w ? null
        : w.Xpos == "VBG" ? w
        : w.Upos == "PUNCT" && s.WordOf(token + 1) is { Xpos: "VBG" } quoted ? quoted : null;

    /// <summary>A word in quotation marks ("for 'naivety'"): a charge in the speaker's words.</summary>
    private static bool Quoted(ParsedSentence s, SyntaxWord w) =>
        w.Index > 0 && s.Parse.Words[w.Index - 1] is { Upos: "PUNCT" } before && before.Form is "'" or "\"" or "“" or "‘";

    /// <summary>English nouns of those who speak for a side, whose attacks on another are as often in words.</summary>
    private static readonly HashSet<string> Speakers = new(StringComparer.Ordinal)
    {
        "leader", "leaders", "candidate", "candidates", "president", "minister", "premier", "chancellor", "senator", "lawmaker",
        "lawmakers", "opposition", "party", "spokesman", "spokeswoman", "spokesperson", "embassy", "ministry", "government",
    };

    /// <summary>A noun of an issue: no span of time or place, no named place or body, no number of anything.</summary>
    private static bool IsIssue(ParsedSentence s, SyntaxWord n) =>
        n.Upos == "NOUN" && !Spans.Contains(s.Lower(n)) && !FrameRule.Grounds.Contains(s.Lower(n)) && !WordLists.TimeUnits.Contains(s.Lower(n))
        && s.MentionAt(n) is null && !s.Has(n, "nummod")
        && !s.Children(n, "amod").Any(a => s.Lower(a) is "first" or "second" or "third" or "past" or "last" or "next");

    /// <summary>
    /// A sports result in the sentence ("destroyed Malta 7-0", "hosted Spain … and won 2-0"): two small counts joined by a
    /// hyphen, which no armed clash or diplomatic meeting is told with.
    /// </summary>
    public static bool ToldWithAScore(ParsedSentence s, EventDraft d) =>
        d.Type is EventType.MilitaryAction or EventType.Meeting or EventType.Visit && s.Words.Any(w => w.Upos == "NUM" && IsScore(s.Lower(w)) && !DaysOrASpan(s, w))
        // "Argentina met France in the World Cup final", "welcomed South Africa to Auckland for the rugby test": a fixture.
        || d.Type is EventType.MilitaryAction or EventType.Meeting or EventType.Visit or EventType.Statement
            && s.WordOf(d.Trigger) is { Upos: "VERB" } verb && (s.Children(verb).Any(c => (ParsedSentence.Is(c, "obl") && s.CaseOf(c) is "in" or "for" or "at" || c.Relation == "xcomp") && Fixtures.Contains(s.Lower(c)))
                || d.Type == EventType.Meeting && FixtureAfter(s, verb));

    /// <summary>
    /// A fixture's noun in a phrase of "in", "at" or "for" after a meeting's verb, with no other verb between, however the
    /// parser hung it ("met Real Madrid in the Champions League semi-final", read with "semi-final" a modifier of the side met).
    /// </summary>
    private static bool FixtureAfter(ParsedSentence s, SyntaxWord verb)
    {
        var preposition = -1;
        for (var i = verb.Index + 1; i < s.Words.Count; i++)
        {
            var w = s.Words[i];
            if (w.Upos is "VERB" or "AUX" || w.Form is "," or ";")
                preposition = -1;
            else if (s.Lower(w) is "in" or "at" or "for" && w.Upos == "ADP")
                preposition = i;
            // Not a test or a final that is no match ("a nuclear test", "a final round of talks").
            else if (preposition >= 0 && Fixtures.Contains(s.Lower(w)) && s.Lower(w) is not ("test" or "tie") && (w.Upos == "NOUN" || s.Lower(w) is not ("final" or "finals")))
                return true;
        }

        return false;
    }

    /// <summary>English nouns of a sports fixture.</summary>
    private static readonly HashSet<string> Fixtures = new(StringComparer.Ordinal)
    {
        "final", "finals", "semi-final", "semifinal", "quarter-final", "quarterfinal", "match", "fixture", "friendly", "derby",
        "qualifier", "tournament", "test", "tie",
    };

    /// <summary>"on March 1-2", "3-4 March", "for 2-3 hours": days of a month or a span counted, not a score.</summary>
    private static bool DaysOrASpan(ParsedSentence s, SyntaxWord w) =>
        w.Index > 0 && Words.Months.Contains(s.Lower(s.Words[w.Index - 1]))
        || w.Index + 1 < s.Words.Count && (Words.Months.Contains(s.Lower(s.Words[w.Index + 1])) || WordLists.TimeUnits.Contains(s.Lower(s.Words[w.Index + 1])) || s.Lower(s.Words[w.Index + 1]) is "hours" or "minutes" or "percent");

    private static bool IsScore(string word)
    {
        var dash = word.IndexOf('-');
        return dash is 1 or 2 && word.Length - dash - 1 is 1 or 2 && word.AsSpan(0, dash).IndexOfAnyExceptInRange('0', '9') < 0
            && word.AsSpan(dash + 1).IndexOfAnyExceptInRange('0', '9') < 0;
    }
}
