using Graph.Core.Articles;
using Graph.Ingestion.DeadLetter;
using Graph.Ingestion.Reading;
using Microsoft.Extensions.Logging;

namespace Graph.Worker.Pipeline;

/// <summary>
/// Sets input aside in one call: a copy with its reason into the dead-letter folder, the counts of the status and the
/// metrics, and the run's list for its summary. A dead-letter folder that cannot be written is logged, never fatal:
/// the reason is still counted and listed.
/// </summary>
internal sealed partial class SetAsideRecorder(DeadLetterFolder deadLetter, PipelineStatus status, WorkerMetrics metrics, ILogger<SetAsideRecorder> logger)
{
    /// <summary>Most set-aside entries a summary lists (all are in the dead-letter folder).</summary>
    public const int Listed = 1000;

    private readonly List<SetAside> _listed = [];

    /// <summary>What was set aside so far, in order, up to <see cref="Listed"/> entries.</summary>
    public IReadOnlyList<SetAside> Entries => [.. _listed];

    /// <summary>Input that could not be read as an article.</summary>
    public async Task AddAsync(SetAside problem, CancellationToken cancellationToken)
    {
        Count(problem);
        try
        {
            await deadLetter.AddAsync(problem, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            LogDeadLetterFailed(problem.ToString(), e.Message);
        }
    }

    /// <summary>An article read but not extracted or not written.</summary>
    public async Task AddAsync(Article article, string reason, CancellationToken cancellationToken)
    {
        Count(new SetAside(article.Source, reason));
        try
        {
            await deadLetter.AddAsync(article, reason, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            LogDeadLetterFailed($"{article.Source}: {reason}", e.Message);
        }
    }

    private void Count(SetAside problem)
    {
        status.InputSetAside();
        metrics.InputSetAside();
        if (_listed.Count < Listed)
            _listed.Add(problem);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not record {Entry} in the dead-letter folder: {Reason}")]
    private partial void LogDeadLetterFailed(string entry, string reason);
}
