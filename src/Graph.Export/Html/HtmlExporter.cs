using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Graph.Export.Formats;
using Graph.Export.Model;

namespace Graph.Export.Html;

/// <summary>
/// One self-contained HTML page: the view (<see cref="HtmlView"/>) as embedded JSON, Cytoscape.js (vendored in
/// Html/Vendor, see its update script) and the page's own script and style, all inline, so the file works offline
/// and from any folder.
/// </summary>
public sealed partial class HtmlExporter : IGraphExporter
{
    private static readonly JsonSerializerOptions ViewJson = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        // The default encoder escapes '<', '>' and '&', so no text in the data can close the script element.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Default,
    };

    public ExportFormat Format => ExportFormat.Html;

    public async Task WriteAsync(ExportGraph graph, ExportOptions options, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(options);
        var view = HtmlView.From(graph, options.Title);
        var parts = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["TITLE"] = WebUtility.HtmlEncode(options.Title),
            ["STYLE"] = Asset("view.css"),
            ["DATA"] = JsonSerializer.Serialize(view, ViewJson),
            ["LIBRARY"] = Inline(Asset("cytoscape.min.js")),
            ["SCRIPT"] = Inline(Asset("view.js")),
        };
        // One pass: text put in (titles, evidence) is never scanned for placeholders again.
        var page = Placeholder().Replace(Asset("view.html"), m => parts[m.Groups[1].Value]);
        await using var writer = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true);
        await writer.WriteAsync(page.AsMemory(), cancellationToken).ConfigureAwait(false);
        await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Script text inside a script element must not contain "&lt;/script".</summary>
    private static string Inline(string script) => script.Replace("</script", "<\\/script", StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"\{\{(TITLE|STYLE|DATA|LIBRARY|SCRIPT)\}\}")]
    private static partial Regex Placeholder();

    private static string Asset(string name)
    {
        using var stream = typeof(HtmlExporter).Assembly.GetManifestResourceStream("Graph.Export.Html." + name)
                           ?? throw new InvalidOperationException($"The HTML asset {name} is not embedded in {typeof(HtmlExporter).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
