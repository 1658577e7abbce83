using Graph.Core.Articles;
using Graph.Core.Model;
using Graph.Extraction.Events;
using Graph.Extraction.Gazetteers;
using Graph.Extraction.Ner;
using Graph.Extraction.Syntax;

namespace Graph.Extraction.Tests.Frames;

/// <summary>The whole extraction with the embedded tagger and parser, over sentences written for these tests (a budget no loaded test machine reaches).</summary>
internal static class Parsed
{
    public static readonly GraphExtractor Extractor = new(Gazetteer.Default, new EventExtractor(), new NameTagger(), new SyntaxAnalyzer(SyntaxModel.Default, new SyntaxOptions { ArticleBudget = TimeSpan.FromMinutes(1) }));

    public static GraphDocument Extract(string body) =>
        Extractor.Extract(new Article("frames", "", new DateOnly(2025, 3, 12), null, "frames.txt", body), CancellationToken.None);

    public static IReadOnlyList<GraphEvent> Events(string body) => Extract(body).Events;

    /// <summary>The document's entities as (type, name), in order.</summary>
    public static List<(EntityType Type, string Name)> Entities(string body) =>
        [.. Extract(body).Entities.Select(e => (e.Type, e.Name)).Order()];

    /// <summary>Each event of the type as "role=name" sides in order, names from the document's entities.</summary>
    public static List<string> Sides(string body, EventType type)
    {
        var document = Extract(body);
        var names = document.Entities.ToDictionary(e => e.Id, e => e.Name, StringComparer.Ordinal);
        return [.. document.Events.Where(e => e.Type == type)
            .Select(e => string.Join(" ", e.Participants.Select(p => p.Role + "=" + names[p.Entity]).Order(StringComparer.Ordinal)))
            .Order(StringComparer.Ordinal)];
    }

    public static List<string> Roles(string body)
    {
        var document = Extract(body);
        var names = document.Entities.ToDictionary(e => e.Id, e => e.Name, StringComparer.Ordinal);
        return [.. document.Relations.Where(r => r.Type == RelationTypes.HoldsRole)
            .Select(r => $"{names[r.Source]} / {r.Properties["title"]} / {names[r.Target]}").Order(StringComparer.Ordinal)];
    }
}
