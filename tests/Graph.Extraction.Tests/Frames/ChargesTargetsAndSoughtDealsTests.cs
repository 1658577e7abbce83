using Graph.Core.Model;

namespace Graph.Extraction.Tests.Frames;

/// <summary>
/// Charges a denial answers, sides warned they will be targets or hunted, talks that sought a deal, deals attacked in
/// words, envoys by their French title, claims not made, sources in a place, and rehearsals (sentences written for these
/// tests; the fortieth extraction pass).
/// </summary>
public sealed class ChargesTargetsAndSoughtDealsTests
{
    [Theory]
    [InlineData("Peru has repeatedly denied backing the rebels, a charge made by Chile.")]
    [InlineData("Peru denied backing the rebels, a claim Chile has repeatedly made.")]
    public void Extract_ChargeADenialAnswers_AccusationByItsMaker(string sentence) =>
        Assert.Equal(["accused=Peru accuser=Chile"], Parsed.Sides(sentence, EventType.Accusation));

    [Fact]
    public void Extract_ChargeOfNoOneNamed_NoAccusation() =>
        Assert.Empty(Parsed.Sides("Peru denied backing the rebels, a charge it called baseless.", EventType.Accusation));

    [Theory]
    [InlineData("Norway warned Chile that Chilean instructors in Peru would be considered legitimate targets.")]
    [InlineData("Norway warned Chile that its ships could be targeted.")]
    public void Extract_WarnedTheyWouldBeTargets_Threat(string sentence) =>
        Assert.Equal(["target=Chile threatener=Norway"], Parsed.Sides(sentence, EventType.Threat));

    [Theory]
    [InlineData("\"Peru will pay a heavy price,\" Chilean Defence Minister Ana Ruiz said.")]
    [InlineData("Chilean Defence Minister Ana Ruiz said Peru would pay a heavy price.")]
    public void Extract_SideSaidToBeGoingToPayAPrice_Threat(string sentence) =>
        Assert.Equal(["target=Peru threatener=Ana Ruiz"], Parsed.Sides(sentence, EventType.Threat));

    [Theory]
    [InlineData("Chilean Defence Minister Ana Ruiz said Peru had paid a heavy price.")]
    [InlineData("\"Chile will pay a heavy price,\" Chilean Defence Minister Ana Ruiz said.")]
    public void Extract_PricePaidOrTheSayersOwnSide_NoThreat(string sentence) =>
        Assert.Empty(Parsed.Sides(sentence, EventType.Threat));

    [Fact]
    public void Extract_ForcesAStatesBodyCallsItsOwn_TheStateActs() =>
        Assert.Equal(["actor=Chile"], Parsed.Sides("Chile's General Staff said on Monday that its drones had struck an oil depot in Tacna.", EventType.MilitaryAction));

    [Fact]
    public void Extract_PledgeAfterAMeeting_OfferToTheOneMet() =>
        Assert.Equal(["giver=Ana Ruiz recipient=Luis Vega"],
            Parsed.Sides("Chilean President Ana Ruiz met Peruvian President Luis Vega in Lima and pledged 500 million dollars in aid.", EventType.Offer));

    [Fact]
    public void Extract_TargetsSentToAPlace_ThePlaceNotThreatened() =>
        Assert.Equal(["target=Chile threatener=Norway"],
            Parsed.Sides("Norway warned that Chilean instructors sent to Peru would be considered legitimate targets.", EventType.Threat));

    [Fact]
    public void Extract_WarnedOfBeingTargetedByAnother_NoThreat() =>
        Assert.Empty(Parsed.Sides("Norway warned that it could be targeted by Chile.", EventType.Threat));

    [Theory]
    [InlineData("Talks between Chile and Peru in Quito ended without an agreement.")]
    [InlineData("Chile and Peru held talks to resolve the border dispute.")]
    [InlineData("Chilean and Peruvian negotiators held indirect talks in Quito on Monday aimed at securing a ceasefire.")]
    public void Extract_TalksThatSoughtADeal_Negotiation(string sentence) =>
        Assert.Equal(["participant=Chile participant=Peru"], Parsed.Sides(sentence, EventType.Negotiation));

    [Fact]
    public void Extract_TalksToDiscuss_NoNegotiation() =>
        Assert.Empty(Parsed.Sides("Chile and Peru held talks to discuss trade.", EventType.Negotiation));

    [Fact]
    public void Extract_DealAttacked_NoMilitaryAction() =>
        Assert.Empty(Parsed.Sides("Chilean President Ana Ruiz attacked the deal.", EventType.MilitaryAction));

    [Fact]
    public void Extract_ChargeDAffairesExpelled_Sanction() =>
        Assert.Equal(["imposer=Chile target=Peru"], Parsed.Sides("Chile expelled Peru's chargé d'affaires on Monday.", EventType.Sanction));

    [Fact]
    public void Extract_ResponsibilityNotClaimed_NoActor() =>
        Assert.DoesNotContain(Parsed.Events("Chile has not claimed responsibility for the drone attack on the refinery."),
            e => e.Type == EventType.MilitaryAction && e.Participants.Any(p => p.Role == ParticipantRoles.Actor));

    [Theory]
    [InlineData("The sanctions were announced on Monday, according to diplomats in Lima.")]
    [InlineData("The talks failed, according to Western diplomats in Lima.")]
    public void Extract_AccordingToDiplomatsInACapital_NoStatementOfItsState(string sentence) =>
        Assert.Empty(Parsed.Sides(sentence, EventType.Statement));

    [Fact]
    public void Extract_AccordingToOfficialsInACapital_StatementOfItsState() =>
        Assert.Equal(["speaker=Peru"], Parsed.Sides("The talks failed, according to officials in Lima.", EventType.Statement));

    [Fact]
    public void Extract_RehearsalForAnInvasion_NoMilitaryAction() =>
        Assert.Empty(Parsed.Sides("The drills were a rehearsal for an invasion of Peru, Chile said.", EventType.MilitaryAction));

    [Fact]
    public void Extract_CapitalOfATerritoryVisited_Visit() =>
        Assert.Equal("loc:nuuk", Assert.Single(Parsed.Events("Danish Prime Minister Ida Holm visited Nuuk on Monday."), e => e.Type == EventType.Visit).Location);

    [Fact]
    public void Extract_BodyWithAStateOpeningTheSentenceBeforeATitle_NotCut() =>
        Assert.DoesNotContain(Parsed.Entities("Reserve Bank of India governor Ravi Menon said growth remained robust."), e => e.Name == "Bank of India");
}
