using Graph.Core.Files;

namespace Graph.Worker.Commands;

/// <summary>Writes a verb's JSON result to a file or to stdout.</summary>
internal static class DocumentOutput
{
    /// <summary>
    /// Writes <paramref name="json"/> and a final newline. A file is written beside its final name and then moved
    /// over it, so a failed run never leaves half a document behind.
    /// </summary>
    public static async Task WriteAsync(string json, string? path, TextWriter stdout, CancellationToken cancellationToken)
    {
        var content = json + "\n";
        if (path is null)
        {
            await stdout.WriteAsync(content.AsMemory(), cancellationToken);
            await stdout.FlushAsync(cancellationToken);
            return;
        }
        await AtomicFile.WriteAllTextAsync(path, content, cancellationToken);
    }
}
