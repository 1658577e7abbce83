using System.Globalization;

namespace Graph.Worker.Tests.Neo4jInstance;

/// <summary>
/// Invented articles for the pipeline tests, generated into a folder: meetings, calls, accusations, sanctions and
/// visits between a small cast, so that entities recur across articles (sometimes under shorter names).
/// </summary>
internal static class Corpus
{
    private static readonly (string Title, string Name, string Adjective, string Country)[] Cast =
    [
        ("President", "Claire Dumont", "French", "France"),
        ("Chancellor", "Otto Reinhardt", "German", "Germany"),
        ("Prime Minister", "Ingrid Solvang", "Norwegian", "Norway"),
        ("Foreign Minister", "Hiro Tanabe", "Japanese", "Japan"),
        ("President", "Daniel Otieno", "Kenyan", "Kenya"),
        ("Foreign Minister", "Anne Leclerc", "Canadian", "Canada"),
        ("President", "Lucia Ferreira", "Brazilian", "Brazil"),
        ("Prime Minister", "Arjun Mehta", "Indian", "India"),
    ];

    private static readonly string[] Cities = ["Vienna", "Oslo", "Nairobi", "Geneva", "Lisbon", "Tokyo"];

    private static readonly string[] Topics = ["energy", "trade", "climate finance", "fisheries", "security", "vaccines"];

    /// <summary>Writes <paramref name="count"/> articles (a-0000.md …) into <paramref name="folder"/>; the same count gives the same files.</summary>
    public static string Write(string folder, int count)
    {
        Directory.CreateDirectory(folder);
        for (var i = 0; i < count; i++)
            File.WriteAllText(Path.Combine(folder, $"a-{i.ToString("D4", CultureInfo.InvariantCulture)}.md"), Article(i));
        return folder;
    }

    public static string Article(int i)
    {
        var a = Cast[i % Cast.Length];
        var b = Cast[(i * 3 + 1) % Cast.Length];
        if (b == a)
            b = Cast[(i + 1) % Cast.Length];
        var city = Cities[i % Cities.Length];
        var topic = Topics[(i / 3) % Topics.Length];
        var surname = a.Name.Split(' ')[^1];
        var body = (i % 5) switch
        {
            0 => $"{a.Adjective} {a.Title} {a.Name} met {b.Adjective} {b.Title} {b.Name} in {city} on Monday. \"We agreed to work together on {topic},\" {surname} said after the talks.",
            1 => $"{a.Adjective} {a.Title} {a.Name} spoke by phone with {b.Adjective} {b.Title} {b.Name} on Tuesday. The two leaders discussed {topic}.",
            2 => $"{a.Country} accused {b.Country} of breaking the {topic} agreement, {a.Title} {a.Name} said on Wednesday.",
            3 => $"{a.Country} imposed sanctions on {b.Country} over {topic}, officials said on Thursday. {surname} defended the decision.",
            _ => $"{a.Adjective} {a.Title} {a.Name} visited {city} on Friday and pledged aid for {topic}.",
        };
        return $"""
            ---
            title: Report {i}: {a.Name} and {b.Name}
            published: 2024-05-{1 + i % 28:D2}
            ---

            {body}
            """;
    }
}
