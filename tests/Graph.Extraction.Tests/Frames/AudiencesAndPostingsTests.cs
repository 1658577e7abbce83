using Graph.Core.Model;

namespace Graph.Extraction.Tests.Frames;

/// <summary>
/// Audiences granted, bodies that open a sentence, surnames spelled like cities after a title, envoys to a body, deeds
/// yet to be done, talks to be held, memoranda, briefings, censures and craft deployed: sentences of our own.
/// </summary>
public class AudiencesAndPostingsTests
{
    [Theory]
    [InlineData("King Tomas Ferreira received in audience Chile's foreign minister, Ana Ruiz, on Sunday.")]
    [InlineData("King Tomas Ferreira received in audience the visiting Chilean Foreign Minister Ana Ruiz on Sunday.")]
    public void Extract_ReceivedInAudience_Meeting(string sentence) =>
        Assert.Equal(["participant=Ana Ruiz participant=Tomas Ferreira"], Parsed.Sides(sentence, EventType.Meeting));

    [Fact]
    public void Extract_BodyOpeningTheSentenceBeforeATitle_WholeName() =>
        Assert.Contains((EntityType.Organization, "Federal Emergency Management Agency"),
            Parsed.Entities("Federal Emergency Management Agency Administrator Dana Whitfield visited Texas on Monday."));

    [Fact]
    public void Extract_ChairAfterABody_TitleNotName()
    {
        var text = "Federal Reserve Chair Dana Whitfield said on Monday that rates would stay where they are.";
        Assert.Contains((EntityType.Person, "Dana Whitfield"), Parsed.Entities(text));
        Assert.Contains("Dana Whitfield / Chair / Federal Reserve", Parsed.Roles(text));
    }

    [Theory]
    [InlineData("On Monday, Vice President Marcos Lima met Paul Okoro in Lisbon.")]
    [InlineData("Angolan Vice President Marcos Lima met Paul Okoro in Lisbon on Monday.")]
    public void Extract_CityAfterTheFirstNameOfATitledPerson_Surname(string sentence) =>
        Assert.Equal(["participant=Marcos Lima participant=Paul Okoro"], Parsed.Sides(sentence, EventType.Meeting));

    [Theory]
    [InlineData("Russia's UN ambassador Ivan Petrov said the vote was unfair.")]
    [InlineData("Russian UN Ambassador Ivan Petrov said the vote was unfair.")]
    public void Extract_StatesEnvoyToABody_RoleWithTheState(string sentence)
    {
        var roles = Parsed.Roles(sentence);
        Assert.Contains(roles, r => r.StartsWith("Ivan Petrov /", StringComparison.Ordinal) && r.EndsWith("/ Russia", StringComparison.Ordinal));
        Assert.DoesNotContain(roles, r => r.EndsWith("/ United Nations", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Indian Prime Minister Ravi Anand has yet to visit Beijing.")]
    [InlineData("The Australian prime minister is yet to visit Beijing since taking office.")]
    public void Extract_YetToVisit_NoVisit(string sentence) =>
        Assert.Empty(Parsed.Sides(sentence, EventType.Visit));

    [Theory]
    [InlineData("Talks between Armenia and Azerbaijan are to be held in Geneva on April 2.")]
    [InlineData("Talks between Armenia and Azerbaijan are due to be held in Geneva on April 2.")]
    public void Extract_TalksToBeHeld_NoMeeting(string sentence) =>
        Assert.Empty(Parsed.Sides(sentence, EventType.Meeting));

    [Fact]
    public void Extract_TalksHeld_Meeting() =>
        Assert.Equal(["participant=Armenia participant=Azerbaijan"], Parsed.Sides("Talks between Armenia and Azerbaijan were held in Geneva on Monday.", EventType.Meeting));

    [Fact]
    public void Extract_MoUSigned_Agreement() =>
        Assert.Equal(["participant=Bangladesh participant=India"], Parsed.Sides("India and Bangladesh signed an MoU on energy cooperation on Monday.", EventType.Agreement));

    [Fact]
    public void Extract_TravelBansImposed_Sanction() =>
        Assert.Equal(["imposer=European Union target=Belarus"], Parsed.Sides("The EU imposed travel bans on Belarusian officials on Friday.", EventType.Sanction));

    [Fact]
    public void Extract_EnvoyBriefedTheCouncil_Statement() =>
        Assert.Equal(["addressee=United Nations Security Council speaker=Hans Lindqvist"], Parsed.Sides("The UN envoy for Yemen, Hans Lindqvist, briefed the Security Council on Tuesday.", EventType.Statement));

    [Theory]
    [InlineData("The IAEA board censured Iran on Wednesday for failing to cooperate with inspectors.")]
    [InlineData("The IAEA board censured Iran for failing to cooperate with inspectors.")]
    public void Extract_CensuredForAWrong_Accusation(string sentence) =>
        Assert.Equal(["accused=Iran accuser=International Atomic Energy Agency"], Parsed.Sides(sentence, EventType.Accusation));

    [Fact]
    public void Extract_CensuredWithoutAWrong_NoAccusation() =>
        Assert.Empty(Parsed.Sides("The IAEA board censured Iran on Wednesday.", EventType.Accusation));

    // The country forces are sent to is where they are, not whom they face (an ally may have asked for them).
    [Theory]
    [InlineData("The Netherlands deployed F-35 fighter jets to Estonia on Thursday.", "actor=Netherlands", "country:EE")]
    [InlineData("Germany deployed two Patriot batteries to Lithuania.", "actor=Germany", "country:LT")]
    public void Extract_CraftAndGunsDeployed_MilitaryActionAtTheDestination(string sentence, string sides, string place)
    {
        Assert.Equal([sides], Parsed.Sides(sentence, EventType.MilitaryAction));
        Assert.Equal(place, Assert.Single(Parsed.Events(sentence), e => e.Type == EventType.MilitaryAction).Location);
    }

    [Fact]
    public void Extract_JetsDelivered_NoDeployment() =>
        Assert.Empty(Parsed.Sides("The Netherlands delivered F-16 fighter jets to Ukraine on Thursday.", EventType.MilitaryAction));

    [Theory]
    [InlineData("Pakistani Army chief Gen. Asim Raza warned that Islamabad would respond forcefully to any Afghan incursion.", "target=Afghanistan threatener=Asim Raza")]
    [InlineData("Iranian Foreign Minister Reza Tabrizi warned that Tehran would retaliate against any Israeli strike.", "target=Israel threatener=Reza Tabrizi")]
    [InlineData("Russian presidential spokesman Arkady Melnikov said Russia would retaliate against the EU.", "target=European Union threatener=Arkady Melnikov")]
    public void Extract_OfficialSaysTheirStateWillHitBack_Threat(string sentence, string sides) =>
        Assert.Equal([sides], Parsed.Sides(sentence, EventType.Threat));

    [Theory]
    [InlineData("Chilean Foreign Minister Ana Ruiz said Chile would respond to the letter from Peru.")]
    [InlineData("Chilean Foreign Minister Ana Ruiz said Peru would retaliate against Bolivia.")]
    public void Extract_ResponseWithoutForceOrAnotherStatesVow_NoThreat(string sentence) =>
        Assert.Empty(Parsed.Sides(sentence, EventType.Threat));

    [Theory]
    [InlineData("Britain on Tuesday attributed the intrusion to hackers linked to Russia's GRU.", "accused=GRU accuser=United Kingdom")]
    [InlineData("The Netherlands attributed the cyber attack to Russia.", "accused=Russia accuser=Netherlands")]
    public void Extract_DeedAttributedToAParty_Accusation(string sentence, string sides) =>
        Assert.Equal([sides], Parsed.Sides(sentence, EventType.Accusation));

    [Theory]
    [InlineData("Germany attributed the explosion to a gas leak.")]
    [InlineData("The ministry attributed the rise in prices to the drought.")]
    public void Extract_AttributedToNoParty_NoAccusation(string sentence) =>
        Assert.Empty(Parsed.Sides(sentence, EventType.Accusation));

    [Theory]
    [InlineData("Mozambique welcomed the arrival of 12 tonnes of cholera kits donated by Portugal.", "giver=Portugal recipient=Mozambique")]
    [InlineData("Venezuela rejected humanitarian aid offered by the United States.", "giver=United States recipient=Venezuela")]
    [InlineData("Medical supplies donated by Germany arrived in Ukraine on Monday.", "giver=Germany recipient=Ukraine")]
    public void Extract_GiftDescribedByItsGiver_OfferToWhoTakesIt(string sentence, string sides) =>
        Assert.Equal([sides], Parsed.Sides(sentence, EventType.Offer));

    [Fact]
    public void Extract_DecisionTakenByAnother_NoOffer() =>
        Assert.Empty(Parsed.Sides("Kenya welcomed the decision taken by Uganda.", EventType.Offer));

    [Theory]
    [InlineData("France's Permanent Representative to the UN, Claire Dumoulin-Vasseur, told the Council that the vote was a mistake.", "Claire Dumoulin-Vasseur / Permanent Representative / France")]
    [InlineData("The UN High Commissioner for Human Rights, Nadia Okonkwo-Brandt, said both sides had committed abuses.", "Nadia Okonkwo-Brandt / High Commissioner for Human Rights / United Nations")]
    public void Extract_HyphenatedSurnameInAnApposition_Role(string sentence, string role) =>
        Assert.Contains(role, Parsed.Roles(sentence));

    [Fact]
    public void Extract_WarningShotsFired_NoStatement() =>
        Assert.Empty(Parsed.Sides("South Korea fired warning shots at North Korean soldiers who crossed the border on Monday.", EventType.Statement));

    [Fact]
    public void Extract_TwoNamesEachWithItsTitleJoinedByAnd_Meeting() =>
        Assert.Equal(["participant=Karim Saleh participant=Luca Ferri"],
            Parsed.Sides("Luca Ferri, Italy's foreign minister, and his Egyptian counterpart, Karim Saleh, met in Oslo on Monday.", EventType.Meeting));

    [Theory]
    [InlineData("The Netherlands closed the Russian consulate in Rotterdam in response to the sabotage.", "imposer=Netherlands target=Russia")]
    [InlineData("Canada shut Iran's embassy in Ottawa on Monday.", "imposer=Canada target=Iran")]
    public void Extract_StatesMissionClosed_Sanction(string sentence, string sides) =>
        Assert.Equal([sides], Parsed.Sides(sentence, EventType.Sanction));

    [Fact]
    public void Extract_RoadClosedNearAnEmbassy_NoSanction() =>
        Assert.Empty(Parsed.Sides("Police closed the road near the Russian embassy.", EventType.Sanction));

    [Fact]
    public void Extract_EachOthersEnvoysExpelled_SanctionEachWay() =>
        Assert.Equal(["imposer=Hungary target=Slovakia", "imposer=Slovakia target=Hungary"],
            Parsed.Sides("Hungary and Slovakia expelled each other's military attaches last week.", EventType.Sanction));

    [Theory]
    [InlineData("Poland hosted a meeting of EU interior ministers in Warsaw on Thursday.", "participant=European Union participant=Poland")]
    [InlineData("Foreign Minister Ana Ruiz chaired a meeting of the UN Security Council on Monday.", "participant=Ana Ruiz participant=United Nations Security Council")]
    public void Extract_MeetingOfABodyHostedOrChaired_Meeting(string sentence, string sides) =>
        Assert.Equal([sides], Parsed.Sides(sentence, EventType.Meeting));

    [Fact]
    public void Extract_MeetingOfNoNamedBody_NoMeeting() =>
        Assert.Empty(Parsed.Sides("Poland hosted a meeting of farmers in Warsaw on Thursday.", EventType.Meeting));

    [Theory]
    [InlineData("The CIA declined to comment on the arrest.")]
    [InlineData("Mexican President Lucia Ortega declined to comment on the tariff dispute.")]
    [InlineData("The embassy refused to say whether the ambassador had been summoned.")]
    public void Extract_DeclinedToComment_NoStatement(string sentence) =>
        Assert.Empty(Parsed.Sides(sentence, EventType.Statement));

    [Theory]
    [InlineData("Kremlin spokesman Arkady Melnikov said Russia would retaliate against the EU.", "target=European Union threatener=Arkady Melnikov")]
    [InlineData("White House spokeswoman Dana Whitfield said the United States would retaliate against Iran.", "target=Iran threatener=Dana Whitfield")]
    public void Extract_GovernmentSpokespersonSaysTheStateWillHitBack_Threat(string sentence, string sides) =>
        Assert.Equal([sides], Parsed.Sides(sentence, EventType.Threat));

    [Theory]
    [InlineData("Chilean President Ana Ruiz held separate talks with Colombian President Andres Pardo and Canadian Prime Minister Emily Roy.", EventType.Meeting)]
    [InlineData("Chilean President Ana Ruiz received congratulatory phone calls from Brazilian President Luis Barbosa and Argentine President Marta Ferraro.", EventType.PhoneCall)]
    public void Extract_SeparateTalksOrCallsWithTwo_OneEventWithEach(string sentence, EventType type) =>
        Assert.Equal(2, Parsed.Sides(sentence, type).Count);

    [Fact]
    public void Extract_MetTwo_OneMeetingWithEach() =>
        Assert.Equal(["participant=Andres Pardo participant=Luis Ortega", "participant=Emily Roy participant=Luis Ortega"],
            Parsed.Sides("President Luis Ortega met Colombian President Andres Pardo and Canadian Prime Minister Emily Roy in Lima on Monday.", EventType.Meeting));

    [Theory]
    [InlineData("British Ambassador Simon Ashcroft presented his credentials to Kenyan President Samuel Mwangi on Friday.", "participant=Samuel Mwangi participant=Simon Ashcroft")]
    [InlineData("Ambassador Lena Vogt of Austria presented her letters of credence to King Hassan of Morocco in Rabat on Thursday.", "participant=Hassan participant=Lena Vogt")]
    [InlineData("President Mihai Olteanu received the credentials of German Ambassador Katrin Weber on Friday.", "participant=Katrin Weber participant=Mihai Olteanu")]
    public void Extract_CredentialsPresented_Meeting(string sentence, string sides) =>
        Assert.Equal([sides], Parsed.Sides(sentence, EventType.Meeting));

    [Theory]
    [InlineData("The minister presented the budget to parliament on Friday.")]
    [InlineData("The ambassador presented his credentials to President Samuel Mwangi and Foreign Minister Paul Okoro.")]
    public void Extract_NoNamedEnvoyOrNoCredentials_NoMeeting(string sentence) =>
        Assert.Empty(Parsed.Sides(sentence, EventType.Meeting));

    [Fact]
    public void Extract_CongratulatedByAnotherInAPhoneCall_PhoneCall() =>
        Assert.Equal(["participant=Gabor Kertesz participant=Juraj Hlavac"],
            Parsed.Sides("Hungarian Prime Minister Gabor Kertesz was congratulated by Slovak Prime Minister Juraj Hlavac in a phone call on Sunday.", EventType.PhoneCall));

    [Theory]
    [InlineData("German Chancellor Otto Brenner welcomed Polish President-elect Marek Zielinski in Berlin on Monday.", "participant=Marek Zielinski participant=Otto Brenner")]
    [InlineData("Polish President-elect Marek Zielinski was welcomed by German Chancellor Otto Brenner in Berlin on Monday.", "participant=Marek Zielinski participant=Otto Brenner")]
    [InlineData("Outgoing Finnish Prime Minister Mikko Laine welcomed his successor, Aino Virtanen, at Kesaranta on Monday.", "participant=Aino Virtanen participant=Mikko Laine")]
    public void Extract_LeaderElectOrSuccessorWelcomed_Meeting(string sentence, string sides) =>
        Assert.Equal([sides], Parsed.Sides(sentence, EventType.Meeting));

    [Theory]
    [InlineData("The International Tribunal for the Law of the Sea ordered Japan to halt the release on Monday.", "International Tribunal for the Law of the Sea")]
    [InlineData("The Kosovo Specialist Chambers charged Dragan Velikic with murder.", "Kosovo Specialist Chambers")]
    public void Extract_CourtNamedByItsHeadWord_Organization(string sentence, string name) =>
        Assert.Contains((EntityType.Organization, name), Parsed.Entities(sentence));

    [Fact]
    public void Extract_DeedAnAccusationNamesAtACourt_NoMilitaryAction() =>
        Assert.Empty(Parsed.Sides("Canada accused Syria of torture at the ICJ.", EventType.MilitaryAction));

    [Theory]
    [InlineData("The International Criminal Court issued an arrest warrant for Sudanese commander Osman Dabbo on charges of war crimes.", "accused=Osman Dabbo accuser=International Criminal Court")]
    [InlineData("South Africa filed a case against Israel at the International Court of Justice on Friday.", "accused=Israel accuser=South Africa")]
    [InlineData("Ecuador brought a case against Mexico at the International Court of Justice.", "accused=Mexico accuser=Ecuador")]
    [InlineData("Peru filed a case at the International Court of Justice accusing Chile of genocide.", "accused=Chile accuser=Peru")]
    [InlineData("The UN released a report accusing Chile of torturing prisoners.", "accused=Chile accuser=United Nations")]
    public void Extract_WarrantIssuedOrCaseFiled_Accusation(string sentence, string sides) =>
        Assert.Equal([sides], Parsed.Sides(sentence, EventType.Accusation));

    [Theory]
    [InlineData("The court will issue a warrant for Osman Dabbo if he fails to appear.")]
    [InlineData("French activists said they plan on filing a lawsuit against Paul Okoro in France.")]
    [InlineData("The lawyers made a case for reform.")]
    public void Extract_WarrantOrCaseNotIssued_NoAccusation(string sentence) =>
        Assert.Empty(Parsed.Sides(sentence, EventType.Accusation));

    [Fact]
    public void Extract_CommanderOfACountrysBody_RoleWithTheBodyOnly() =>
        Assert.Equal(["Osman Dabbo / Commander / Rapid Support Forces"],
            Parsed.Roles("Osman Dabbo, the commander of Sudan's Rapid Support Forces, denied the charges."));

    [Theory]
    [InlineData("Nvidia chief executive Jensen Lowe met Chinese Vice Premier He Lifeng in Beijing on Monday.", "Nvidia")]
    [InlineData("Norway's Equinor signed a gas supply deal with Poland on Monday.", "Equinor")]
    public void Extract_CompanyWithoutALegalForm_Organization(string sentence, string name) =>
        Assert.Contains((EntityType.Organization, name), Parsed.Entities(sentence));

    [Fact]
    public void Extract_CompanyAddedToAList_SanctionOnIt() =>
        Assert.Equal(["imposer=Department of Commerce target=Huawei"], Parsed.Sides("The Commerce Department added Huawei to the Entity List on Friday.", EventType.Sanction));

    [Fact]
    public void Extract_AccordingToATranslation_NoStatementByTheTool() =>
        Assert.DoesNotContain("speaker=Google", Parsed.Sides("\"I am satisfied,\" Maduro said on Friday, according to a Google translation of his post.", EventType.Statement));

    [Theory]
    [InlineData("Before leaving Ottawa, Prime Minister Marc Gagnon spoke by phone with US President Richard Calloway.", EventType.PhoneCall, "participant=Marc Gagnon participant=Richard Calloway")]
    [InlineData("After meeting King Abdullah in Amman, the Iraqi prime minister, Hassan al-Jaber, travelled to Riyadh.", EventType.Meeting, "participant=Abdullah participant=Hassan al-Jaber")]
    public void Extract_SubjectAfterAFrontedClause_EventOfTheSubject(string sentence, EventType type, string sides) =>
        Assert.Equal([sides], Parsed.Sides(sentence, type));

    [Fact]
    public void Extract_TalksAimedAtADeal_NegotiationButNoAgreement()
    {
        var text = "Japan and Vietnam held talks aimed at concluding a trade deal on Monday.";
        Assert.Empty(Parsed.Sides(text, EventType.Agreement));
        Assert.Equal(["participant=Japan participant=Vietnam"], Parsed.Sides(text, EventType.Negotiation));
    }

    [Fact]
    public void Extract_RetaliatedWithTariffs_Sanction() =>
        Assert.Equal(["imposer=China target=United States"], Parsed.Sides("Beijing retaliated with 15% tariffs on American farm goods on Tuesday.", EventType.Sanction));

    [Fact]
    public void Extract_RetaliatedWithWords_NoSanction() =>
        Assert.Empty(Parsed.Sides("China retaliated with a statement on Tuesday.", EventType.Sanction));

    [Theory]
    [InlineData("Ambassador Helena Morales was expelled by Nicaragua on Thursday, the Spanish foreign ministry said.", "imposer=Nicaragua target=Helena Morales")]
    [InlineData("Algeria ordered 12 French diplomats out of the country on Monday.", "imposer=Algeria target=France")]
    public void Extract_EnvoyExpelledOrOrderedOut_Sanction(string sentence, string sides) =>
        Assert.Equal([sides], Parsed.Sides(sentence, EventType.Sanction));

    [Fact]
    public void Extract_OwnTroopsOrderedOut_NoSanction() =>
        Assert.Empty(Parsed.Sides("Russia ordered its troops out of the city.", EventType.Sanction));

    [Theory]
    [InlineData("Before departing for Paris, Canadian Prime Minister Mark Dunmore spoke by phone with Ukrainian President Oleh Kravets.", EventType.PhoneCall)]
    [InlineData("Before leaving Ottawa on Sunday, Prime Minister Mark Dunmore met Ukrainian President Oleh Kravets.", EventType.Meeting)]
    public void Extract_SubjectAfterAFrontedClauseWithAPlace_EventOfTheSubject(string sentence, EventType type) =>
        Assert.Equal(["participant=Mark Dunmore participant=Oleh Kravets"], Parsed.Sides(sentence, type));

    [Fact]
    public void Extract_SubjectWithAClosedApposition_Meeting() =>
        Assert.Equal(["participant=Abdelaziz Kane participant=Thomas Reed"],
            Parsed.Sides("President Abdelaziz Kane, a former army general, met US Assistant Secretary of State Thomas Reed in Dakar.", EventType.Meeting));

    [Fact]
    public void Extract_TwoSubjectsTheFirstWithAnApposition_Agreement() =>
        Assert.Equal(["participant=Mario Quispe participant=Rosa Villacis"],
            Parsed.Sides("Ecuador's interim president, Rosa Villacis, and Peruvian President Mario Quispe signed a border cooperation agreement on Friday.", EventType.Agreement));

    [Theory]
    [InlineData("The UN commission said soldiers burned villages and killed dozens of men.")]
    [InlineData("The UN commission said Myanmar soldiers burned villages and killed dozens of men.")]
    public void Extract_ReportedDeedsOfAnotherJoinedByAnd_NoDeedOfTheReporter(string sentence) =>
        Assert.DoesNotContain(Parsed.Sides(sentence, EventType.MilitaryAction), e => e.Contains("actor=United Nations", StringComparison.Ordinal));

    [Fact]
    public void Extract_ReportedDeedsJoinedByAnd_TheirDoers() =>
        Assert.Equal(["actor=Myanmar"], Parsed.Sides("The UN commission said Myanmar soldiers burned villages and killed dozens of men.", EventType.MilitaryAction));

    [Theory]
    [InlineData("A car bomb in central Baghdad has killed at least 21 people.")]
    [InlineData("Iraqi police say a car bomb in central Baghdad has killed at least 21 people.")]
    public void Extract_BombThatKilledInAPlace_MilitaryActionWithoutActorThere(string sentence)
    {
        var attack = Assert.Single(Parsed.Events(sentence), e => e.Type == EventType.MilitaryAction);
        Assert.Empty(attack.Participants);
        Assert.Equal("loc:baghdad", attack.Location);
    }

    [Theory]
    [InlineData("Indonesian President Dewi Santoso welcomed Malaysian Prime Minister Aziz Karim in Jakarta on Friday.")]
    [InlineData("Vietnamese President Dewi Santoso welcomed Malaysian Prime Minister Aziz Karim in Jakarta on Friday.")]
    public void Extract_DemonymTitledHostWelcomedATitledGuest_MeetingOfTheTwo(string body)
    {
        var meeting = Assert.Single(Parsed.Events(body), e => e.Type == EventType.Meeting);
        Assert.Equal(["person:dewi-santoso", "person:aziz-karim"], meeting.Participants.Select(p => p.Entity));
        Assert.DoesNotContain(Parsed.Events(body), e => e.Type == EventType.Statement);
    }

    [Theory]
    [InlineData("King Faisal Amin sent a message of congratulations to President Ana Ruiz on Monday.")]
    [InlineData("King Faisal Amin sent a letter to President Ana Ruiz on Monday.")]
    [InlineData("King Faisal Amin sent a cable of condolence to President Ana Ruiz on Monday.")]
    public void Extract_MessageSentToALeader_StatementToThatLeader(string body) =>
        Assert.Equal(["addressee=Ana Ruiz speaker=Faisal Amin"], Parsed.Sides(body, EventType.Statement));

    [Fact]
    public void Extract_TroopsSentToACountry_NoStatement() =>
        Assert.Empty(Parsed.Sides("King Faisal Amin sent troops to Chile on Monday.", EventType.Statement));

    [Theory]
    [InlineData("King Faisal Amin granted an audience to Chile's foreign minister, Ana Ruiz, on Monday.")]
    [InlineData("Prime Minister Ana Ruiz had an audience with King Faisal Amin on Monday.")]
    public void Extract_AudienceGrantedOrHad_MeetingOfTheTwo(string body) =>
        Assert.Equal(["participant=Ana Ruiz participant=Faisal Amin"], Parsed.Sides(body, EventType.Meeting));

    [Fact]
    public void Extract_AudienceOfMillions_NoMeeting() =>
        Assert.Empty(Parsed.Sides("Ana Ruiz had an audience of millions on Monday.", EventType.Meeting));

    [Theory]
    [InlineData("President Ana Ruiz told her Peruvian counterpart, Luis Vega, by telephone that the border would reopen.")]
    [InlineData("President Ana Ruiz assured Peruvian President Luis Vega by phone that Chile would help.")]
    public void Extract_ToldSomeoneByTelephone_PhoneCallOfTheTwo(string body) =>
        Assert.Equal(["participant=Ana Ruiz participant=Luis Vega"], Parsed.Sides(body, EventType.PhoneCall));

    [Fact]
    public void Extract_TheVisitingTitledGuestWithTheNameApartHeldTalks_MeetingOfTheGuest() =>
        Assert.Equal(["participant=Ana Ruiz participant=Kwame Asante"],
            Parsed.Sides("The visiting Ghanaian foreign minister, Kwame Asante, held talks with President Ana Ruiz on Monday.", EventType.Meeting));

    [Fact]
    public void Extract_TitleOfACountryWithTheNameApartWelcomedAGuestAtAPalace_MeetingThere()
    {
        var meeting = Assert.Single(Parsed.Events("The Sultan of Oman, Faisal bin Tariq, welcomed Prime Minister Ana Ruiz at Al Alam Palace on Monday."),
            e => e.Type == EventType.Meeting);
        Assert.Equal(["person:ana-ruiz", "person:faisal-bin-tariq"], meeting.Participants.Select(p => p.Entity).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Extract_CapitalsMayorMetAPresident_OneMeetingOfThePersonsAndNoneOfTheCapitalsState() =>
        Assert.Equal(["participant=Anne Leroy participant=Taras Bondar"],
            Parsed.Sides("Paris Mayor Anne Leroy met Ukrainian President Taras Bondar in Kyiv on Friday.", EventType.Meeting));
}
