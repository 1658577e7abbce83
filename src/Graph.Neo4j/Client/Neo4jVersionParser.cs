using System.Globalization;

namespace Graph.Neo4j.Client;

/// <summary>Parses the versions Neo4j reports: <c>3.1.1</c>, <c>5.26.0</c>, <c>2025.01.0</c>, <c>4.4.0-drop04.0</c>, <c>5.0.0-aura</c>.</summary>
public static class Neo4jVersionParser
{
    /// <summary>The numeric part (up to four components); suffixes after '-' or '+' are dropped.</summary>
    public static bool TryParse(string? text, out Version version)
    {
        version = new Version(0, 0);
        if (string.IsNullOrWhiteSpace(text)) return false;

        var core = text.Trim();
        var suffix = core.IndexOfAny(['-', '+', ' ']);
        if (suffix >= 0) core = core[..suffix];

        var parts = core.Split('.');
        if (parts.Length is < 1 or > 4) return false;
        var numbers = new int[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out numbers[i])) return false;
        }

        version = numbers.Length switch
        {
            1 => new Version(numbers[0], 0),
            2 => new Version(numbers[0], numbers[1]),
            3 => new Version(numbers[0], numbers[1], numbers[2]),
            _ => new Version(numbers[0], numbers[1], numbers[2], numbers[3]),
        };
        return true;
    }
}
