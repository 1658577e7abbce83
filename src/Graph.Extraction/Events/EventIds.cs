using System.Globalization;
using Graph.Core.Articles;
using Graph.Core.Model;

namespace Graph.Extraction.Events;

/// <summary>Stable event ids: they depend only on the article, the type, the sentence offset and the participants.</summary>
internal static class EventIds
{
    public static string Of(string article, EventType type, int sentenceStart, IEnumerable<Participant> participants)
    {
        var parts = new List<string> { article, type.ToString(), sentenceStart.ToString(CultureInfo.InvariantCulture) };
        parts.AddRange(participants.Select(x => x.Role + "=" + x.Entity).Order(StringComparer.Ordinal));
        return "event:" + ContentHashing.ShortId([.. parts]);
    }

    /// <summary>The event with new participants and the id they give.</summary>
    public static GraphEvent WithParticipants(GraphEvent e, IReadOnlyList<Participant> participants) =>
        e with { Participants = participants, Id = Of(e.Article, e.Type, e.Start, participants) };
}
