using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Graph.Testing;

/// <summary>Keeps every log entry in memory so that tests can count events (attempts, retries) and check messages.</summary>
public sealed class RecordingLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentQueue<LogEntry> _entries = new();

    /// <summary>All entries so far, oldest first.</summary>
    public IReadOnlyList<LogEntry> Entries => _entries.ToArray();

    /// <summary>Entries with the given event name (the <c>[LoggerMessage]</c> method name).</summary>
    public IReadOnlyList<LogEntry> WithEvent(string eventName) => Entries.Where(e => e.EventName == eventName).ToArray();

    /// <inheritdoc />
    public ILogger CreateLogger(string categoryName) => new RecordingLogger(categoryName, _entries);

    /// <inheritdoc />
    public void Dispose()
    {
    }

    private sealed class RecordingLogger(string category, ConcurrentQueue<LogEntry> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            entries.Enqueue(new LogEntry(category, logLevel, eventId.Name, formatter(state, exception), exception));
    }
}

/// <summary>One recorded log entry.</summary>
public sealed record LogEntry(string Category, LogLevel Level, string? EventName, string Message, Exception? Exception);
