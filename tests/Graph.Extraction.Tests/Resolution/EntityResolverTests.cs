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
}
