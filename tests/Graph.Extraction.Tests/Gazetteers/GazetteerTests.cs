using Graph.Core.Model;
using Graph.Extraction.Gazetteers;
using Graph.Extraction.Text;

namespace Graph.Extraction.Tests.Gazetteers;

public class GazetteerTests
{
    private static readonly Gazetteer Gazetteer = Gazetteer.Default;

    private static List<(string Text, GazetteerEntry Entry)> Matches(string sentence)
    {
        var tokens = TestTokens.Of(sentence);
        return [.. Gazetteer.Match(tokens).Select(m => (sentence[tokens[m.FirstToken].Start..tokens[m.EndToken - 1].End], m.Entry))];
    }

    [Theory]
    [InlineData("The U.S. said it would respond.", "U.S.")]
    [InlineData("America is ready, officials said.", "America")]
    [InlineData("Talks with the United States stalled.", "United States")]
    [InlineData("The US envoy arrived.", "US")]
    [InlineData("The United States of America signed.", "United States of America")]
    public void Match_UnitedStatesVariants_CountryUS(string sentence, string expected)
    {
        var match = Assert.Single(Matches(sentence), m => m.Entry.Kind == GazetteerKind.Country);
        Assert.Equal(expected, match.Text);
        Assert.Equal("country:US", match.Entry.EntityId);
        Assert.Equal("United States", match.Entry.CanonicalName);
        Assert.Equal(EntityType.Country, match.Entry.EntityType);
    }

    [Theory]
    [InlineData("UK")]
    [InlineData("U.K.")]
    [InlineData("Britain")]
    [InlineData("Great Britain")]
    [InlineData("United Kingdom")]
    public void Lookup_BritainVariants_CountryGB(string phrase)
    {
        var entry = Gazetteer.Lookup(phrase);
        Assert.NotNull(entry);
        Assert.Equal("country:GB", entry.EntityId);
        Assert.Equal("GB", entry.Iso2);
    }

    [Theory]
    [InlineData("Officials in Lome denied it.", "Lome")]
    [InlineData("Officials in Lomé denied it.", "Lomé")]
    [InlineData("Yaounde said nothing.", "Yaounde")]
    public void Match_CapitalWrittenWithOrWithoutItsAccents_TheSamePlace(string sentence, string expected)
    {
        var match = Assert.Single(Matches(sentence), m => m.Entry.Kind == GazetteerKind.Location);
        Assert.Equal(expected, match.Text);
        Assert.Equal(expected.StartsWith("Lom", StringComparison.Ordinal) ? "loc:lome" : "loc:yaounde", match.Entry.EntityId);
    }

    [Fact]
    public void Match_Demonym_RefersToCountry()
    {
        var match = Assert.Single(Matches("A Russian delegation arrived."));
        Assert.Equal("Russian", match.Text);
        Assert.Equal(GazetteerKind.Demonym, match.Entry.Kind);
        Assert.Equal("country:RU", match.Entry.EntityId);
        Assert.Equal("Russia", match.Entry.CanonicalName);
    }

    [Fact]
    public void Match_LowerCasePronounUs_NoMatch()
    {
        Assert.Empty(Matches("He told us that the talks would go on."));
        Assert.Null(Gazetteer.Lookup("us"));
        Assert.Null(Gazetteer.Lookup("Us"));
    }

    [Fact]
    public void Match_CommonWordInLowerCase_NoMatch()
    {
        Assert.Empty(Matches("They ate turkey and rice from china plates."));
    }

    [Fact]
    public void Match_CapitalisedCountryMidSentence_Matches()
    {
        var match = Assert.Single(Matches("Officials in Turkey and Chad agreed."), m => m.Text == "Turkey");
        Assert.Equal("country:TR", match.Entry.EntityId);
    }

    [Fact]
    public void Match_PossessiveToken_MatchesName()
    {
        var tokens = TestTokens.Of("Russia's foreign minister spoke.");
        var match = Gazetteer.Match(tokens)[0];
        Assert.Equal((0, 1), (match.FirstToken, match.EndToken));
        Assert.Equal("country:RU", match.Entry.EntityId);
    }

    [Fact]
    public void Match_PossessiveInsideToken_MatchesName()
    {
        Token[] tokens = [new(0, 8, "Russia's"), new(9, 16, "borders")];
        var match = Assert.Single(Gazetteer.Match(tokens));
        Assert.Equal("country:RU", match.Entry.EntityId);
        Assert.Equal(6, match.PhraseEnd);
    }

    [Theory]
    [InlineData("U.S.-led", "country:US", 4)]
    [InlineData("Iranian-made", "country:IR", 7)]
    public void Match_HyphenatedModifierInsideToken_MatchesName(string word, string expectedId, int expectedEnd)
    {
        Token[] tokens = [new(0, 3, "the"), new(4, 4 + word.Length, word), new(5 + word.Length, 10 + word.Length, "drone")];
        var match = Assert.Single(Gazetteer.Match(tokens));
        Assert.Equal((1, 2), (match.FirstToken, match.EndToken));
        Assert.Equal(expectedId, match.Entry.EntityId);
        Assert.Equal(4 + expectedEnd, match.PhraseEnd);
    }

    [Fact]
    public void Match_LowerCaseCompoundAfterAName_NoMatchInsideTheCompound()
    {
        Token[] tokens = [new(0, 9, "Ukrainian"), new(10, 29, "military-industrial"), new(30, 40, "facilities")];
        var match = Assert.Single(Gazetteer.Match(tokens));
        Assert.Equal((0, 1), (match.FirstToken, match.EndToken));
        Assert.Equal("country:UA", match.Entry.EntityId);
    }

    [Fact]
    public void Match_WholeToken_NoPhraseEnd()
    {
        var match = Assert.Single(Gazetteer.Match(TestTokens.Of("in Moscow today")));
        Assert.Null(match.PhraseEnd);
    }

    [Fact]
    public void Match_AbbreviationSplitFromPeriod_Matches()
    {
        Token[] tokens = [new(0, 3, "The"), new(4, 7, "U.S"), new(7, 8, "."), new(9, 13, "said")];
        var match = Assert.Single(Gazetteer.Match(tokens));
        Assert.Equal((1, 3), (match.FirstToken, match.EndToken));
        Assert.Equal("country:US", match.Entry.EntityId);
    }

    [Fact]
    public void Match_Nato_Organization()
    {
        var match = Assert.Single(Matches("He warned NATO against expansion."));
        Assert.Equal(GazetteerKind.Organization, match.Entry.Kind);
        Assert.Equal("org:nato", match.Entry.EntityId);
        Assert.Equal(EntityType.Organization, match.Entry.EntityType);
    }

    [Fact]
    public void Match_SecurityCouncil_LongestMatchWins()
    {
        var match = Assert.Single(Matches("The U.N. Security Council met on Monday."), m => m.Entry.Kind == GazetteerKind.Organization);
        Assert.Equal("U.N. Security Council", match.Text);
        Assert.Equal(Gazetteer.Lookup("UN Security Council")!.EntityId, match.Entry.EntityId);
        Assert.NotEqual(Gazetteer.Lookup("U.N.")!.EntityId, match.Entry.EntityId);
    }

    [Theory]
    [InlineData("Deputy Interior Minister", "Deputy Interior Minister")]
    [InlineData("Secretary of State", "Secretary of State")]
    [InlineData("Defence Minister", "Defense Minister")]
    [InlineData("Sen.", "Senator")]
    [InlineData("prime minister", "Prime Minister")]
    public void CanonicalTitle_TitlePhrase_CanonicalForm(string phrase, string expected)
    {
        Assert.Equal(expected, Gazetteer.CanonicalTitle(phrase));
    }

    [Fact]
    public void Match_TitleBeforeName_LongestTitle()
    {
        var match = Assert.Single(Matches("Poland's Deputy Interior Minister spoke."), m => m.Entry.Kind == GazetteerKind.Title);
        Assert.Equal("Deputy Interior Minister", match.Text);
    }

    [Fact]
    public void Lookup_Honorific_MarkedAsHonorific()
    {
        var entry = Gazetteer.Lookup("Mr.");
        Assert.NotNull(entry);
        Assert.True(entry.IsHonorific);
        Assert.False(Gazetteer.Lookup("President")!.IsHonorific);
    }

    [Fact]
    public void Lookup_KyivAndKiev_SameLocation()
    {
        var kyiv = Gazetteer.Lookup("Kyiv");
        var kiev = Gazetteer.Lookup("Kiev");
        Assert.NotNull(kyiv);
        Assert.Equal("loc:kyiv", kyiv.EntityId);
        Assert.Equal(kyiv.EntityId, kiev?.EntityId);
        Assert.Equal("UA", kyiv.CountryIso2);
    }

    [Fact]
    public void Match_WashingtonDC_OneLocation()
    {
        var match = Assert.Single(Matches("She flew to Washington, D.C. on Friday."));
        Assert.Equal("Washington, D.C.", match.Text);
        Assert.Equal(Gazetteer.Lookup("Washington")!.EntityId, match.Entry.EntityId);
    }

    [Theory]
    [InlineData("Russia's", "country:RU")]
    [InlineData("  United   Nations ", "org:united-nations")]
    [InlineData("the United States", "country:US")]
    [InlineData("MOSCOW", "loc:moscow")]
    public void Lookup_Normalises_Finds(string phrase, string expectedId)
    {
        Assert.Equal(expectedId, Gazetteer.Lookup(phrase)?.EntityId);
    }

    [Fact]
    public void Country_Iso2_CanonicalEntry()
    {
        var ru = Gazetteer.Country("ru");
        Assert.NotNull(ru);
        Assert.Equal("Russia", ru.Phrase);
        Assert.Equal("country:SU", Gazetteer.Country("SU")?.EntityId);
        Assert.Null(Gazetteer.Country("QQ"));
    }

    [Fact]
    public void Demonyms_Country_AdjectivesAndNouns()
    {
        Assert.Contains("Polish", Gazetteer.Demonyms("PL"));
        Assert.Contains("Poles", Gazetteer.Demonyms("PL"));
        Assert.Contains("British", Gazetteer.Demonyms("GB"));
        Assert.Contains("Briton", Gazetteer.Demonyms("GB"));
        Assert.Empty(Gazetteer.Demonyms("QQ"));
    }

    [Fact]
    public void Match_TitleInLowerCaseWithName_KeepsNameCase()
    {
        var match = Assert.Single(Matches("The ambassador to the United Nations spoke."));
        Assert.Equal("ambassador to the United Nations", match.Text);
        Assert.Equal("Ambassador to the United Nations", match.Entry.CanonicalName);
    }

    [Fact]
    public void Match_CountryPrefixedTitle_CountryAndTitleApart()
    {
        var matches = Matches("U.S. Secretary of State arrived.");
        Assert.Equal(["U.S.", "Secretary of State"], matches.Select(m => m.Text));
    }

    [Fact]
    public void Match_Dateline_CapitalsMatch()
    {
        var matches = Matches("MOSCOW (AP) — The Kremlin said talks had failed.");
        Assert.Equal(["loc:moscow", "org:associated-press", "org:kremlin"], matches.Select(m => m.Entry.EntityId));
    }

    [Fact]
    public void Match_CommonWordFirstInSentence_NotMatched()
    {
        Assert.DoesNotContain(Matches("General elections are due in May."), m => m.Text == "General");
        Assert.Contains(Matches("They met General Smith."), m => m.Text == "General");
        Assert.Empty(Matches("Fed up, they left."));
        Assert.Contains(Matches("\"Turkey will not accept this,\" he said."), m => m.Text == "Turkey");
    }

    [Fact]
    public void Entries_EmbeddedData_Consistent()
    {
        var countries = Gazetteer.Entries.Where(e => e.Kind == GazetteerKind.Country).ToList();
        // The sovereign states (UN members, observers, Taiwan and Kosovo) and three historical ones; territories are places.
        Assert.InRange(countries.Select(e => e.Iso2).Distinct().Count(), 198, 205);
        Assert.Contains(Gazetteer.Entries, e => e is { Kind: GazetteerKind.Location, CanonicalName: "Hong Kong" });
        Assert.All(Gazetteer.Entries, e =>
        {
            Assert.Matches(@"^(country:[A-Z]{2}|org:[a-z0-9-]+|loc:[a-z0-9-]+)$|^[A-Z]", e.EntityId);
            if (e.CountryIso2 is { } iso2)
            {
                Assert.NotNull(Gazetteer.Country(iso2));
            }
        });
        Assert.All(Gazetteer.Entries.Where(e => e.Kind == GazetteerKind.Title), e => Assert.Null(e.EntityType));
    }

    [Theory]
    [InlineData("European Community")]
    [InlineData("European Economic Community")]
    [InlineData("EEC")]
    public void Lookup_EuropeanCommunityNames_TheCommunityNotTheCommission(string phrase)
    {
        var entry = Gazetteer.Lookup(phrase);
        Assert.NotNull(entry);
        Assert.Equal("European Community", entry.CanonicalName);
        Assert.Equal("European Commission", Gazetteer.Lookup("EC")?.CanonicalName);
    }
}
