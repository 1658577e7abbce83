using Graph.Core.Model;

namespace Graph.Extraction.Tests.Frames;

/// <summary>
/// Spans of time before an opening clause, names cut at a particle, titled names after an adjective or as a predicate,
/// envoys named after their principal's possessive, condemnations of a thing "for" something, talks ruled out, and
/// states hitting places: sentences of our own.
/// </summary>
public class SpansAndEnvoysTests
{
    [Theory]
    [InlineData("A day after meeting Peruvian President Luis Vega in Lima, Chilean President Ana Ruiz flew to Quito.")]
    [InlineData("Two days after meeting Peruvian President Luis Vega in Lima, Chilean President Ana Ruiz flew to Quito.")]
    [InlineData("Hours after talks with Peruvian President Luis Vega in Lima, Chilean President Ana Ruiz flew to Quito.")]
    public void Extract_SpanOfTimeBeforeAnOpeningClause_MeetingAndVisit(string body)
    {
        Assert.Equal(["participant=Ana Ruiz participant=Luis Vega"], Parsed.Sides(body, EventType.Meeting));
        Assert.Equal(["visitor=Ana Ruiz"], Parsed.Sides(body, EventType.Visit));
    }

    [Fact]
    public void Extract_NameWithAParticleAfterAnOpeningClause_OnePerson() =>
        Assert.Equal(["participant=Luis Vega participant=Paulo Roberto da Costa"],
            Parsed.Sides("A day after meeting Peruvian President Luis Vega in Lima, Brazilian President Paulo Roberto da Costa flew home.", EventType.Meeting));

    [Fact]
    public void Extract_TitledNameAfterAnAdjectiveAsTheObject_Meeting() =>
        Assert.Equal(["participant=Luis Vega participant=Omar bin Khalid"],
            Parsed.Sides("Saudi Crown Prince Omar bin Khalid received Egyptian President Luis Vega in Riyadh.", EventType.Meeting));

    [Fact]
    public void Extract_EnvoyNamedAfterHisPrincipal_TheEnvoyMeets() =>
        Assert.Equal(["participant=Kurt Ambrose participant=Luis Vega"],
            Parsed.Sides("President Halvard Stenmark's envoy, Kurt Ambrose, met Peruvian President Luis Vega in Lima on Wednesday.", EventType.Meeting));

    [Fact]
    public void Extract_SpokesmanNamedAfterHisPrincipal_TheSpokesmanSpeaks() =>
        Assert.Equal(["speaker=Kurt Ambrose"], Parsed.Sides("President Luis Vega's spokesman, Kurt Ambrose, said the talks went well.", EventType.Statement));

    [Fact]
    public void Extract_CondemnedAThingForItsPurpose_StatementNoAccusation()
    {
        const string body = "Chilean Economy Minister Ana Ruiz condemned Peruvian subsidies for copper smelters.";

        Assert.Empty(Parsed.Sides(body, EventType.Accusation));
        Assert.Equal(["speaker=Ana Ruiz"], Parsed.Sides(body, EventType.Statement));
    }

    [Theory]
    [InlineData("Chile condemned Peru for shelling the border posts.")]
    [InlineData("Chile condemned Peru for the deaths of three fishermen.")]
    [InlineData("Chile condemned Peru for aggression.")]
    public void Extract_CondemnedForAWrong_Accusation(string body) =>
        Assert.Equal(["accused=Peru accuser=Chile"], Parsed.Sides(body, EventType.Accusation));

    [Theory]
    [InlineData("Chile ruled out talks with Peru on Monday.")]
    [InlineData("Talks with Peru were ruled out by Chile on Monday.")]
    public void Extract_TalksRuledOut_NoMeeting(string body) =>
        Assert.Empty(Parsed.Sides(body, EventType.Meeting));

    [Theory]
    [InlineData("Chile hit a Peruvian oil refinery on Sunday.", "actor=Chile target=Peru")]
    [InlineData("Chile pounded Peruvian border towns overnight.", "actor=Chile target=Peru")]
    public void Extract_StateHitsAPlaceOfAnother_MilitaryAction(string body, string sides) =>
        Assert.Equal([sides], Parsed.Sides(body, EventType.MilitaryAction));

    [Theory]
    [InlineData("Chile hit its export target last year.")]
    [InlineData("Chile hit Peruvian goods with tariffs.")]
    [InlineData("Officials said it hit Peru's coast with strong winds.")]
    public void Extract_HitThatIsNoBlow_NoMilitaryAction(string body) =>
        Assert.Empty(Parsed.Sides(body, EventType.MilitaryAction));

    [Theory]
    [InlineData("Chilean Foreign Minister Ana Ruiz paid a courtesy call on President Luis Vega at the palace in Lima on Monday.")]
    [InlineData("Chilean Foreign Minister Ana Ruiz paid a courtesy visit to President Luis Vega in Lima on Monday.")]
    public void Extract_CourtesyCallOnAPerson_MeetingWhereThePersonWas(string body)
    {
        var meeting = Assert.Single(Parsed.Events(body), e => e.Type == EventType.Meeting);

        Assert.Equal(["participant=Ana Ruiz participant=Luis Vega"], Parsed.Sides(body, EventType.Meeting));
        Assert.Equal("loc:lima", meeting.Location);
    }

    [Fact]
    public void Extract_CourtesyCallReceived_MeetingNoPhoneCall()
    {
        const string body = "President Luis Vega received a courtesy call from Chilean Foreign Minister Ana Ruiz at the palace on Monday.";

        Assert.Equal(["participant=Ana Ruiz participant=Luis Vega"], Parsed.Sides(body, EventType.Meeting));
        Assert.Empty(Parsed.Sides(body, EventType.PhoneCall));
    }

    [Theory]
    [InlineData("Chilean Foreign Minister Ana Ruiz flew back to Santiago on Tuesday after the talks.")]
    [InlineData("Chilean Foreign Minister Ana Ruiz flew home to Santiago on Tuesday.")]
    public void Extract_FlewBackHome_NoVisit(string body) =>
        Assert.Empty(Parsed.Sides(body, EventType.Visit));

    [Fact]
    public void Extract_PhoneCallWithCounterpartsFromSeveralStates_OneCallEach() =>
        Assert.Equal(["participant=Ana Ruiz participant=Ecuador", "participant=Ana Ruiz participant=Peru", "participant=Ana Ruiz participant=Uruguay"],
            Parsed.Sides("Chilean Foreign Minister Ana Ruiz spoke by phone with her counterparts from Peru, Ecuador and Uruguay on Sunday.", EventType.PhoneCall));

    [Fact]
    public void Extract_BrusselsSpeaks_TheEuropeanUnion() =>
        Assert.Equal(["speaker=European Union"], Parsed.Sides("Brussels said the new Chilean tariffs broke trade rules.", EventType.Statement));

    [Fact]
    public void Extract_BrusselsAsTheMeetingsPlace_StaysAPlace() =>
        Assert.Equal("loc:brussels", Assert.Single(Parsed.Events("Ana Ruiz and Luis Vega held talks in Brussels on Monday."), e => e.Type == EventType.Meeting).Location);

    [Theory]
    [InlineData("Chilean Foreign Minister Ana Ruiz signed a trade pact with Peruvian Cabinet Secretary for Trade Luis Vega.", "participant=Ana Ruiz participant=Luis Vega")]
    [InlineData("Chilean Foreign Minister Ana Ruiz met with the Peruvian Ambassador to Chile, Luis Vega, on Monday.", "participant=Ana Ruiz participant=Luis Vega")]
    public void Extract_TitleWithItsBriefBeforeTheName_ThePersonIsTheSide(string body, string sides) =>
        Assert.Equal([sides], Parsed.Sides(body, body.Contains("pact", StringComparison.Ordinal) ? EventType.Agreement : EventType.Meeting));

    [Fact]
    public void Extract_EnvoyForAStateBeforeTheName_TheEnvoyMeetsNotTheState() =>
        Assert.DoesNotContain("participant=Yemen", string.Join(" ", Parsed.Sides("UN envoy for Yemen Tomas Velander met Houthi negotiators in Muscat on Sunday.", EventType.Meeting)));

    [Fact]
    public void Extract_MinisterOfStateBeforeTheName_Role() =>
        Assert.Contains("Luis Vega / Minister of State / Peru", Parsed.Roles("Peruvian Minister of State Luis Vega met Chilean President Ana Ruiz in Lima."));

    [Fact]
    public void Extract_NameAfterAnOpeningArrivalPhrase_ReceivedIsAMeeting() =>
        Assert.Equal(["participant=Ana Ruiz participant=Luis Vega"],
            Parsed.Sides("Upon arrival at Jorge Chavez International Airport, Chilean President Ana Ruiz was received by Peruvian Foreign Minister Luis Vega.", EventType.Meeting));

    [Theory]
    [InlineData("The Houthis warned that they would target any Emirati vessel in the Red Sea.", "target=United Arab Emirates threatener=Houthis")]
    [InlineData("Chile warned that it would respond to any Peruvian attack on its border posts.", "target=Peru threatener=Chile")]
    [InlineData("Chile warned Peru on Monday to stop its patrols near the islands or face resolute countermeasures.", "target=Peru threatener=Chile")]
    public void Extract_WarningOfHarmToCome_Threat(string body, string sides) =>
        Assert.Equal([sides], Parsed.Sides(body, EventType.Threat));

    [Theory]
    [InlineData("The Houthis warned that they would not target any Emirati vessel.")]
    [InlineData("Chile warned that copper prices would rise.")]
    public void Extract_WarningOfNoHarm_NoThreat(string body) =>
        Assert.Empty(Parsed.Sides(body, EventType.Threat));

    [Theory]
    [InlineData("Qatar brokered a prisoner swap between Chile and Peru on Monday.")]
    [InlineData("Qatar brokered an extension of the ceasefire between Chile and Peru on Monday.")]
    public void Extract_BrokeredSomethingBetweenParties_Agreement(string body) =>
        Assert.Equal(["participant=Chile participant=Peru participant=Qatar"], Parsed.Sides(body, EventType.Agreement));

    [Fact]
    public void Extract_BrokeredTalks_NoAgreement() =>
        Assert.Empty(Parsed.Sides("Qatar brokered talks between Chile and Peru on Monday.", EventType.Agreement));

    [Fact]
    public void Extract_BodyHeldASession_MeetingOfTheBody() =>
        Assert.Equal(["participant=United Nations Security Council"], Parsed.Sides("The UN Security Council held an emergency session on Peru on Monday.", EventType.Meeting));

    [Fact]
    public void Extract_BodyWillHoldASession_NoMeeting() =>
        Assert.Empty(Parsed.Sides("The UN Security Council will hold an emergency session on Peru on Monday.", EventType.Meeting));

    [Fact]
    public void Extract_RoyalTitleBetweenTheOfficeAndTheName_TheOfficeIsTheRole()
    {
        var roles = Parsed.Roles("Saudi Foreign Minister Prince Omar bin Khalid met his Peruvian counterpart, Luis Vega, in Lima.");

        Assert.Contains("Omar bin Khalid / Foreign Minister / Saudi Arabia", roles);
        Assert.Contains("Luis Vega / Foreign Minister / Peru", roles);
    }

    [Fact]
    public void Extract_VisitingTitleWithItsBriefBeforeTheName_ThePersonVisits() =>
        Assert.Equal(["visitor=Luis Vega"],
            Parsed.Sides("The visiting Peruvian Minister of State for Foreign Affairs, Luis Vega, called on President Ana Ruiz in Santiago on Sunday.", EventType.Visit));

    [Theory]
    [InlineData("Ana Ruiz met her Peruvian counterpart, Luis Vega, on the sidelines of the OAS meeting in Lima on Friday.")]
    [InlineData("Ana Ruiz held talks with the Peruvian junta leader, Captain Luis Vega, in Lima, the agency reported.")]
    public void Extract_PlaceAfterAnApposition_WhereTheyMet(string body) =>
        Assert.Equal("loc:lima", Assert.Single(Parsed.Events(body), e => e.Type == EventType.Meeting).Location);

    [Theory]
    [InlineData("Chile accused Peru of supplying drones to the rebels.", EventType.Offer)]
    [InlineData("Chile accused the Peruvian navy of firing on its fishing boats.", EventType.MilitaryAction)]
    public void Extract_DeedAnAccusationAlleges_NoEventOfItsOwn(string body, EventType type) =>
        Assert.Empty(Parsed.Sides(body, type));

    [Fact]
    public void Extract_ClaimsRejectedWithTheirOwnDate_TheDenialTakesNone() =>
        Assert.Null(Assert.Single(Parsed.Events("Chile has rejected claims that it had carried out air strikes in Peru last week, an official said."),
            e => e.Type == EventType.Denial).Date);

    [Fact]
    public void Extract_BorderCrossingClosed_Sanction() =>
        Assert.Equal(["imposer=Chile target=Peru"], Parsed.Sides("Chile closed the Chacalluta border crossing with Peru on Sunday.", EventType.Sanction));

    [Theory]
    [InlineData("Shri Kiran Deshmukh met Alhaji Musa Danladi in Abuja.", "participant=Kiran Deshmukh participant=Musa Danladi")]
    [InlineData("Sayyid Fahd bin Talib met Chilean President Ana Ruiz in Muscat.", "participant=Ana Ruiz participant=Fahd bin Talib")]
    public void Extract_HonorificBeforeTheName_NotPartOfIt(string body, string sides) =>
        Assert.Equal([sides], Parsed.Sides(body, EventType.Meeting));

    [Fact]
    public void Extract_AirportNamedAfterAKing_APlaceWhereTheyMet()
    {
        const string body = "Chilean President Ana Ruiz was received by Peruvian President Luis Vega at King Manco International Airport.";

        Assert.Contains((EntityType.Location, "King Manco International Airport"), Parsed.Entities(body));
        Assert.Equal("King Manco International Airport", Parsed.Extract(body) is var d
            ? d.Entities.Single(e => e.Id == d.Events.Single(e => e.Type == EventType.Meeting).Location).Name : null);
    }

    [Fact]
    public void Extract_CounterpartFromAStateNamedAfterAComma_OneMeetingWithThePerson() =>
        Assert.Equal(["participant=Ana Ruiz participant=Luis Vega"],
            Parsed.Sides("Chilean Foreign Minister Ana Ruiz met her counterpart from Peru, Luis Vega, in Lima on Monday.", EventType.Meeting));

    [Fact]
    public void Extract_HeadlineRulesOutTalks_NoMeeting() =>
        Assert.Empty(Parsed.Sides("Kremlin rules out talks with Kyiv", EventType.Meeting));

    [Fact]
    public void Extract_HeadlineNamesJoinedByACommaHoldTalks_Meeting() =>
        Assert.Equal(["participant=Grace Whitfield participant=Zhao Lin"],
            Parsed.Sides("Chinese FM Zhao Lin, Australian counterpart Grace Whitfield hold talks in Canberra", EventType.Meeting));

    [Fact]
    public void Extract_ListOfThreeStatesImposing_ASanctionByEach() =>
        Assert.Equal(["imposer=Chile target=Peru", "imposer=Ecuador target=Peru", "imposer=Uruguay target=Peru"],
            Parsed.Sides("Chile, Uruguay and Ecuador announced on Thursday that they had imposed sanctions on three Peruvian officials.", EventType.Sanction));

    [Fact]
    public void Extract_DeedInANamedYear_DatedToTheYear() =>
        Assert.Equal("2019", Assert.Single(Parsed.Events("In 2019, Chile and Peru signed a trade pact."), e => e.Type == EventType.Agreement).Date);

    [Fact]
    public void Extract_YearAfterASaying_NotTheSayingsDate() =>
        Assert.Null(Assert.Single(Parsed.Events("Chile said Peru had shelled its border posts in 2019."), e => e.Type == EventType.Statement).Date);

    [Theory]
    [InlineData("The Chilean government is considering expelling Peruvian diplomats, Foreign Minister Ana Ruiz said.")]
    [InlineData("Chile may consider imposing sanctions on Peru if the talks fail.")]
    public void Extract_SanctionOnlyWeighed_NoSanction(string body) =>
        Assert.Empty(Parsed.Sides(body, EventType.Sanction));

    [Fact]
    public void Extract_CalledHisCounterpartAName_NoPhoneCall() =>
        Assert.Empty(Parsed.Sides("Chilean President Ana Ruiz called her Peruvian counterpart, Luis Vega, a dictator on Tuesday.", EventType.PhoneCall));

    [Fact]
    public void Extract_LaoAdjective_RoleInLaos() =>
        Assert.Contains("Sisavath Phomma / President / Laos", Parsed.Roles("Chilean President Ana Ruiz received Lao President Sisavath Phomma in Santiago on Monday."));

    [Fact]
    public void Extract_TwoTitlesOfOneHolder_ThePersonCalls() =>
        Assert.Equal(["participant=Luis Vega participant=Wang Lixin"],
            Parsed.Sides("Chinese State Councilor and Foreign Minister Wang Lixin held phone talks with Peruvian Foreign Minister Luis Vega on Sunday.", EventType.PhoneCall));

    [Fact]
    public void Extract_SummitWhereSomethingMightBeRaised_NoMeeting() =>
        Assert.Empty(Parsed.Sides("Ruiz said she might raise the issue at the ASEAN summit in Kuala Lumpur in May.", EventType.Meeting));

    [Fact]
    public void Extract_SisterOfALeader_NoRole() =>
        Assert.DoesNotContain(Parsed.Roles("Kim Yo-jong, the sister of North Korean leader Kim Jong-un, warned Seoul on Monday."), r => r.StartsWith("Kim Yo-jong", StringComparison.Ordinal));

    [Fact]
    public void Extract_TalksBetweenTwoSidesEnded_Meeting() =>
        Assert.Equal(["participant=Chile participant=Peru"],
            Parsed.Sides("The talks between Chilean and Peruvian delegations in Lima ended without agreement on Friday.", EventType.Meeting));

    [Fact]
    public void Extract_DateOfWhatIsToldBeforeTheTeller_NotTheSayingsDate()
    {
        var events = Parsed.Events("Peru fired two missiles on Thursday, the Chilean defence ministry said.");

        Assert.Equal("2025-03-06", Assert.Single(events, e => e.Type == EventType.MilitaryAction).Date);
        Assert.Null(Assert.Single(events, e => e.Type == EventType.Statement).Date);
    }

    [Theory]
    [InlineData("Chile has sent no troops to the border.", EventType.MilitaryAction)]
    [InlineData("Chile has sent no weapons to Peru.", EventType.Offer)]
    public void Extract_DeedWithItsObjectDenied_NoEvent(string body, EventType type) =>
        Assert.Empty(Parsed.Sides(body, type));

    [Theory]
    [InlineData("Chile should recall its ambassador from Peru, the columnist wrote.")]
    [InlineData("The EU must now impose sanctions on Peru.")]
    public void Extract_SanctionOneShouldImpose_NoThreat(string body) =>
        Assert.Empty(Parsed.Sides(body, EventType.Threat));

    [Fact]
    public void Extract_TerritoryAnnexed_MilitaryActionThere() =>
        Assert.Equal(["actor=Chile"], Parsed.Sides("In 2014, Chile annexed the Atacama Region.", EventType.MilitaryAction));

    [Fact]
    public void Extract_TitledNameReceivedAfterTheObliques_Meeting() =>
        Assert.Equal(["participant=Ana Ruiz participant=Luis Vega"],
            Parsed.Sides("President Ana Ruiz received in Santiago on Monday Peruvian Prime Minister Luis Vega.", EventType.Meeting));

    [Fact]
    public void Extract_WarningThatACapitalWouldPay_ThreatToItsState() =>
        Assert.Equal(["target=Peru threatener=Ana Ruiz"], Parsed.Sides("Chilean President Ana Ruiz warned that Lima would pay a dear price.", EventType.Threat));

    [Fact]
    public void Extract_MalaysianHonorificBeforeTheName_NotPartOfIt() =>
        Assert.Equal(["participant=Anwar Razak participant=Luis Vega"],
            Parsed.Sides("Datuk Seri Anwar Razak met Peruvian President Luis Vega in Putrajaya.", EventType.Meeting));
}

