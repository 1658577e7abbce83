using Graph.Core.Model;
using Graph.Extraction.Tests.Frames;

namespace Graph.Extraction.Tests.Mentions;

/// <summary>"The Otieno administration", "the Waweru regime": a name before a noun of rule is the ruler's.</summary>
public class LeadersRuleTests
{
    [Theory]
    [InlineData("The Otieno administration imposed new tariffs on Peru.", "Otieno")]
    [InlineData("Exiles want a transition away from the Waweru dictatorship.", "Waweru")]
    [InlineData("The Waweru regime shelled the town of Bunia.", "Waweru")]
    public void Extract_NameBeforeANounOfRule_IsAPerson(string body, string person) =>
        Assert.Contains((EntityType.Person, person), Parsed.Entities(body));

    [Theory]
    [InlineData("The Islamic regime executed two protesters.")]
    [InlineData("The Baathist regime executed two protesters.")]
    [InlineData("Protesters marched against the ANC-led administration.")]
    public void Extract_CreedOrPartyBeforeANounOfRule_NoPerson(string body) =>
        Assert.DoesNotContain(Parsed.Entities(body), e => e.Type == EntityType.Person);

    [Fact]
    public void Extract_RulersNameForTheImposer_SanctionOfThatPerson() =>
        Assert.Equal(["imposer=Otieno target=Peru"], Parsed.Sides("The Otieno administration imposed sanctions on Peru.", EventType.Sanction));
}
