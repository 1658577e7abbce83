using Graph.Core.Model;
using Graph.Extraction.Mentions;

namespace Graph.Extraction.Tests.Resolution;

public class EntityResolverTests
{
    [Fact]
    public void Resolve_ShortName_JoinsTheFullName()
    {
        var analysis = TestArticles.Analyze(
            "Chancellor Greta Holmqvist arrived on Monday. Holmqvist said the talks would be hard. Later Holmqvist left.");

        var ids = analysis.Mentions.Where(m => m.Type == EntityType.Person).Select(m => m.EntityId).Distinct().ToList();
        var person = Assert.Single(ids);
        Assert.Equal("Greta Holmqvist", analysis.Entities[person].Name);
        Assert.Contains("Holmqvist", analysis.Entities[person].Aliases);
        Assert.Contains(analysis.Mentions, m => m.Text == "Holmqvist" && m.Kind == MentionKind.ShortName);
    }

    [Fact]
    public void Resolve_ShortNameBeforeFullName_StillJoins()
    {
        var article = TestArticles.WithTitle("Holmqvist says talks will be hard", "Chancellor Greta Holmqvist arrived on Monday.");
        var analysis = TestArticles.Extractor.Analyze(article, CancellationToken.None);

        Assert.All(analysis.Mentions.Where(m => m.Type == EntityType.Person), m => Assert.Equal("person:greta-holmqvist", m.EntityId));
        Assert.Equal(2, analysis.Mentions.Count(m => m.Type == EntityType.Person));
    }

    [Fact]
    public void Resolve_TwoPersonsSharingASurname_StayTwo()
    {
        var analysis = TestArticles.Analyze(
            "Senator Anna Berglund met Governor Erik Berglund. Berglund said the meeting went well.");

        var persons = analysis.Entities.Values.Where(e => e.Type == EntityType.Person).Select(e => e.Name).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["Anna Berglund", "Erik Berglund"], persons);
        Assert.DoesNotContain(analysis.Mentions, m => m.Text == "Berglund" && m.Type == EntityType.Person);
    }

    [Fact]
    public void Resolve_Demonym_IsAMentionOfTheCountry()
    {
        var analysis = TestArticles.Analyze("Norwegian officials praised the plan, and Norway will pay for it.");

        var demonym = Assert.Single(analysis.Mentions, m => m.Text == "Norwegian");
        Assert.Equal(MentionKind.Demonym, demonym.Kind);
        Assert.Equal("country:NO", demonym.EntityId);
        Assert.Equal("country:NO", Assert.Single(analysis.Mentions, m => m.Text == "Norway").EntityId);
    }

    [Fact]
    public void Resolve_CountryVariants_AreOneEntity()
    {
        var analysis = TestArticles.Analyze("The U.S. objected. The United States later agreed, and America paid.");

        Assert.All(analysis.Mentions, m => Assert.Equal("country:US", m.EntityId));
        Assert.Equal(3, analysis.Mentions.Count);
        Assert.Equal("US", analysis.Entities["country:US"].Iso2);
    }

    [Fact]
    public void Resolve_DemonymInsideAnOrganisationName_IsPartOfTheName()
    {
        var analysis = TestArticles.Analyze("The Syrian Democratic Forces took the town.");

        var org = Assert.Single(analysis.Mentions);
        Assert.Equal("Syrian Democratic Forces", org.Text);
        Assert.Equal(EntityType.Organization, org.Type);
    }

    [Fact]
    public void Resolve_PronounSubjectOfSpeechVerb_IsThePreviousPerson()
    {
        var analysis = TestArticles.Analyze("Mayor Lena Sorvik opened the bridge. She said it would ease traffic.");

        var pronoun = Assert.Single(analysis.Mentions, m => m.Kind == MentionKind.Pronoun);
        Assert.Equal("She", pronoun.Text);
        Assert.Equal("person:lena-sorvik", pronoun.EntityId);
    }

    [Fact]
    public void Resolve_PronounWithoutARecentPerson_IsLeftOut()
    {
        var analysis = TestArticles.Analyze(
            "Mayor Lena Sorvik opened the bridge. Traffic grew. Prices rose. Rain fell. She said it would ease traffic.");

        Assert.DoesNotContain(analysis.Mentions, m => m.Kind == MentionKind.Pronoun);
    }

    [Fact]
    public void Extract_PronounMentions_AreNotInTheDocument()
    {
        var document = TestArticles.Extractor.Extract(TestArticles.Body("Mayor Lena Sorvik opened the bridge. She said it would ease traffic."), CancellationToken.None);

        Assert.DoesNotContain(document.Mentions, m => m.Text == "She");
        Assert.Contains(document.Entities, e => e.Id == "person:lena-sorvik");
    }

    [Fact]
    public void Resolve_CompoundSurnameAlone_JoinsTheFullName()
    {
        var analysis = TestArticles.Analyze(
            "President Tiago Barros Neto arrived on Sunday. \"We came to listen,\" Barros Neto said at the airport.");

        var persons = analysis.Mentions.Where(m => m.Type == EntityType.Person).Select(m => m.EntityId).Distinct().ToList();
        Assert.Equal(["person:tiago-barros-neto"], persons);
    }

    [Fact]
    public void Extract_ForeignMinistriesOfTwoStates_TwoBodies()
    {
        var ministries = Frames.Parsed.Extract("The Chinese Foreign Ministry said the patrol was lawful. Azerbaijan's Foreign Ministry said the talks would resume.")
            .Entities.Where(e => e.Type == EntityType.Organization).Select(e => (e.Id, e.Name)).Order().ToList();

        Assert.Equal([("org:ministry-of-foreign-affairs-az", "Ministry of Foreign Affairs of Azerbaijan"), ("org:ministry-of-foreign-affairs-cn", "Ministry of Foreign Affairs of China")], ministries);
    }

    [Fact]
    public void Extract_ForeignMinistryOfNoNamedState_TheBodyAsListed() =>
        Assert.Contains(Frames.Parsed.Extract("The Foreign Ministry said the talks would resume.").Entities, e => e.Id == "org:ministry-of-foreign-affairs");

    [Fact]
    public void Extract_SenateOfAnotherStateNamedOnce_ThatStatesSenateThroughout() =>
        Assert.Equal(["Senate of Cambodia"], Bodies("Cambodia's Senate approved the border treaty on Monday. The Senate also elected Sok Meas as its president."));

    [Fact]
    public void Extract_SenateOfNoNamedState_TheBodyAsListed() =>
        Assert.Equal(["Senate"], Bodies("The Senate approved the bill on Monday."));

    [Fact]
    public void Extract_BodyFoundByItsNameAfterADemonym_ThatStatesBody() =>
        Assert.Equal(["National Assembly of Kenya"], Bodies("The Kenyan National Assembly voted on Monday to recall the envoy."));

    [Fact]
    public void Extract_BodyOfACountryOrInItsCapital_ThatStatesBody() =>
        Assert.Equal(["Central Bank of Nigeria", "Ministry of Foreign Affairs of Kenya"],
            Bodies("The Central Bank of Nigeria raised its main rate. The Foreign Ministry in Nairobi welcomed the decision."));

    [Fact]
    public void Extract_BodyOfNoNamedStateInAStoryAboutOne_TheStorysState() =>
        Assert.Equal(["Ministry of Interior of Belarus"],
            Bodies("Belarus detained 40 protesters on Sunday. Belarusian police used water cannon, and the Interior Ministry said the rally was illegal."));

    [Fact]
    public void Extract_BodyOfNoNamedStateInAStoryAboutTwo_TheBodyAsListed() =>
        Assert.Equal(["Ministry of Defense"], Bodies("Chile and Peru held joint drills. The Defence Ministry said the drills ended on Sunday."));

    [Fact]
    public void Extract_SenateInAStoryDatelinedFromAnotherCapital_ThatStatesSenate() =>
        Assert.Equal(["Senate of Cambodia"], Bodies("PHNOM PENH (Reuters) — The Senate approved a border treaty with Thailand on Monday, a vote Cambodian lawmakers called historic."));

    [Fact]
    public void Extract_BodyInAStoryDatelinedFromACapitalNamingNoOtherState_ThatCapitalsState() =>
        Assert.Equal(["Ministry of Interior of Belgium"], Bodies("BRUSSELS (AP) — The Interior Ministry said on Monday that two men had been arrested."));

    [Fact]
    public void Extract_BodyInAStoryDatelinedFromACapitalAboutAnotherState_TheStorysState() =>
        Assert.Equal(["Ministry of Interior of Belarus"],
            Bodies("BRUSSELS (AP) — Belarus detained 40 protesters on Sunday. Belarusian police used water cannon, and the Interior Ministry said the rally was illegal."));

    [Fact]
    public void Extract_StateWrittenIntoTheBodysName_ThatStatesBody() =>
        Assert.Equal(["Supreme Court of United States"], Bodies("The U.S. Supreme Court rejected the appeal on Monday."));

    [Fact]
    public void Extract_SenateNamedBareInAStoryNamingItsOwnCountry_TheOwnersSenate() =>
        Assert.Equal(["Senate", "Senate of Cambodia"],
            Bodies("Cambodia's Senate ratified the trade pact on Monday, but the Senate in Washington has yet to vote on it, U.S. officials said."));

    [Fact]
    public void Extract_BodyNameOpeningAPartysName_NoStateBody() =>
        Assert.DoesNotContain("Congress of Nepal", Bodies("A member of the Nepali Congress party said the talks would resume."));

    [Fact]
    public void Extract_BodyNameOpeningANameWithOf_NoStateBody() =>
        Assert.DoesNotContain("Congress of Zimbabwe", Bodies("The Zimbabwe Congress of Trade Unions said two of its guests were deported."));

    [Theory]
    [InlineData("Hon. Aisha Lawal met Tan Sri Ahmad Zaki in Abuja on Monday.", "Ahmad Zaki", "Aisha Lawal")]
    [InlineData("Sheikha Mariam bint Ahmed Al Thani met Datin Seri Noraini Hassan in Doha on Monday.", "Mariam bint Ahmed Al Thani", "Noraini Hassan")]
    public void Extract_HonorificsOfNigeriaMalaysiaAndTheGulf_NotInTheName(string body, string first, string second) =>
        Assert.Equal([first, second], Frames.Parsed.Entities(body).Where(e => e.Type == EntityType.Person).Select(e => e.Name).Order(StringComparer.Ordinal));

    [Theory]
    [InlineData("Russia's Defence Ministry said its forces had taken the village.")]
    [InlineData("Russia's Ministry of Defence said its forces had taken the village.")]
    [InlineData("The Defence Ministry in Moscow said its forces had taken the village.")]
    public void Extract_AStatesBodyTheGazetteerListsUnderItsAdjective_ThatEntryWhateverTheSpelling(string body) =>
        Assert.Equal(["Russian Defense Ministry"], Bodies(body));

    [Fact]
    public void Extract_PartyNamedAfterAStateBody_ThatStatesPartyNotTheBody() =>
        Assert.Equal(["Congress", "Congress Party of India"], Bodies("India's Congress party said the U.S. Congress had no say in the matter."));

    [Theory]
    [InlineData("LIMA (Reuters) — Congress voted on Monday to remove President Ana Quispe, lawmakers said.", "Congress of Peru")]
    [InlineData("Colombia's Congress approved the budget. The United States welcomed the vote. Congress also approved a trade bill.", "Congress of Colombia")]
    public void Extract_BareUsBodyInAnotherStatesStory_ThatStatesBody(string body, string name) =>
        Assert.Equal([name], Bodies(body));

    [Theory]
    [InlineData("Japan's Liberal Democratic Party won the election on Sunday.", "Liberal Democratic Party")]
    [InlineData("Germany's Free Democrats left the coalition on Sunday.", "Free Democrats")]
    [InlineData("Canada's New Democratic Party said it would back the budget.", "New Democratic Party")]
    [InlineData("On Tuesday, House Democrats presented a bill on the border.", "Democratic Party")]
    public void Extract_WordsBeforeAKnownPartysName_AnotherPartyOrTheKnownOnesMembers(string body, string party) =>
        Assert.Equal([party], Bodies(body));

    private static List<string> Bodies(string body) =>
        [.. Frames.Parsed.Extract(body).Entities.Where(e => e.Type == EntityType.Organization).Select(e => e.Name).Order(StringComparer.Ordinal)];
}
