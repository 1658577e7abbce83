using System.Text;

namespace Graph.Ingestion.Formats;

/// <summary>The byte order marks read, and the NUL patterns of UTF-16/UTF-32 saved without one.</summary>
internal static class ByteOrderMark
{
    /// <summary>The encoding a leading mark names (null for UTF-8, read as is) and the mark's length.</summary>
    public static (Encoding? Encoding, int Length) Detect(ReadOnlySpan<byte> bytes) => bytes switch
    {
        [0xEF, 0xBB, 0xBF, ..] => (null, 3),
        [0xFF, 0xFE, 0x00, 0x00, ..] => (new UTF32Encoding(bigEndian: false, byteOrderMark: false, throwOnInvalidCharacters: true), 4),
        [0x00, 0x00, 0xFE, 0xFF, ..] => (new UTF32Encoding(bigEndian: true, byteOrderMark: false, throwOnInvalidCharacters: true), 4),
        [0xFF, 0xFE, ..] => (new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true), 2),
        [0xFE, 0xFF, ..] => (new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true), 2),
        _ => (null, 0),
    };

    /// <summary>"UTF-16LE" when mostly every second byte (of the first 4 KiB) is NUL in the pattern of Latin-script text, …; null when no pattern shows.</summary>
    public static string? GuessWithoutMark(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, 4096)];
        var nuls = new int[4];
        for (var i = 0; i < sample.Length; i++)
        {
            if (sample[i] == 0)
                nuls[i % 4]++;
        }
        var quarter = sample.Length / 4;
        if (quarter == 0)
            return null;
        bool Mostly(int position) => nuls[position] >= quarter * 0.9;
        bool Rarely(int position) => nuls[position] <= quarter * 0.1;
        return (Mostly(0), Mostly(1), Mostly(2), Mostly(3)) switch
        {
            (false, true, true, true) when Rarely(0) => "UTF-32LE",
            (true, true, true, false) when Rarely(3) => "UTF-32BE",
            (false, true, false, true) when Rarely(0) && Rarely(2) => "UTF-16LE",
            (true, false, true, false) when Rarely(1) && Rarely(3) => "UTF-16BE",
            _ => null,
        };
    }
}
