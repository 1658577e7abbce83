using System.ComponentModel.DataAnnotations;

namespace Graph.Neo4j.Writing;

/// <summary>Settings of the graph writer (configuration section <c>Neo4j:Writer</c>).</summary>
public sealed class GraphWriterOptions
{
    public const string Section = "Neo4j:Writer";

    /// <summary>Rows per <c>UNWIND</c> statement; an article with more rows of one kind gets several statements (same transaction).</summary>
    [Range(1, 100_000)]
    public int BatchSize { get; set; } = 1000;

    /// <summary>
    /// Articles of one document written in one transaction (each all or nothing: when Neo4j refuses one, the others
    /// are written again one per transaction). 1 writes every article in a transaction of its own.
    /// </summary>
    [Range(1, 1000)]
    public int ArticlesPerTransaction { get; set; } = 32;

    /// <summary>
    /// How often an article may fail to be written while Neo4j answers other queries before it is set aside as
    /// poison, so that one article can never hold up the others. The worker sets it from <c>Pipeline:PoisonAttempts</c>.
    /// </summary>
    [Range(1, 100)]
    public int PoisonAttempts { get; set; } = 3;

    /// <summary>Create the constraints and indexes (once per process) before the first write.</summary>
    public bool ApplySchema { get; set; } = true;
}
