using System.Runtime.CompilerServices;
using Graph.Ingestion.Reading;
using Graph.Ingestion.Reading.Files;

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
        var walk = reader.NewWalk();
        var idsRead = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (files, failure) = Expand(walk, path, cancellationToken);
            if (failure is not null)
                yield return new SourceProblem(failure);
            foreach (var file in files)
            {
                await foreach (var result in reader.ReadFileAsync(file, options, idsRead, cancellationToken))
                    yield return ArticleSources.ToItem(result);
                yield return new SourceCheckpoint(SourceCheckpoint.Units.File, file.Source);
            }
        }
    }

    /// <summary>How many entries the paths name (for progress and its estimate); missing paths count as none.</summary>
    public static int CountFiles(ArticleReader reader, IEnumerable<string> paths, CancellationToken cancellationToken)
    {
        var walk = reader.NewWalk();
        return paths.Sum(p => Expand(walk, p, cancellationToken).Files.Count);
    }

    private static (IReadOnlyList<InputFile> Files, SetAside? Failure) Expand(FolderWalk walk, string path, CancellationToken cancellationToken)
    {
        try
        {
            return (walk.Expand(path, cancellationToken), null);
        }
        catch (BadInputException e)
        {
            return ([], new SetAside(path, e.Message));
        }
    }
}
