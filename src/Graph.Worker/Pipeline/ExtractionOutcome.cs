using Graph.Core.Model;
using Graph.Ingestion.Reading;

namespace Graph.Worker.Pipeline;

/// <summary>What one extraction run produced.</summary>
/// <param name="Document">The merged graph document of every article extracted.</param>
/// <param name="ArticlesExtracted">How many articles it holds.</param>
/// <param name="SetAside">Inputs set aside (unreadable, or extraction failed), in input order.</param>
internal sealed record ExtractionOutcome(GraphDocument Document, int ArticlesExtracted, IReadOnlyList<SetAside> SetAside);
