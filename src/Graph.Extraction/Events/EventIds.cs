using System.Globalization;
using Graph.Core.Articles;
using Graph.Core.Model;

namespace Graph.Extraction.Events;

/// <summary>Stable event ids: they depend only on the article, the type, the sentence offset and the participants (and the place, for two events of one sentence with the same sides).</summary>
internal static class EventIds
{
    /// <param name="place">Only for an event that shares its sentence and sides with another, told apart by where it happened.</param>
    public static string Of(string article, EventType type, int sentenceStart, IEnumerable<Participant> participants, string? place = null)
    {
        var parts = new List<string> { article, type.ToString(), sentenceStart.ToString(CultureInfo.InvariantCulture) };
        parts.AddRange(participants.Select(x => x.Role + "=" + x.Entity).Order(StringComparer.Ordinal));
        if (place is not null)
            parts.Add("@" + place);
        return "event:" + ContentHashing.ShortId([.. parts]);
    }

    /// <summary>The event with new participants and the id they give.</summary>
    public static GraphEvent WithParticipants(GraphEvent e, IReadOnlyList<Participant> participants) =>
        e with { Participants = participants, Id = Of(e.Article, e.Type, e.Start, participants) };
}
