using Graph.Core.Model;

namespace Graph.Extraction.Tests.Frames;

/// <summary>Deeds called wrongs, and attacks told in the passive with their doer as the agent.</summary>
public class WrongFrameTests
{
    [Theory]
    [InlineData("The Chilean president attacked Peru's migration policy on Tuesday.")]
    [InlineData("Chile shot down the Peruvian proposal for a joint fund.")]
    [InlineData("The Chilean Senate killed the bill on Thursday.")]
    [InlineData("Peru captured the attention of the world with its reforms.")]
    public void Extract_ForceOnAnIdeaOrAText_NoMilitaryAction(string body) =>
        Assert.Empty(Parsed.Sides(body, EventType.MilitaryAction));

    [Fact]
    public void Extract_BomberStruckAMarket_MilitaryActionStays() =>
        Assert.Single(Parsed.Events("A suicide car bomber struck a crowded market in the Peruvian town of Tarma, killing at least 30 people."), e => e.Type == EventType.MilitaryAction);

    [Theory]
    [InlineData("Peru met the IMF's conditions for the loan.")]
    [InlineData("Chile met its target of five percent growth last year.")]
    public void Extract_MetARequirement_NoMeeting(string body) =>
        Assert.Empty(Parsed.Sides(body, EventType.Meeting));

    [Theory]
    [InlineData("Chile's economy struck a note of caution.")]
    [InlineData("The Peruvian minister struck a conciliatory tone.")]
    public void Extract_StruckANoteOrATone_NoMilitaryAction(string body) =>
        Assert.Empty(Parsed.Sides(body, EventType.MilitaryAction));

    [Theory]
    [InlineData("The Chilean cricket team toured Peru last winter.")]
    [InlineData("Chile's national team arrived in Lima for the Copa America.")]
    [InlineData("The Chilean football squad met Peru's president after the final.")]
    public void Extract_SportsTeamTravelsOrMeets_NoEvent(string body) =>
        Assert.Empty(Parsed.Events(body));

    [Fact]
    public void Extract_CompanyRecalledVehicles_NoStatement() =>
        Assert.Empty(Parsed.Sides("Toyota recalled 500,000 vehicles in Chile over faulty airbags.", EventType.Statement));

    [Fact]
    public void Extract_ItsGovernmentAfterANameWithARelativeClause_AccusationOfThatCountry() =>
        Assert.Equal(["accused=Peru accuser=Chile"], Parsed.Sides(
            "Chile, which borders both countries, did not attend the talks. Its military government has accused Peru of harbouring rebels.", EventType.Accusation));

    [Fact]
    public void Extract_CapitalsExchangedAccusations_EachCountryAccusedTheOther() =>
        Assert.Equal(["accused=Chile accuser=Peru", "accused=Peru accuser=Chile"],
            Parsed.Sides("Lima and Santiago exchanged accusations over the attack on the power plant.", EventType.Accusation));

    [Fact]
    public void Extract_GovernmentClashesWithACapital_NoFight() =>
        Assert.Empty(Parsed.Sides("Peru's government often clashes with Santiago.", EventType.MilitaryAction));

    [Fact]
    public void Extract_DateInAWhoClauseOfTheAccuser_NotTheAccusations() =>
        Assert.Null(Assert.Single(Parsed.Events("General Ana Ruiz, who seized power in a coup last July, accused Peru of backing the rebels."),
            e => e.Type == EventType.Accusation).Date);

    [Fact]
    public void Extract_ChargedThatAnotherWasArmingRebels_Accusation() =>
        Assert.Equal(["accused=Peru accuser=Chile"], Parsed.Sides("Chile charged that Peru was arming rebels in the border region.", EventType.Accusation));

    [Theory]
    [InlineData("Ghana called Togo's raid a flagrant violation of international law.", "accused=Togo accuser=Ghana")]
    [InlineData("Kenya branded the Ugandan incursion a provocation.", "accused=Uganda accuser=Kenya")]
    [InlineData("Kenya described the Ugandan incursion as an act of aggression.", "accused=Uganda accuser=Kenya")]
    [InlineData("Colombia condemned the Venezuelan strike as a breach of its sovereignty.", "accused=Venezuela accuser=Colombia")]
    [InlineData("Ghana said Togo's decision to close the border was a breach of the regional trade treaty.", "accused=Togo accuser=Ghana")]
    [InlineData("Mali said the raid by Burkinabe soldiers was a flagrant violation of its sovereignty.", "accused=Burkina Faso accuser=Mali")]
    [InlineData("Chile called Peru's statement an interference in its internal affairs.", "accused=Peru accuser=Chile")]
    public void Extract_DeedCalledAWrong_AccusationOfItsDoer(string body, string expected) =>
        Assert.Equal([expected], Parsed.Sides(body, EventType.Accusation));

    [Theory]
    // No wrong named, the wrong denied, only foreseen, or one's own deed.
    [InlineData("Peru called Chile's decision a mistake.")]
    [InlineData("Peru said Chile's missile test was not a provocation.")]
    [InlineData("Peru will call Chile's move a violation if it goes ahead.")]
    [InlineData("Peru said its own decision to close the border was no breach of the treaty.")]
    public void Extract_NoDeedCalledAWrong_NoAccusation(string body) =>
        Assert.Empty(Parsed.Sides(body, EventType.Accusation));

    [Theory]
    [InlineData("The attack on the embassy was carried out by Peruvian special forces.", "actor=Peru")]
    [InlineData("The strikes on Gaza were conducted by Israeli jets.", "actor=Israel")]
    [InlineData("The air strikes were carried out by Israeli jets.", "actor=Israel")]
    public void Extract_AttackCarriedOutByAnAgent_TheAgentActs(string body, string expected) =>
        Assert.Equal([expected], Parsed.Sides(body, EventType.MilitaryAction));

    [Fact]
    public void Extract_ReportThatAnotherSidesForcesCarriedOutTheAttackInThePassive_Accusation() =>
        Assert.Equal(["accused=Peru accuser=Chile"], Parsed.Sides("Chile said the attack was carried out by Peruvian special forces.", EventType.Accusation));

    [Theory]
    // Strikes of workers are stoppages, whoever stages them.
    [InlineData("The strikes were carried out by railway unions across France.")]
    [InlineData("The strikes were staged by the CGT union in Paris.")]
    public void Extract_StrikesCarriedOutByUnions_NoArmedAction(string body) =>
        Assert.Empty(Parsed.Sides(body, EventType.MilitaryAction));
}
