using Graph.Core.Model;

namespace Graph.Extraction.Tests.Frames;

/// <summary>Deals made and aid given, read from the verb and what it acts on, active or passive.</summary>
public sealed class TransferFrameTests
{
    [Fact]
    public void Extract_DealSignedByTwo_AgreementOfTheAgents()
    {
        var events = Parsed.Events("A fishing accord was signed by Norway and Iceland in Oslo on Monday.");
        var deal = Assert.Single(events, e => e.Type == EventType.Agreement);
        Assert.Equal(["country:IS", "country:NO"], deal.Participants.Select(p => p.Entity).Order(StringComparer.Ordinal));
        Assert.Equal("loc:oslo", deal.Location);
    }

    [Fact]
    public void Extract_BrokeredATruceBetween_BrokerAndParties()
    {
        var sides = Parsed.Sides("Qatar brokered a ceasefire between Ethiopia and Eritrea on Sunday.", EventType.Agreement);
        Assert.Equal(["participant=Eritrea participant=Ethiopia participant=Qatar"], sides);
    }

    [Theory]
    [InlineData("Chile deposited $3 billion with Peru's central bank.")]
    [InlineData("Chile deposited $3 billion in the central bank of Peru on Monday.")]
    [InlineData("The Chilean government approved a 50-billion-peso support package for Peru.")]
    public void Extract_MoneyDepositedWithABankOrAPackageApproved_OfferToItsState(string body) =>
        Assert.Equal(["giver=Chile recipient=Peru"], Parsed.Sides(body, EventType.Offer));

    [Fact]
    public void Extract_MoneyDepositedWithABankOfNoState_NoOffer() =>
        Assert.Empty(Parsed.Sides("Chile deposited $3 billion with a private bank in Lima.", EventType.Offer));

    [Theory]
    [InlineData("The allegations that Chile sent missiles to Bolivia prompted new sanctions.")]
    [InlineData("Claims that Chile supplied drones to Bolivia have circulated for months.")]
    [InlineData("Chile said claims that it supplied drones to Bolivia were baseless.")]
    public void Extract_SupplyAClaimAlleges_NoOffer(string body) =>
        Assert.Empty(Parsed.Sides(body, EventType.Offer));

    [Fact]
    public void Extract_WillBrokerATruce_NoAgreement() =>
        Assert.Empty(Parsed.Sides("Qatar will broker a ceasefire between Ethiopia and Eritrea next week.", EventType.Agreement));

    [Theory]
    [InlineData("Japan delivered two patrol boats to Peru on Friday.")]
    [InlineData("Japan handed over two patrol boats to the Peruvian navy.")]
    [InlineData("Japan transferred four fighter jets to Peru.")]
    public void Extract_ShipsOrAircraftHandedOver_Offer(string body) =>
        Assert.Equal(["giver=Japan recipient=Peru"], Parsed.Sides(body, EventType.Offer));

    [Fact]
    public void Extract_SuppliedANameWithArmsUsedToAttackAnother_OfferToTheNameOnly() =>
        Assert.Equal(["giver=Peru recipient=Chile"], Parsed.Sides("Peru supplied Chile with drones used to attack Bolivian cities.", EventType.Offer));

    [Fact]
    public void Extract_ShipsSentTowardsACountry_NoOffer() =>
        Assert.Empty(Parsed.Sides("Japan sent two warships to the waters near Peru.", EventType.Offer));

    [Fact]
    public void Extract_AidSentToByPassive_GiverIsTheAgent()
    {
        var sides = Parsed.Sides("Food aid was sent to Malawi by Japan after the floods.", EventType.Offer);
        Assert.Equal(["giver=Japan recipient=Malawi"], sides);
    }

    [Fact]
    public void Extract_AnnouncedASumInAidFor_Offer()
    {
        var sides = Parsed.Sides("Norway announced $40 million in new aid for Malawi on Tuesday.", EventType.Offer);
        Assert.Equal(["giver=Norway recipient=Malawi"], sides);
    }

    [Fact]
    public void Extract_SentASumOfAssistanceTo_Offer()
    {
        var sides = Parsed.Sides("Japan sent 20 million euros of humanitarian assistance to Malawi last month.", EventType.Offer);
        Assert.Equal(["giver=Japan recipient=Malawi"], sides);
    }

    [Fact]
    public void Extract_LentASumInACountry_NoOffer() =>
        Assert.Empty(Parsed.Sides("The bank lent $2 billion in Kenya last year.", EventType.Offer));

    [Fact]
    public void Extract_DeliveredWeaponsTo_Offer()
    {
        var sides = Parsed.Sides("Canada delivered weapons to Poland last month.", EventType.Offer);
        Assert.Equal(["giver=Canada recipient=Poland"], sides);
    }

    [Fact]
    public void Extract_RefusedToDeliverWeapons_NoOffer() =>
        Assert.Empty(Parsed.Sides("Canada refused to deliver weapons to Poland.", EventType.Offer));

    [Fact]
    public void Extract_DeliveredALetter_NoOffer() =>
        Assert.Empty(Parsed.Sides("Canada delivered a letter to Poland on Monday.", EventType.Offer));

    [Fact]
    public void Extract_ReceivedSuppliesFrom_OfferOfTheGiver()
    {
        var sides = Parsed.Sides("Ghana received medical supplies from Nigeria on Friday.", EventType.Offer);
        Assert.Equal(["giver=Nigeria recipient=Ghana"], sides);
    }

    [Fact]
    public void Extract_ReceivedAVisitor_NoOffer() =>
        Assert.Empty(Parsed.Sides("Ghana received a delegation from Nigeria on Friday.", EventType.Offer));

    [Fact]
    public void Extract_HeadlineListsTheSignatoriesWithAComma_AgreementOfBoth() =>
        Assert.Equal(["participant=Kenya participant=Somalia"], Parsed.Sides("Kenya, Somalia sign maritime border deal\n\nThe accord was published on Monday.", EventType.Agreement));

    [Fact]
    public void Extract_HeadlineSaysTwoAgree_AgreementOfBoth() =>
        Assert.Equal(["participant=Hamas participant=Israel"], Parsed.Sides("Qatar says Israel, Hamas agree to ceasefire\n\nThe truce was announced on Monday.", EventType.Agreement));

    [Fact]
    public void Extract_AgreedNewSanctions_SanctionAndNoAgreement()
    {
        var events = Parsed.Events("The EU agreed new sanctions against Russia on Friday.");
        var sanction = Assert.Single(events, e => e.Type == EventType.Sanction);
        Assert.Equal([("org:european-union", ParticipantRoles.Imposer), ("country:RU", ParticipantRoles.Target)], sanction.Participants.Select(p => (p.Entity, p.Role)));
        Assert.DoesNotContain(events, e => e.Type == EventType.Agreement);
    }

    [Fact]
    public void Extract_AgreementsWithSeveralCountries_OneWithEach() =>
        Assert.Equal(["participant=Australia participant=Singapore", "participant=Australia participant=Thailand", "participant=Australia participant=United States"],
            Parsed.Sides("Australia has negotiated free trade agreements with the United States, Thailand and Singapore.", EventType.Agreement));

    [Fact]
    public void Extract_AnAgreementSignedByTwoLastYear_Agreement() =>
        Assert.Contains("participant=Kenya participant=Somalia", Parsed.Sides("Macron praised the agreement signed by Kenya and Somalia last year.", EventType.Agreement));

    [Fact]
    public void Extract_ApprovedALoanFor_Offer() =>
        Assert.Equal(["giver=World Bank recipient=Kenya"], Parsed.Sides("The World Bank approved a $500 million loan for Kenya.", EventType.Offer));

    [Fact]
    public void Extract_DonatedTonnesOfRice_Offer() =>
        Assert.Equal(["giver=South Korea recipient=Sri Lanka"], Parsed.Sides("South Korea donated 20,000 tonnes of rice to Sri Lanka.", EventType.Offer));

    [Fact]
    public void Extract_DeliveredMissileSystems_Offer() =>
        Assert.Equal(["giver=United States recipient=Ukraine"], Parsed.Sides("The US delivered Patriot missile systems to Ukraine last month.", EventType.Offer));

    [Fact]
    public void Extract_ApprovedABudget_NoOffer() =>
        Assert.Empty(Parsed.Sides("The Kenyan parliament approved a budget for Nairobi.", EventType.Offer));

    [Fact]
    public void Extract_OfferedToHelpANamedParty_Offer()
    {
        var sides = Parsed.Sides("Chile offered to help Argentina fight the forest fires.", EventType.Offer);
        Assert.Equal(["giver=Chile recipient=Argentina"], sides);
    }

    [Fact]
    public void Extract_OfferedToHelpRebuildAPlace_NoOffer() =>
        Assert.Empty(Parsed.Sides("Norway has offered to help rebuild Mosul.", EventType.Offer));

    [Fact]
    public void Extract_OneSideAgreedToHelpAnother_OfferAndNoAgreement()
    {
        const string text = "Chile also agreed to help Argentina rebuild its ports.";
        Assert.Equal(["giver=Chile recipient=Argentina"], Parsed.Sides(text, EventType.Offer));
        Assert.Empty(Parsed.Sides(text, EventType.Agreement));
    }

    [Fact]
    public void Extract_DidNotAgreeToHelp_NoOffer() =>
        Assert.Empty(Parsed.Sides("Chile did not agree to help Argentina rebuild its ports.", EventType.Offer));

    [Fact]
    public void Extract_OfferedThePartyHelp_TheIndirectObjectReceives()
    {
        var sides = Parsed.Sides("Chile offered Argentina help with the forest fires.", EventType.Offer);
        Assert.Equal(["giver=Chile recipient=Argentina"], sides);
    }

    [Fact]
    public void Extract_AidWorthASumFor_TheRecipientOfTheWorth()
    {
        var sides = Parsed.Sides("France announced military aid worth 100 million euros for Ukraine.", EventType.Offer);
        Assert.Equal(["giver=France recipient=Ukraine"], sides);
    }

    [Theory]
    [InlineData("President Ana Ruiz of Chile met President Daniel Otieno of Kenya in Lima on Monday, and the two leaders signed a trade agreement.")]
    [InlineData("President Ana Ruiz of Chile met President Daniel Otieno of Kenya in Lima on Monday. The two presidents agreed to build a new port.")]
    public void Extract_TheTwoLeadersOfTheLastMeetingAgree_AgreementOfThePair(string body)
    {
        Assert.Equal(["participant=Ana Ruiz participant=Daniel Otieno"], Parsed.Sides(body, EventType.Agreement));
    }

    [Fact]
    public void Extract_TheTwoSidesOfTheLastMeetingAgree_AgreementOfTheirCountries()
    {
        const string body = "Chilean President Ana Ruiz met Kenyan President Daniel Otieno in Lima on Monday. The two sides signed a fishing accord.";
        Assert.Equal(["participant=Chile participant=Kenya"], Parsed.Sides(body, EventType.Agreement));
    }

    [Theory]
    [InlineData("Chilean President Ana Ruiz met Kenyan President Daniel Otieno in Lima on Monday. The meeting also produced an agreement on fishing off Chile.")]
    [InlineData("Ana Ruiz spoke by phone with Daniel Otieno on Monday. The call resulted in an accord on fishing off Chile.")]
    [InlineData("Ana Ruiz and Daniel Otieno met in Lima on Monday. The talks ended with a deal to reopen the border with Uganda.")]
    public void Extract_TheMeetingBroughtADeal_AgreementOfTheMeetingsPair(string body)
    {
        Assert.Equal(["participant=Ana Ruiz participant=Daniel Otieno"], Parsed.Sides(body, EventType.Agreement));
    }

    [Fact]
    public void Extract_TheTalksWithACounterpartBroughtADeal_AgreementOfTheirCountries()
    {
        const string body = "Kenya's foreign minister held talks with his Ghanaian counterpart on Tuesday. The talks ended with an agreement to reopen the border with Togo.";
        Assert.Equal(["participant=Ghana participant=Kenya"], Parsed.Sides(body, EventType.Agreement));
    }

    [Theory]
    [InlineData("Ana Ruiz met Daniel Otieno in Lima on Monday. The meeting did not produce an agreement on fishing off Chile.")]
    [InlineData("Ana Ruiz met Daniel Otieno in Lima on Monday. The meeting could yield a deal on fishing off Chile.")]
    [InlineData("Ana Ruiz met Daniel Otieno in Lima on Monday. A meeting in Peru last year produced a deal with Chile.")]
    [InlineData("Ana Ruiz met Daniel Otieno in Lima on Monday. The meeting discussed a deal on fishing off Chile.")]
    public void Extract_TheMeetingBroughtNoDeal_NoAgreement(string body) =>
        Assert.Empty(Parsed.Sides(body, EventType.Agreement));

    [Fact]
    public void Extract_TheTwoLeadersWithNoMeetingBefore_NoAgreement() =>
        Assert.Empty(Parsed.Sides("The two leaders signed a trade agreement on Monday.", EventType.Agreement));

    [Fact]
    public void Extract_DealAgreedByTwoInCommas_AgreementOfTheAgents() =>
        Assert.Equal(["participant=Ghana participant=Togo"], Parsed.Sides("The ceasefire, agreed by Ghana and Togo in May, has largely held.", EventType.Agreement));

    [Fact]
    public void Extract_HeadlineSubjectsListedWithAComma_AgreementOfBoth() =>
        Assert.Equal(["participant=Ethiopia participant=Kenya"], Parsed.Sides("Kenya, Ethiopia agree to boost border security", EventType.Agreement));

    [Theory]
    [InlineData("Iran denies sending drones to Russia")]
    [InlineData("Iran denied sending drones to Russia on Monday.")]
    public void Extract_DeniedSendingArms_NoOffer(string body) =>
        Assert.Empty(Parsed.Sides(body, EventType.Offer));
    [Theory]
    [InlineData("Chile provided Peru with 500 generators and 30 ambulances.")]
    [InlineData("Chile supplied Peru with rifles and ammunition last year.")]
    [InlineData("Chile armed the Patriotic Front with rifles.")]
    public void Extract_VerbOfFurnishingTheRecipientWithTheGift_OfferToTheObject(string body) =>
        Assert.Equal(body.Contains("Patriotic", StringComparison.Ordinal) ? ["giver=Chile recipient=Patriotic Front"] : ["giver=Chile recipient=Peru"],
            Parsed.Sides(body, EventType.Offer));

    [Fact]
    public void Extract_ProvidedAPlaceWithAGift_NoOffer() =>
        Assert.Empty(Parsed.Sides("Chile provided Lima with new buses.", EventType.Offer));
    [Fact]
    public void Extract_ReceivedABailoutFrom_OfferOfTheLender() =>
        Assert.Equal(["giver=International Monetary Fund recipient=Chile"], Parsed.Sides("Chile received a $3 billion bailout from the International Monetary Fund.", EventType.Offer));
    [Fact]
    public void Extract_TwoSidesInitialledATreaty_Agreement() =>
        Assert.Equal(["participant=Chile participant=Peru"], Parsed.Sides("Chile and Peru initialled a draft peace treaty in Washington on Friday.", EventType.Agreement));

    [Theory]
    [InlineData("Chile delivered a Patriot air defence system to Peru last month.", "giver=Chile recipient=Peru")]
    [InlineData("The IMF approved a $1.1 billion disbursement for Peru on Friday.", "giver=International Monetary Fund recipient=Peru")]
    public void Extract_DefenceSystemOrDisbursement_Offer(string body, string sides) =>
        Assert.Equal([sides], Parsed.Sides(body, EventType.Offer));

    [Fact]
    public void Extract_ComputerSystemDelivered_NoOffer() =>
        Assert.Empty(Parsed.Sides("Chile delivered a new computer system to Peru's ministry.", EventType.Offer));

    [Fact]
    public void Extract_RestoredTiesInADealBrokeredByAThird_OneAgreementOfAllThree() =>
        Assert.Equal(["participant=Brazil participant=Chile participant=Peru"],
            Parsed.Sides("Chile and Peru restored diplomatic relations in a deal brokered by Brazil.", EventType.Agreement));

    [Fact]
    public void Extract_PraisedADealBrokeredByAThird_NoAgreementOfThePraiser() =>
        Assert.Empty(Parsed.Sides("Chile praised the deal brokered by Brazil.", EventType.Agreement));

    [Theory]
    [InlineData("Santiago has supplied Lima with more than 40 million dollars in weapons since the war began.", "giver=Chile recipient=Peru")]
    [InlineData("Chile handed over two more Patriot batteries to Peru last week.", "giver=Chile recipient=Peru")]
    [InlineData("The first shipment of 20 tanks from Chile arrived in Peru on Friday.", "giver=Chile recipient=Peru")]
    [InlineData("The vaccines from Chile arrived in Peru on Monday.", "giver=Chile recipient=Peru")]
    public void Extract_WeaponsSuppliedHandedOverOrArrived_Offer(string body, string sides) =>
        Assert.Equal([sides], Parsed.Sides(body, EventType.Offer));

    [Fact]
    public void Extract_ShipmentArrived_NoVisit() =>
        Assert.Empty(Parsed.Sides("The first shipment of 20 tanks from Chile arrived in Peru on Friday.", EventType.Visit));

    [Fact]
    public void Extract_PersonWhoseNameIsAGoodArrived_Visit() =>
        Assert.Equal(["visitor=Maria Rice"], Parsed.Sides("Maria Rice arrived in Lima on Thursday. Ms. Rice arrived in Quito on Friday.", EventType.Visit).Distinct());

    [Fact]
    public void Extract_DealSignedWhereTheHostAndGuestMet_AgreementOfBoth() =>
        Assert.Equal(["participant=Ana Ruiz participant=Luis Vega"],
            Parsed.Sides("The row came two weeks after President Ana Ruiz hosted Peruvian President Luis Vega in Santiago, where the two leaders signed a deal on a new pipeline.", EventType.Agreement));

    [Theory]
    [InlineData("Peru accepted Chile's offer of help to fight the fires.")]
    [InlineData("Peru rejected Chile's pledge of military aid.")]
    public void Extract_AnOwnersOfferOfAidAnswered_OfferToWhoAnswered(string body) =>
        Assert.Equal(["giver=Chile recipient=Peru"], Parsed.Sides(body, EventType.Offer));

    [Fact]
    public void Extract_OfferOfTalksWelcomed_NoOffer() =>
        Assert.Empty(Parsed.Sides("Peru welcomed Chile's offer of talks.", EventType.Offer));

    [Fact]
    public void Extract_DonatedVehicles_Offer() =>
        Assert.Equal(["giver=Chile recipient=Peru"], Parsed.Sides("Chile donated 200 armoured vehicles to Peru.", EventType.Offer));

    [Theory]
    [InlineData("The delivery of Chilean Condor tanks to Peru began in March.")]
    [InlineData("The transfer of Chilean artillery to Peru was completed on Friday.")]
    public void Extract_DeliveryOfAidToASide_Offer(string body) =>
        Assert.Equal(["giver=Chile recipient=Peru"], Parsed.Sides(body, EventType.Offer));

    [Theory]
    [InlineData("The delivery of the report to the Peruvian parliament was completed on Friday.")]
    [InlineData("Chile's deliveries of howitzers to Peru were delayed.")]
    public void Extract_DeliveryOfNoAidOrDelayed_NoOffer(string body) =>
        Assert.Empty(Parsed.Sides(body, EventType.Offer));

    [Theory]
    [InlineData("Chile and Peru announced a trade agreement on Friday.")]
    [InlineData("The Chilean and Peruvian presidents announced new trade agreements on Friday.")]
    [InlineData("Chile announced a trade deal with Peru on Friday.")]
    public void Extract_DealAnnouncedByItsParties_Agreement(string body) =>
        Assert.Equal(["participant=Chile participant=Peru"], Parsed.Sides(body, EventType.Agreement));

    [Theory]
    [InlineData("Chile announced a unilateral ceasefire on Friday.")]
    [InlineData("Chile and Peru announced plans for a trade agreement on Friday.")]
    [InlineData("Chile and Peru will announce a trade agreement on Friday.")]
    public void Extract_OneSidedOrPlannedDealAnnounced_NoAgreement(string body) =>
        Assert.Empty(Parsed.Sides(body, EventType.Agreement));

    [Theory]
    [InlineData("The ceasefire brokered by Qatar and Egypt took effect on Sunday.")]
    [InlineData("Qatar and Egypt brokered the deal.")]
    public void Extract_BrokersWithNoPartiesNamed_NoAgreement(string body) =>
        Assert.Empty(Parsed.Sides(body, EventType.Agreement));

    [Fact]
    public void Extract_DonatedWhatIsNoAidWordTo_Offer() =>
        Assert.Equal(["giver=Norway recipient=Chile"], Parsed.Sides("Norway donated two field hospitals to Chile after the earthquake.", EventType.Offer));

    [Fact]
    public void Extract_RefusedToDonate_NoOffer() =>
        Assert.Empty(Parsed.Sides("Norway refused to donate field hospitals to Chile.", EventType.Offer));

    [Fact]
    public void Extract_SignedByATitledNameAndHerCounterpart_AgreementOfBoth() =>
        Assert.Equal(["participant=Ana Ruiz participant=Luis Vega"],
            Parsed.Sides("The treaty was signed by Chile's trade minister, Ana Ruiz, and her Peruvian counterpart, Luis Vega.", EventType.Agreement));

    [Fact]
    public void Extract_TheTwoPresidentsAfterAMinistersMeeting_NoAgreementOfThatPair()
    {
        const string body = "Chilean Foreign Minister Ana Ruiz held talks with Peru in Lima on Monday. In a joint statement, the two presidents agreed to reopen the border.";
        Assert.Empty(Parsed.Sides(body, EventType.Agreement));
    }

    [Fact]
    public void Extract_TitledNamePromisedACountryWeapons_Offer() =>
        Assert.Equal(["giver=Paul Weber recipient=Ukraine"],
            Parsed.Sides("Germany's Chancellor Paul Weber promised Ukraine more air defence systems.", EventType.Offer));

    [Theory]
    [InlineData("Chile, Peru sign deal on water sharing", "participant=Chile participant=Peru")]
    [InlineData("Ghana and Togo ink trade pact", "participant=Ghana participant=Togo")]
    [InlineData("South Korea, Japan seal defence accord", "participant=Japan participant=South Korea")]
    public void Extract_HeadlineOfNamesThatSignADeal_Agreement(string body, string sides) =>
        Assert.Equal([sides], Parsed.Sides(body, EventType.Agreement));

    [Fact]
    public void Extract_HeadlineOfNamesAndADealWithNoVerb_NoAgreement() =>
        Assert.Empty(Parsed.Sides("Chile, Peru water deal", EventType.Agreement));

    [Theory]
    [InlineData("The ceasefire between Chile and Peru came into force at midnight.")]
    [InlineData("The deal between Chile and Peru took effect on Sunday.")]
    public void Extract_DealBetweenTwoSidesInForce_Agreement(string body) =>
        Assert.Equal(["participant=Chile participant=Peru"], Parsed.Sides(body, EventType.Agreement));

    [Fact]
    public void Extract_DealBetweenTwoSidesProposed_NoAgreement() =>
        Assert.Empty(Parsed.Sides("A deal between Chile and Peru was proposed on Sunday.", EventType.Agreement));

    [Theory]
    [InlineData("Ghana signed a $2 billion arms deal with Brazil.")]
    [InlineData("Ghana signed a 300 million euro gas deal with Brazil on Monday.")]
    public void Extract_DealWithItsValueBeforeIt_Agreement(string body) =>
        Assert.Equal(["participant=Brazil participant=Ghana"], Parsed.Sides(body, EventType.Agreement));

    [Theory]
    [InlineData("Ghana secured a $300 million loan from the World Bank.", "giver=World Bank recipient=Ghana")]
    [InlineData("Ghana received Brazilian medical supplies on Monday.", "giver=Brazil recipient=Ghana")]
    public void Extract_AidReceivedFromAGiverNamedByFromOrByItsState_Offer(string body, string expected) =>
        Assert.Equal([expected], Parsed.Sides(body, EventType.Offer));

    [Theory]
    [InlineData("Ghana wants to receive Brazilian medical supplies.")]
    [InlineData("Ghana hopes to secure a loan from the World Bank.")]
    public void Extract_AidASideWantsToReceive_NoOffer(string body) =>
        Assert.Empty(Parsed.Sides(body, EventType.Offer));

    [Fact]
    public void Extract_OfferThenTheTitledSpeaker_OneOfferToTheRecipientAndTheSpeakerSays()
    {
        const string body = "Chile will send 14 tanks to Peru, Defence Minister Ana Ruiz announced on Wednesday.";

        Assert.Equal(["giver=Chile recipient=Peru"], Parsed.Sides(body, EventType.Offer));
        Assert.Equal(["speaker=Ana Ruiz"], Parsed.Sides(body, EventType.Statement));
    }

    [Fact]
    public void Extract_OfferThenTheTitledSpeakerAtTheRoot_OneOfferToTheRecipient()
    {
        const string body = "Indonesia offered to send peacekeepers to Gaza, President Budi Santoso said.";

        Assert.Equal(["giver=Indonesia recipient=Gaza"], Parsed.Sides(body, EventType.Offer));
        Assert.Equal(["speaker=Budi Santoso"], Parsed.Sides(body, EventType.Statement));
    }

    [Theory]
    [InlineData("Chile pledged $5 million to help flood victims in Peru.", "giver=Chile recipient=Peru")]
    [InlineData("Japan donated $2 million to assist refugees in Chad.", "giver=Japan recipient=Chad")]
    public void Extract_AidToHelpPeopleInACountry_OfferToThatCountry(string body, string sides) =>
        Assert.Equal([sides], Parsed.Sides(body, EventType.Offer));

    [Fact]
    public void Extract_AidToHelpPeopleInACity_NoRecipient() =>
        Assert.Empty(Parsed.Sides("Japan donated $2 million to assist refugees in Tacna.", EventType.Offer));

    [Theory]
    [InlineData("Ghana handed Malawi a $40 million loan on Monday.")]
    [InlineData("Ghana gave Malawi 5,000 tonnes of maize last week.")]
    public void Extract_GivenTwoObjectsTheFirstASide_OfferToTheFirst(string body) =>
        Assert.Equal(["giver=Ghana recipient=Malawi"], Parsed.Sides(body, EventType.Offer));

    [Theory]
    [InlineData("Ghana sent Malawi a letter on Monday.")]
    [InlineData("Ghana handed Malawi a heavy defeat in the final.")]
    public void Extract_GivenTwoObjectsTheSecondNoAid_NoOffer(string body) =>
        Assert.Empty(Parsed.Sides(body, EventType.Offer));

    [Fact]
    public void Extract_DealSignedByTwoTitledNamesInApposition_AgreementOfThePersons() =>
        Assert.Equal(["participant=Ana Ruiz participant=Luis Vega"],
            Parsed.Sides("The deal was signed in Lima by Chile's trade minister, Ana Ruiz, and Peru's energy minister, Luis Vega.", EventType.Agreement));

    [Fact]
    public void Extract_DeliveredInterceptors_Offer() =>
        Assert.Equal(["giver=Ghana recipient=Malawi"], Parsed.Sides("Ghana delivered 20 air defence interceptors to Malawi last month.", EventType.Offer));

    [Fact]
    public void Extract_DealSignedByANameAndTheHeadOfAnOrganisationsMission_AgreementWithTheOrganisation() =>
        Assert.Equal(["participant=Ana Ruiz participant=International Monetary Fund"],
            Parsed.Sides("The loan deal was signed by Finance Minister Ana Ruiz and the head of the IMF mission.", EventType.Agreement));

    [Theory]
    [InlineData("Ghana could send food aid to Malawi.")]
    [InlineData("Ghana is considering sending food aid to Malawi.")]
    [InlineData("The Andean Community is weighing several options, including sending troops to help Bolivia.")]
    public void Extract_AidOnlyPossibleOrWeighed_NoOffer(string body) =>
        Assert.Empty(Parsed.Sides(body, EventType.Offer));

    [Fact]
    public void Extract_AidPromised_Offer() =>
        Assert.Equal(["giver=Ghana recipient=Malawi"], Parsed.Sides("Ghana will send food aid to Malawi.", EventType.Offer));

    [Fact]
    public void Extract_LentASum_Offer() =>
        Assert.Equal(["giver=Ghana recipient=Malawi"], Parsed.Sides("Ghana will lend Malawi $500 million to pay for fuel.", EventType.Offer));

    [Theory]
    [InlineData("Ghana will give Malawi USD 3 billion in budget support.")]
    [InlineData("Ghana will give Malawi EUR 1,500 for each family.")]
    public void Extract_CurrencyCodeBeforeASum_NoOrganisation(string body) =>
        Assert.DoesNotContain(Parsed.Entities(body), e => e.Type == EntityType.Organization);

    [Theory]
    [InlineData("Ghana and Togo worked out a deal on timber exports on Monday.")]
    [InlineData("Ghana and Togo hammered out an accord on river transport.")]
    [InlineData("Ghana sealed a $2 billion arms deal with Togo.")]
    [InlineData("Ghanaian and Togolese negotiators finalised the text of a free trade agreement in Accra.")]
    public void Extract_DealWorkedOutSealedOrItsTextFinalised_Agreement(string body) =>
        Assert.Equal(["participant=Ghana participant=Togo"], Parsed.Sides(body, EventType.Agreement));

    [Theory]
    [InlineData("Gabonese and Congolese officials are working to finalise an agreement on the railway.")]
    [InlineData("Gabon is pushing to seal a gas agreement with Congo.")]
    [InlineData("Gabon and Congo struggled to agree on a border commission.")]
    [InlineData("Neither Gabon nor Congo has agreed to the proposed monitoring mission.")]
    public void Extract_DealStrivenForOrAgreedByNeither_NoAgreement(string body) =>
        Assert.Empty(Parsed.Sides(body, EventType.Agreement));

    [Fact]
    public void Extract_AccordHammeredOutAfterTalks_NegotiationToo() =>
        Assert.Equal(["participant=Ghana participant=Togo"], Parsed.Sides("Ghana and Togo hammered out an accord on river transport after two days of talks.", EventType.Negotiation));

    [Fact]
    public void Extract_AccordReachedByTwoSidesNegotiators_Agreement() =>
        Assert.Equal(["participant=Ghana participant=Togo"],
            Parsed.Sides("Under the accord reached by Ghanaian and Togolese negotiators late on Saturday, fishing fleets will share the lagoon.", EventType.Agreement));

    [Theory]
    [InlineData("Emergency food aid was given by the United Arab Emirates to Pakistan, the state news agency said.", "giver=United Arab Emirates recipient=Pakistan")]
    [InlineData("A shipment of 40 tonnes of medical supplies was handed over by Turkish officials to Syrian health authorities on Saturday.", "giver=Turkey recipient=Syria")]
    public void Extract_AidGivenInThePassiveToARecipient_Offer(string body, string sides) =>
        Assert.Equal([sides], Parsed.Sides(body, EventType.Offer));

    [Theory]
    [InlineData("A $50 million grant from Saudi Arabia to Yemen arrived at the central bank on Wednesday.", "giver=Saudi Arabia recipient=Yemen")]
    [InlineData("Norway's donation to the World Food Programme was announced on Thursday.", "giver=Norway recipient=World Food Programme")]
    [InlineData("Ghana's loan from the International Monetary Fund was approved on Monday.", "giver=International Monetary Fund recipient=Ghana")]
    public void Extract_GiftNamedByItsNoun_OfferFromTheGiverToTheRecipient(string body, string sides) =>
        Assert.Equal([sides], Parsed.Sides(body, EventType.Offer));

    [Fact]
    public void Extract_LoanForAPurposeWithNoRecipient_NoOffer() =>
        Assert.Empty(Parsed.Sides("The World Bank approved a loan for road building.", EventType.Offer));
}
