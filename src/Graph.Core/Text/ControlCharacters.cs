using System.Globalization;
using System.Text;

namespace Graph.Core.Text;

/// <summary>
/// Control characters (C0, DEL, C1) in text that came from outside. Read text keeps none that could split a word or
/// reach a terminal (<see cref="CleanField"/>); printed text shows the ones stored anyway as escapes
/// (<see cref="Escape"/>), so a title can never clear or recolour the user's terminal.
/// </summary>
public static class ControlCharacters
{
    /// <summary>
    /// For one-line metadata (ids, titles, URLs): tab, line breaks, vertical tab, form feed and NEL become a space;
    /// every other control character is removed, so "Sol\u0007vang" stays one word.
    /// </summary>
    public static string CleanField(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (!value.AsSpan().ContainsAnyInRange('\u0000', '\u001F') && !value.AsSpan().ContainsAnyInRange('\u007F', '\u009F'))
            return value;
        var text = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (IsSeparator(c))
                text.Append(' ');
            else if (!char.IsControl(c))
                text.Append(c);
        }
        return text.ToString();
    }

    /// <summary>True for the control characters that separate like white space (tab, LF, VT, FF, CR, NEL).</summary>
    public static bool IsSeparator(char c) => c is '\t' or '\n' or '\u000B' or '\u000C' or '\r' or '\u0085';

    /// <summary>Shows control characters as escapes (<c>\n</c>, <c>\t</c>, <c>\x1B</c>, <c>\u009B</c>).</summary>
    public static string Escape(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (!value.AsSpan().ContainsAnyInRange('\u0000', '\u001F') && !value.AsSpan().ContainsAnyInRange('\u007F', '\u009F'))
            return value;
        var text = new StringBuilder(value.Length + 8);
        foreach (var c in value)
        {
            _ = c switch
            {
                '\n' => text.Append("\\n"),
                '\r' => text.Append("\\r"),
                '\t' => text.Append("\\t"),
                < '\u0080' when char.IsControl(c) => text.Append("\\x").Append(((int)c).ToString("X2", CultureInfo.InvariantCulture)),
                _ when char.IsControl(c) => text.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)),
                _ => text.Append(c),
            };
        }
        return text.ToString();
    }
}
