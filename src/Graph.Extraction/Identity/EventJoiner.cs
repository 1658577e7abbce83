using Graph.Core.Identity;
using Graph.Core.Model;

namespace Graph.Extraction.Identity;

/// <summary>
/// Event identity over a batch: reports are taken in <see cref="EventIdentity.InOrder"/> (earliest anchor day
/// first, then article id), each joins the nearest event it fits (<see cref="EventIdentity.Choose"/>) or starts
/// one, named by the id of its first report. A joined report keeps its own evidence, offsets, date, type and
/// confidence: only its id becomes the event's, so the document holds one record per report.
/// </summary>
internal static class EventJoiner
{
    public static GraphDocument Join(GraphDocument document)
    {
        var articles = document.Articles.GroupBy(a => a.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var roles = document.Relations.Where(r => r.Type == RelationTypes.HoldsRole)
            .GroupBy(r => r.Source, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlySet<string>)g.Select(r => r.Target).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        IReadOnlySet<string> RolesOf(string entity) => roles.TryGetValue(entity, out var set) ? set : new HashSet<string>();

        var reports = document.Events.Select(e =>
        {
            var article = articles.GetValueOrDefault(e.Article);
            return new EventReport(e, EventReport.ParseDate(article?.Published), SourceConfidence.OutletOf(article?.Url));
        });
        var byEntity = new Dictionary<string, List<EventCandidate>>(StringComparer.Ordinal);
        var ids = new Dictionary<GraphEvent, string>(ReferenceEqualityComparer.Instance);
        foreach (var report in EventIdentity.InOrder(reports))
        {
            if (!EventIdentity.IsMergeable(report))
                continue;
            var near = report.Event.Participants.SelectMany(p => byEntity.GetValueOrDefault(p.Entity) ?? []).Distinct();
            var joined = EventIdentity.Choose(report, near, new HashSet<string>(StringComparer.Ordinal), RolesOf);
            if (joined is null)
            {
                joined = EventCandidate.Of(report, report.Event.Id);
            }
            else
            {
                joined.Add(report);
                ids[report.Event] = joined.Key;
            }

            foreach (var p in report.Event.Participants)
            {
                if (!byEntity.TryGetValue(p.Entity, out var list))
                    byEntity[p.Entity] = list = [];
                if (!list.Contains(joined))
                    list.Add(joined);
            }
        }

        if (ids.Count == 0)
            return document;
        return new GraphDocument
        {
            Articles = document.Articles,
            Entities = document.Entities,
            Mentions = document.Mentions,
            Events = [.. document.Events.Select(e => ids.TryGetValue(e, out var id) ? e with { Id = id } : e)],
            Relations = document.Relations,
            Merges = document.Merges,
        };
    }
}
