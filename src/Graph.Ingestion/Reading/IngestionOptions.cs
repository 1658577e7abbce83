namespace Graph.Ingestion.Reading;

/// <summary>
/// Where articles come from and where bad input goes (configuration section <c>Ingestion</c>). Relative paths
/// resolve against the working directory (in the container image: /data).
/// </summary>
public sealed class IngestionOptions
{
    public const string Section = "Ingestion";

    /// <summary>
    /// Largest article accepted, in bytes: the file for .txt/.md/.html/.json, one line for .jsonl, a fetched page.
    /// Larger input is set aside rather than read, so one stray dump cannot exhaust memory.
    /// </summary>
    public int MaxArticleBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>Deepest folder read below a folder argument or the inbox; deeper folders are reported and not read.</summary>
    public int MaxFolderDepth { get; set; } = 32;

    /// <summary>
    /// Most entries (files, folders, anything) one scan of a folder argument or the inbox looks at; beyond it the scan
    /// stops and says so, so a runaway folder cannot exhaust memory or time.
    /// </summary>
    public int MaxEntriesPerScan { get; set; } = 500_000;

    /// <summary>Longest one file may take to open, or to give its next bytes, before it is set aside (a hung mount, a file swapped for a FIFO).</summary>
    public TimeSpan ReadTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The folder the <c>run</c> verb watches for article files (created when missing); empty turns the inbox off.</summary>
    public string Inbox { get; set; } = "inbox";

    /// <summary>How often the inbox is rescanned even without a file-system event (events can be lost, e.g. on network mounts).</summary>
    public TimeSpan InboxRescanInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>A file is read only once it has not changed for this long, so a file still being copied in is not read half-written.</summary>
    public TimeSpan InboxSettleTime { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Where set-aside input is kept, each entry beside a <c>.error.txt</c> that says why.</summary>
    public string DeadLetter { get; set; } = "dead-letter";

    /// <summary>The SQLite file that remembers finished inbox files and feed items, and the feeds' HTTP caching headers.</summary>
    public string State { get; set; } = "state/ingestion.db";
}
