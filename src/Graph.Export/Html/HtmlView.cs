using Graph.Core.Model;
using Graph.Export.Model;

namespace Graph.Export.Html;

/// <summary>
/// What the HTML page draws, worked out here rather than in the page's script: actors are nodes; an event is a
/// link from each agent (speaker, accuser, giver, imposer, threatener, actor, visitor) to each other participant
/// (or, for a visit, to the place visited), or between every two participants of a symmetric event (meeting,
/// call, negotiation, agreement); a role is a link from the person to the country or organisation. An actor is
/// drawn when it takes part in an event, is a visit's place, or holds or confers a role; events with a single
/// participant (most statements) are listed in their actor's panel.
/// </summary>
public sealed record HtmlView(
    string Title,
    IReadOnlyList<HtmlView.Actor> Actors,
    IReadOnlyList<HtmlView.Link> Links,
    IReadOnlyList<HtmlView.Happening> Events,
    IReadOnlyList<HtmlView.Origin> Articles,
    IReadOnlyList<HtmlView.Role> Roles)
{
    public sealed record Actor(string Id, string Type, string Name, IReadOnlyList<string> Aliases);

    /// <param name="Kind"><c>event</c> or <c>role</c>.</param>
    /// <param name="Ref">The event's id (for an event link) or the role's index in <see cref="Roles"/>.</param>
    /// <param name="Label">The event type, or the role's title.</param>
    public sealed record Link(string Id, string Source, string Target, string Kind, string Ref, string Label, bool Directed, string? Date, double Goldstein);

    public sealed record Participant(string Actor, string Role);

    public sealed record Report(string Article, string Evidence);

    public sealed record Happening(
        string Id, string Type, string? Date, string? Cameo, double Goldstein, string? Quote, string? Place, string? PlaceName,
        IReadOnlyList<Participant> Participants, IReadOnlyList<Report> Reports);

    public sealed record Origin(string Id, string Title, string? Url, string? Published, string? Source);

    public sealed record Role(string Person, string Holder, string Title, string? Article, string? Evidence);

    public static HtmlView From(ExportGraph graph, string title)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var entityLabels = GraphLabels.Entities.ToHashSet(StringComparer.Ordinal);
        var names = graph.Nodes.Where(n => entityLabels.Contains(n.Label)).ToDictionary(n => n.Key, n => n.Text("name") ?? n.Key, StringComparer.Ordinal);
        var outgoing = graph.Relationships.ToLookup(r => r.Start);
        var incoming = graph.Relationships.ToLookup(r => r.End);

        var events = new List<Happening>();
        foreach (var node in graph.Nodes.Where(n => n.Label == GraphLabels.Event))
        {
            var participants = incoming[node.Ref].Where(r => r.Type == GraphLabels.ParticipatedIn && entityLabels.Contains(r.Start.Label))
                .Select(r => new Participant(r.Start.Key, r.Text("role") ?? "")).ToList();
            var place = outgoing[node.Ref].Where(r => r.Type == GraphLabels.OccurredIn).Select(r => r.End.Key).FirstOrDefault();
            var reports = outgoing[node.Ref].Where(r => r.Type == GraphLabels.ReportedIn)
                .Select(r => new Report(r.End.Key, r.Text("evidence") ?? "")).ToList();
            events.Add(new Happening(node.Key, node.Text("type") ?? "Event", node.Text("date"), node.Text("cameo"),
                Number(node, "goldstein"), node.Text("quote"), place, place is null ? null : names.GetValueOrDefault(place, place), participants, reports));
        }

        var roles = graph.Relationships.Where(r => r.Type == RelationTypes.HoldsRole)
            .Select(r => new Role(r.Start.Key, r.End.Key, r.Text("title") ?? "", r.Text("article"), r.Text("evidence"))).ToList();

        var links = new List<Link>();
        foreach (var e in events)
        {
            foreach (var (source, target, directed) in Pairs(e))
                links.Add(new Link($"l{links.Count}", source, target, "event", e.Id, e.Type, directed, e.Date, e.Goldstein));
        }

        for (var i = 0; i < roles.Count; i++)
            links.Add(new Link($"l{links.Count}", roles[i].Person, roles[i].Holder, "role", i.ToString(System.Globalization.CultureInfo.InvariantCulture), roles[i].Title, true, null, 0));

        var drawn = events.SelectMany(e => e.Participants.Select(p => p.Actor))
            .Concat(links.SelectMany(l => new[] { l.Source, l.Target }))
            .ToHashSet(StringComparer.Ordinal);
        var actors = graph.Nodes.Where(n => entityLabels.Contains(n.Label) && drawn.Contains(n.Key))
            .Select(n => new Actor(n.Key, n.Label, n.Text("name") ?? n.Key,
                n.Properties.TryGetValue("aliases", out var a) && a is IReadOnlyList<string> aliases ? aliases : []))
            .ToList();
        var known = actors.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);

        var articles = graph.Nodes.Where(n => n.Label == GraphLabels.Article)
            .Select(n => new Origin(n.Key, n.Text("title") ?? n.Key, n.Text("url"), n.Text("published"), n.Text("source"))).ToList();
        return new HtmlView(title, actors, [.. links.Where(l => known.Contains(l.Source) && known.Contains(l.Target))], events, articles, roles);
    }

    /// <summary>The links an event draws: agent to each other participant, or every pair of a symmetric event.</summary>
    private static IEnumerable<(string Source, string Target, bool Directed)> Pairs(Happening e)
    {
        var kind = Enum.TryParse<EventType>(e.Type, out var type) && EventCatalog.Kinds.TryGetValue(type, out var k) ? k : null;
        var actors = e.Participants.Select(p => p.Actor).Distinct(StringComparer.Ordinal).ToList();
        if (kind is null || kind.Symmetric)
        {
            for (var i = 0; i < actors.Count; i++)
            {
                for (var j = i + 1; j < actors.Count; j++)
                    yield return (actors[i], actors[j], false);
            }

            yield break;
        }

        var agentRole = kind.Roles[0];
        var agents = e.Participants.Where(p => p.Role == agentRole).Select(p => p.Actor).Distinct(StringComparer.Ordinal).ToList();
        var others = e.Participants.Where(p => p.Role != agentRole).Select(p => p.Actor).Distinct(StringComparer.Ordinal).ToList();
        if (type == EventType.Visit && e.Place is not null)
            others.Add(e.Place);
        foreach (var agent in agents)
        {
            foreach (var other in others.Where(o => o != agent))
                yield return (agent, other, true);
        }
    }

    private static double Number(ExportNode node, string name) => node.Properties.TryGetValue(name, out var value) ? value switch
    {
        double d => d,
        long l => l,
        _ => 0,
    } : 0;
}
