using Graph.Core.Model;

namespace Graph.Extraction.Events;

/// <summary>An event a rule found in one sentence, before dates, ids and merging.</summary>
/// <param name="Type">Event type.</param>
/// <param name="Cameo">CAMEO code the trigger says.</param>
/// <param name="Participants">Participants with their roles, in reading order.</param>
/// <param name="Location">Entity id of the place, or null.</param>
/// <param name="Trigger">Token index of the trigger in its sentence (the date nearest to it dates the event).</param>
/// <param name="Confidence">Rule confidence, 0..1.</param>
/// <param name="Quote">Quoted words of a statement, or null.</param>
/// <param name="DateFromSentence">When the event continues an earlier sentence's: that sentence, whose date it takes if its own has none.</param>
/// <param name="DateSpan">Tokens [From, To) where the event's own date stands, when it is one of a list whose members each have a date ("visited Laos on Monday and Cambodia on Tuesday").</param>
internal sealed record EventDraft(
    EventType Type,
    string Cameo,
    IReadOnlyList<Participant> Participants,
    string? Location,
    int Trigger,
    double Confidence,
    string? Quote = null,
    int? DateFromSentence = null,
    (int From, int To)? DateSpan = null);
