using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Graph.Ingestion.Ledger;

/// <summary>
/// The sources' own memory, in one SQLite file: which inbox files (by size and time stamp) and which feed items
/// are finished, and each feed's ETag and Last-Modified. It only saves work: whether an article is in the graph,
/// and with which content, is recorded on its :Article node in the same transaction as its facts. A unit is
/// marked finished only after its articles were committed, so losing this file (or a crash before a mark)
/// means some input is read again and found unchanged, never that input is lost.
/// </summary>
public sealed class IngestionState : IDisposable
{
    private const string Schema = """
        PRAGMA journal_mode = WAL;
        PRAGMA synchronous = NORMAL;
        CREATE TABLE IF NOT EXISTS inbox_files (
            path TEXT PRIMARY KEY, length INTEGER NOT NULL, modified INTEGER NOT NULL, done_at TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS feeds (
            url TEXT PRIMARY KEY, etag TEXT, last_modified TEXT, checked_at TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS feed_items (
            feed TEXT NOT NULL, item TEXT NOT NULL, stamp TEXT NOT NULL, done_at TEXT NOT NULL, PRIMARY KEY (feed, item));
        """;

    private readonly SqliteConnection _connection;
    private readonly Lock _lock = new();

    private IngestionState(SqliteConnection connection) => _connection = connection;

    /// <summary>The file this state lives in.</summary>
    public string Path => _connection.DataSource;

    /// <summary>Opens (creating when missing) the state file and its folder.</summary>
    public static IngestionState Open(string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = full,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
        }.ToString());
        try
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = Schema;
            command.ExecuteNonQuery();
        }
        catch
        {
            connection.Dispose();
            throw;
        }
        return new IngestionState(connection);
    }

    /// <summary>True when the inbox file <paramref name="path"/> was finished with exactly this size and time stamp.</summary>
    public bool IsFileDone(string path, long length, DateTime modifiedUtc) => Scalar(
        "SELECT 1 FROM inbox_files WHERE path = $path AND length = $length AND modified = $modified",
        ("$path", path), ("$length", length), ("$modified", modifiedUtc.Ticks)) is not null;

    public void MarkFileDone(string path, long length, DateTime modifiedUtc) => Execute(
        """
        INSERT INTO inbox_files (path, length, modified, done_at) VALUES ($path, $length, $modified, $now)
        ON CONFLICT (path) DO UPDATE SET length = excluded.length, modified = excluded.modified, done_at = excluded.done_at
        """,
        ("$path", path), ("$length", length), ("$modified", modifiedUtc.Ticks), ("$now", Now()));

    /// <summary>True when the item <paramref name="item"/> of <paramref name="feed"/> was finished with this stamp (its updated or published time).</summary>
    public bool IsItemDone(string feed, string item, string stamp) => Scalar(
        "SELECT 1 FROM feed_items WHERE feed = $feed AND item = $item AND stamp = $stamp",
        ("$feed", feed), ("$item", item), ("$stamp", stamp)) is not null;

    public void MarkItemDone(string feed, string item, string stamp) => Execute(
        """
        INSERT INTO feed_items (feed, item, stamp, done_at) VALUES ($feed, $item, $stamp, $now)
        ON CONFLICT (feed, item) DO UPDATE SET stamp = excluded.stamp, done_at = excluded.done_at
        """,
        ("$feed", feed), ("$item", item), ("$stamp", stamp), ("$now", Now()));

    /// <summary>The caching headers of the feed's last response whose items were all finished.</summary>
    public FeedValidators? GetFeedValidators(string feed)
    {
        lock (_lock)
        {
            using var command = Command("SELECT etag, last_modified FROM feeds WHERE url = $url", ("$url", feed));
            using var reader = command.ExecuteReader();
            return reader.Read()
                ? new FeedValidators(reader.IsDBNull(0) ? null : reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1))
                : null;
        }
    }

    public void SaveFeedValidators(string feed, FeedValidators validators) => Execute(
        """
        INSERT INTO feeds (url, etag, last_modified, checked_at) VALUES ($url, $etag, $modified, $now)
        ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified, checked_at = excluded.checked_at
        """,
        ("$url", feed), ("$etag", validators.ETag), ("$modified", validators.LastModified), ("$now", Now()));

    public void Dispose() => _connection.Dispose();

    private object? Scalar(string sql, params (string Name, object? Value)[] parameters)
    {
        lock (_lock)
        {
            using var command = Command(sql, parameters);
            return command.ExecuteScalar();
        }
    }

    private void Execute(string sql, params (string Name, object? Value)[] parameters)
    {
        lock (_lock)
        {
            using var command = Command(sql, parameters);
            command.ExecuteNonQuery();
        }
    }

    private SqliteCommand Command(string sql, params (string Name, object? Value)[] parameters)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return command;
    }

    private static string Now() => DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture);
}

/// <summary>A feed response's caching headers, sent back as If-None-Match and If-Modified-Since.</summary>
public sealed record FeedValidators(string? ETag, string? LastModified);
