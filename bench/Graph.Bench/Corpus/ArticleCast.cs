using System.Globalization;
using System.Text;

namespace Graph.Bench.Corpus;

/// <summary>
/// Who and what one synthetic article is about, and how its template slots are filled. People are named in
/// full (country, title, name) the first time the body mentions them and by family name after; every other
/// choice comes from the article's own random generator, so the article depends only on the seed and its number.
/// </summary>
internal sealed class ArticleCast
{
    private readonly Random _random;
    private readonly Dictionary<char, Person> _people = [];
    private readonly HashSet<char> _introduced = [];
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);
    private readonly Country[] _countries;
    private readonly (string Name, string Official) _organization;
    private readonly string _company, _topic, _complaint, _place;
    private readonly bool _story;

    public ArticleCast(Random random, CastChoice? cast = null)
    {
        // Without a cast chosen beforehand the article draws its own, in the order the uniform corpus always has.
        _random = random;
        _story = cast?.Story is not null;
        _countries = cast?.Countries ?? Distinct(Vocabulary.Countries, 3);
        _organization = cast?.Organization ?? Pick(Vocabulary.Organizations);
        _company = Pick(Vocabulary.Companies);
        _topic = Pick(Vocabulary.Topics);
        _complaint = Pick(Vocabulary.Complaints);
        // A big story happens in one place, or its reports would conflict and stay apart.
        _place = _story ? _countries[0].Capital
            : random.Next(3) switch { 0 => _countries[1].Capital, 1 => _countries[0].City, _ => _countries[0].Capital };

        var family = cast?.People.Select(p => p.Family).ToArray() ?? Distinct(Vocabulary.FamilyNames, 5);
        var ministers = cast?.Ministers ?? Distinct(Vocabulary.Ministers, 2);
        string Given(int i) => cast?.People[i].Given ?? Pick(Vocabulary.GivenNames);
        _people['A'] = new Person(Given(0), family[0], $"{_countries[0].Adjective} {_countries[0].Leader}", null);
        _people['B'] = new Person(Given(1), family[1], $"{_countries[1].Adjective} {_countries[1].Leader}", null);
        _people['M'] = new Person(Given(2), family[2], $"{_countries[0].Adjective} {ministers[0]}", null);
        _people['N'] = new Person(Given(3), family[3], $"{_countries[1].Adjective} {ministers[1]}", null);
        _people['U'] = new Person(Given(4), family[4], _organization.Official, _organization.Name);
    }

    /// <summary>Fills the slots of a template. In a title people go by family name and nobody counts as introduced.</summary>
    public string Fill(string template, bool title = false) => Capitalize(Expand(template, title));

    private string Expand(string template, bool title)
    {
        var text = new StringBuilder(template.Length + 64);
        var i = 0;
        while (i < template.Length)
        {
            var open = template.IndexOf('{', i);
            if (open < 0)
            {
                text.Append(template, i, template.Length - i);
                break;
            }

            var close = template.IndexOf('}', open);
            text.Append(template, i, open - i);
            var slot = template[(open + 1)..close];
            // Slot values may hold slots themselves (a date phrase holds a weekday).
            text.Append(Expand(Slot(slot, title), title));
            i = close + 1;
        }

        return text.ToString();
    }

    private string Slot(string slot, bool title) => slot switch
    {
        "A" or "B" or "M" or "N" or "U" or "A.last" or "B.last" or "M.last" or "N.last" or "U.last" => Name(slot[0], slot.Length == 1, title),
        ['C', var n, .. var rest] => CountrySlot(_countries[n - '1'], rest),
        "O" => _organization.Name,
        "X" => _company,
        "topic" => _topic,
        "topic2" => Pick(Vocabulary.Topics.Where(t => t != _topic).ToArray()),
        "complaint" => _complaint,
        "place" => _place,
        // Every report of a big story dates it alike, so they are one event.
        "when" => _story ? "yesterday" : Pick(Templates.Dates),
        "day" => Pick(Vocabulary.Weekdays),
        "month" => Pick(Vocabulary.Months),
        "dom" => _random.Next(1, 29).ToString(CultureInfo.InvariantCulture),
        "n" => Pick(Vocabulary.Numbers),
        "num" => (_random.Next(12, 900) * 10).ToString("N0", CultureInfo.InvariantCulture),
        "pct" => (_random.Next(1, 60) / 10.0).ToString("0.0", CultureInfo.InvariantCulture),
        "ord" => Pick(["second", "third", "fourth", "fifth", "sixth"]),
        "amount" => Amount(),
        "goods" or "goods2" => Pick(Vocabulary.Goods),
        "weapon" => Pick(Vocabulary.Weapons),
        "sector" => Pick(Vocabulary.Sectors),
        "quote" or "quote2" => PickFresh(Templates.QuoteLines),
        _ => throw new InvalidOperationException($"Unknown template slot '{slot}'."),
    };

    private string Name(char who, bool full, bool title)
    {
        var person = _people[who];
        if (title)
            return person.Family;
        if (_introduced.Add(who))
            return person.Organization is null ? $"{person.Title} {person.Given} {person.Family}" : $"{person.Title} {person.Given} {person.Family} of {person.Organization}";
        return full && _random.Next(4) == 0 ? $"{person.Given} {person.Family}" : person.Family;
    }

    private static string CountrySlot(Country country, ReadOnlySpan<char> rest) => rest switch
    {
        "" => country.Name,
        ".adj" => country.Adjective,
        ".cap" => country.Capital,
        ".city" => country.City,
        _ => throw new InvalidOperationException($"Unknown country slot '{rest}'."),
    };

    private string Amount()
    {
        var currency = _random.Next(3) switch { 0 => "$", 1 => "\u20ac", _ => "\u00a3" };
        return _random.Next(2) == 0
            ? string.Create(CultureInfo.InvariantCulture, $"{currency}{_random.Next(1, 50) / 2.0:0.#} billion")
            : string.Create(CultureInfo.InvariantCulture, $"{currency}{_random.Next(5, 95) * 10} million");
    }

    public T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    /// <summary>Marks a template as used by this article (see <see cref="PickFresh"/>).</summary>
    public string Used(string item)
    {
        _used.Add(item);
        return item;
    }

    /// <summary>A template or line this article has not used yet when one is found in a few tries: articles repeat themselves little.</summary>
    public string PickFresh(IReadOnlyList<string> items)
    {
        var item = Pick(items);
        for (var tries = 0; tries < 8 && !_used.Add(item); tries++)
            item = Pick(items);
        return item;
    }

    private T[] Distinct<T>(IReadOnlyList<T> items, int count)
    {
        var chosen = new List<T>(count);
        while (chosen.Count < count)
        {
            var item = Pick(items);
            if (!chosen.Contains(item))
                chosen.Add(item);
        }

        return [.. chosen];
    }

    /// <summary>Upper-cases the first letter, after any opening quote ("the United Nations said" starts a sentence).</summary>
    private static string Capitalize(string text)
    {
        var i = text.Length > 0 && text[0] == '"' ? 1 : 0;
        return i < text.Length && char.IsLower(text[i]) ? string.Concat(text.AsSpan(0, i), char.ToUpperInvariant(text[i]).ToString(), text.AsSpan(i + 1)) : text;
    }

    private sealed record Person(string Given, string Family, string Title, string? Organization);
}
