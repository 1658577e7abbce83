using Graph.Export.Model;

namespace Graph.Export.Formats;

/// <summary>Writes an <see cref="ExportGraph"/> in one format.</summary>
public interface IGraphExporter
{
    ExportFormat Format { get; }

    /// <summary>Writes the whole file to <paramref name="output"/> (UTF-8, no byte order mark).</summary>
    Task WriteAsync(ExportGraph graph, ExportOptions options, Stream output, CancellationToken cancellationToken);
}

/// <param name="Title">Shown as the HTML page's title; a comment in the other formats.</param>
public sealed record ExportOptions(string Title);
