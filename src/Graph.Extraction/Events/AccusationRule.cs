using Graph.Core.Model;
using Graph.Extraction.Mentions;

namespace Graph.Extraction.Events;

/// <summary>
/// Accusations: "X accused Y (of …)", "X blamed Y (for …)", "X charged Y with …" (CAMEO 112), criticism with a
/// named target "X condemned Y" (111), official complaints "X lodged a protest with Y" (114), lawsuits
/// "X sued Y", "filed a case against Y" (115) and warrants "issued an arrest warrant for Y" (112); passive "Y was accused
/// by X" too. Both sides must be named.
/// </summary>
internal sealed class AccusationRule : IEventRule
{
    public IEnumerable<EventDraft> Find(SentenceContext s, ArticleState article)
    {
        for (var t = 0; t < s.Count; t++)
        {
            var cameo = CameoOf(s, t);
            if (cameo is null || !s.IsAsserted(t) || s.IsNounUse(t))
                continue;
            var group = s.VerbGroupOf(t);
            if (!group.Factual)
                continue;
            // "X stands accused of …" is a passive without "be": X is the accused.
            var passive = group.Passive || Stand.Contains(s.Word(t - 1));
            IReadOnlyList<ResolvedMention> accusers = passive ? s.AfterPreposition(t, ByPreposition, 30, HeadUse.Agent) : s.SubjectOf(t);
            IReadOnlyList<ResolvedMention> accused = passive ? s.PassiveSubjectOf(t) : Accused(s, t);
            if (accusers.Count == 0 || accused.Count == 0 || ParticipantList.Overlap(accusers, accused))
                continue;
            // A suit or a warrant is filed or issued by whoever the sentence names doing it, not by a pronoun or a description
            // read back ("they issued a warrant", "the court issued"), and names whom it is against ("a Moroccan" is no state).
            if (cameo is "115" or "112" && (Suit(s, t) >= 0 || Warrant(s, t) >= 0)
                && (s.Word(t).EndsWith("ing", StringComparison.Ordinal) || accusers.Any(m => m.Kind != MentionKind.Name && m.Kind != MentionKind.ShortName)
                    || accused.Any(m => m.Kind == MentionKind.Demonym)))
                continue;
            var participants = new ParticipantList()
                .Add(accusers, ParticipantRoles.Accuser)
                .Add(accused, ParticipantRoles.Accused);
            yield return new EventDraft(EventType.Accusation, cameo, participants.Items, null, t, 0.85);
        }
    }

    private static readonly HashSet<string> Stand = VerbForms.Set("stand/stood");

    private static readonly HashSet<string> ByPreposition = new(StringComparer.Ordinal) { "by" };
    private static readonly HashSet<string> Against = new(StringComparer.Ordinal) { "against" };
    private static readonly HashSet<string> Over = new(StringComparer.Ordinal) { "over" };

    private static readonly HashSet<string> LodgedWith = new(StringComparer.Ordinal) { "with", "to" };

    private static string? CameoOf(SentenceContext s, int t)
    {
        var w = s.Word(t);
        if (Lexicon.Accuse.Contains(w))
            return "112";
        // A condemnation alleges wrongdoing only when it names it ("condemned X for shelling …"); a bare one is a
        // Statement (annotation guidelines).
        if (Lexicon.Criticize.Contains(w))
            return CriticizedFor(s, t) ? "111" : null;
        if (Lexicon.Charge.Contains(w) && s.Word(s.PhraseAt(t + 1, HeadUse.Patient).End) == "with")
            return "112";
        if (Lexicon.Sue.Contains(w))
            return "115";
        if (Lexicon.Lodge.Contains(w) && s.Ahead(t, Lexicon.ComplaintNouns, 4) >= 0)
            return "114";
        // "filed a case against Israel at the ICJ", "brought a lawsuit against the ministry": a suit (CAMEO 115).
        if (Suit(s, t) is var suit and >= 0 && s.AfterPreposition(suit, Against, 6).Count > 0)
            return "115";
        // "issued an arrest warrant for X", "sought warrants against Y": a warrant alleges the crimes it is issued for.
        if (Warrant(s, t) >= 0)
            return "112";
        return null;
    }

    /// <summary>The suit a verb of filing or bringing files ("filed a case"), or -1.</summary>
    private static int Suit(SentenceContext s, int t) =>
        Lexicon.Lodge.Contains(s.Word(t)) || Lexicon.Brings.Contains(s.Word(t)) ? s.Ahead(t, Lexicon.Lawsuits, 4) : -1;

    /// <summary>The warrant a verb of issuing or seeking issues ("issued an arrest warrant"), or -1.</summary>
    private static int Warrant(SentenceContext s, int t) => WarrantIssues.Contains(s.Word(t)) ? s.Ahead(t, Warrants, 4) : -1;

    private static readonly HashSet<string> WarrantIssues = VerbForms.Set("issue", "seek/sought", "request");

    private static readonly HashSet<string> Warrants = new(StringComparer.Ordinal) { "warrant", "warrants" };

    private static readonly HashSet<string> ForOrAgainst = new(StringComparer.Ordinal) { "for", "against" };

    /// <summary>"condemned X for …": the criticism names the wrong it alleges.</summary>
    public static bool CriticizedFor(SentenceContext s, int t) =>
        s.PhraseAt(t + 1, HeadUse.Patient) is { Heads.Count: > 0 } criticized && s.Word(AfterADay(s, criticized.End)) == "for";

    /// <summary>The token after a day put between the object and its reason ("censured Iran on Wednesday for …"), else the one given.</summary>
    private static int AfterADay(SentenceContext s, int i) =>
        s.Word(i) is "on" && Words.Weekdays.Contains(s.Word(i + 1)) ? i + 2 : Words.Weekdays.Contains(s.Word(i)) ? i + 1 : i;

    /// <summary>
    /// The accused: the object, or for a complaint the one it is against, else the one it is lodged with ("lodged a
    /// protest with X"), unless that is a body that hears complaints ("lodged a complaint with the World Trade
    /// Organization": an organisation is the forum, not the accused), else one named in what it is over. What it is
    /// over may name the victims ("over the detention of Kenyan fishermen"), so it comes last.
    /// </summary>
    private static List<ResolvedMention> Accused(SentenceContext s, int t)
    {
        if (Warrant(s, t) is var warrant and >= 0)
            return s.AfterPreposition(warrant, ForOrAgainst, 8);
        if (Suit(s, t) is var suit and >= 0)
            return s.AfterPreposition(suit, Against, 6);
        if (!Lexicon.Lodge.Contains(s.Word(t)))
            return s.PhraseAt(t + 1, HeadUse.Patient).Heads;
        var complaint = s.Ahead(t, Lexicon.ComplaintNouns, 4);
        return s.AfterPreposition(complaint, Against, 6) is { Count: > 0 } against ? against
            : s.AfterPreposition(complaint, LodgedWith, 6).Where(m => m.Type != EntityType.Organization).ToList() is { Count: > 0 } lodgedWith ? lodgedWith
            : s.AfterPreposition(complaint, Over, 6);
    }
}
