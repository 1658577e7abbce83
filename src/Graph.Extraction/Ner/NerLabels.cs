namespace Graph.Extraction.Ner;

/// <summary>
/// The BIO label set: 0 is O (outside a name); for each <see cref="NameType"/> t, 1 + 2t begins a name and
/// 2 + 2t continues it.
/// </summary>
internal static class NerLabels
{
    public const int Outside = 0;

    public static readonly int Count = 1 + 2 * Enum.GetValues<NameType>().Length;

    public static int Begin(NameType type) => 1 + 2 * (int)type;

    public static int Inside(NameType type) => 2 + 2 * (int)type;

    public static bool IsBegin(int label) => label > 0 && label % 2 == 1;

    public static bool IsInside(int label) => label > 0 && label % 2 == 0;

    public static NameType TypeOf(int label) => (NameType)((label - 1) / 2);

    /// <summary>An inside label may only follow a label of its own type.</summary>
    public static bool IsAllowedAfter(int label, int previous) =>
        !IsInside(label) || previous > 0 && TypeOf(previous) == TypeOf(label);

    public static string Name(int label) => label == Outside
        ? "O"
        : (IsBegin(label) ? "B-" : "I-") + ShortName(TypeOf(label));

    public static string ShortName(NameType type) => type switch
    {
        NameType.Person => "PER",
        NameType.Organization => "ORG",
        NameType.Location => "LOC",
        NameType.Nationality => "NAT",
        _ => "OTH",
    };
}
