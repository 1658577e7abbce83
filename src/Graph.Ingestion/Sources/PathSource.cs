using System.Runtime.CompilerServices;
using Graph.Ingestion.Reading;

namespace Graph.Ingestion.Sources;

/// <summary>
/// Files and folders named for a one-shot run, read as <see cref="ArticleReader.ReadAsync"/> reads them (same
/// order, ids and duplicate rule), with a checkpoint after each file so progress can be counted in files.
/// </summary>
internal sealed class PathSource(ArticleReader reader, IReadOnlyList<string> paths, ArticleReadOptions options) : IArticleSource
{
    public string Name => "paths";

    public async IAsyncEnumerable<SourceItem> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var filesRead = new HashSet<string>(StringComparer.Ordinal);
        var idsRead = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (files, failure) = Expand(path);
            if (failure is not null)
                yield return new SourceProblem(failure);
            foreach (var file in files.Where(f => filesRead.Add(f.FullPath)))
            {
                await foreach (var result in reader.ReadFileAsync(file, options, idsRead, cancellationToken))
                    yield return ArticleSources.ToItem(result);
                yield return new SourceCheckpoint(SourceCheckpoint.Units.File, file.Source);
            }
        }
    }

    /// <summary>How many files the paths name (for a progress bar); missing paths count as none.</summary>
    public static int CountFiles(IEnumerable<string> paths) =>
        paths.SelectMany(p => Expand(p).Files).Select(f => f.FullPath).Distinct(StringComparer.Ordinal).Count();

    private static (IReadOnlyList<InputFile> Files, SetAside? Failure) Expand(string path)
    {
        try
        {
            return (InputFiles.Expand(path), null);
        }
        catch (BadInputException e)
        {
            return ([], new SetAside(path, e.Message));
        }
    }
}
