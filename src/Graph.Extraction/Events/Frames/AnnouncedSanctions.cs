using Graph.Core.Model;
using Graph.Extraction.Syntax;

namespace Graph.Extraction.Events.Frames;

/// <summary>
/// "A sanction announced but not yet imposed ('will impose') is a Threat" (annotation guidelines, CAMEO 1312): a
/// sanction its imposer will, would, could or plans to impose threatens its target. One the imposer is only asked
/// to impose ("urged X to impose", "X should impose") or refuses to impose threatens no one and is left to the modality
/// filter.
/// </summary>
internal static class AnnouncedSanctions
{
    public static EventDraft Read(ParsedSentence s, EventDraft d)
    {
        if (d.Type != EventType.Sanction || s.WordOf(d.Trigger) is not { } trigger || Modality.Of(s, trigger) != Reality.Irrealis)
            return d;
        // "will impose sanctions", "plans to impose sanctions on": the verb that holds a sanction noun.
        var verb = trigger.Upos == "NOUN" && s.Head(trigger) is { Upos: "VERB" } holder ? holder : trigger;
        // "will respond by expelling its diplomats": the means of an announced response.
        if (ParsedSentence.Is(verb, "advcl") && verb.Xpos == "VBG" && s.MarkOf(verb) == "by" && s.Head(verb) is { Upos: "VERB" } response)
            verb = response;
        if (!Announced(s, verb))
            return d;
        var participants = d.Participants.Select(p => p.Role == ParticipantRoles.Imposer ? p with { Role = ParticipantRoles.Threatener } : p).ToList();
        return d with { Type = EventType.Threat, Cameo = "1312", Participants = participants };
    }

    /// <summary>
    /// The imposer's own modal ("will impose"), or a verb of intent it governs ("plans to impose", "threatened to
    /// impose"), outside what a warning says.
    /// </summary>
    private static bool Announced(ParsedSentence s, SyntaxWord verb)
    {
        // "Asked whether Tokyo would impose sanctions, …": a question put, not an announcement.
        if (s.MarkOf(verb) is "whether" or "if")
            return false;
        for (var (w, depth) = (s.Head(verb), 0); w is not null && depth < 3; (w, depth) = (s.Head(w), depth + 1))
        {
            // "warned X that Kenya could impose sanctions" is the one threat the warning frame reads.
            if (Lexicon.Warn.Contains(s.Lower(w)))
                return false;
        }

        // Not what one should or must do ("Mexico should recall its ambassador"): an obligation urged is no announcement.
        return s.Children(verb, "aux").Any(a => Modality.Modals.Contains(s.Lower(a)) && !Obligations.Contains(s.Lower(a)))
            || ParsedSentence.Is(verb, "xcomp") && s.Head(verb) is { } governor && Words.IntentGovernors.Contains(s.Lower(governor)) && !ExpectedByOthers(s, governor)
            // "US to impose sanctions on Venezuelan officials": a headline's infinitive with its subject is what the subject will do.
            || verb.Head < 0 && s.Children(verb, "mark").Any(m => s.Lower(m) == "to") && s.Has(verb, "nsubj");
    }

    /// <summary>English modals of obligation.</summary>
    private static readonly HashSet<string> Obligations = new(StringComparer.Ordinal) { "should", "must", "ought" };

    /// <summary>
    /// "The EU is expected to impose …", "is likely to impose": what others expect of the imposer, which the imposer has not
    /// announced ("the EU expects to impose" is its own word).
    /// </summary>
    private static bool ExpectedByOthers(ParsedSentence s, SyntaxWord governor) =>
        s.Lower(governor) is "expected" or "likely" && s.Children(governor).Any(c => c.Relation is "aux:pass" or "cop");
}
