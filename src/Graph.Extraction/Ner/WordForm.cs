namespace Graph.Extraction.Ner;

/// <summary>
/// The hashed forms of one token that features are built from, computed without allocating: the word, its
/// lower case, its shape ("Xx", "X.X.", "d,d"), prefixes and suffixes of 1–3 characters and a few flags.
/// Typographic quotes and dashes read as their ASCII forms, so "’s" and "'s" are one word.
/// </summary>
internal readonly struct WordForm
{
    public const int AllCaps = 1;
    public const int Hyphen = 2;
    public const int Digit = 4;
    public const int Period = 8;
    public const int Capitalized = 16;
    public const int InnerCapital = 32;

    public readonly ulong Word;
    public readonly ulong Lower;
    public readonly ulong Shape;
    public readonly ulong Prefix1;
    public readonly ulong Prefix2;
    public readonly ulong Prefix3;
    public readonly ulong Suffix1;
    public readonly ulong Suffix2;
    public readonly ulong Suffix3;
    public readonly int Flags;
    public readonly int Length;

    public WordForm(ReadOnlySpan<char> text)
    {
        var word = FeatureHash.Start;
        var lower = FeatureHash.Start;
        var shape = FeatureHash.Start;
        ulong prefix1 = FeatureHash.None, prefix2 = FeatureHash.None, prefix3 = FeatureHash.None;
        var lastShape = '\0';
        int letters = 0, uppers = 0, flags = 0;
        for (var k = 0; k < text.Length; k++)
        {
            var c = Normalize(text[k]);
            var l = char.ToLowerInvariant(c);
            word = FeatureHash.Add(word, c);
            lower = FeatureHash.Add(lower, l);
            if (k == 0)
                prefix1 = lower;
            else if (k == 1)
                prefix2 = lower;
            else if (k == 2)
                prefix3 = lower;

            char s;
            if (char.IsUpper(c))
            {
                s = 'X';
                letters++;
                uppers++;
                if (k > 0 && char.IsLower(Normalize(text[k - 1])))
                    flags |= InnerCapital;
            }
            else if (char.IsLetter(c))
            {
                s = 'x';
                letters++;
            }
            else if (char.IsDigit(c))
            {
                s = 'd';
                flags |= Digit;
            }
            else
            {
                s = c;
                if (c == '-')
                    flags |= Hyphen;
                else if (c == '.')
                    flags |= Period;
            }

            if (s != lastShape)
                shape = FeatureHash.Add(shape, s);
            lastShape = s;
        }

        if (text.Length > 0 && char.IsUpper(text[0]))
            flags |= Capitalized;
        if (letters >= 2 && uppers == letters)
            flags |= AllCaps;

        Word = word;
        Lower = lower;
        Shape = shape;
        // A prefix as long as the word says no more than the word.
        Prefix1 = text.Length > 1 ? prefix1 : FeatureHash.None;
        Prefix2 = text.Length > 2 ? prefix2 : FeatureHash.None;
        Prefix3 = text.Length > 3 ? prefix3 : FeatureHash.None;
        Suffix1 = Suffix(text, 1);
        Suffix2 = Suffix(text, 2);
        Suffix3 = Suffix(text, 3);
        Flags = flags;
        Length = text.Length;
    }

    public bool IsCapitalized => (Flags & Capitalized) != 0;

    /// <summary>Words of 1, 2, 3, 4, 5–6, 7–9, 10+ characters.</summary>
    public int LengthBucket => Length switch { <= 4 => Length, <= 6 => 5, <= 9 => 6, _ => 7 };

    private static ulong Suffix(ReadOnlySpan<char> text, int n)
    {
        if (text.Length <= n)
            return FeatureHash.None;
        var h = FeatureHash.Start;
        foreach (var c in text[^n..])
            h = FeatureHash.Add(h, char.ToLowerInvariant(Normalize(c)));
        return h;
    }

    internal static char Normalize(char c) => c switch
    {
        '\u2018' or '\u2019' or '\u02BC' or '`' => '\'',
        '\u201C' or '\u201D' or '\u00AB' or '\u00BB' => '"',
        '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' => '-',
        _ => c,
    };
}
