using Graph.Core.Model;
using Graph.Extraction.Syntax;

namespace Graph.Extraction.Events.Frames;

/// <summary>Complaints that name who did wrong ("complained of harassment by Chilean police"): accusations (CAMEO 112).</summary>
internal sealed partial class FrameRule
{
    /// <summary>English verbs of complaining.</summary>
    private static readonly HashSet<string> Complains = VerbForms.Set("complain", "protest");

    /// <summary>
    /// "complained of harassment by Chilean police", "protested over Chile's detention of its sailors": the one who did
    /// what is complained of, by "by" or a possessive, is accused by the one complaining.
    /// </summary>
    private IEnumerable<EventDraft>? Complaint(ParsedSentence s, SyntaxWord v, string lower)
    {
        if (!Complains.Contains(lower) || s.Children(v).FirstOrDefault(c => ParsedSentence.Is(c, "obl") && s.CaseOf(c) is "of" or "about" or "over" or "against") is not { } wrong)
            return null;
        var wrongdoer = Clause.Oblique(s, wrong, "by") ?? s.Children(wrong, "nmod:poss").FirstOrDefault(p => s.MentionAt(p) is not null);
        if (wrongdoer is null && s.CaseOf(wrong) == "against")
            wrongdoer = wrong;
        var accusations = Directed(s, v, EventType.Accusation, "112", ParticipantRoles.Accuser, ParticipantRoles.Accused, Clause.Doer(s, v), wrongdoer).ToList();
        return accusations.Count > 0 ? accusations : null;
    }
}
