using System.Text;

namespace Graph.Core.Files;

/// <summary>
/// Writes files beside their final names first and moves them over those names only once every one is complete, so
/// a failed or interrupted write leaves the previous files (or none), never half of one.
/// </summary>
public static class AtomicFile
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes <paramref name="content"/> as UTF-8 without a byte order mark.</summary>
    public static Task WriteAllTextAsync(string path, string content, CancellationToken cancellationToken) =>
        WriteAllBytesAsync(path, Utf8.GetBytes(content), cancellationToken);

    public static Task WriteAllBytesAsync(string path, byte[] content, CancellationToken cancellationToken) =>
        WriteAsync(path, (stream, token) => stream.WriteAsync(content, token).AsTask(), cancellationToken);

    public static Task WriteAsync(string path, Func<Stream, CancellationToken, Task> write, CancellationToken cancellationToken) =>
        WriteAllAsync([(path, write)], cancellationToken);

    /// <summary>Writes every file, then moves them in order: none is replaced unless all were written.</summary>
    public static async Task WriteAllAsync(IReadOnlyList<(string Path, Func<Stream, CancellationToken, Task> Write)> files, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(files);
        var targets = files.Select(f => Path.GetFullPath(f.Path)).ToList();
        try
        {
            for (var i = 0; i < files.Count; i++)
            {
                await using var stream = new FileStream(Temporary(targets[i]), FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true);
                await files[i].Write(stream, cancellationToken).ConfigureAwait(false);
            }

            foreach (var target in targets)
                File.Move(Temporary(target), target, overwrite: true);
        }
        finally
        {
            foreach (var target in targets)
                File.Delete(Temporary(target));
        }
    }

    private static string Temporary(string path) => path + ".tmp";
}
