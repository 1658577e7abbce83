namespace Graph.Ingestion.Formats.Html;

internal enum HtmlTokenKind
{
    Text,
    StartTag,
    EndTag,
}

/// <summary>A piece of an HTML page: text (entities still encoded), a start tag with its attributes, or an end tag.</summary>
/// <param name="Name">Lower-case tag name; empty for text.</param>
/// <param name="Text">The text, or for raw-text elements (title, script, style…) their content.</param>
internal sealed record HtmlToken(
    HtmlTokenKind Kind,
    string Name,
    string Text,
    IReadOnlyDictionary<string, string> Attributes,
    bool SelfClosing = false)
{
    private static readonly IReadOnlyDictionary<string, string> NoAttributes = new Dictionary<string, string>();

    public static HtmlToken OfText(string text) => new(HtmlTokenKind.Text, "", text, NoAttributes);

    public static HtmlToken End(string name) => new(HtmlTokenKind.EndTag, name, "", NoAttributes);

    public string? Attribute(string name) => Attributes.GetValueOrDefault(name);
}
