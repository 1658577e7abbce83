namespace Graph.Core.Articles;

/// <summary>
/// One news article as read. <see cref="Text"/> is the whole content as read (for a .txt/.md file the
/// whole file, front matter included), so every character offset in the graph document points into it.
/// </summary>
/// <param name="Id">Stable article id: the URL where known, else the id the source gives, else the path.</param>
/// <param name="Title">The title (front matter, JSON field or first line).</param>
/// <param name="Published">The publication date, when known; relative dates resolve against it.</param>
/// <param name="Url">The canonical URL, when known.</param>
/// <param name="Source">Where it was read from: a path or a URL.</param>
/// <param name="Text">The content as read.</param>
/// <param name="BodyStart">Offset in <see cref="Text"/> where the body begins (after front matter and title line).</param>
public sealed record Article(
    string Id,
    string Title,
    DateOnly? Published,
    string? Url,
    string Source,
    string Text,
    int BodyStart = 0)
{
    /// <summary>Who wrote it, as a web page states it; not part of <see cref="Text"/>.</summary>
    public string? Byline { get; init; }

    /// <summary>The language a web page declares (e.g. <c>en-US</c>), when it does.</summary>
    public string? Language { get; init; }

    /// <summary>SHA-256 of <see cref="Text"/> (hex): tells a changed article from an unchanged one.</summary>
    public string ContentHash { get; } = ContentHashing.Sha256Hex(Text);
}
