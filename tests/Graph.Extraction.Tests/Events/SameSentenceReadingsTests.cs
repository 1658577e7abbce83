using Graph.Core.Model;
using Graph.Extraction.Events;

namespace Graph.Extraction.Tests.Events;

/// <summary>One event the rules read twice in one sentence: its readings become one event.</summary>
public sealed class SameSentenceReadingsTests
{
    private const string Body = "Ida Holm spoke to journalists beside Tomas Veerkamp after long talks with Rosa Ibarra and Lars Berg.";

    private static IReadOnlyList<GraphEvent> Assemble(params EventDraft[] drafts)
    {
        var analysis = TestArticles.Analyze(Body);
        var views = analysis.Sentences.Select(s => new SentenceView(analysis.Article.Text, s, [], [])).ToList();
        return EventAssembler.Assemble(analysis.Article, views, [.. drafts.Select(d => (0, d))]);
    }

    private static EventDraft Meeting(int trigger, params string[] sides) =>
        new(EventType.Meeting, "040", [.. sides.Select(s => new Participant(s, ParticipantRoles.Participant))], null, trigger, 0.8);

    [Fact]
    public void Assemble_OneMeetingTriggerReadWithTwoOfItsSides_OneMeetingWithAll()
    {
        var events = Assemble(Meeting(9, "person:ida-holm", "person:rosa-ibarra", "person:lars-berg"), Meeting(9, "person:tomas-veerkamp", "person:rosa-ibarra", "person:lars-berg"));

        var meeting = Assert.Single(events);
        Assert.Equal(["person:ida-holm", "person:lars-berg", "person:rosa-ibarra", "person:tomas-veerkamp"], meeting.Participants.Select(p => p.Entity).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Assemble_CounterpartsMetOneByOne_StaySeparate()
    {
        var events = Assemble(Meeting(9, "person:ida-holm", "person:rosa-ibarra"), Meeting(9, "person:ida-holm", "person:lars-berg"));

        Assert.Equal(2, events.Count);
    }

    [Fact]
    public void Fold_BodyAndItsSpokesmanSpeakInOneSentence_TheSpokesmanSpeaks()
    {
        const string evidence = "Sanctions would be a mistake, said Kremlin adviser Yuri Balin.";
        var body = Statement("org:kremlin", evidence);
        var person = Statement("person:yuri-balin", evidence);
        var role = new Relation(RelationTypes.HoldsRole, "person:yuri-balin", "org:kremlin", new Dictionary<string, string> { ["title"] = "Adviser" }, "a", evidence);

        Assert.Equal([person], MostSpecificSides.Fold([body, person], [role]));
    }

    [Fact]
    public void Fold_RoleStatedInAnotherSentence_BothStatementsStay()
    {
        const string evidence = "Russia rejected the plan, and Yuri Balin said it would fail.";
        var body = Statement("country:RU", evidence);
        var person = Statement("person:yuri-balin", evidence);
        var role = new Relation(RelationTypes.HoldsRole, "person:yuri-balin", "country:RU", new Dictionary<string, string> { ["title"] = "Adviser" }, "a", "Russian adviser Yuri Balin arrived.");

        Assert.Equal(2, MostSpecificSides.Fold([body, person], [role]).Count);
    }

    [Fact]
    public void Fold_CountryAndItsPresidentImposeTheSameSanction_ThePresidentImposes()
    {
        const string evidence = "The Kenyan government imposed sanctions on PDVSA.";
        var country = Sanction("country:KE", evidence);
        var president = Sanction("person:daniel-otieno", evidence);
        var role = new Relation(RelationTypes.HoldsRole, "person:daniel-otieno", "country:KE", new Dictionary<string, string> { ["title"] = "President" }, "a", "Kenyan President Daniel Otieno spoke.");

        Assert.Equal([president], MostSpecificSides.Fold([country, president], [role]));
    }

    private static GraphEvent Statement(string speaker, string evidence) =>
        new("e-" + speaker, EventType.Statement, "010", 0, [new Participant(speaker, ParticipantRoles.Speaker)], null, null, null, evidence, "a", 0.7, 0, 10);

    private static GraphEvent Sanction(string imposer, string evidence) =>
        new("e-" + imposer, EventType.Sanction, "163", -4, [new Participant(imposer, ParticipantRoles.Imposer), new Participant("org:pdvsa", ParticipantRoles.Target)], null, null, null, evidence, "a", 0.8, 0, 10);
}
