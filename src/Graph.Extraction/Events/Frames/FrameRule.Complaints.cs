using Graph.Core.Model;
using Graph.Extraction.Syntax;

namespace Graph.Extraction.Events.Frames;

/// <summary>
/// Complaints that name who did wrong ("complained of harassment by Chilean police") and deeds called wrongs ("called
/// Chile's raid a violation of international law"): accusations (CAMEO 112); and protests lodged with a state's envoy
/// ("summoned the Chilean ambassador in protest"): statements to that state.
/// </summary>
internal sealed partial class FrameRule
{
    /// <summary>English verbs of complaining, and of confronting someone with a wrong ("confronted Putin over Moscow's meddling").</summary>
    private static readonly HashSet<string> Complains = VerbForms.Set("complain", "protest", "confront", "rebuke", "reprimand", "upbraid");

    /// <summary>
    /// "complained of harassment by Chilean police", "protested over Chile's detention of its sailors", "confronted X over
    /// Chile's meddling": the one who did what is complained of, by "by" or a possessive, is accused by the one
    /// complaining.
    /// </summary>
    private IEnumerable<EventDraft>? Complaint(ParsedSentence s, SyntaxWord v, string lower)
    {
        if (!Complains.Contains(lower) || s.Children(v).FirstOrDefault(c => ParsedSentence.Is(c, "obl") && s.CaseOf(c) is "of" or "about" or "over" or "against") is not { } wrong)
            return null;
        var wrongdoer = Clause.Oblique(s, wrong, "by") ?? s.Children(wrong, "nmod:poss").FirstOrDefault(p => s.MentionAt(p) is not null);
        if (wrongdoer is null && s.CaseOf(wrong) == "against")
            wrongdoer = wrong;
        // "rebuked Peru over its treatment of fishermen": the one rebuked owns the wrong "its" names.
        if (wrongdoer is null && s.Children(wrong, "nmod:poss").Any(p => p.Xpos == "PRP$" && s.Lower(p) is "its" or "their"))
            wrongdoer = s.Children(v, "obj").FirstOrDefault();
        var accusations = Directed(s, v, EventType.Accusation, "112", ParticipantRoles.Accuser, ParticipantRoles.Accused, Clause.Doer(s, v), wrongdoer).ToList();
        return accusations.Count > 0 ? accusations : null;
    }

    /// <summary>English verbs of calling a deed something ("called the raid a violation", "described it as an act of aggression").</summary>
    private static readonly HashSet<string> Brands = VerbForms.Set("call", "describe", "brand", "label", "term", "denounce", "condemn", "decry");

    /// <summary>English nouns of a wrong a deed is called: a breach of law or of a border, an aggression.</summary>
    private static readonly HashSet<string> Wrongs = new(StringComparer.Ordinal)
    {
        "violation", "violations", "breach", "breaches", "infringement", "provocation", "provocations", "aggression", "crime", "crimes",
        "interference",
    };

    /// <summary>What an "act of …" is a wrong as: "an act of aggression", "an act of war".</summary>
    private static readonly HashSet<string> WrongActs = new(StringComparer.Ordinal) { "aggression", "war", "terrorism", "piracy", "sabotage" };

    /// <summary>A noun that calls a deed a wrong: "a flagrant violation of international law", "an act of aggression".</summary>
    private static bool IsWrong(ParsedSentence s, SyntaxWord noun) =>
        noun.Upos == "NOUN" && (Wrongs.Contains(s.Lower(noun)) || s.Lower(noun) is "act" or "acts" && Clause.Oblique(s, noun, "of") is { } of && WrongActs.Contains(s.Lower(of)));

    /// <summary>Who did the deed a noun names: "the raid by Y", "Y's raid", "the Ugandan incursion", "the raid carried out by Y".</summary>
    private static SyntaxWord? DeedDoer(ParsedSentence s, SyntaxWord deed) =>
        Clause.Oblique(s, deed, "by") ?? s.Children(deed, "nmod:poss").FirstOrDefault(p => s.MentionAt(p) is not null) ?? StateModifier(s, deed)
        ?? s.Children(deed, "acl").Where(c => ReducedParticiple(s, c)).Select(c => Clause.Oblique(s, c, "by")).FirstOrDefault(d => d is not null);

    /// <summary>
    /// "Mexico called Ecuador's raid a flagrant violation of international law", "Kenya described the Ugandan incursion as
    /// an act of aggression": a deed called a wrong is wrongdoing alleged of its doer (annotation guidelines: Accusation).
    /// </summary>
    private IEnumerable<EventDraft>? Branded(ParsedSentence s, SyntaxWord v, string lower)
    {
        if (!Brands.Contains(lower) || s.Children(v, "obj").FirstOrDefault() is not { } deed
            // The wrong as the verb's predicate, its "as" phrase, or a second object ("called the raid a violation" read so).
            || !s.Children(v).Concat(s.Children(deed)).Any(c => (c.Relation == "xcomp" || c.Relation == "obj" && c.Index > deed.Index
                || ParsedSentence.Is(c, "obl") && s.CaseOf(c) == "as") && IsWrong(s, c))
            || DeedDoer(s, deed) is not { } doer)
            return null;
        var accusations = Directed(s, v, EventType.Accusation, "112", ParticipantRoles.Accuser, ParticipantRoles.Accused, Clause.Doer(s, v), doer).ToList();
        return accusations.Count > 0 ? accusations : null;
    }

    private static readonly HashSet<string> Summons = VerbForms.Set("summon");

    /// <summary>English verbs of lodging a protest ("to protest", "to lodge a complaint", "to convey its displeasure").</summary>
    private static readonly HashSet<string> Lodges = VerbForms.Set("protest", "complain", "lodge", "convey", "express");

    /// <summary>
    /// "summoned the Chilean ambassador to protest the arrests", "summoned Peru's envoy in protest", "… over the remarks"
    /// (wherever the parser hangs the grounds in the clause), "Peru's envoy was summoned to the Foreign Office over …":
    /// a protest made to the envoy's state (CAMEO 111), a statement of the one who summoned addressed to that state.
    /// </summary>
    private List<EventDraft>? Summoned(ParsedSentence s, SyntaxWord v, string lower)
    {
        if (!Summons.Contains(lower) || s.Children(v).FirstOrDefault(o => (o.Relation is "obj" or "nsubj:pass" || ParsedSentence.Is(o, "obl") && s.CaseOf(o) == "")
                && Envoys.Contains(s.Lower(o))) is not { } envoy
            || !s.Parse.Subtree(v).Any(c => c != v && ProtestGrounds(s, c))
            || (Clause.Doer(s, v) ?? (s.Has(v, "nsubj:pass") ? Clause.Oblique(s, v, "to") : null)) is not { } doer)
            return null;
        var speakers = Voices(Sides.Of(s, doer));
        var addressed = Voices(Sides.Of(s, envoy));
        if (speakers.Count == 0 || addressed.Count == 0 || ParticipantList.Overlap(speakers, addressed))
            return null;
        return [new EventDraft(EventType.Statement, "111", new ParticipantList().Add(speakers, ParticipantRoles.Speaker).Add(addressed, ParticipantRoles.Addressee).Items, null, v.Token, 0.7)];
    }

    /// <summary>What a summons is for: "over" something (not "over the weekend"), "in protest", "to complain", or a protest lodged beside it ("and lodged a protest").</summary>
    private static bool ProtestGrounds(ParsedSentence s, SyntaxWord c) =>
        (ParsedSentence.Is(c, "obl") || ParsedSentence.Is(c, "nmod")) && (s.CaseOf(c) == "over" && !IsTime(s, c) || s.CaseOf(c) == "in" && Lexicon.ComplaintNouns.Contains(s.Lower(c)))
        || c.Relation is "advcl" or "xcomp" or "acl" && Lodges.Contains(s.Lower(c))
        || c.Relation == "conj" && Lodges.Contains(s.Lower(c)) && s.Children(c, "obj").Any(o => Lexicon.ComplaintNouns.Contains(s.Lower(o)));
}
