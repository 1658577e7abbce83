using System.Buffers;
using System.Text;
using System.Text.Unicode;
using Graph.Ingestion.Reading;

namespace Graph.Ingestion.Formats;

/// <summary>
/// Turns input bytes into article text. Rules: only UTF-8 is read; a leading byte order mark is dropped
/// (offsets count from the first character after it); NUL bytes or invalid UTF-8 mean binary input, which is
/// set aside; other control characters (C0 except tab, line feed and carriage return; DEL; C1) are replaced
/// by a space, one for one, so every offset still points at the same place as in the file.
/// </summary>
internal static class ArticleText
{
    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith(Utf8Bom))
            bytes = bytes[Utf8Bom.Length..];
        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
            throw new BadInputException($"binary content (NUL byte at offset {nul})");

        var chars = new char[Encoding.UTF8.GetMaxCharCount(bytes.Length)];
        var status = Utf8.ToUtf16(bytes, chars, out var read, out var written, replaceInvalidSequences: false);
        if (status != OperationStatus.Done)
            throw new BadInputException($"not valid UTF-8 (invalid byte at offset {read}); only UTF-8 text is read");
        return Clean(new string(chars, 0, written));
    }

    /// <summary>Applies the control-character rule to text that is already decoded (a JSON string).</summary>
    public static string Clean(string text)
    {
        if (text.Contains('\0'))
            throw new BadInputException("binary content (NUL character)");
        if (string.IsNullOrWhiteSpace(text))
            throw new BadInputException("empty: no text");
        if (!text.AsSpan().ContainsAny(ControlCharacters))
            return text;
        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
                span[i] = ControlCharacters.Contains(source[i]) ? ' ' : source[i];
        });
    }

    private static readonly SearchValues<char> ControlCharacters = SearchValues.Create(
        "\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000C\u000E\u000F" +
        "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F" +
        "\u007F\u0080\u0081\u0082\u0083\u0084\u0085\u0086\u0087\u0088\u0089\u008A\u008B\u008C\u008D\u008E\u008F" +
        "\u0090\u0091\u0092\u0093\u0094\u0095\u0096\u0097\u0098\u0099\u009A\u009B\u009C\u009D\u009E\u009F");
}
