using Graph.Core.Articles;
using Graph.Ingestion.DeadLetter;
using Graph.Ingestion.Reading;
using Microsoft.Extensions.Logging;

namespace Graph.Worker.Pipeline;

/// <summary>
/// Sets input aside in one call: a copy with its reason into the dead-letter folder (when the run keeps copies, see
/// <see cref="SetAsidePolicy"/>), the counts of the status and the metrics, and the run's list for its summary. A
/// dead-letter folder that cannot be written is logged, never fatal: the reason is still counted and listed.
/// </summary>
internal sealed class SetAsideRecorder(SetAsidePolicy policy, PipelineStatus status, WorkerMetrics metrics, ILogger<SetAsideRecorder> logger)
{
    /// <summary>Most set-aside entries a summary of a run that keeps copies lists (all are in the dead-letter folder).</summary>
    public const int Listed = 1000;

    private readonly List<SetAside> _listed = [];

    /// <summary>What was set aside so far, in order, up to <see cref="SetAsidePolicy.Listed"/> entries.</summary>
    public IReadOnlyList<SetAside> Entries => [.. _listed];

    /// <summary>Input that could not be read as an article.</summary>
    public async Task AddAsync(SetAside problem, CancellationToken cancellationToken)
    {
        Count(problem);
        if (policy.DeadLetter is not { } deadLetter)
            return;
        try
        {
            await deadLetter.AddAsync(problem, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Log.LogDeadLetterFailed(logger, problem.ToString(), e.Message);
        }
    }

    /// <summary>An article read but not extracted or not written.</summary>
    public async Task AddAsync(Article article, string reason, CancellationToken cancellationToken)
    {
        Count(new SetAside(article.Source, reason));
        if (policy.DeadLetter is not { } deadLetter)
            return;
        try
        {
            await deadLetter.AddAsync(article, reason, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Log.LogDeadLetterFailed(logger, $"{article.Source}: {reason}", e.Message);
        }
    }

    private void Count(SetAside problem)
    {
        status.InputSetAside();
        metrics.InputSetAside();
        if (_listed.Count < policy.Listed)
            _listed.Add(problem);
    }
}
