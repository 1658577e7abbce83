using Graph.Core.Model;

namespace Graph.Extraction.Gazetteers;

/// <summary>Reads the embedded TSV files (Data/*.tsv) into gazetteer entries, one per phrase.</summary>
internal static class GazetteerData
{
    private static readonly Lazy<IReadOnlyList<GazetteerEntry>> Embedded = new(LoadEmbedded);

    public static IReadOnlyList<GazetteerEntry> Entries => Embedded.Value;

    private static List<GazetteerEntry> LoadEmbedded()
    {
        var entries = new List<GazetteerEntry>(12_000);
        var demonyms = new List<GazetteerEntry>();
        foreach (var f in Rows("countries.tsv", 7, 3))
        {
            // iso2, iso3, name, capital, variants, demonyms, common words
            var iso2 = f[0];
            var id = EntityIds.Country(iso2);
            var common = Set(f[6]);
            foreach (var phrase in Phrases(f[2], f[4]))
            {
                entries.Add(new GazetteerEntry(phrase, GazetteerKind.Country, id, f[2], EntityType.Country, Iso2: iso2) { IsCommonWord = common.Contains(phrase) });
            }

            foreach (var phrase in List(f[5]))
            {
                demonyms.Add(new GazetteerEntry(phrase, GazetteerKind.Demonym, id, f[2], EntityType.Country, Iso2: iso2) { IsCommonWord = common.Contains(phrase) });
            }
        }

        entries.AddRange(demonyms);
        AddNamed(entries, "organizations.tsv", GazetteerKind.Organization, EntityType.Organization, EntityIds.Organization);
        AddNamed(entries, "locations.tsv", GazetteerKind.Location, EntityType.Location, EntityIds.Location);
        foreach (var f in Rows("titles.tsv", 4, 2))
        {
            // canonical, category, variants, common words
            var common = Set(f[3]);
            foreach (var phrase in Phrases(f[0], f[2]))
            {
                entries.Add(new GazetteerEntry(phrase, GazetteerKind.Title, f[0], f[0], null)
                {
                    Category = f[1],
                    IsHonorific = f[1] == "honorific",
                    IsCommonWord = common.Contains(phrase),
                });
            }
        }

        return entries;
    }

    // name, iso2, category, variants, common words
    private static void AddNamed(List<GazetteerEntry> entries, string file, GazetteerKind kind, EntityType type, Func<string, string> id)
    {
        foreach (var f in Rows(file, 5, 3))
        {
            var entityId = id(f[0]);
            var iso2 = f[1].Length == 0 ? null : f[1];
            var common = Set(f[4]);
            foreach (var phrase in Phrases(f[0], f[3]))
            {
                entries.Add(new GazetteerEntry(phrase, kind, entityId, f[0], type, CountryIso2: iso2)
                {
                    Category = f[2],
                    IsCommonWord = common.Contains(phrase),
                });
            }
        }
    }

    private static IEnumerable<string> Phrases(string name, string variants) => List(variants).Prepend(name).Distinct(StringComparer.Ordinal);

    private static string[] List(string field) => field.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static HashSet<string> Set(string field) => new(List(field), StringComparer.Ordinal);

    // Rows padded to `width` fields (trailing empty fields may be left out of a line); the first `required` must be there.
    private static IEnumerable<string[]> Rows(string file, int width, int required)
    {
        var name = "Graph.Extraction.Gazetteers." + file;
        using var stream = typeof(GazetteerData).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded gazetteer file {name} is missing.");
        using var reader = new StreamReader(stream);
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length < required || fields.Length > width || fields[0].Length == 0)
            {
                throw new InvalidDataException($"{file} line {lineNumber}: expected {required} to {width} tab-separated fields.");
            }

            var padded = new string[width];
            Array.Fill(padded, "");
            fields.CopyTo(padded, 0);
            yield return padded;
        }
    }
}
