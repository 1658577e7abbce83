using Graph.Core.Model;

namespace Graph.Extraction.Tests.Frames;

/// <summary>Threats that name no sanction or force: the warner's own act announced, a response warned of, a vow of retaliation.</summary>
public sealed class WarningFrameTests
{
    [Fact]
    public void Extract_CapitalWarnedOfAResponseToATransferToAnother_ThreatAgainstTheWarnedCountry() =>
        Assert.Equal(["target=Peru threatener=Chile"],
            Parsed.Sides("Chile warned Lima last month that any transfer of missiles to Bolivia would trigger a significant response.", EventType.Threat));

    [Fact]
    public void Extract_ThreatenedToDoAQuotedHarm_ThreatAgainstTheObject() =>
        Assert.Equal(["target=Patriotic Front threatener=Chile"], Parsed.Sides("Chile threatened to \"crush\" the Patriotic Front.", EventType.Threat));

    [Fact]
    public void Extract_ThreatenedToClosePlaceOnACondition_ThreatAgainstTheConditionsSide() =>
        Assert.Equal(["target=Peru threatener=Chile"], Parsed.Sides("Chile threatened to close the Strait of Magellan if Peru attacked its ports.", EventType.Threat));

    [Fact]
    public void Extract_WarnedAgainstSupplyingArms_NoOffer() =>
        Assert.Empty(Parsed.Sides("Chile warned Peru against supplying missiles to Bolivia.", EventType.Offer));

    [Fact]
    public void Extract_WarnedThatItWouldAct_ThreatToTheOneWarned() =>
        Assert.Equal(["target=Sweden threatener=Turkey"], Parsed.Sides("Turkey warned Sweden that it would block its NATO membership.", EventType.Threat));

    [Fact]
    public void Extract_CapitalWarnedThatTheCapitalWouldAct_ThreatBetweenTheirCountries() =>
        Assert.Equal(["target=Peru threatener=Chile"], Parsed.Sides("Santiago warned Lima on Monday that it would take all necessary measures to defend its waters.", EventType.Threat));

    [Fact]
    public void Extract_WarnedThatItWouldNotAct_NoThreat() =>
        Assert.Empty(Parsed.Sides("Turkey warned Sweden that it would not attend the summit.", EventType.Threat));

    [Fact]
    public void Extract_WarnedThatAnotherWouldAct_NoThreat() =>
        Assert.Empty(Parsed.Sides("Turkey warned Sweden that Russia would block its membership.", EventType.Threat));

    [Fact]
    public void Extract_WarnedOfAResponse_Threat() =>
        Assert.Equal(["target=South Korea threatener=North Korea"], Parsed.Sides("North Korea warned South Korea of a merciless response.", EventType.Threat));

    [Fact]
    public void Extract_VowedToRetaliateAgainst_Threat() =>
        Assert.Equal(["target=Japan threatener=China"], Parsed.Sides("China vowed to retaliate against Japan.", EventType.Threat));

    [Fact]
    public void Extract_VowedToRespondToQuestions_NoThreat() =>
        Assert.Empty(Parsed.Sides("China vowed to respond to questions from Japan.", EventType.Threat));

    [Fact]
    public void Extract_SaidItWouldRetaliateAgainst_Threat() =>
        Assert.Equal(["target=Israel threatener=Hezbollah"], Parsed.Sides("Hezbollah said it would retaliate against Israel for the killing of its commander.", EventType.Threat));

    [Fact]
    public void Extract_SaidItWouldNotAttack_NoThreat() =>
        Assert.Empty(Parsed.Sides("Iran said it would not attack Israel.", EventType.Threat));

    [Fact]
    public void Extract_VowedNotToRetaliate_NoThreat() =>
        Assert.Empty(Parsed.Sides("China vowed not to retaliate against Japan.", EventType.Threat));

    [Theory]
    [InlineData("ECOWAS gave the junta in Niger a one-week ultimatum to restore the president.")]
    [InlineData("The junta in Niger was given a one-week ultimatum by ECOWAS.")]
    [InlineData("ECOWAS issued an ultimatum to Niger on Sunday.")]
    public void Extract_UltimatumGiven_ThreatToWhoGetsIt(string body)
    {
        Assert.Equal(["target=Niger threatener=Economic Community of West African States"], Parsed.Sides(body, EventType.Threat));
    }

    [Fact]
    public void Extract_UltimatumRejected_NoThreat() =>
        Assert.Empty(Parsed.Sides("Niger rejected the ultimatum from ECOWAS.", EventType.Threat));

    [Theory]
    [InlineData("Chile warned Peru of \"retaliatory measures\" if it joined the pact.")]
    [InlineData("Chile vowed to take \"resolute countermeasures\" against Peru over the arms sale.")]
    [InlineData("Chile said it would take countermeasures against Peru.")]
    public void Extract_HarmInReturnWarnedOfOrVowed_Threat(string body) =>
        Assert.Equal(["target=Peru threatener=Chile"], Parsed.Sides(body, EventType.Threat));

    [Fact]
    public void Extract_VowedToTakeMeasuresThatHarmNoOne_NoThreat() =>
        Assert.Empty(Parsed.Sides("Chile vowed to take measures to protect its fishermen from Peru's storms.", EventType.Threat));

    [Theory]
    [InlineData("Chile vowed to take resolute measures against Peru.")]
    [InlineData("Chile said it would take action against Peru.")]
    public void Extract_VowedMeasuresAgainstASide_Threat(string body) =>
        Assert.Equal(["target=Peru threatener=Chile"], Parsed.Sides(body, EventType.Threat));

    [Fact]
    public void Extract_VowedMeasuresForItself_NoThreat() =>
        Assert.Empty(Parsed.Sides("Chile vowed to take measures to support its economy.", EventType.Threat));

    [Theory]
    [InlineData("Chile warned Peru it could face sanctions.")]
    [InlineData("Chile warned Peru on Monday that it would face tough sanctions.")]
    public void Extract_WarnedANamedSideItCouldFaceSanctions_ThreatOfSanctions(string body) =>
        Assert.Equal(["target=Peru threatener=Chile"], Parsed.Sides(body, EventType.Threat));

    [Theory]
    [InlineData("Peru vowed revenge against Chile for the raid on its embassy.")]
    [InlineData("Peru pledged swift retaliation against Chile on Monday.")]
    public void Extract_VowedHarmInReturnAsANounAgainst_Threat(string body) =>
        Assert.Equal(["target=Chile threatener=Peru"], Parsed.Sides(body, EventType.Threat));

    [Fact]
    public void Extract_DidNotVowRevenge_NoThreat() =>
        Assert.Empty(Parsed.Sides("Peru did not vow revenge against Chile.", EventType.Threat));

    [Fact]
    public void Extract_CountedTimeGivenToAStateToAct_Ultimatum() =>
        Assert.Equal(["target=Chile threatener=Bolivia"], Parsed.Sides("Bolivia gave Chile 48 hours to withdraw its troops from the border.", EventType.Threat));

    [Theory]
    [InlineData("Chile gave Peruvian firms two weeks to submit their bids.")]
    [InlineData("Bolivia gave Chile 48 hours of talks.")]
    public void Extract_TimeGivenToOthersOrForNothing_NoThreat(string body) =>
        Assert.Empty(Parsed.Sides(body, EventType.Threat));

    [Theory]
    [InlineData("Chile warned Peru on Monday that any violation of its airspace would be met with force.")]
    [InlineData("Chile warned that any incursion by Peruvian troops would be met with force.")]
    public void Extract_WarnedThatSomethingWouldBeMetWithForce_Threat(string body) =>
        Assert.Equal(["target=Peru threatener=Chile"], Parsed.Sides(body, EventType.Threat));

    [Fact]
    public void Extract_WarnedThatSomethingWouldBeMetWithScepticism_NoThreat() =>
        Assert.Empty(Parsed.Sides("Chile warned Peru that the plan would be met with scepticism.", EventType.Threat));

    [Theory]
    [InlineData("Sudan said it would strike Chad's airfields if the raids continued.")]
    [InlineData("Sudan vowed to strike Chad's airfields.")]
    [InlineData("Sudan said it would not hesitate to strike Chad's airfields.")]
    [InlineData("Sudan said it would attack Chad.")]
    public void Extract_SideSaysItWillStrikeAnother_ThreatOfForce(string body)
    {
        var threats = Parsed.Events(body).Where(e => e.Type == EventType.Threat).ToList();

        Assert.Equal(["target=Chad threatener=Sudan"], Parsed.Sides(body, EventType.Threat));
        Assert.Equal(["138"], threats.Select(t => t.Cameo));
    }

    [Theory]
    [InlineData("Sudan said it would not strike Chad's airfields.")]
    [InlineData("Sudan said it would strike a deal with Chad.")]
    [InlineData("Sudan said it would hesitate to strike Chad's airfields.")]
    public void Extract_StrikeDeniedOrADealStruck_NoThreat(string body) =>
        Assert.Empty(Parsed.Sides(body, EventType.Threat));

    [Fact]
    public void Extract_WarnedThatAnotherWouldPayAPrice_Threat() =>
        Assert.Equal(["target=Chad threatener=Sudan"], Parsed.Sides("Sudan's army chief warned that Chad would pay a heavy price for any incursion.", EventType.Threat));

    [Fact]
    public void Extract_WarnedThatBuyersWouldPayAHigherPrice_NoThreat() =>
        Assert.Empty(Parsed.Sides("Sudan warned that buyers would pay a higher price for its oil.", EventType.Threat));

    [Theory]
    [InlineData("Chile warned it would respond with overwhelming force to any provocation by Peru.")]
    [InlineData("Chile said it would respond with force to Peru's provocations.")]
    public void Extract_ForceVowedInAnswerToADeed_ThreatToItsDoer(string body) =>
        Assert.Equal(["target=Peru threatener=Chile"], Parsed.Sides(body, EventType.Threat));

    [Fact]
    public void Extract_AnswerToAProposalWithoutForce_NoThreat() =>
        Assert.Empty(Parsed.Sides("Chile said it would respond to the proposal by Peru next week.", EventType.Threat));

    [Fact]
    public void Extract_WarnedANamedSideItCouldLoseAThing_Threat() =>
        Assert.Equal(["target=Chad threatener=Sudan"], Parsed.Sides("Sudan warned Chad that it could lose access to the port of Port Sudan.", EventType.Threat));

    [Fact]
    public void Extract_WarnedThatJobsCouldBeLost_NoThreat() =>
        Assert.Empty(Parsed.Sides("Sudan warned that farmers could lose their harvests to the drought.", EventType.Threat));

    [Theory]
    [InlineData("Chile warned that it would not tolerate any attack by Peru.")]
    [InlineData("Chile warned that its navy will no longer tolerate incursions by Peru.")]
    public void Extract_WarnedItWouldNotTolerateAnothersDeed_Threat(string body) =>
        Assert.Equal(["target=Peru threatener=Chile"], Parsed.Sides(body, EventType.Threat));

    [Fact]
    public void Extract_SaidItWouldTolerateAnothersDeed_NoThreat() =>
        Assert.Empty(Parsed.Sides("Chile warned that it would tolerate no delay in the talks with Peru.", EventType.Threat));

    [Theory]
    [InlineData("Chile has not ruled out the use of force against Peru.")]
    [InlineData("The president said Chile could not rule out using force if Peru fails to withdraw its troops.")]
    public void Extract_ForceNotRuledOut_Threat(string body) =>
        Assert.Equal(["target=Peru threatener=Chile"], Parsed.Sides(body, EventType.Threat));

    [Theory]
    [InlineData("Chile ruled out the use of force against Peru.")]
    [InlineData("Chile does not rule out further talks with Peru.")]
    [InlineData("Chile has never ruled out military action.")]
    public void Extract_ForceRuledOutOrTalksOrNoOneNamed_NoThreat(string body) =>
        Assert.Empty(Parsed.Sides(body, EventType.Threat));

    [Fact]
    public void Extract_WarnedThatItsSideWouldTakeAllNecessaryMeasures_Threat() =>
        Assert.Equal(["target=Afghanistan threatener=Asif Raza Chaudhry"],
            Parsed.Sides("Pakistani Foreign Minister Asif Raza Chaudhry warned the Afghan government that Pakistan would take all necessary measures.", EventType.Threat));

    [Fact]
    public void Extract_SaidMeasuresHadBeenTaken_NoThreat() =>
        Assert.Empty(Parsed.Sides("Pakistani Foreign Minister Asif Raza Chaudhry told the Afghan government that Pakistan had taken all necessary measures.", EventType.Threat));

    [Fact]
    public void Extract_SaidItWouldRespondWithForceToAStatesVessels_ThreatToThatState() =>
        Assert.Equal(["target=Philippines threatener=China"],
            Parsed.Sides("China's defence ministry said on Thursday it would respond with force to any Philippine vessel entering the waters.", EventType.Threat));

    [Fact]
    public void Extract_QuotedWeWillNotHesitateToStrikeBackWarned_Threat() =>
        Assert.Equal(["target=Hezbollah threatener=Avi Gilboa"],
            Parsed.Sides("\"We will not hesitate to strike back,\" Israeli Defence Minister Avi Gilboa warned Hezbollah on Saturday.", EventType.Threat));

    [Fact]
    public void Extract_QuotedWeWillNotStrikeBack_NoThreat() =>
        Assert.Empty(Parsed.Sides("\"We will not strike back,\" Israeli Defence Minister Avi Gilboa told Hezbollah.", EventType.Threat));

    [Theory]
    [InlineData("Chile will retaliate unless Peru withdraws its troops, General Ana Ruiz said.", "target=Peru threatener=Chile")]
    [InlineData("Chile would respond if Peruvian troops were deployed to the border, the Chilean defence minister said.", "target=Peru threatener=Chile")]
    public void Extract_HarmOnAConditionAnotherSideSets_Threat(string body, string expected) =>
        Assert.Equal([expected], Parsed.Sides(body, EventType.Threat));

    [Theory]
    [InlineData("Chile would not retaliate if Peru withdrew its troops, the minister said.")]
    [InlineData("The kidnappers said they would kill the hostage if Peru did not pay.")]
    public void Extract_HarmDeniedOrByNoNamedSide_NoThreat(string body) =>
        Assert.Empty(Parsed.Sides(body, EventType.Threat));

    [Fact]
    public void Extract_WarnedOfWhatHadHappened_NoThreat() =>
        Assert.Empty(Parsed.Sides("Peru warned that the attacks had cost its ports $7 billion in revenue.", EventType.Threat));

    [Fact]
    public void Extract_HeadlineInfinitiveOfSanctions_Threat()
    {
        var document = Parsed.Extractor.Extract(TestArticles.WithTitle("Peru to impose sanctions on Chilean officials", "Lima is preparing new measures, officials said."),
            CancellationToken.None);

        var threat = Assert.Single(document.Events, e => e.Type == EventType.Threat);
        Assert.Equal(["country:PE", "country:CL"], threat.Participants.Select(p => p.Entity));
        Assert.DoesNotContain(document.Events, e => e.Type == EventType.Sanction);
    }

    [Fact]
    public void Extract_WarningStillToBeGiven_NoThreat() =>
        Assert.Empty(Parsed.Sides("According to a draft seen by Reuters, G7 ministers will warn Peru of further sanctions.", EventType.Threat));

    [Fact]
    public void Extract_SaidItWouldImposeSanctions_Threat() =>
        Assert.Equal(["target=Peru threatener=Chile"], Parsed.Sides("Chile said it would impose sanctions on Peru.", EventType.Threat));
}
