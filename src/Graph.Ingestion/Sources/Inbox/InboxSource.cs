using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Graph.Ingestion.Ledger;
using Graph.Ingestion.Reading;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Graph.Ingestion.Sources.Inbox;

/// <summary>
/// The inbox folder: scanned at start, again whenever the file system reports a change, and every
/// <see cref="IngestionOptions.InboxRescanInterval"/>. A file is read when it is new or its size or time stamp
/// changed since it was last finished, and once it has been still for <see cref="IngestionOptions.InboxSettleTime"/>.
/// Article ids are paths relative to the inbox (unless the file gives a URL or id), so an edited file replaces
/// its earlier version. Files are never moved or deleted: the folder stays the user's.
/// </summary>
internal sealed class InboxSource(
    ArticleReader reader,
    Lazy<IngestionState> state,
    IOptions<IngestionOptions> options,
    TimeProvider time,
    ILogger<InboxSource> logger) : IArticleSource
{
    /// <summary>Files handed to the pipeline and not yet finished, so a rescan meanwhile does not read them again.</summary>
    private readonly ConcurrentDictionary<string, (long Length, DateTime Modified)> _inFlight = new(StringComparer.Ordinal);

    /// <summary>Entries set aside unopened (a FIFO, a link), each reported once rather than at every rescan.</summary>
    private readonly HashSet<string> _reported = new(StringComparer.Ordinal);

    public string Name => "inbox";

    public async IAsyncEnumerable<SourceItem> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var folder = settings.Inbox;
        Directory.CreateDirectory(folder);
        using var signal = new InboxSignal(folder);
        if (signal.WatchFailure is { } failure)
            Log.LogNotWatched(logger, folder, failure, settings.InboxRescanInterval);
        Log.LogWatching(logger, Path.GetFullPath(folder), settings.InboxRescanInterval);

        while (!cancellationToken.IsCancellationRequested)
        {
            var scan = Scan(folder, settings.InboxSettleTime, cancellationToken);
            foreach (var problem in scan.Problems)
                yield return new SourceProblem(new SetAside(problem.Source, problem.Problem!));
            foreach (var (file, length, modified) in scan.Ready)
            {
                _inFlight[file.IdPath] = (length, modified);
                await foreach (var result in reader.ReadFileAsync(file, ArticleReadOptions.Default, idsRead: null, cancellationToken))
                    yield return ArticleSources.ToItem(result);
                var key = file.IdPath;
                yield return new SourceCheckpoint(SourceCheckpoint.Units.File, file.Source, token =>
                {
                    state.Value.MarkFileDone(key, length, modified);
                    _inFlight.TryRemove(key, out _);
                    return Task.CompletedTask;
                });
            }
            if (scan.Ready.Count > 0 || scan.Unsettled > 0)
                Log.LogScanned(logger, scan.Ready.Count, scan.Unsettled);

            // A file still being written is looked at again soon; otherwise wait for an event or the rescan.
            var wait = scan.Unsettled > 0 ? Max(settings.InboxSettleTime, TimeSpan.FromMilliseconds(200)) : settings.InboxRescanInterval;
            if (!await signal.WaitAsync(wait, cancellationToken).ConfigureAwait(false))
                yield break;
        }
    }

    /// <summary>
    /// The files to read now, how many changed files are still being written (or changed while in flight), and the
    /// entries to set aside that were not reported yet.
    /// </summary>
    internal (List<(InputFile File, long Length, DateTime Modified)> Ready, int Unsettled, List<InputFile> Problems) Scan(
        string folder, TimeSpan settle, CancellationToken cancellationToken)
    {
        var ready = new List<(InputFile, long, DateTime)>();
        var problems = new List<InputFile>();
        var unsettled = 0;
        IReadOnlyList<InputFile> files;
        try
        {
            files = reader.NewWalk().Expand(folder, cancellationToken);
        }
        catch (BadInputException e)
        {
            Log.LogScanFailed(logger, folder, e.Message);
            return (ready, 0, problems);
        }

        var now = time.GetUtcNow().UtcDateTime;
        foreach (var file in files)
        {
            if (file.Problem is { } problem)
            {
                if (_reported.Add($"{file.Relative}\n{problem}"))
                    problems.Add(file);
                continue;
            }
            var info = new FileInfo(file.FullPath);
            if (!info.Exists)
                continue;
            var modified = info.LastWriteTimeUtc;
            if (_inFlight.TryGetValue(file.IdPath, out var reading))
            {
                // Changed while its first version is still in the pipeline: look again once that one is finished.
                if (reading != (info.Length, modified))
                    unsettled++;
                continue;
            }
            if (state.Value.IsFileDone(file.IdPath, info.Length, modified))
                continue;
            if (now - modified < settle)
            {
                unsettled++;
                continue;
            }
            ready.Add((file, info.Length, modified));
        }
        return (ready, unsettled, problems);
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
