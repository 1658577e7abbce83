using System.ComponentModel.DataAnnotations;

namespace Graph.Ingestion.Reading;

/// <summary>Limits of the article reader (configuration section <c>Ingestion</c>).</summary>
public sealed class IngestionOptions
{
    public const string Section = "Ingestion";

    /// <summary>
    /// Largest article accepted, in bytes: the file for .txt/.md/.html/.json, one line for .jsonl.
    /// Larger input is set aside rather than read, so one stray dump cannot exhaust memory.
    /// </summary>
    [Range(1, int.MaxValue)]
    public int MaxArticleBytes { get; set; } = 5 * 1024 * 1024;
}
