using Graph.Core.Model;
using Graph.Export.Model;

namespace Graph.Export.Tests.Support;

/// <summary>
/// A graph document whose every id (articles, entities, events) ends with one token, so that data written to the
/// shared server never meets another test's, and can be found and deleted by that token.
/// </summary>
internal sealed class Scoped
{
    public Scoped(string? token = null) => Token = token ?? Guid.NewGuid().ToString("N")[..12];

    public string Token { get; }

    public string Key(string id) => $"{id}~{Token}";

    /// <summary>The id without this scope's token.</summary>
    public string Unscoped(string key) => key.EndsWith("~" + Token, StringComparison.Ordinal) ? key[..^(Token.Length + 1)] : key;

    public GraphDocument Apply(GraphDocument document) => new()
    {
        Articles = [.. document.Articles.Select(a => a with { Id = Key(a.Id) })],
        Entities = [.. document.Entities.Select(e => e with { Id = Key(e.Id) })],
        Mentions = [.. document.Mentions.Select(m => m with { Entity = Key(m.Entity), Article = Key(m.Article) })],
        Events = [.. document.Events.Select(e => e with
        {
            Id = Key(e.Id),
            Article = Key(e.Article),
            Location = e.Location is null ? null : Key(e.Location),
            Participants = [.. e.Participants.Select(p => p with { Entity = Key(p.Entity) })],
        })],
        Relations = [.. document.Relations.Select(r => r with { Source = Key(r.Source), Target = Key(r.Target), Article = Key(r.Article) })],
        Merges = document.Merges?.Select(m => m with { Alias = Key(m.Alias), Entity = Key(m.Entity), Article = Key(m.Article) }).ToList(),
    };

    /// <summary>The graph with <paramref name="from"/>'s token replaced by this scope's, in keys and in every text value.</summary>
    public ExportGraph Rescope(ExportGraph graph, Scoped from)
    {
        string Text(string text) => text.Replace("~" + from.Token, "~" + Token, StringComparison.Ordinal);
        object Value(object value) => value switch
        {
            string s => Text(s),
            IReadOnlyList<string> list => list.Select(Text).ToArray(),
            _ => value,
        };
        IReadOnlyDictionary<string, object> Map(IReadOnlyDictionary<string, object> properties) =>
            new SortedDictionary<string, object>(properties.ToDictionary(p => p.Key, p => Value(p.Value)), StringComparer.Ordinal);
        NodeRef Ref(NodeRef node) => node with { Key = Text(node.Key) };
        return new ExportGraph(
            graph.Nodes.Select(n => n with { Key = Text(n.Key), Properties = Map(n.Properties) }),
            graph.Relationships.Select(r => r with { Start = Ref(r.Start), End = Ref(r.End), Properties = Map(r.Properties) }));
    }
}
