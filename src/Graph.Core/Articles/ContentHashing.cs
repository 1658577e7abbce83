using System.Security.Cryptography;
using System.Text;

namespace Graph.Core.Articles;

/// <summary>Content hashes and short stable ids derived from text.</summary>
public static class ContentHashing
{
    public static string Sha256Hex(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>A short id (16 hex digits) that depends only on the given parts, in order.</summary>
    public static string ShortId(params ReadOnlySpan<string> parts)
    {
        var joined = string.Join('\u001f', parts.ToArray());
        return Sha256Hex(joined)[..16];
    }
}
