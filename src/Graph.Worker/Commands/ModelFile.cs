using Graph.Core.Files;

namespace Graph.Worker.Commands;

/// <summary>Writing a trained model for the training verbs.</summary>
internal static class ModelFile
{
    /// <summary>
    /// Saves a model to <paramref name="path"/> through a temporary file beside it, so a failed write leaves any
    /// older model in place. Returns false, having said why on <paramref name="error"/>, when it cannot write.
    /// </summary>
    public static async Task<bool> TryWriteAsync(string verb, string path, Action<Stream> save, TextWriter error, CancellationToken cancellationToken)
    {
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            await AtomicFile.WriteAsync(path, (file, _) =>
            {
                save(file);
                return Task.CompletedTask;
            }, cancellationToken);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"{verb}: cannot write {path}: {e.Message}".AsMemory(), cancellationToken);
            return false;
        }
    }
}
