namespace Graph.Extraction.Events;

/// <summary>What the auxiliaries, adverbs and governing words before a trigger say about it.</summary>
/// <param name="Start">Index of the first token of the verb group (auxiliaries, adverbs, dates before the trigger).</param>
/// <param name="Negated">"not", "never", "didn't"…: the event did not happen.</param>
/// <param name="Intent">"will", "would", "plans to", "threatened to"…: announced, not done.</param>
/// <param name="Speculative">"could", "may", "must"…: possible or required, not done.</param>
/// <param name="Passive">A form of "be" before a past participle: the subject undergoes the action.</param>
/// <param name="Governor">The verb governing an infinitive or "-ing" trigger ("threatened" in "threatened to shell"), or -1.</param>
/// <param name="Refused">The governor refuses the action ("refused to meet").</param>
internal readonly record struct VerbGroup(int Start, bool Negated, bool Intent, bool Speculative, bool Passive, int Governor, bool Refused)
{
    /// <summary>The trigger reports something that happened.</summary>
    public bool Factual => !Negated && !Intent && !Speculative && !Refused;
}
