using Graph.Ingestion.Sources;
using Microsoft.Extensions.Logging;

namespace Graph.Worker.Pipeline;

/// <summary>
/// Commits a source's checkpoint (an inbox file finished, a feed item finished, a feed's validators) once the write
/// stage has handled everything before it, and counts it.
/// </summary>
internal sealed class Checkpoints(PipelineStatus status, ILogger<Checkpoints> logger)
{
    public async Task CommitAsync(SourceCheckpoint checkpoint, CancellationToken cancellationToken)
    {
        try
        {
            if (checkpoint.CommitAsync is { } commit)
                await commit(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Not recording a finished unit only means it is read again (and found unchanged) later.
            Log.LogCheckpointFailed(logger, e, checkpoint.Unit, checkpoint.Name);
        }
        status.CheckpointPassed(checkpoint.Unit == SourceCheckpoint.Units.File);
    }
}
