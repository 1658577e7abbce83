using System.Globalization;
using System.Text.Json;
using Graph.Ingestion.Reading;

namespace Graph.Ingestion.Formats;

/// <summary>
/// JSON articles: one object <c>{"id"?, "title", "published"?, "url"?, "text"}</c>. Text is the <c>text</c>
/// field; other fields are ignored. Without a title the text's title line is used, as for plain text.
/// </summary>
internal static class JsonArticleFormat
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 64 };

    public static ArticleFields Parse(string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, DocumentOptions);
        }
        catch (JsonException e)
        {
            throw new BadInputException($"malformed JSON: {e.Message}");
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                throw new BadInputException(root.ValueKind == JsonValueKind.Array
                    ? "a .json file holds one article object; put many articles in a .jsonl file, one object a line"
                    : $"expected a JSON object, found {root.ValueKind}");

            var text = ArticleText.Clean(String(root, "text")
                ?? throw new BadInputException("the JSON article has no \"text\" string"));
            var id = Id(root);
            var title = String(root, "title");
            var published = PublishedDate.ParseGiven(String(root, "published"), "JSON");
            var url = String(root, "url");

            if (!string.IsNullOrWhiteSpace(title))
                return new ArticleFields(text, TitleLine.SkipWhitespace(text, 0), title.Trim(), published, Blank(url), id);
            var (lineTitle, bodyStart) = TitleLine.Find(text, 0);
            return new ArticleFields(text, bodyStart, lineTitle, published, Blank(url), id);
        }
    }

    private static string? String(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            return null;
        if (value.ValueKind != JsonValueKind.String)
            throw new BadInputException($"\"{name}\" must be a string, found {value.ValueKind}");
        try
        {
            return value.GetString();
        }
        catch (InvalidOperationException)
        {
            throw new BadInputException($"\"{name}\" holds an invalid UTF-16 escape");
        }
    }

    /// <summary>Ids may be strings or integers; integers keep their written form.</summary>
    private static string? Id(JsonElement root)
    {
        if (root.TryGetProperty("id", out var value) && value.ValueKind == JsonValueKind.Number)
            return value.TryGetInt64(out var number)
                ? number.ToString(CultureInfo.InvariantCulture)
                : throw new BadInputException("\"id\" must be a string or an integer");
        return Blank(String(root, "id"));
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
