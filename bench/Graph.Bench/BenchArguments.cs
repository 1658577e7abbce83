using System.Globalization;

namespace Graph.Bench;

/// <summary>
/// The options of one verb: <c>--name value</c> pairs and bare <c>--flag</c>s, each checked against the names the
/// verb knows, read with a default.
/// </summary>
internal sealed class BenchArguments
{
    private readonly Dictionary<string, string?> _values = new(StringComparer.Ordinal);

    private BenchArguments()
    {
    }

    /// <summary>Parses; <paramref name="valued"/> take a value, <paramref name="flags"/> do not. Throws <see cref="ArgumentException"/> on anything else.</summary>
    public static BenchArguments Parse(IReadOnlyList<string> args, IReadOnlyCollection<string> valued, IReadOnlyCollection<string>? flags = null)
    {
        var parsed = new BenchArguments();
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (valued.Contains(name))
            {
                if (i + 1 >= args.Count)
                    throw new ArgumentException($"{name} needs a value.");
                parsed._values[name] = args[++i];
            }
            else if (flags?.Contains(name) == true)
            {
                parsed._values[name] = null;
            }
            else
            {
                throw new ArgumentException($"Unknown option '{name}'.");
            }
        }

        return parsed;
    }

    public bool Has(string name) => _values.ContainsKey(name);

    public string? Text(string name) => _values.GetValueOrDefault(name);

    public int Int(string name, int fallback, int min = int.MinValue) =>
        _values.TryGetValue(name, out var text)
            ? int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= min
                ? value
                : throw new ArgumentException(min > int.MinValue ? $"{name} needs a number of at least {min}." : $"{name} needs a number.")
            : fallback;
}
