using Graph.Ingestion.DeadLetter;

namespace Graph.Worker.Pipeline;

/// <summary>
/// How a run keeps what it sets aside: <c>ingest</c> and <c>run</c> keep a copy in the dead-letter folder and list the
/// first <see cref="SetAsideRecorder.Listed"/>; <c>extract</c> and <c>export</c> keep no copy and list every one (on stderr).
/// </summary>
/// <param name="DeadLetter">Where copies go, or null for none.</param>
/// <param name="Listed">Most entries the run's summary lists.</param>
internal sealed record SetAsidePolicy(DeadLetterFolder? DeadLetter, int Listed)
{
    public static SetAsidePolicy ListOnly { get; } = new(null, int.MaxValue);
}
