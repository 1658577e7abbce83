using System.Globalization;

namespace Graph.Broker.Tests;

/// <summary>
/// Invented wire stories for the broker tests, generated into a folder: talks, calls, visits, accusations and pledges
/// among a small invented cast, each actor always named in full, and each story dated a week after the one before,
/// so no two stories report the same event: the graph is the same whichever order the stories are written in.
/// </summary>
internal static class NewsWire
{
    private static readonly (string Title, string Name, string Adjective, string Country)[] Cast =
    [
        ("President", "Marguerite Olsson", "Swedish", "Sweden"),
        ("Prime Minister", "Tomasz Wierzbicki", "Polish", "Poland"),
        ("Foreign Minister", "Amara Okonkwo", "Nigerian", "Nigeria"),
        ("Chancellor", "Felix Brandauer", "Austrian", "Austria"),
        ("President", "Rosa Valdivia", "Chilean", "Chile"),
        ("Prime Minister", "Kenji Morimoto", "Japanese", "Japan"),
        ("Foreign Minister", "Leila Haddad", "Moroccan", "Morocco"),
        ("President", "Pieter de Graaf", "Dutch", "Netherlands"),
        ("Prime Minister", "Siobhan Keane", "Irish", "Ireland"),
        ("Foreign Minister", "Mateus Carvalho", "Portuguese", "Portugal"),
    ];

    private static readonly string[] Cities = ["Helsinki", "Lima", "Accra", "Brussels", "Hanoi", "Reykjavik", "Tunis"];

    private static readonly string[] Subjects = ["grain exports", "river pollution", "port fees", "visa rules", "wind power", "cyber attacks", "fishing quotas"];

    /// <summary>Writes stories 0 … <paramref name="count"/>−1 as <c>wire-NNNN.md</c> into <paramref name="folder"/>.</summary>
    public static string Write(string folder, int count)
    {
        Directory.CreateDirectory(folder);
        for (var i = 0; i < count; i++)
            File.WriteAllText(Path.Combine(folder, $"wire-{i.ToString("D4", CultureInfo.InvariantCulture)}.md"), Story(i));
        return folder;
    }

    public static string Story(int i)
    {
        var a = Cast[i % Cast.Length];
        var b = Cast[(i * 7 + 3) % Cast.Length];
        if (b == a)
            b = Cast[(i + 1) % Cast.Length];
        var city = Cities[i % Cities.Length];
        var subject = Subjects[(i / 2) % Subjects.Length];
        var published = new DateOnly(2023, 1, 2).AddDays(7 * i).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var body = (i % 5) switch
        {
            0 => $"{a.Adjective} {a.Title} {a.Name} held talks with {b.Adjective} {b.Title} {b.Name} in {city} on Monday about {subject}. The two sides agreed to meet again.",
            1 => $"{a.Adjective} {a.Title} {a.Name} telephoned {b.Adjective} {b.Title} {b.Name} on Tuesday to discuss {subject}, according to a statement.",
            2 => $"{a.Country} accused {b.Country} of ignoring an accord on {subject}, {a.Title} {a.Name} told reporters on Wednesday.",
            3 => $"{a.Adjective} {a.Title} {a.Name} visited {b.Country} on Thursday for talks on {subject}.",
            _ => $"{a.Country} pledged aid to {b.Country} after floods, {a.Title} {a.Name} said in {city} on Friday.",
        };
        return $"""
            ---
            title: Wire {i}: {a.Country} and {b.Country}
            published: {published}
            ---

            {body}
            """;
    }
}
