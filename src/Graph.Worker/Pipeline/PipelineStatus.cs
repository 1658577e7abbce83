namespace Graph.Worker.Pipeline;

/// <summary>
/// Live counts of the running pipeline, for the progress bar, the health check and tests. Counts only grow;
/// queue depths and the Neo4j wait are read as they are now.
/// </summary>
public sealed class PipelineStatus
{
    private long _read;
    private long _extracted;
    private long _written;
    private long _unchanged;
    private long _setAside;
    private long _files;
    private long _checkpoints;
    private Func<int> _extractQueue = () => 0;
    private Func<int> _writeQueue = () => 0;
    private DateTimeOffset? _waitingSince;
    private string? _waitingReason;

    /// <summary>Articles read from the sources.</summary>
    public long Read => Interlocked.Read(ref _read);

    public long Extracted => Interlocked.Read(ref _extracted);

    /// <summary>Articles whose transaction committed (new or changed).</summary>
    public long Written => Interlocked.Read(ref _written);

    /// <summary>Articles already stored with the same content.</summary>
    public long Unchanged => Interlocked.Read(ref _unchanged);

    /// <summary>Inputs and articles set aside into the dead-letter folder.</summary>
    public long SetAside => Interlocked.Read(ref _setAside);

    /// <summary>Files finished (all their articles written or set aside).</summary>
    public long FilesDone => Interlocked.Read(ref _files);

    /// <summary>Checkpoints of any kind (files, feed items, feeds) passed.</summary>
    public long Checkpoints => Interlocked.Read(ref _checkpoints);

    /// <summary>Articles read and waiting for an extract worker.</summary>
    public int ExtractQueue => _extractQueue();

    /// <summary>Items waiting to be written, in order.</summary>
    public int WriteQueue => _writeQueue();

    /// <summary>Since when the write stage waits for Neo4j, or null while it flows.</summary>
    public DateTimeOffset? WaitingSince => _waitingSince;

    /// <summary>Why it waits (the last error), or null.</summary>
    public string? WaitingReason => _waitingReason;

    internal void Attach(Func<int> extractQueue, Func<int> writeQueue)
    {
        _extractQueue = extractQueue;
        _writeQueue = writeQueue;
    }

    internal void ArticleRead() => Interlocked.Increment(ref _read);
    internal void ArticleExtracted() => Interlocked.Increment(ref _extracted);
    internal void ArticleWritten() => Interlocked.Increment(ref _written);
    internal void ArticleUnchanged() => Interlocked.Increment(ref _unchanged);
    internal void InputSetAside() => Interlocked.Increment(ref _setAside);

    internal void CheckpointPassed(bool file)
    {
        Interlocked.Increment(ref _checkpoints);
        if (file)
            Interlocked.Increment(ref _files);
    }

    internal void Waiting(DateTimeOffset since, string reason)
    {
        _waitingReason = reason;
        _waitingSince ??= since;
    }

    internal void Flowing()
    {
        _waitingSince = null;
        _waitingReason = null;
    }
}
