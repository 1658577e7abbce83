using Graph.Core.Files;
using Graph.Export.Formats;
using Graph.Export.Model;
using Microsoft.Extensions.Logging;

namespace Graph.Export;

/// <summary>Writes an export file in the chosen format: beside its final name first, then moved over it, so a failed run leaves no half file.</summary>
public sealed class GraphExporter(IEnumerable<IGraphExporter> exporters, ILogger<GraphExporter> logger)
{
    private readonly Dictionary<ExportFormat, IGraphExporter> _exporters = exporters.ToDictionary(e => e.Format);

    /// <summary>Writes <paramref name="source"/>'s graph under <paramref name="title"/>, or its own title when that is null.</summary>
    public Task WriteFileAsync(ExportSource source, ExportFormat format, string? title, string path, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        return WriteFileAsync(source.Graph, format, new ExportOptions(title ?? source.Title), path, cancellationToken);
    }

    public async Task WriteFileAsync(ExportGraph graph, ExportFormat format, ExportOptions options, string path, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!_exporters.TryGetValue(format, out var exporter))
            throw new ArgumentOutOfRangeException(nameof(format), format, "No exporter is registered for this format.");

        var full = Path.GetFullPath(path);
        await AtomicFile.WriteAsync(full, (file, token) => exporter.WriteAsync(graph, options, file, token), cancellationToken).ConfigureAwait(false);

        Log.LogExported(logger, graph.Nodes.Count, graph.Relationships.Count, format, full);
    }
}
