using System.Buffers;

namespace Graph.Ingestion.Reading;

/// <summary>One line of bytes, without its line break.</summary>
/// <param name="Number">1-based line number.</param>
/// <param name="Bytes">The bytes, or null when the line is longer than the limit (its bytes are not kept).</param>
/// <param name="Length">The line's length in bytes.</param>
internal readonly record struct Utf8Line(int Number, byte[]? Bytes, long Length);

/// <summary>
/// Splits a stream into lines of raw bytes, so that each JSON Lines record is decoded on its own: one bad
/// line (invalid UTF-8, too long) is set aside without losing the lines after it.
/// </summary>
internal sealed class Utf8LineReader(Stream stream, int maxLineBytes)
{
    private readonly byte[] _buffer = new byte[64 * 1024];
    private int _start;
    private int _end;
    private bool _eof;
    private int _number;

    public async ValueTask<Utf8Line?> ReadLineAsync(CancellationToken cancellationToken)
    {
        var line = new ArrayBufferWriter<byte>();
        long length = 0;
        var consumed = false;
        while (true)
        {
            if (_start == _end)
            {
                if (_eof)
                    break;
                _start = 0;
                _end = await stream.ReadAsync(_buffer, cancellationToken);
                if (_end == 0)
                {
                    _eof = true;
                    break;
                }
            }
            consumed = true;
            var available = _buffer.AsSpan(_start, _end - _start);
            var newline = available.IndexOf((byte)'\n');
            var chunk = newline < 0 ? available : available[..newline];
            length += chunk.Length;
            if (length <= maxLineBytes + 1)
                line.Write(chunk);
            _start += newline < 0 ? chunk.Length : newline + 1;
            if (newline >= 0)
                return Complete(line, length);
        }
        return consumed ? Complete(line, length) : null;
    }

    private Utf8Line Complete(ArrayBufferWriter<byte> line, long length)
    {
        _number++;
        var bytes = line.WrittenSpan;
        if (bytes.Length > 0 && bytes[^1] == (byte)'\r')
        {
            bytes = bytes[..^1];
            length--;
        }
        return new Utf8Line(_number, length > maxLineBytes ? null : bytes.ToArray(), length);
    }
}
