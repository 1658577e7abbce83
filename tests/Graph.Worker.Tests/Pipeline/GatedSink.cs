using System.Collections.Concurrent;
using Graph.Neo4j.Writing;
using Graph.Worker.Pipeline;
using Graph.Worker.Sinks;

namespace Graph.Worker.Tests.Pipeline;

/// <summary>
/// Wraps the real sink: records every outcome, and holds the <see cref="GateAt"/>-th write until the test
/// releases it, so a test can act (stop Neo4j) at a known point of a run.
/// </summary>
internal sealed class GatedSink(IArticleSink inner, int gateAt) : IArticleSink
{
    private readonly TaskCompletionSource _reached = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _calls;

    public int GateAt => gateAt;

    public Task Reached => _reached.Task;

    public ConcurrentQueue<ArticleWriteOutcome> Outcomes { get; } = new();

    public void Release() => _release.TrySetResult();

    public string Description => inner.Description;

    public async Task<IReadOnlyList<ArticleWriteOutcome>> WriteAsync(IReadOnlyList<ArticleDocument> articles, CancellationToken cancellationToken)
    {
        if (Interlocked.Increment(ref _calls) == gateAt)
        {
            _reached.TrySetResult();
            await _release.Task.WaitAsync(cancellationToken);
        }
        var outcomes = await inner.WriteAsync(articles, cancellationToken);
        foreach (var outcome in outcomes)
            Outcomes.Enqueue(outcome);
        return outcomes;
    }

    public bool IsUnavailable(Exception exception) => inner.IsUnavailable(exception);

    public Task CompleteAsync(CancellationToken cancellationToken) => inner.CompleteAsync(cancellationToken);
}
