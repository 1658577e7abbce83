using Graph.Core.Model;

namespace Graph.Bench.Corpus;

/// <summary>
/// Who a shaped article is about, chosen before the article's own text: its three countries, its organisation, its
/// five people (the two leaders, the two ministers, the official; distinct family names, since later mentions use
/// them alone) and the ministers' portfolios. With <see cref="Story"/>, the article reports that big story's meeting
/// on that day.
/// </summary>
internal sealed record CastChoice(
    Country[] Countries,
    (string Name, string Official) Organization,
    (string Given, string Family)[] People,
    string[] Ministers,
    ArticleStory? Story);

/// <summary>A big story: the meeting (on <see cref="Published"/>) every article about it reports.</summary>
internal sealed record ArticleStory(int Number, DateOnly Published, EventType Main);

/// <summary>The casts of the shaped corpora (<see cref="CorpusShape"/>); each depends only on the seed and the article number.</summary>
internal sealed class CastChoices(CorpusShape shape, int seed)
{
    /// <summary>Big stories of the skewed corpus, and one article in how many is about one of them.</summary>
    public const int Stories = 10, StoryEvery = 50;

    // Exponents that give the most frequent country about a third of the articles (3 per article, 46 in all) and
    // the most frequent person one in twenty (5 per article out of 2,592).
    private static readonly Zipf CountryRanks = new(Vocabulary.Countries.Length, 0.7);
    private static readonly Zipf OrganizationRanks = new(Vocabulary.Organizations.Length, 1.0);
    private static readonly Zipf PersonRanks = new(Vocabulary.GivenNames.Length * Vocabulary.FamilyNames.Length, 0.5);
    private static readonly Zipf StoryRanks = new(Stories, 1.0);

    /// <summary>The cast of article <paramref name="number"/>; null for the uniform corpus (the article draws its own).</summary>
    public CastChoice? For(int number)
    {
        var random = new Random(unchecked(seed * 7_919 + number * 104_729 + (int)shape));
        return shape switch
        {
            CorpusShape.Skewed => random.Next(StoryEvery) == 0 ? Story(StoryRanks.Next(random)) : Skewed(random),
            CorpusShape.HubEvent => Story(0),
            CorpusShape.HubActor => HubActor(random),
            _ => null,
        };
    }

    private CastChoice Skewed(Random random)
    {
        var countries = CountryRanks.Distinct(random, 3);
        var organization = OrganizationRanks.Next(random);
        var people = PersonRanks.Distinct(random, 5, (rank, chosen) => chosen.All(c => Person(c).Family != Person(rank).Family));
        return new CastChoice([.. countries.Select(c => Vocabulary.Countries[c])], Vocabulary.Organizations[organization],
            [.. people.Select(Person)], Ministers(random), null);
    }

    /// <summary>A story's cast is drawn from the story's number alone, so every article about it names the same actors.</summary>
    private CastChoice Story(int story)
    {
        var random = new Random(unchecked(seed * 31 + story));
        var cast = Skewed(random);
        var published = new DateOnly(2019, 1, 1).AddDays(random.Next(0, 6 * 365));
        return cast with { Story = new ArticleStory(story, published, EventType.Meeting) };
    }

    /// <summary>The most frequent person of the skewed corpus, leader of its most frequent country, and the rest drawn evenly.</summary>
    private static CastChoice HubActor(Random random)
    {
        var countries = new List<int> { 0 };
        while (countries.Count < 3)
        {
            var c = random.Next(Vocabulary.Countries.Length);
            if (!countries.Contains(c))
                countries.Add(c);
        }

        var people = new List<int> { 0 };
        while (people.Count < 5)
        {
            var p = random.Next(Vocabulary.GivenNames.Length * Vocabulary.FamilyNames.Length);
            if (people.All(q => Person(q).Family != Person(p).Family))
                people.Add(p);
        }

        return new CastChoice([.. countries.Select(c => Vocabulary.Countries[c])], Vocabulary.Organizations[random.Next(Vocabulary.Organizations.Length)],
            [.. people.Select(Person)], Ministers(random), null);
    }

    private static string[] Ministers(Random random)
    {
        var first = random.Next(Vocabulary.Ministers.Length);
        var second = (first + 1 + random.Next(Vocabulary.Ministers.Length - 1)) % Vocabulary.Ministers.Length;
        return [Vocabulary.Ministers[first], Vocabulary.Ministers[second]];
    }

    /// <summary>Person of rank <paramref name="rank"/>: every (given, family) pair once (49 is prime to 54, so the family index runs through all values).</summary>
    private static (string Given, string Family) Person(int rank)
    {
        var given = rank % Vocabulary.GivenNames.Length;
        var round = rank / Vocabulary.GivenNames.Length;
        return (Vocabulary.GivenNames[given], Vocabulary.FamilyNames[(49 * round + given) % Vocabulary.FamilyNames.Length]);
    }
}
