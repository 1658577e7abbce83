namespace Graph.Ingestion.Reading;

/// <summary>The input formats, chosen by file extension.</summary>
internal enum ArticleFormat
{
    PlainText,
    Json,
    JsonLines,
    Html,
}

internal static class ArticleFormats
{
    public const string Supported = ".txt, .md, .markdown, .json, .jsonl, .ndjson, .html, .htm, .xhtml";

    public static ArticleFormat? ForPath(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".txt" or ".md" or ".markdown" => ArticleFormat.PlainText,
        ".json" => ArticleFormat.Json,
        ".jsonl" or ".ndjson" => ArticleFormat.JsonLines,
        ".html" or ".htm" or ".xhtml" => ArticleFormat.Html,
        _ => null,
    };
}
