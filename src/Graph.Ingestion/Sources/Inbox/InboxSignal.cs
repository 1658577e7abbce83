namespace Graph.Ingestion.Sources.Inbox;

/// <summary>
/// Wakes the inbox scan when something changes in the folder. Events only say "look again": the scan decides
/// what to read, so lost or duplicate events (a full inotify queue, a network mount) cost a delay, not a file.
/// </summary>
internal sealed class InboxSignal : IDisposable
{
    private readonly FileSystemWatcher? _watcher;
    private readonly SemaphoreSlim _changed = new(0, 1);

    public InboxSignal(string folder)
    {
        try
        {
            _watcher = new FileSystemWatcher(folder)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            _watcher.Created += (_, _) => Set();
            _watcher.Changed += (_, _) => Set();
            _watcher.Renamed += (_, _) => Set();
            _watcher.Error += (_, _) => Set();
            _watcher.EnableRaisingEvents = true;
        }
        catch (Exception e) when (e is IOException or ArgumentException or PlatformNotSupportedException)
        {
            // No watcher (e.g. the inotify limit is reached): the periodic rescan still finds every file.
            _watcher?.Dispose();
            _watcher = null;
            WatchFailure = e.Message;
        }
    }

    /// <summary>Why the folder is not watched (only rescanned), or null.</summary>
    public string? WatchFailure { get; }

    /// <summary>Waits for a change or the timeout; false when cancelled.</summary>
    public async Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        try
        {
            await _changed.WaitAsync(timeout, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    public void Dispose()
    {
        _watcher?.Dispose();
        _changed.Dispose();
    }

    private void Set()
    {
        try
        {
            if (_changed.CurrentCount == 0)
                _changed.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled by a concurrent event.
        }
        catch (ObjectDisposedException)
        {
            // An event raced with shutdown.
        }
    }
}
