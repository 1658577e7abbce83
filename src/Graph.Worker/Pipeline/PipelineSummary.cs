using Graph.Ingestion.Reading;

namespace Graph.Worker.Pipeline;

/// <summary>What one pipeline run did.</summary>
/// <param name="Read">Articles read.</param>
/// <param name="Written">Articles written (new or changed).</param>
/// <param name="Unchanged">Articles already stored with the same content.</param>
/// <param name="SetAside">Inputs and articles set aside, in the order they were met (at most <see cref="SetAsideRecorder.Listed"/>).</param>
/// <param name="SetAsideCount">How many were set aside in all.</param>
/// <param name="Elapsed">Wall time.</param>
/// <param name="Interrupted">True when the run was stopped (Ctrl+C, SIGTERM) before its input was all handled.</param>
internal sealed record PipelineSummary(
    long Read,
    long Written,
    long Unchanged,
    IReadOnlyList<SetAside> SetAside,
    long SetAsideCount,
    TimeSpan Elapsed,
    bool Interrupted);
