using System.Buffers;
using System.Text;
using System.Text.Unicode;
using Graph.Core.Text;
using Graph.Ingestion.Reading;

namespace Graph.Ingestion.Formats;

/// <summary>
/// Turns input bytes into article text. Rules: UTF-8, or UTF-16/UTF-32 when a byte order mark says so (converted;
/// the mark is dropped, and offsets count UTF-16 code units of the decoded text); NUL bytes without such a mark are
/// set aside as UTF-16/UTF-32 without a mark when their pattern says so, else as binary; invalid UTF-8 is set aside
/// (naming Latin-1/Windows-1252 when the bytes look like it). Control characters other than tab, line feed and
/// carriage return are removed, so a stray one inside a name never splits it, except vertical tab, form feed and
/// NEL, which separate like white space and become a space.
/// </summary>
internal static class ArticleText
{
    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        var (encoding, bom) = ByteOrderMark.Detect(bytes);
        if (encoding is not null)
            return Clean(Convert(bytes[bom..], encoding));
        if (bom > 0)
            bytes = bytes[bom..];
        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
            throw new BadInputException(ByteOrderMark.GuessWithoutMark(bytes) is { } likely
                ? $"looks like {likely} text without a byte order mark (NUL bytes at every {(likely.StartsWith("UTF-16", StringComparison.Ordinal) ? "second" : "fourth")} position); save it as UTF-8, or with a byte order mark"
                : $"binary content (NUL byte at offset {nul})");

        var chars = new char[Encoding.UTF8.GetMaxCharCount(bytes.Length)];
        var status = Utf8.ToUtf16(bytes, chars, out var read, out var written, replaceInvalidSequences: false);
        if (status != OperationStatus.Done)
            throw new BadInputException(LooksLikeLatin1(bytes)
                ? $"not valid UTF-8 (invalid byte at offset {read}); it looks like ISO-8859-1/Windows-1252 text: save it as UTF-8"
                : $"not valid UTF-8 (invalid byte at offset {read}); only UTF-8, UTF-16 and UTF-32 (with a byte order mark) are read");
        return Clean(new string(chars, 0, written));
    }

    /// <summary>Applies the control-character rule to text that is already decoded (a JSON string).</summary>
    public static string Clean(string text)
    {
        if (text.Contains('\0'))
            throw new BadInputException("binary content (NUL character)");
        if (string.IsNullOrWhiteSpace(text))
            throw new BadInputException("empty: no text");
        if (text.AsSpan().IndexOfAny(ControlCharactersToClean) < 0)
            return text;
        var cleaned = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\u000B' or '\u000C' or '\u0085')
                cleaned.Append(' ');
            else if (!ControlCharactersToClean.Contains(c))
                cleaned.Append(c);
        }
        return cleaned.ToString();
    }

    private static string Convert(ReadOnlySpan<byte> bytes, Encoding encoding)
    {
        try
        {
            return encoding.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            throw new BadInputException($"not valid {encoding.WebName.ToUpperInvariant()} (invalid bytes at offset {e.Index})");
        }
    }

    /// <summary>Every non-ASCII byte in 0xA0–0xFF or a Windows-1252 letter, and no C0 control besides white space.</summary>
    private static bool LooksLikeLatin1(ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
        {
            if (b < 0x20 && b is not (0x09 or 0x0A or 0x0D))
                return false;
            if (b is 0x81 or 0x8D or 0x8F or 0x90 or 0x9D)
                return false;
        }
        return true;
    }

    private static readonly SearchValues<char> ControlCharactersToClean = SearchValues.Create(
        "\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000C\u000E\u000F" +
        "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F" +
        "\u007F\u0080\u0081\u0082\u0083\u0084\u0085\u0086\u0087\u0088\u0089\u008A\u008B\u008C\u008D\u008E\u008F" +
        "\u0090\u0091\u0092\u0093\u0094\u0095\u0096\u0097\u0098\u0099\u009A\u009B\u009C\u009D\u009E\u009F");
}
