using Graph.Core.Model;
namespace Graph.Export.Model;

/// <summary>What a node is called on screen: its name, an event's type and date, an article's title.</summary>
public static class Captions
{
    public static string Of(ExportNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return node.Label switch
        {
            GraphLabels.Event => node.Text("date") is { } date ? $"{node.Text("type")} {date}" : node.Text("type") ?? node.Key,
            GraphLabels.Article => node.Text("title") ?? node.Key,
            _ => node.Text("name") ?? node.Key,
        };
    }
}
