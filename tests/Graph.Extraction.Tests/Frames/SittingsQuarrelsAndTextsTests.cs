using Graph.Core.Model;

namespace Graph.Extraction.Tests.Frames;

/// <summary>
/// Sittings that took place, attacks and clashes in words, sports results, texts blocked or tabled, calls on those in a
/// place, sanctions renewed or voted, feelings sent, and capitals of states that were.
/// </summary>
public sealed class SittingsQuarrelsAndTextsTests
{
    [Theory]
    [InlineData("The African Union summit opened in Kigali on Tuesday.")]
    [InlineData("The African Union summit took place in Kigali on Tuesday.")]
    [InlineData("The African Union summit was held in Kigali on Tuesday.")]
    [InlineData("African Union foreign ministers gathered in Kigali on Tuesday.")]
    [InlineData("African Union foreign ministers convened in Kigali on Tuesday.")]
    public void Extract_BodysSittingTookPlace_MeetingOfTheBody(string sentence)
    {
        var document = Parsed.Extract(sentence);
        var meeting = Assert.Single(document.Events, e => e.Type == EventType.Meeting);

        Assert.Equal(["participant=African Union"], Parsed.Sides(sentence, EventType.Meeting));
        Assert.Equal("Kigali", document.Entities.Single(e => e.Id == meeting.Location).Name);
    }

    [Fact]
    public void Extract_SessionOfABodyConvened_MeetingOfTheBody() =>
        Assert.Equal(["participant=United Nations Security Council"],
            Parsed.Sides("An emergency session of the UN Security Council was convened on Sunday at Norway's request.", EventType.Meeting));

    [Theory]
    [InlineData("The ASEAN summit will open in Hanoi next month.")]
    [InlineData("Protesters gathered outside the parliament in Lima on Monday.")]
    public void Extract_SittingPlannedOrACrowdGathered_NoMeeting(string sentence) =>
        Assert.Empty(Parsed.Sides(sentence, EventType.Meeting));

    [Fact]
    public void Extract_BodysSummitEndedWithADeclaration_MeetingWithoutNegotiation()
    {
        var document = Parsed.Extract("The NATO summit in Madrid ended on Friday with a joint declaration.");

        Assert.Contains(document.Events, e => e.Type == EventType.Meeting);
        Assert.DoesNotContain(document.Events, e => e.Type == EventType.Negotiation);
    }

    [Theory]
    [InlineData("Polish Prime Minister Adam Nowak attacked Berlin for its energy policy.")]
    [InlineData("Polish Prime Minister Adam Nowak attacked Germany for blocking the aid package.")]
    [InlineData("Senator Maria Lopez attacked the finance minister over the cost of fuel.")]
    [InlineData("The two candidates attacked each other in a televised debate in Lima on Sunday.")]
    [InlineData("Spain and Italy clashed on Monday over a plan to cap migrant arrivals.")]
    [InlineData("Venezuelan President Luis Marcano attacked Guyana for hosting foreign troops.")]
    [InlineData("Prime Minister Lars Holm attacked the opposition over its tax plans.")]
    [InlineData("Labour leader Emma Ross attacked the chancellor for \"wrecking the economy\".")]
    [InlineData("Greece and Turkey clashed verbally over fishing rights during the NATO meeting.")]
    public void Extract_AttackOrClashInWords_NoMilitaryAction(string sentence) =>
        Assert.Empty(Parsed.Sides(sentence, EventType.MilitaryAction));

    [Theory]
    [InlineData("Russian forces attacked Kherson for the fourth day on Sunday.")]
    [InlineData("Ethiopian and Eritrean troops clashed over the disputed border town on Monday.")]
    [InlineData("The UN report criticised Israel for attacking civilians in Lebanon in July.")]
    [InlineData("Thai and Cambodian troops clashed over a disputed temple on Thursday.")]
    [InlineData("Iran attacked Israel on Saturday over the killing of its general.")]
    public void Extract_ArmedAttackForAWhileOrOverGround_MilitaryAction(string sentence) =>
        Assert.NotEmpty(Parsed.Sides(sentence, EventType.MilitaryAction));

    [Theory]
    [InlineData("Ghana destroyed Togo 4-0 in Accra on Sunday.")]
    [InlineData("Norway hosted Sweden in Oslo on Tuesday and won 3-1.")]
    [InlineData("Chile met Peru in the Copa America final in Santiago.")]
    [InlineData("The Canadian singer Lea Martin shot her new video in Havana.")]
    public void Extract_SportsResultOrAFilmShot_NoEncounterOrForce(string sentence)
    {
        var document = Parsed.Extract(sentence);

        Assert.DoesNotContain(document.Events, e => e.Type is EventType.MilitaryAction or EventType.Meeting);
    }

    [Theory]
    [InlineData("Ankara declared two Swedish diplomats persona non grata on Wednesday.", "imposer=Turkey target=Sweden")]
    [InlineData("Slovakia ordered a Russian embassy employee to leave the country within 72 hours.", "imposer=Slovakia target=Russia")]
    [InlineData("Kosovo banned the import of Serbian goods in June.", "imposer=Kosovo target=Serbia")]
    public void Extract_ExpulsionsAndBansOfOtherWordings_Sanction(string sentence, string sides) =>
        Assert.Equal([sides], Parsed.Sides(sentence, EventType.Sanction));

    [Fact]
    public void Extract_PragueExpels_CzechRepublicImposes() =>
        Assert.Equal(["imposer=Czech Republic target=Russia"], Parsed.Sides("Prague expelled two Russian diplomats on Friday.", EventType.Sanction));

    [Fact]
    public void Extract_CalledOnThoseInAPlaceTo_Statement() =>
        Assert.Equal(["speaker=European Union"],
            Parsed.Sides("The European Union called on the authorities in Tunisia to release the detained journalists.", EventType.Statement));

    [Theory]
    [InlineData("The European Union renewed its sanctions on Belarus on Monday.")]
    [InlineData("The European Union prolonged its sanctions on Belarus on Monday.")]
    [InlineData("The European Union voted on Monday to impose sanctions on Belarus.")]
    public void Extract_SanctionsRenewedOrVotedFor_Sanction(string sentence) =>
        Assert.Equal(["imposer=European Union target=Belarus"], Parsed.Sides(sentence, EventType.Sanction));

    [Fact]
    public void Extract_ResolutionVetoed_OnlyTheVetoingStateSpeaks() =>
        Assert.Equal(["speaker=China"], Parsed.Sides("China vetoed a Security Council resolution demanding a truce in Myanmar.", EventType.Statement));

    [Fact]
    public void Extract_ResolutionTabled_ItsDraftersCall() =>
        Assert.Equal(["speaker=Japan", "speaker=Malta"], Parsed.Sides("Japan and Malta tabled a draft resolution calling for a truce in Gaza.", EventType.Statement));

    [Fact]
    public void Extract_BodysMembersMeetTheirCounterpartsFromSeveralStates_OneMeetingEach() =>
        Assert.Equal(["participant=Egypt participant=European Union", "participant=European Union participant=Jordan"],
            Parsed.Sides("EU interior ministers held talks with their counterparts from Egypt and Jordan on Monday.", EventType.Meeting));

    [Theory]
    [InlineData("Hamas supporters gathered in Gaza City on Friday.")]
    [InlineData("The ministers of the African Union will gather in Kigali next week.")]
    public void Extract_FollowersGatheredOrAGatheringToCome_NoMeeting(string sentence) =>
        Assert.Empty(Parsed.Sides(sentence, EventType.Meeting));

    [Fact]
    public void Extract_TheyRightAfterAMeetingOfTwo_TheTwoAgree() =>
        Assert.Equal(["participant=Kofi Mensah participant=Tomas Dussey"],
            Parsed.Sides("Ghanaian Foreign Minister Kofi Mensah met his Togolese counterpart, Tomas Dussey, in Accra on Monday. They agreed to reopen the border crossing.", EventType.Agreement));

    [Fact]
    public void Extract_TheyAfterAnotherSentence_NoAgreement() =>
        Assert.Empty(Parsed.Sides("Ghanaian Foreign Minister Kofi Mensah met his Togolese counterpart, Tomas Dussey, in Accra on Monday. Traders waited at the border. They agreed to reopen the stalls.", EventType.Agreement));

    [Theory]
    [InlineData("Kyrgyz President Talant Osmonov said his country had signed a water deal with Tajikistan.", EventType.Agreement, "participant=Kyrgyzstan participant=Tajikistan")]
    [InlineData("Kyrgyz President Talant Osmonov said his government had expelled two Kazakh diplomats.", EventType.Sanction, "imposer=Kyrgyzstan target=Kazakhstan")]
    public void Extract_HisCountryInWhatAnOfficerTells_TheStateOfHisOffice(string sentence, EventType type, string sides) =>
        Assert.Equal([sides], Parsed.Sides(sentence, type));

    [Theory]
    [InlineData("Oman welcomed the agreement between Bahrain and Qatar to reopen their embassies.")]
    [InlineData("Oman hailed the signing of the maritime deal between Bahrain and Qatar.")]
    public void Extract_DealBetweenTwoWelcomed_AgreementOfTheTwo(string sentence) =>
        Assert.Equal(["participant=Bahrain participant=Qatar"], Parsed.Sides(sentence, EventType.Agreement));

    [Fact]
    public void Extract_AStatesStrikeOnATargetCondemned_MilitaryAction() =>
        Assert.Equal(["actor=Israel target=Hezbollah"], Parsed.Sides("Jordan condemned Israel's strike on the Hezbollah compound in Tyre.", EventType.MilitaryAction));

    [Theory]
    [InlineData("Indian Prime Minister Rahul Mehta sent condolences to Morocco after the floods.")]
    [InlineData("Indian Prime Minister Rahul Mehta conveyed his sympathy to the people of Morocco.")]
    public void Extract_FeelingsSent_StatementToWhomTheyAreSent(string sentence) =>
        Assert.Equal(["addressee=Morocco speaker=Rahul Mehta"], Parsed.Sides(sentence, EventType.Statement));

    [Fact]
    public void Extract_FeelingsExpressedToNoOne_StatementOfTheSpeaker() =>
        Assert.Equal(["speaker=Rahul Mehta"], Parsed.Sides("Indian Prime Minister Rahul Mehta conveyed his deep sympathy after the floods.", EventType.Statement));

    [Fact]
    public void Extract_CongratulatedInThePassive_StatementOfTheAgentToTheOneCongratulated() =>
        Assert.Equal(["addressee=Amadou Sall speaker=Henri Dupuis"],
            Parsed.Sides("Senegalese President Amadou Sall was congratulated by French President Henri Dupuis on Monday.", EventType.Statement));

    [Fact]
    public void Extract_CalledInThePassive_PhoneCall() =>
        Assert.Equal(["participant=Amadou Sall participant=Karen Holt"],
            Parsed.Sides("Senegalese President Amadou Sall was called by British Foreign Secretary Karen Holt on Tuesday.", EventType.PhoneCall));

    [Fact]
    public void Extract_CongratulatedByTelephone_PhoneCall() =>
        Assert.Equal(["participant=Amadou Sall participant=Samuel Kiprop"],
            Parsed.Sides("Kenyan President Samuel Kiprop congratulated Amadou Sall by telephone on Monday.", EventType.PhoneCall));

    [Fact]
    public void Extract_LowerCasePresidentElectBeforeTheName_RoleAndNoStatement()
    {
        var sentence = "Senegal's president-elect Amadou Sall arrived in Paris on Monday.";

        Assert.Empty(Parsed.Sides(sentence, EventType.Statement));
        Assert.Contains("Amadou Sall / President-elect / Senegal", Parsed.Roles(sentence));
    }

    [Fact]
    public void Extract_StateNamedInWhatAPanelSays_NotTheSpeaker() =>
        Assert.Empty(Parsed.Sides("There is no evidence that Russia hacked the voting machines, the commission said.", EventType.Statement));

    [Fact]
    public void Extract_SaidAStateWasBehindAHack_Accusation() =>
        Assert.Equal(["accused=China accuser=Jan Novak"],
            Parsed.Sides("Czech Foreign Minister Jan Novak said China was behind the hack of the ministry's email.", EventType.Accusation));

    [Fact]
    public void Extract_WarnedItCouldActIfAnotherDidNot_Threat() =>
        Assert.Equal(["target=Malta threatener=Italy"],
            Parsed.Sides("Italy warned that it could close its ports if Malta did not accept the boat.", EventType.Threat));

    [Fact]
    public void Extract_WarnedThatAnotherStateCouldAttack_NoThreat() =>
        Assert.Empty(Parsed.Sides("Latvian President Janis Ozols warned that Russia could attack a NATO member within five years.", EventType.Threat));

    [Theory]
    [InlineData("Russia warned NATO that any deployment of troops to Moldova would be treated as an attack.", "target=NATO threatener=Russia")]
    [InlineData("China warned Vietnam that any further incursion would be considered a provocation.", "target=Vietnam threatener=China")]
    public void Extract_WarnedADeedWouldBeTakenForAnAttack_Threat(string sentence, string sides) =>
        Assert.Equal([sides], Parsed.Sides(sentence, EventType.Threat));

    [Fact]
    public void Extract_HeadlineOfSoldiersKilledWithoutWere_TheyAreTheTarget()
    {
        var document = Parsed.Extract("4 Turkish soldiers killed by Syrian shelling near Idlib");

        Assert.Contains("actor=Syria target=Turkey", Parsed.Sides("4 Turkish soldiers killed by Syrian shelling near Idlib", EventType.MilitaryAction));
        Assert.DoesNotContain(document.Events, e => e.Participants.Any(p => p.Role == "actor" && p.Entity == "country:TR"));
    }

    [Theory]
    [InlineData("Denmark gave 200 million kroner to the World Food Programme on Monday.", "giver=Denmark recipient=World Food Programme")]
    [InlineData("The World Health Organization shipped 40 cholera kits to Malawi on Wednesday.", "giver=World Health Organization recipient=Malawi")]
    [InlineData("Algeria sent 30 tonnes of humanitarian cargo to Niger on Sunday.", "giver=Algeria recipient=Niger")]
    public void Extract_AidInOtherCurrenciesAndCargoes_Offer(string sentence, string sides) =>
        Assert.Equal([sides], Parsed.Sides(sentence, EventType.Offer));
}
