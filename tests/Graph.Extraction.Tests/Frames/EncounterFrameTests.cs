using Graph.Core.Model;

namespace Graph.Extraction.Tests.Frames;

/// <summary>Meetings, calls and visits read from the parse, in the constructions of ordinary news writing.</summary>
public sealed class EncounterFrameTests
{
    [Fact]
    public void Extract_ActiveWithApposedNames_MeetingOfThePeople()
    {
        var sides = Parsed.Sides("Kenya's president, Daniel Otieno, met Chile's foreign minister, Ana Ruiz, in Nairobi on Monday.", EventType.Meeting);
        Assert.Equal(["participant=Ana Ruiz participant=Daniel Otieno"], sides);
    }

    [Fact]
    public void Extract_MetHerCounterpartByName_MeetingOfThePeople()
    {
        var sides = Parsed.Sides("Peru's President Ana Ruiz met her Chilean counterpart Luis Vega in Lima on Monday.", EventType.Meeting);
        Assert.Equal(["participant=Ana Ruiz participant=Luis Vega"], sides);
    }

    [Fact]
    public void Extract_NameAndCounterpartDiscussedInAPhoneCall_PhoneCallNotMeeting()
    {
        var events = Parsed.Events("Kenyan President Daniel Otieno and his Chilean counterpart Ana Ruiz discussed the trade deal in a phone call on Friday.");
        Assert.Contains(events, e => e.Type == EventType.PhoneCall && e.Participants.Count == 2);
        Assert.DoesNotContain(events, e => e.Type == EventType.Meeting);
    }

    [Fact]
    public void Extract_CalledOnAPerson_Meeting()
    {
        var sides = Parsed.Sides("Foreign Minister Luis Vega called on President Ana Ruiz at the palace on Friday.", EventType.Meeting);
        Assert.Equal(["participant=Ana Ruiz participant=Luis Vega"], sides);
    }

    [Fact]
    public void Extract_CalledOnAPersonToAct_NoMeeting() =>
        Assert.Empty(Parsed.Sides("Foreign Minister Luis Vega called on President Ana Ruiz to release the prisoners.", EventType.Meeting));

    [Fact]
    public void Extract_PaidHisFirstOfficialVisitTo_Visit()
    {
        var sides = Parsed.Sides("Chilean President Luis Vega paid his first official visit to Peru on Monday.", EventType.Visit);
        Assert.Equal(["visitor=Luis Vega"], sides);
    }

    [Fact]
    public void Extract_ReceivedInTheCityOfAPlace_MeetingThere()
    {
        var e = Assert.Single(Parsed.Events("President Ana Ruiz received President Luis Vega in the coastal city of Arica on Tuesday."), e => e.Type == EventType.Meeting);
        Assert.Equal("loc:arica", e.Location);
    }

    [Fact]
    public void Extract_HeldAnHourLongPhoneCall_PhoneCall()
    {
        var sides = Parsed.Sides("President Ana Ruiz and President Luis Vega held an hour-long phone call on Wednesday.", EventType.PhoneCall);
        Assert.Equal(["participant=Ana Ruiz participant=Luis Vega"], sides);
    }

    [Fact]
    public void Extract_TwoNamesHeldTwoDayTalks_Meeting()
    {
        var sides = Parsed.Sides("Ana Ruiz and Luis Vega held two-day talks in Lima.", EventType.Meeting);
        Assert.Equal(["participant=Ana Ruiz participant=Luis Vega"], sides);
    }

    [Theory]
    [InlineData("Ana Ruiz and Luis Vega had a long discussion about fishing in Lima.")]
    [InlineData("Ana Ruiz had a frank discussion with Luis Vega on Monday.")]
    public void Extract_TwoNamesHadADiscussion_Meeting(string text) =>
        Assert.Equal(["participant=Ana Ruiz participant=Luis Vega"], Parsed.Sides(text, EventType.Meeting));

    [Fact]
    public void Extract_TheTwoLeadersAfterOneWarnedTheOther_TheirCall() =>
        Assert.Equal(["participant=Ana Ruiz participant=Luis Vega"],
            Parsed.Sides("Ana Ruiz warned Luis Vega on Monday that Chile could close the border. The two leaders spoke by telephone for an hour.", EventType.PhoneCall));

    [Fact]
    public void Extract_TheTwoLeadersAfterAPersonWarnedACountry_NoCall() =>
        Assert.Empty(Parsed.Sides("Ana Ruiz warned Peru on Monday that Chile could close the border. The two leaders spoke by telephone for an hour.", EventType.PhoneCall));

    [Fact]
    public void Extract_MetInAPlaceWithATitleAndName_MeetingOfThePeople() =>
        Assert.Equal(["participant=Ana Ruiz participant=Luis Vega"],
            Parsed.Sides("Ana Ruiz was on a visit to Peru on Monday and met in Lima with the Deputy Prime Minister of Peru, Luis Vega.", EventType.Meeting));

    [Theory]
    [InlineData("Ana Ruiz and Luis Vega will have a discussion about fishing in Lima.")]
    [InlineData("The discussion about fishing in Lima went on for hours.")]
    public void Extract_DiscussionPlannedOrWithoutSides_NoMeeting(string text) =>
        Assert.Empty(Parsed.Sides(text, EventType.Meeting));

    [Fact]
    public void Extract_MetHisCounterpartByNameAfterARelativeClause_OneMeetingWithThePerson()
    {
        var sides = Parsed.Sides("Luis Vega, who took office in May, met his Peruvian counterpart Ana Ruiz.", EventType.Meeting);
        Assert.Equal(["participant=Ana Ruiz participant=Luis Vega"], sides);
    }

    [Fact]
    public void Extract_ActivistsWhoTravelledAfterACountrysDeportation_NoVisitOfThatCountry() =>
        Assert.Empty(Parsed.Sides("Chile protested Peru's deportation of two Chilean activists who had travelled to Lima for a hearing.", EventType.Visit));

    [Fact]
    public void Extract_Passive_HostIsTheAgent()
    {
        var sides = Parsed.Sides("Ana Ruiz was received by Daniel Otieno at the presidential palace.", EventType.Meeting);
        Assert.Equal(["participant=Ana Ruiz participant=Daniel Otieno"], sides);
    }

    [Fact]
    public void Extract_CounterpartsFromSeveralCountries_OneMeetingEach()
    {
        var sides = Parsed.Sides("Ana Ruiz met her counterparts from Ghana, Laos and Fiji on Monday.", EventType.Meeting);
        Assert.Equal(["participant=Ana Ruiz participant=Fiji", "participant=Ana Ruiz participant=Ghana", "participant=Ana Ruiz participant=Laos"], sides);
    }

    [Fact]
    public void Extract_NominalTalksWith_Meeting()
    {
        var sides = Parsed.Sides("Daniel Otieno held talks with Ana Ruiz on Tuesday.", EventType.Meeting);
        Assert.Equal(["participant=Ana Ruiz participant=Daniel Otieno"], sides);
    }

    [Fact]
    public void Extract_RelativeClauseArrivedForTalks_VisitAndMeeting()
    {
        const string text = "Daniel Otieno, who arrived in Lima for talks with Ana Ruiz, praised the hospitality.";
        Assert.Equal(["participant=Ana Ruiz participant=Daniel Otieno"], Parsed.Sides(text, EventType.Meeting));
        Assert.Equal(["visitor=Daniel Otieno"], Parsed.Sides(text, EventType.Visit));
    }

    [Fact]
    public void Extract_MetInThePast_Meeting() =>
        Assert.Equal(["participant=Ana Ruiz participant=Daniel Otieno"], Parsed.Sides("Ana Ruiz met Daniel Otieno last week.", EventType.Meeting));

    [Theory]
    [InlineData("Ana Ruiz will meet Daniel Otieno next week.")]
    [InlineData("Ana Ruiz plans to meet Daniel Otieno in May.")]
    [InlineData("Ana Ruiz refused to meet Daniel Otieno.")]
    [InlineData("Ana Ruiz did not meet Daniel Otieno during the trip.")]
    [InlineData("If Ana Ruiz meets Daniel Otieno, the dispute may end.")]
    [InlineData("Ana Ruiz is expected to hold talks with Daniel Otieno.")]
    [InlineData("Ana Ruiz to meet Daniel Otieno in Lima")]
    [InlineData("Talks between Ghana and Togo are scheduled for Friday.")]
    [InlineData("A meeting between Ghana and Togo is expected next week.")]
    public void Extract_PlannedNegatedOrConditional_NoMeeting(string text) =>
        Assert.Empty(Parsed.Sides(text, EventType.Meeting));

    [Theory]
    [InlineData("In a telephone call on Sunday, Chile's foreign minister and Peru's president discussed Bolivia.", "participant=Chile participant=Peru")]
    [InlineData("Ana Ruiz discussed Bolivia with Luis Vega by telephone on Sunday.", "participant=Ana Ruiz participant=Luis Vega")]
    public void Extract_TopicDiscussedByPhone_NoSideOfTheCall(string text, string sides) =>
        Assert.Equal([sides], Parsed.Sides(text, EventType.PhoneCall));

    [Fact]
    public void Extract_TalksOverThePhone_PhoneCall()
    {
        var sides = Parsed.Sides("Daniel Otieno held talks over the phone with Ana Ruiz on Sunday.", EventType.PhoneCall);
        Assert.Equal(["participant=Ana Ruiz participant=Daniel Otieno"], sides);
    }

    [Theory]
    [InlineData("President Ana Ruiz and Peru's Luis Vega met in Lima on Tuesday.")]
    [InlineData("In a video call, Chile's Ana Ruiz and Peru's Luis Vega discussed the border dispute.", EventType.PhoneCall)]
    [InlineData("Talks between Chile's Ana Ruiz and Peru's Luis Vega ended without a deal.")]
    public void Extract_SecondNameWithItsCountrysPossessive_EncounterOfTheTwoPeople(string text, EventType type = EventType.Meeting) =>
        Assert.Equal(["participant=Ana Ruiz participant=Luis Vega"], Parsed.Sides(text, type));

    [Theory]
    [InlineData("Luis Vega, whom Ana Ruiz met on Monday, said the talks were useful.", EventType.Meeting)]
    [InlineData("Luis Vega, whom Ana Ruiz phoned on Monday, said the talks were useful.", EventType.PhoneCall)]
    public void Extract_PersonMetInARelativeClause_EncounterWithThePerson(string text, EventType type) =>
        Assert.Equal(["participant=Ana Ruiz participant=Luis Vega"], Parsed.Sides(text, type));

    [Fact]
    public void Extract_ThatReadAsARelativeObject_NotASide() =>
        Assert.DoesNotContain(Parsed.Sides("Ana Ruiz said at a Mercosur summit that Peru had agreed to cut tariffs.", EventType.Agreement),
            sides => sides.Contains("Mercosur", StringComparison.Ordinal));

    [Theory]
    [InlineData("Kenya's foreign minister met his Ugandan counterpart, Sam Okello, in Nairobi.")]
    [InlineData("Kenya's President Daniel Otieno received his Ugandan counterpart, Sam Okello, in Nairobi.")]
    public void Extract_PlaceAfterTheCounterpartsApposition_ThePlaceOfTheMeeting(string text)
    {
        var meeting = Assert.Single(Parsed.Events(text), e => e.Type == EventType.Meeting);
        Assert.Equal("loc:nairobi", meeting.Location);
    }

    [Fact]
    public void Extract_InTheXianCapital_TheCapitalIsThePlace()
    {
        var document = Parsed.Extract("Daniel Otieno met Ana Ruiz in the Peruvian capital on Tuesday.");
        var meeting = Assert.Single(document.Events, e => e.Type == EventType.Meeting);
        Assert.Equal("loc:lima", meeting.Location);
        Assert.Contains(document.Entities, e => e.Id == "loc:lima" && e.Type == EntityType.Location && e.Name == "Lima");
    }
    [Fact]
    public void Extract_AtTheMeetingTheSubjectsAgreed_MeetingOfTheSubjects()
    {
        var sides = Parsed.Sides("Chile and Peru agreed to reopen the border at a meeting in Lima on Monday.", EventType.Meeting);
        Assert.Equal(["participant=Chile participant=Peru"], sides);
    }

    [Fact]
    public void Extract_OnePartyAgreedToProvideAid_AnOfferAndNoAgreement()
    {
        var events = Parsed.Events("Chile has agreed to provide Peru 3 billion dollars in aid.");
        Assert.Contains(events, e => e.Type == EventType.Offer);
        Assert.DoesNotContain(events, e => e.Type == EventType.Agreement);
    }

    [Fact]
    public void Extract_OfficialVisitAsPredicate_Visit()
    {
        var sides = Parsed.Sides("On 3 May 2021, President Daniel Otieno of Kenya was on an official visit to Peru.", EventType.Visit);
        Assert.Equal(["visitor=Daniel Otieno"], sides);
    }

    [Fact]
    public void Extract_TouchedDownIn_Visit()
    {
        var sides = Parsed.Sides("Kenyan President Daniel Otieno touched down in Lima this morning for a two-day visit.", EventType.Visit);
        Assert.Equal(["visitor=Daniel Otieno"], sides);
    }

    [Theory]
    [InlineData("Ana Ruiz told reporters after meeting Peruvian envoy Luis Vega.")]
    [InlineData("\"We will not accept this,\" Ana Ruiz told reporters after meeting Peruvian envoy Luis Vega.")]
    public void Extract_ToldReportersAfterMeeting_MeetingOfTheTellerAndWhomSheMet(string body) =>
        Assert.Equal(["participant=Ana Ruiz participant=Luis Vega"], Parsed.Sides(body, EventType.Meeting));

    [Fact]
    public void Extract_HeldTalksInAPlaceWithHerHostByName_MeetingOfBoth() =>
        Assert.Equal(["participant=Ana Ruiz participant=Luis Vega"],
            Parsed.Sides("Chilean President Ana Ruiz held talks in Lima with her host, President Luis Vega.", EventType.Meeting));

    [Theory]
    [InlineData("Chilean President Ana Ruiz held talks in Lima on Monday.")]
    [InlineData("Chilean President Ana Ruiz held talks with her counterpart.")]
    public void Extract_TalksOfATitledPersonWithNoOneNamed_NoMeeting(string body) =>
        Assert.Empty(Parsed.Sides(body, EventType.Meeting));

    [Theory]
    [InlineData("Upon arrival in Lima, Chilean President Ana Ruiz was greeted by Prime Minister Jorge Salas.")]
    [InlineData("On her arrival in Lima, Chilean President Ana Ruiz laid a wreath.")]
    public void Extract_UponArrivalIn_VisitOfTheSubject(string body) =>
        Assert.Equal(["visitor=Ana Ruiz"], Parsed.Sides(body, EventType.Visit));

    [Fact]
    public void Extract_ArrivalOfRefugees_NoVisit() =>
        Assert.Empty(Parsed.Sides("The arrival of refugees in Lima strained services.", EventType.Visit));

    [Fact]
    public void Extract_WasInACityForTalks_VisitAndMeeting()
    {
        var events = Parsed.Events("The Peruvian foreign minister, Luis Vega, was in Santiago on Monday for talks with his Chilean counterpart.");
        Assert.Equal("loc:santiago", Assert.Single(events, e => e.Type == EventType.Visit).Location);
        Assert.Single(events, e => e.Type == EventType.Meeting);
    }

    [Fact]
    public void Extract_WillBeInACityForTalks_NoVisit() =>
        Assert.Empty(Parsed.Sides("The Peruvian foreign minister, Luis Vega, will be in Santiago on Monday for talks.", EventType.Visit));

    [Theory]
    [InlineData("Peruvian President Luis Vega left for Santiago on Sunday for a three-day visit.", 1)]
    [InlineData("Peruvian President Luis Vega will leave for Santiago on Sunday for a three-day visit.", 0)]
    public void Extract_LeftForACityForAVisit_VisitThere(string body, int visits) =>
        Assert.Equal(visits, Parsed.Events(body).Count(e => e.Type == EventType.Visit && e.Location == "loc:santiago"));

    [Fact]
    public void Extract_OfficialNamedByTitleLandedIn_VisitOfTheCountry() =>
        Assert.Equal(["visitor=Peru"], Parsed.Sides("The Peruvian foreign minister landed in Santiago on Friday for a two-day visit.", EventType.Visit));

    [Fact]
    public void Extract_PlaneLandedIn_NoVisit() =>
        Assert.Empty(Parsed.Sides("A Peruvian cargo plane landed in Santiago on Friday.", EventType.Visit));

    [Fact]
    public void Extract_MetHerCounterpartNamedBetweenCommas_MeetingInThePlace()
    {
        var meeting = Assert.Single(Parsed.Events("Ana Ruiz met her Peruvian counterpart, Luis Vega, in Lima on Monday."), e => e.Type == EventType.Meeting);
        Assert.Equal("loc:lima", meeting.Location);
        Assert.Equal(2, meeting.Participants.Count);
    }

    [Fact]
    public void Extract_VideoMeeting_PhoneCallAndNoMeeting()
    {
        // Annotation guidelines: a virtual or video meeting is a PhoneCall.
        var events = Parsed.Events("Kenyan President Daniel Otieno held a video meeting with Peruvian President Luis Vega on Monday.");
        Assert.Contains(events, e => e.Type == EventType.PhoneCall && e.Participants.Count == 2);
        Assert.DoesNotContain(events, e => e.Type == EventType.Meeting);
    }

    [Fact]
    public void Extract_FrontedPhraseBeforeAPassiveGreeting_Meeting()
    {
        // The parser reads "arrival" as the subject and the visitor as in apposition to the airport.
        var sides = Parsed.Sides("Upon arrival at Jomo Kenyatta International Airport, President Ida Holm was greeted by Prime Minister Tomas Veerkamp and other senior officials.", EventType.Meeting);
        Assert.Equal(["participant=Ida Holm participant=Tomas Veerkamp"], sides);
    }

    [Fact]
    public void Extract_VirtualMeetingBetweenTitledNames_PhoneCall()
    {
        // The parser hangs "between" on the title; it opens the names' phrase.
        var sides = Parsed.Sides("Kenya's trade minister Ida Holm welcomed the move. The loan followed a virtual meeting between trade minister K Veerkamp and Holm on Monday.", EventType.PhoneCall);
        Assert.Equal(["participant=Ida Holm participant=K Veerkamp"], sides);
    }

    [Fact]
    public void Extract_SpokeToWhereTheArticleNamesACall_PhoneCall() =>
        Assert.Equal(["participant=Ana Ruiz participant=Luis Vega"],
            Parsed.Sides("Chilean President Ana Ruiz spoke on Friday to Peru's president Luis Vega about trade. The telephone call took place after a border incident.", EventType.PhoneCall));

    // A named person spoken to, nowhere the sentence names, was called (the fortieth pass; leaders' readouts tell calls so).
    [Theory]
    [InlineData("Chilean President Ana Ruiz spoke on Friday to Peru's president Luis Vega about trade.")]
    [InlineData("Chilean President Ana Ruiz spoke on Friday to Peru's president Luis Vega about trade. He issued a call for calm.")]
    public void Extract_SpokeToWithNoCallInTheArticle_PhoneCall(string text) =>
        Assert.Equal(["participant=Ana Ruiz participant=Luis Vega"], Parsed.Sides(text, EventType.PhoneCall));

    [Fact]
    public void Extract_NominalVisitByAPersonToACountry_Visit()
    {
        var document = Parsed.Extract("The deal was reached on the eve of a visit by Prime Minister Ana Ruiz to Peru.");
        var visit = Assert.Single(document.Events, e => e.Type == EventType.Visit);
        Assert.Equal("country:PE", visit.Location);
        Assert.Equal(ParticipantRoles.Visitor, Assert.Single(visit.Participants).Role);
    }

    [Fact]
    public void Extract_TalksBetweenTheLeadersTheArticleNames_MeetingOfThosePersons() =>
        Assert.Equal(["participant=Ana Ruiz participant=Luis Vega"],
            Parsed.Sides("Chilean President Ana Ruiz and Peruvian President Luis Vega arrived in Quito on Monday. After ten hours of talks between the leaders of Chile and Peru, Ruiz told reporters that a deal was close.", EventType.Meeting));

    [Fact]
    public void Extract_TalksBetweenTheLeadersOfThreeCountries_OneMeetingOfAllThree() =>
        Assert.Equal(["participant=Bolivia participant=Chile participant=Peru"],
            Parsed.Sides("After ten hours of talks between the leaders of Chile, Peru and Bolivia in Quito, the foreign ministers said a deal was close.", EventType.Meeting));

    [Fact]
    public void Extract_WelcomedHisCounterpart_MeetingAndNoPraise()
    {
        var events = Parsed.Events("Japan's prime minister, Kenji Mori, welcomed his Indian counterpart to Tokyo on Monday.");
        var meeting = Assert.Single(events, e => e.Type == EventType.Meeting);
        Assert.Equal(["country:IN", "person:kenji-mori"], meeting.Participants.Select(p => p.Entity).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(events, e => e.Type == EventType.Statement);
    }

    [Fact]
    public void Extract_WelcomedTheDecision_NoMeeting() =>
        Assert.Empty(Parsed.Sides("Kenji Mori welcomed the Indian decision on Monday.", EventType.Meeting));

    [Fact]
    public void Extract_CouncilMetAlone_MeetingOfTheBody()
    {
        var meeting = Assert.Single(Parsed.Events("The UN Security Council met in New York on Friday to discuss the crisis."), e => e.Type == EventType.Meeting);
        Assert.Equal(["org:united-nations-security-council"], meeting.Participants.Select(p => p.Entity));
        Assert.Equal("loc:new-york", meeting.Location);
    }

    [Fact]
    public void Extract_CouncilWillMeet_NoMeeting() =>
        Assert.Empty(Parsed.Sides("The UN Security Council will meet on Friday.", EventType.Meeting));

    [Fact]
    public void Extract_AfterItsSummitIn_MeetingOfTheBodyThere()
    {
        var meeting = Assert.Single(Parsed.Events("After its summit in Abuja on Sunday, ECOWAS demanded the release of the president."), e => e.Type == EventType.Meeting);
        Assert.Equal(["org:economic-community-of-west-african-states"], meeting.Participants.Select(p => p.Entity));
        Assert.Equal("loc:abuja", meeting.Location);
    }

    [Fact]
    public void Extract_AheadOfTheSummit_NoMeeting() =>
        Assert.Empty(Parsed.Sides("Ahead of the NATO summit, Kenji Mori said the alliance was united.", EventType.Meeting));

    [Fact]
    public void Extract_DiscussedByPhone_PhoneCall() =>
        Assert.Equal(["participant=Egypt participant=Israel"], Parsed.Sides("Egyptian and Israeli officials discussed the ceasefire by phone on Thursday.", EventType.PhoneCall));

    [Fact]
    public void Extract_DiscussedInPerson_NoPhoneCall() =>
        Assert.Empty(Parsed.Sides("Egyptian and Israeli officials discussed the ceasefire in Cairo on Thursday.", EventType.PhoneCall));

    [Fact]
    public void Extract_TalksAttendedByEnvoysFromTwo_Meeting() =>
        Assert.Equal(["participant=South Sudan participant=Sudan"], Parsed.Sides("The talks, held in Nairobi, were attended by envoys from Sudan and South Sudan.", EventType.Meeting));

    [Fact]
    public void Extract_HeldASecondRoundOfTalks_Meeting() =>
        Assert.Equal(["participant=Eritrea participant=Ethiopia"], Parsed.Sides("Delegations from Ethiopia and Eritrea held a second round of talks in Jeddah.", EventType.Meeting));

    [Fact]
    public void Extract_ReceivedAForeignPrimeMinister_Meeting() =>
        Assert.Equal(["participant=Australia participant=Prabowo Subianto"], Parsed.Sides("Indonesia's President Prabowo Subianto received the Australian prime minister in Jakarta.", EventType.Meeting));

    [Fact]
    public void Extract_ReceivedAForeignDonation_NoMeeting() =>
        Assert.Empty(Parsed.Sides("Indonesia's President Prabowo Subianto received an Australian donation in Jakarta.", EventType.Meeting));

    [Fact]
    public void Extract_TitleOfACountryThenTheName_VisitOfThePersonOnly()
    {
        var document = Parsed.Extract("The prime minister of Pakistan, Shehbaz Sharif, flew to Beijing on Monday for a three-day visit.");
        var visit = Assert.Single(document.Events, e => e.Type == EventType.Visit);
        Assert.Equal(["person:shehbaz-sharif"], visit.Participants.Select(p => p.Entity));
        Assert.Contains(document.Relations, r => r.Type == RelationTypes.HoldsRole && r.Source == "person:shehbaz-sharif" && r.Target == "country:PK");
    }

    [Fact]
    public void Extract_SummitWasPostponed_NoMeeting() =>
        Assert.Empty(Parsed.Sides("The summit between Kenya and Somalia was postponed.", EventType.Meeting));

    [Fact]
    public void Extract_CancelledTheTalks_NoMeeting() =>
        Assert.Empty(Parsed.Sides("Kenya cancelled the talks with Somalia.", EventType.Meeting));

    [Theory]
    [InlineData("The Norwegian envoy Petter Lunde left Nairobi on Friday without meeting Kenyan President Daniel Mwangi.", EventType.Meeting)]
    [InlineData("Rather than meeting the Swedish premier in Stockholm, Finnish Foreign Minister Aino Virtanen flew to Oslo on Monday.", EventType.Meeting)]
    [InlineData("Instead of visiting Warsaw as planned, the Czech minister Pavel Dvorak spoke by phone with his Polish counterpart.", EventType.Visit)]
    [InlineData("Chilean President Marta Soto ruled out meeting Bolivian President Evo Quispe.", EventType.Meeting)]
    [InlineData("The Slovak premier said he was open to meeting Hungarian Prime Minister Gabor Varga.", EventType.Meeting)]
    [InlineData("Austrian Chancellor Lena Huber called off a trip to Ljubljana on Tuesday.", EventType.Visit)]
    [InlineData("The visit to Canberra by Indonesian President Budi Hartono was called off at the last minute.", EventType.Visit)]
    public void Extract_DoneWithoutOrInPlaceOfTheEventOrCalledOff_NoEvent(string sentence, EventType type) =>
        Assert.Empty(Parsed.Sides(sentence, type));

    [Fact]
    public void Extract_InsteadOfVisitingSpokeByPhone_PhoneCallKept() =>
        Assert.Single(Parsed.Sides("Instead of visiting Warsaw as planned, Czech Foreign Minister Pavel Dvorak spoke by phone with Polish Foreign Minister Anna Nowak.", EventType.PhoneCall));

    [Fact]
    public void Extract_RepresentativesFromABodyMet_NoSessionOfThatBody() =>
        Assert.Empty(Parsed.Sides("Representatives from the World Health Organization and two charities met in Geneva on Friday.", EventType.Meeting));

    [Fact]
    public void Extract_TheVisitByAPersonToACountry_Visit()
    {
        var visit = Assert.Single(Parsed.Events("The visit by Chinese Premier Li Qiang to Australia was the first in seven years."), e => e.Type == EventType.Visit);
        Assert.Equal("country:AU", visit.Location);
    }

    [Fact]
    public void Extract_TwoSubjectsJoinedByAndHeldTalks_MeetingInTheCountryNamed()
    {
        var meeting = Assert.Single(Parsed.Events("The United States and Iran held indirect nuclear talks in Oman on Saturday."), e => e.Type == EventType.Meeting);
        Assert.Equal(["country:IR", "country:US"], meeting.Participants.Select(p => p.Entity).Order(StringComparer.Ordinal));
        Assert.Equal("country:OM", meeting.Location);
    }

    [Fact]
    public void Extract_InAPhoneCallToldAPerson_PhoneCallWithThatPerson() =>
        Assert.Equal(["participant=Benjamin Netanyahu participant=Joe Biden"], Parsed.Sides("In a phone call, Joe Biden told Benjamin Netanyahu that the war must end.", EventType.PhoneCall));

    [Fact]
    public void Extract_ReceivedAPhoneCallFrom_PhoneCall() =>
        Assert.Equal(["participant=Narendra Modi participant=Vladimir Putin"], Parsed.Sides("Narendra Modi received a phone call from Vladimir Putin on Friday.", EventType.PhoneCall));

    [Fact]
    public void Extract_DuringTheirMeetingTheyDiscussedACountry_MeetingOfThemOnly() =>
        Assert.Equal(["participant=Antony Blinken participant=Wang Yi"], Parsed.Sides("Antony Blinken and Wang Yi discussed Taiwan during their meeting in Beijing.", EventType.Meeting));

    [Fact]
    public void Extract_MinistersOfABodyMet_SessionOfTheBody() =>
        Assert.Equal(["participant=G7"], Parsed.Sides("The foreign ministers of the G7 met in Capri on Wednesday.", EventType.Meeting));

    [Theory]
    [InlineData("Foreign Minister Ana Ruiz travelled to Accra, where she met President John Mahama.")]
    [InlineData("Foreign Minister Ana Ruiz flew to Accra on Monday, where she held talks with President John Mahama.")]
    public void Extract_MetInAWhereClause_ThePlaceBeforeIt(string body)
    {
        var meeting = Assert.Single(Parsed.Events(body), e => e.Type == EventType.Meeting);
        Assert.Equal("loc:accra", meeting.Location);
    }

    [Fact]
    public void Extract_HeldADayOfTalks_Meeting() =>
        Assert.Equal(["participant=Ghana participant=Togo"], Parsed.Sides("Envoys from Ghana and Togo held a third day of talks in Lome.", EventType.Meeting));

    [Theory]
    [InlineData("Cyril Ramaphosa and Joao Lourenco discussed regional security in Luanda.")]
    [InlineData("Cyril Ramaphosa discussed trade with Joao Lourenco in Luanda.")]
    public void Extract_TwoNamedSidesDiscussed_Meeting(string body)
    {
        Assert.Equal(["participant=Cyril Ramaphosa participant=Joao Lourenco"], Parsed.Sides(body, EventType.Meeting));
    }

    [Fact]
    public void Extract_DiscussedANamedCountry_TheCountryIsTheTopic() =>
        Assert.Equal(["participant=Antony Blinken participant=Wang Yi"], Parsed.Sides("Antony Blinken and Wang Yi discussed Taiwan in Beijing on Monday.", EventType.Meeting));

    [Fact]
    public void Extract_VisitedPeopleInAPlace_VisitToThePlace()
    {
        var visit = Assert.Single(Parsed.Events("Defence Minister Ana Ruiz visited troops in Arica on Monday."), e => e.Type == EventType.Visit);
        Assert.Equal("loc:arica", visit.Location);
    }

    [Fact]
    public void Extract_GaveAWelcomeToANamedGuest_Meeting() =>
        Assert.Equal(["participant=Ana Ruiz participant=Daniel Otieno"], Parsed.Sides("President Ana Ruiz gave a warm welcome to President Daniel Otieno of Kenya on Thursday.", EventType.Meeting));

    [Fact]
    public void Extract_GaveAWelcomeToAProposal_NoMeeting() =>
        Assert.Empty(Parsed.Sides("President Ana Ruiz gave a cautious welcome to the proposal.", EventType.Meeting));
    [Theory]
    [InlineData("The Chilean president received the visiting Peruvian foreign minister in Santiago.")]
    [InlineData("The visiting Peruvian foreign minister was received by the Chilean president in Santiago.")]
    public void Extract_ReceivedTheVisitingMinister_MeetingOfTheTwoCountries(string body) =>
        Assert.Equal(["participant=Chile participant=Peru"], Parsed.Sides(body, EventType.Meeting));

    [Fact]
    public void Extract_MetTheOwnersOfficialNamedBetweenCommasBeforeAPurpose_MeetingWithThePersonAndTheirRole()
    {
        const string body = "Chile's finance minister met the IMF's managing director, Laura Green, in Washington to discuss the loan.";

        Assert.Equal(["participant=Chile participant=Laura Green"], Parsed.Sides(body, EventType.Meeting));
        Assert.Contains("Laura Green / Managing Director / International Monetary Fund", Parsed.Roles(body));
    }
    [Fact]
    public void Extract_TwoTitledNamesJoinedByAndDiscussedInAFrontedPhoneCall_PhoneCallOfThePeople() =>
        Assert.Equal(["participant=Ana Ruiz participant=Luis Vega"],
            Parsed.Sides("In a phone call on Tuesday, Chilean Prime Minister Ana Ruiz and Peruvian King Luis Vega discussed migration.", EventType.PhoneCall));
    [Theory]
    [InlineData("President Ana Ruiz hosted a dinner for her Peruvian counterpart in Santiago.")]
    [InlineData("President Ana Ruiz gave a banquet in honour of the visiting Peruvian president on Monday.")]
    public void Extract_MealGivenForAGuest_MeetingWithTheGuest(string body) =>
        Assert.Equal(["participant=Ana Ruiz participant=Peru"], Parsed.Sides(body, EventType.Meeting));

    [Fact]
    public void Extract_DinnerForACause_NoMeeting() =>
        Assert.Empty(Parsed.Sides("President Ana Ruiz hosted a dinner for charity in Santiago.", EventType.Meeting));

    [Fact]
    public void Extract_DelegationLedByANamedPerson_VisitOfTheLeadersSide() =>
        Assert.Equal(["visitor=Chile"], Parsed.Sides("A delegation led by Chile's army chief visited Lima last week.", EventType.Visit));
    [Fact]
    public void Extract_OwnersTitleOfSeveralWordsAndHisCounterpartHeldAMeeting_MeetingOfTheTwoCountries() =>
        Assert.Equal(["participant=Chile participant=Peru"],
            Parsed.Sides("Chile's Home Affairs Minister and his Peruvian counterpart held a long meeting in Lima on Thursday.", EventType.Meeting));
    [Theory]
    [InlineData("Ana Ruiz has requested a meeting with the Peruvian president.")]
    [InlineData("Chile proposed talks between Ana Ruiz and Peruvian President Luis Vega.")]
    [InlineData("Ana Ruiz said she wanted continued negotiations with Peru.")]
    public void Extract_MeetingRequestedProposedOrWanted_NoMeeting(string body)
    {
        Assert.Empty(Parsed.Sides(body, EventType.Meeting));
        Assert.Empty(Parsed.Sides(body, EventType.Negotiation));
    }
    [Theory]
    [InlineData("Ana Ruiz received a call from Luis Vega on Monday.")]
    [InlineData("Ana Ruiz held a call with Luis Vega on Monday.")]
    [InlineData("The presidency said Ana Ruiz had received a call from Luis Vega.")]
    public void Extract_CallReceivedOrHeld_PhoneCall(string body) =>
        Assert.Equal(["participant=Ana Ruiz participant=Luis Vega"], Parsed.Sides(body, EventType.PhoneCall));

    [Theory]
    [InlineData("Ana Ruiz made a call for calm after meeting Luis Vega.")]
    [InlineData("Ana Ruiz received a call to resign from Luis Vega.")]
    public void Extract_CallForSomething_NoPhoneCall(string body) =>
        Assert.Empty(Parsed.Sides(body, EventType.PhoneCall));

    [Theory]
    [InlineData("Indonesia's President Prabowo Subianto received a delegation from Chile in Jakarta.")]
    [InlineData("Indonesia's President Prabowo Subianto received a Chilean delegation in Jakarta.")]
    [InlineData("Indonesia's President Prabowo Subianto hosted a delegation from Chile on Monday.")]
    public void Extract_ReceivedADelegationFromACountry_MeetingWithThatCountry(string body) =>
        Assert.Equal(["participant=Chile participant=Prabowo Subianto"], Parsed.Sides(body, EventType.Meeting));

    [Theory]
    [InlineData("Indonesia's President Prabowo Subianto received a delegation of farmers in Jakarta.")]
    [InlineData("Indonesia's President Prabowo Subianto will receive a Chilean delegation next week.")]
    public void Extract_DelegationWithoutASideOrNotYetReceived_NoMeeting(string body) =>
        Assert.Empty(Parsed.Sides(body, EventType.Meeting));

    [Fact]
    public void Extract_HostedACounterpartNamedByADemonymBeforeWhere_NoPlaceFromTheDemonym()
    {
        var document = Parsed.Extract("Ghana's President John Mahama on Tuesday hosted his Togolese counterpart Faure Gnassingbe at Jubilee House, where the two leaders discussed border security.");
        var meeting = Assert.Single(document.Events, e => e.Type == EventType.Meeting);
        Assert.Equal("Jubilee House", document.Entities.Single(e => e.Id == meeting.Location).Name);
    }

    [Theory]
    [InlineData("Ghana said on Thursday a new round of talks between Chile and Peru would begin next week.")]
    [InlineData("A fresh round of talks between Chile and Peru is expected to open in Lima.")]
    public void Extract_RoundOfTalksStillToCome_NoMeeting(string body) =>
        Assert.Empty(Parsed.Sides(body, EventType.Meeting));

    [Fact]
    public void Extract_RoundOfTalksThatBegan_Meeting() =>
        Assert.Equal(["participant=Chile participant=Peru"], Parsed.Sides("A new round of talks between Chile and Peru began in Lima on Monday.", EventType.Meeting));

    [Fact]
    public void Extract_NameInAppositionAndACounterpartDiscussedByPhone_PhoneCall() =>
        Assert.Equal(["participant=Ana Ruiz participant=Peru"],
            Parsed.Sides("The Chilean foreign minister, Ana Ruiz, and her Peruvian counterpart discussed the border talks by phone on Saturday.", EventType.PhoneCall));

    [Fact]
    public void Extract_WelcomedAGuestToACity_MeetingThere()
    {
        var meeting = Assert.Single(Parsed.Events("Ghana's President John Mahama welcomed Peruvian President Jose Vega to Accra on Sunday."), e => e.Type == EventType.Meeting);
        Assert.Equal("loc:accra", meeting.Location);
    }

    [Fact]
    public void Extract_VisitByAnEnvoyAfterTheClausesDeed_TheEnvoysSideVisits() =>
        Assert.Equal(["visitor=Chile"], Parsed.Sides("Peru freed six fishermen after a visit to Lima by a Chilean envoy.", EventType.Visit));

    [Fact]
    public void Extract_ReceivedATitledNameInACity_MeetingThere()
    {
        var meeting = Assert.Single(Parsed.Events("Ghana's President John Mahama received Chilean Foreign Minister Ana Ruiz in Accra on Wednesday."), e => e.Type == EventType.Meeting);
        Assert.Equal("loc:accra", meeting.Location);
    }

    [Fact]
    public void Extract_BodysLeadersMeetingInACountryAgreed_NoAgreementWithThatCountry()
    {
        var events = Parsed.Events("The ECOWAS leaders, meeting in Ghana, agreed to send a mission to Mali.");

        Assert.DoesNotContain(events, e => e.Type == EventType.Agreement);
        Assert.Contains(events, e => e.Type == EventType.Meeting && e.Location == "country:GH");
    }

    [Fact]
    public void Extract_VisitedACapitalAndMetAMinister_TheCapitalIsNoSideOfTheMeeting() =>
        Assert.Equal(["participant=Ana Ruiz participant=Luis Vega"],
            Parsed.Sides("Chile's top diplomat, Ambassador Ana Ruiz, visited Lima and met Foreign Minister Luis Vega.", EventType.Meeting));

    [Theory]
    [InlineData("Chilean Foreign Minister Ana Ruiz was received by Peruvian President Luis Vega in Lima on Friday.", "loc:lima")]
    [InlineData("Chile's president met his Peruvian counterpart on the sidelines of the G20 summit in Rio de Janeiro.", "loc:rio-de-janeiro")]
    [InlineData("Ana Ruiz met Luis Vega at a summit in Quito on Monday.", "loc:quito")]
    public void Extract_PlaceOnTheHostOrOnTheGathering_MeetingThere(string body, string place) =>
        Assert.Equal(place, Assert.Single(Parsed.Events(body), e => e.Type == EventType.Meeting).Location);

    [Fact]
    public void Extract_DinnerHostedForATitledGuest_MeetingOfHostAndGuest() =>
        Assert.Equal(["participant=Ana Ruiz participant=Luis Vega"],
            Parsed.Sides("President Ana Ruiz of Chile hosted a dinner for Peruvian Prime Minister Luis Vega at the presidential palace.", EventType.Meeting));

    [Theory]
    [InlineData("Ana Ruiz departed for Accra on Monday.", "visitor=Ana Ruiz")]
    [InlineData("Ana Ruiz headed to Accra on Monday to meet President John Mahama.", "visitor=Ana Ruiz")]
    [InlineData("The Chilean foreign minister left for Accra on Tuesday on a two-day visit.", "visitor=Chile")]
    public void Extract_SetOffForAPlace_VisitThere(string body, string visitor)
    {
        var visit = Assert.Single(Parsed.Events(body), e => e.Type == EventType.Visit);
        Assert.Equal("loc:accra", visit.Location);
        Assert.Equal([visitor], Parsed.Sides(body, EventType.Visit));
    }

    [Theory]
    [InlineData("Ana Ruiz leaves for Accra on Sunday.")]
    [InlineData("Ana Ruiz left home for prayers at a mosque in Lima.")]
    [InlineData("Ana Ruiz headed home to Chile after the talks in Lima.")]
    public void Extract_SetOffInThePresentForAPurposeOrHome_NoVisit(string body) =>
        Assert.Empty(Parsed.Sides(body, EventType.Visit));

    [Fact]
    public void Extract_VisitOfAnUnnamedOwnerCriticisedBySomeoneNamed_NoVisit() =>
        Assert.Empty(Parsed.Sides("Vega's visit to Lima was criticised by Chile's president.", EventType.Visit));

    [Fact]
    public void Extract_DelegationOfACountryLedByANamedPerson_MeetingOfTheLeaderOnly() =>
        Assert.Equal(["participant=Luis Vega participant=Peru"],
            Parsed.Sides("The Chilean delegation, led by intelligence chief Luis Vega, held talks with the Peruvian prime minister.", EventType.Meeting));

    [Fact]
    public void Extract_DepartedSomewhereForTalks_MeetingWhereTheJourneyWent() =>
        Assert.Equal("loc:lima", Assert.Single(Parsed.Events("Ana Ruiz departed for Lima on Tuesday for talks with Peruvian President Luis Vega."), e => e.Type == EventType.Meeting).Location);

    [Fact]
    public void Extract_TitledNameHostedUnnamedLeaders_NoStatement() =>
        Assert.Empty(Parsed.Sides("Chilean President Emmanuel Vega hosted European leaders in Santiago on Monday.", EventType.Statement));

    [Fact]
    public void Extract_FlewSomewhereForTalks_MeetingWhereTheJourneyWent() =>
        Assert.Equal("loc:lima", Assert.Single(Parsed.Events("Ana Ruiz flew to Lima on Tuesday for talks with Peruvian President Luis Vega."), e => e.Type == EventType.Meeting).Location);

    [Theory]
    [InlineData("Chilean President Ana Ruiz will travel to Lima for talks with Peruvian President Luis Vega.")]
    [InlineData("On Wednesday, Chilean President Ana Ruiz is to travel to Lima for talks with Peruvian President Luis Vega.")]
    [InlineData("Chilean President Ana Ruiz has announced plans to visit Peru for talks with Peruvian President Luis Vega.")]
    public void Extract_TalksAPlannedJourneyIsFor_NoMeeting(string body) =>
        Assert.Empty(Parsed.Sides(body, EventType.Meeting));

    [Fact]
    public void Extract_FrontedPhoneCallBeforeTitledSpeaker_PhoneCall() =>
        Assert.Equal(["participant=Ana Ruiz participant=Daniel Otieno"],
            Parsed.Sides("In a phone call on Sunday, Kenyan President Daniel Otieno told Chilean Foreign Minister Ana Ruiz that the deal would hold.", EventType.PhoneCall));

    [Fact]
    public void Extract_VisitInARelativeClauseOfTheName_VisitOfThatPerson() =>
        Assert.Equal(["visitor=Ana Ruiz"],
            Parsed.Sides("Chilean President Ana Ruiz, who is on a three-day state visit to Peru, met her counterpart on Friday.", EventType.Visit));

    [Fact]
    public void Extract_SubjectsWithAppositionsJoinedByAnd_Meeting() =>
        Assert.Equal(["participant=Ana Ruiz participant=Daniel Otieno"],
            Parsed.Sides("The Chilean president, Ana Ruiz, and the Kenyan foreign minister, Daniel Otieno, met in Lima.", EventType.Meeting));

    [Fact]
    public void Extract_TheCountrysLeaderTravelled_VisitOfThePersonHoldingTheOffice() =>
        Assert.Equal(["visitor=Daniel Otieno"], Parsed.Sides(
            "Kenyan President Daniel Otieno met Peruvian officials on Monday. The Kenyan leader later travelled to Cusco, where he met business leaders.", EventType.Visit));

    [Fact]
    public void Extract_DelegationLedByAnOfficialArrivedForTalks_VisitAndMeetingOfTheLeadersCountry()
    {
        const string body = "A delegation led by Kenya's foreign minister arrived in Lima for talks with Peruvian officials.";
        Assert.Equal(["visitor=Kenya"], Parsed.Sides(body, EventType.Visit));
        Assert.Equal(["participant=Kenya participant=Peru"], Parsed.Sides(body, EventType.Meeting));
    }

    [Theory]
    [InlineData("During his stay in Lima, the Chilean president met his Peruvian counterpart.")]
    [InlineData("The Chilean president met his Peruvian counterpart during a trip to Lima.")]
    public void Extract_MetDuringAStayOrTrip_WhereTheStayWas(string body) =>
        Assert.Equal("loc:lima", Assert.Single(Parsed.Events(body), e => e.Type == EventType.Meeting).Location);

    [Theory]
    [InlineData("NAIROBI, March 12 (Wire) - Kenya and Peru signed a trade pact on Tuesday.", "2025-03-11")]
    [InlineData("NAIROBI, March 10 (Wire) - Kenya and Peru signed a trade pact.", "2025-03-10")]
    public void Extract_DatelineDateAndTheSentencesOwn_TheSentencesDateFirst(string body, string date) =>
        Assert.Equal(date, Assert.Single(Parsed.Events(body), e => e.Type == EventType.Agreement).Date);

    [Theory]
    [InlineData("Kenyan President Daniel Otieno called his Chilean counterpart Ana Ruiz on Friday.", "2025-03-07")]
    [InlineData("Daniel Otieno called Ana Ruiz on Tuesday to discuss the border.", "2025-03-11")]
    public void Extract_CalledAPerson_PhoneCall(string body, string date)
    {
        Assert.Equal(["participant=Ana Ruiz participant=Daniel Otieno"], Parsed.Sides(body, EventType.PhoneCall));
        Assert.Equal(date, Assert.Single(Parsed.Events(body), e => e.Type == EventType.PhoneCall).Date);
    }

    [Theory]
    [InlineData("Daniel Otieno called Ana Ruiz a liar.")]
    [InlineData("Daniel Otieno called Ana Ruiz's remarks unacceptable.")]
    [InlineData("Daniel Otieno called on Ana Ruiz to resign.")]
    [InlineData("Daniel Otieno called for Chilean troops to leave.")]
    public void Extract_CalledSomethingOrForSomething_NoPhoneCall(string body) =>
        Assert.Empty(Parsed.Sides(body, EventType.PhoneCall));

    [Theory]
    [InlineData("Chilean President Ana Ruiz will sign the accord during a trip to Lima next month.")]
    [InlineData("Chilean President Ana Ruiz is expected to sign the accord during a visit to Lima.")]
    public void Extract_TripAsTheSettingOfAPlannedDeed_NoVisit(string body) =>
        Assert.Empty(Parsed.Sides(body, EventType.Visit));

    [Theory]
    [InlineData("Chilean President Ana Ruiz did not meet Daniel Otieno during her trip to Lima.")]
    [InlineData("Chilean President Ana Ruiz, on a visit to Lima, said the accord was fair.")]
    public void Extract_TripAsTheSettingOfADeedDoneOrDenied_Visit(string body) =>
        Assert.Equal(["visitor=Ana Ruiz"], Parsed.Sides(body, EventType.Visit));

    [Fact]
    public void Extract_CallToDiscussAPlace_CallHasNoPlace()
    {
        var call = Assert.Single(Parsed.Events("The foreign ministers of Chile and Peru held a phone call on Sunday to discuss the situation in Tacna."), e => e.Type == EventType.PhoneCall);
        Assert.Null(call.Location);
    }

    [Fact]
    public void Extract_TelephoneModifyingANoun_NoPhoneCall() =>
        Assert.Empty(Parsed.Sides("Gunmen in Lima ambushed a Chilean-owned telephone company Movilnet's convoy on Friday.", EventType.PhoneCall));

    [Fact]
    public void Extract_FrontedParticipleBeforeTheSpeaker_MeetingOfTheSpeaker() =>
        Assert.Equal(["participant=Daniel Otieno participant=Luis Vega"],
            Parsed.Sides("Speaking after meeting Peruvian President Luis Vega in Lima, Daniel Otieno said Kenya would deepen ties with Peru.", EventType.Meeting));

    [Theory]
    [InlineData("Talks were held by Chile and Peru in Lima on Monday.")]
    [InlineData("A series of talks was held by Chile and Peru in Lima last year.")]
    public void Extract_TalksHeldByTwoInThePassive_MeetingOfTheAgents(string body) =>
        Assert.Equal(["participant=Chile participant=Peru"], Parsed.Sides(body, EventType.Meeting));

    [Theory]
    [InlineData("Talks will be held by Chile and Peru in Lima next week.")]
    [InlineData("No talks were held by Chile and Peru last year.")]
    public void Extract_TalksToBeHeldOrNotHeldByTwo_NoMeeting(string body) =>
        Assert.Empty(Parsed.Sides(body, EventType.Meeting));

    [Theory]
    [InlineData("On a visit to Lima, Kenyan President Daniel Otieno said trade would grow.")]
    [InlineData("Speaking to reporters on the last day of a visit to Peru, Daniel Otieno said trade would grow.")]
    public void Extract_SpeakerOnAVisit_VisitOfTheSpeaker(string body) =>
        Assert.Equal(["visitor=Daniel Otieno"], Parsed.Sides(body, EventType.Visit));

    [Fact]
    public void Extract_CommentOnAVisit_NoVisitOfTheCommenter() =>
        Assert.DoesNotContain(Parsed.Sides("Daniel Otieno commented on the visit to Peru by the Chilean president.", EventType.Visit), v => v.Contains("Otieno", StringComparison.Ordinal));

    [Fact]
    public void Extract_NameWithARelativeClauseBeforeMet_MeetingOfTheName() =>
        Assert.Equal(["participant=Bolivia participant=Luis Vega"],
            Parsed.Sides("Luis Vega, who arrived in La Paz on Monday, met the Bolivian president on Tuesday.", EventType.Meeting));

    [Theory]
    [InlineData("Kofi Mensah and Togo's Luis Vega attended the meeting.")]
    [InlineData("Ghana's Kofi Mensah and Togo's Luis Vega attended the meeting.")]
    public void Extract_NameAndAnotherCountrysNameAttended_MeetingOfBoth(string body) =>
        Assert.Equal(["participant=Kofi Mensah participant=Luis Vega"], Parsed.Sides(body, EventType.Meeting));

    [Fact]
    public void Extract_AfterTalksOnADayWithAPerson_MeetingOfTheSpeaker() =>
        Assert.Equal(["participant=Ana Ruiz participant=Luis Vega"],
            Parsed.Sides("The rebel leader, Ana Ruiz, made the remark after talks Wednesday with Peru's Deputy Foreign Minister Luis Vega.", EventType.Meeting));

    [Fact]
    public void Extract_InACityForTalksWith_MeetingOfTheOneThere() =>
        Assert.Equal(["participant=Ana Ruiz participant=Luis Vega"],
            Parsed.Sides("Chilean President Ana Ruiz is in Lima for talks with her Peruvian counterpart Luis Vega.", EventType.Meeting));

    [Fact]
    public void Extract_WillBeInACityForTalks_NoMeeting() =>
        Assert.Empty(Parsed.Sides("Chilean President Ana Ruiz will be in Lima next week for talks with her Peruvian counterpart Luis Vega.", EventType.Meeting));
    [Fact]
    public void Extract_MeetingExpected_NoMeeting() =>
        Assert.Empty(Parsed.Sides("Ana Ruiz said she expects a meeting with Luis Vega on Thursday to be useful.", EventType.Meeting));
    [Theory]
    [InlineData("Ana Ruiz visits Lima next week.")]
    [InlineData("Officials expect a deal before Ana Ruiz visits Lima next week.")]
    [InlineData("Ana Ruiz visits Lima tomorrow.")]
    public void Extract_PresentTenseWithATimeToCome_NoVisit(string text) =>
        Assert.Empty(Parsed.Sides(text, EventType.Visit));

    [Fact]
    public void Extract_PresentTenseVisit_Visit() =>
        Assert.Equal(["visitor=Ana Ruiz"], Parsed.Sides("Ana Ruiz visits Lima.", EventType.Visit));

    [Theory]
    [InlineData("Chile has cancelled plans to send a delegation to talks with Peru and Bolivia.", false)]
    [InlineData("Chile sent a delegation to talks with Peru in Geneva last week.", true)]
    public void Extract_TalksADelegationIsSentTo_AsRealAsTheSending(string text, bool met) =>
        Assert.Equal(met, Parsed.Sides(text, EventType.Meeting).Count > 0);

    [Fact]
    public void Extract_CallWithACounterpartBeforeTheSubject_PhoneCall() =>
        Assert.Equal(["participant=Marco Bellini participant=Turkey"],
            Parsed.Sides("In a call with his Turkish counterpart, Italian Foreign Minister Marco Bellini raised the case of the detained reporters.", EventType.PhoneCall));

    [Fact]
    public void Extract_CallForRestraintBeforeTheSubject_NoPhoneCall() =>
        Assert.Empty(Parsed.Sides("In a call for restraint, Italian Foreign Minister Marco Bellini urged Turkey to free the reporters.", EventType.PhoneCall));

    [Fact]
    public void Extract_PhoneCallInWhichACounterpartIsTold_PhoneCallWithTheCounterpart() =>
        Assert.Contains("participant=Kemal Arslan participant=Marco Bellini",
            Parsed.Sides("In a phone call on Monday, Italian Foreign Minister Marco Bellini told his Turkish counterpart Kemal Arslan that Rome was concerned.", EventType.PhoneCall));

    [Fact]
    public void Extract_ChairOfABodyMetTwoLeaders_OneMeetingWithEachPerson() =>
        Assert.Equal(["participant=Ali Lamine participant=Amadou Sall", "participant=Amadou Sall participant=Idriss Kaya"],
            Parsed.Sides("African Union chairperson Amadou Sall met Chadian army chief Idriss Kaya and Nigerien Prime Minister Ali Lamine in Addis Ababa.", EventType.Meeting));

    [Fact]
    public void Extract_DescriptionAfterAClauseWithAnotherPerson_DescriptionIsItsOwnSide()
    {
        const string body = "A day after meeting Ukrainian President Olena Shevchuk, the Polish leader flew to Vilnius.";
        Assert.Equal(["visitor=Poland"], Parsed.Sides(body, EventType.Visit));
        Assert.Equal(["participant=Olena Shevchuk participant=Poland"], Parsed.Sides(body, EventType.Meeting));
        Assert.Equal(["Olena Shevchuk / President / Ukraine"], Parsed.Roles(body));
    }

    [Theory]
    [InlineData("Peruvian President Luis Vega spoke to Chilean President Ana Ruiz by video link.")]
    [InlineData("Peruvian President Luis Vega held talks with Chilean President Ana Ruiz via video link.")]
    public void Extract_TalksOverAVideoLink_PhoneCallNoMeeting(string body)
    {
        Assert.Equal(["participant=Ana Ruiz participant=Luis Vega"], Parsed.Sides(body, EventType.PhoneCall));
        Assert.Empty(Parsed.Sides(body, EventType.Meeting));
    }

    [Fact]
    public void Extract_VideoConferenceHeldWith_PhoneCall() =>
        Assert.Equal(["participant=France participant=Germany participant=Peru"],
            Parsed.Sides("French and German leaders held a video conference with Peru's president.", EventType.PhoneCall));

    [Theory]
    [InlineData("Kenyan President Daniel Otieno hosts Japanese PM in Nairobi")]
    [InlineData("Kenyan President Daniel Otieno hosted the Japanese PM in Nairobi on Monday.")]
    public void Extract_HostedAnOfficeByItsAcronym_Meeting(string body) =>
        Assert.Equal(["participant=Daniel Otieno participant=Japan"], Parsed.Sides(body, EventType.Meeting));

    [Fact]
    public void Extract_SentenceCaseHeadlineOfNames_MeetingOfThePersons() =>
        Assert.Equal(["participant=Daniel Otieno participant=Kenji Sato"], Parsed.Sides("Daniel Otieno meets Kenji Sato in Nairobi", EventType.Meeting));

    [Fact]
    public void Extract_DescriptionWithARelativeClauseOfMeeting_MeetingAndStatementOfTheDescribed()
    {
        const string body = "Chile's foreign minister, who met her Peruvian counterpart on Monday, said the border would reopen.";
        Assert.Equal(["participant=Chile participant=Peru"], Parsed.Sides(body, EventType.Meeting));
        Assert.Equal(["speaker=Chile"], Parsed.Sides(body, EventType.Statement));
    }

    [Fact]
    public void Extract_CountriesWhoseMinistersMet_MeetingOfTheCountries() =>
        Assert.Equal(["participant=Chile participant=Peru"],
            Parsed.Sides("Peru and Chile, whose foreign ministers met in Lima on Monday, agreed to reopen the border.", EventType.Meeting));

    [Theory]
    [InlineData("In Lima, Peruvian President Luis Vega held talks with visiting Chilean President Ana Ruiz.")]
    [InlineData("Peruvian President Luis Vega met visiting Chilean President Ana Ruiz in Lima on Friday.")]
    public void Extract_TalksWithAVisitingLeaderSomewhere_MeetingAndVisit(string body)
    {
        Assert.Equal(["participant=Ana Ruiz participant=Luis Vega"], Parsed.Sides(body, EventType.Meeting));
        Assert.Equal(["visitor=Ana Ruiz"], Parsed.Sides(body, EventType.Visit));
    }

    [Theory]
    [InlineData("Chilean President Ana Ruiz returned to Santiago after visiting Lima.")]
    [InlineData("Visiting professors from Chile taught in Lima last year.")]
    public void Extract_VisitingAPlaceOrVisitingWithoutAGuest_NoVisitOfAGuest(string body) =>
        Assert.DoesNotContain("visitor=Peru", Parsed.Sides(body, EventType.Visit));

    [Fact]
    public void Extract_WillMeetAVisitingLeader_NoVisitNoMeeting()
    {
        const string body = "Peruvian President Luis Vega will meet visiting Chilean President Ana Ruiz in Lima next week.";
        Assert.Empty(Parsed.Sides(body, EventType.Visit));
        Assert.Empty(Parsed.Sides(body, EventType.Meeting));
    }

    [Fact]
    public void Extract_CallInWhichSomethingWillBeRaised_NoPhoneCall() =>
        Assert.Empty(Parsed.Sides("In a call with his Turkish counterpart next week, Italian Foreign Minister Marco Bellini will raise the case.", EventType.PhoneCall));

    [Theory]
    [InlineData("Chile's deputy foreign minister Ana Ruiz says President Luis Vega will discuss regional issues in talks with Bolivian President Evo Mendez.")]
    [InlineData("Ana Ruiz said she would welcome Peruvian involvement in negotiations with Bolivia.")]
    public void Extract_TalksHungOnTheObjectOfAPlannedDeed_NoMeetingNoNegotiation(string body)
    {
        Assert.Empty(Parsed.Sides(body, EventType.Meeting));
        Assert.Empty(Parsed.Sides(body, EventType.Negotiation));
    }

    [Theory]
    [InlineData("Ghanaian President Kofi Mensah met separately with Togolese President Ama Dossou and Beninese President Luc Houngbo in Accra.")]
    [InlineData("Ghanaian President Kofi Mensah separately met Togolese President Ama Dossou and Beninese President Luc Houngbo in Accra.")]
    public void Extract_MetSeparatelyWithTwo_OneMeetingWithEach(string body) =>
        Assert.Equal(["participant=Ama Dossou participant=Kofi Mensah", "participant=Kofi Mensah participant=Luc Houngbo"], Parsed.Sides(body, EventType.Meeting).Order(StringComparer.Ordinal));

    [Fact]
    public void Extract_MetWithTwo_OneMeetingWithEach() =>
        Assert.Equal(["participant=Ama Dossou participant=Kofi Mensah", "participant=Kofi Mensah participant=Luc Houngbo"],
            Parsed.Sides("Ghanaian President Kofi Mensah met with Togolese President Ama Dossou and Beninese President Luc Houngbo in Accra.", EventType.Meeting));

    [Theory]
    [InlineData("Ghanaian President Kofi Mensah held a trilateral meeting with Togolese President Ama Dossou and Beninese President Luc Houngbo in Accra.")]
    [InlineData("Ghanaian President Kofi Mensah met jointly with Togolese President Ama Dossou and Beninese President Luc Houngbo in Accra.")]
    public void Extract_MetTwoJointly_OneMeetingOfAllThree(string sentence) =>
        Assert.Equal(["participant=Ama Dossou participant=Kofi Mensah participant=Luc Houngbo"], Parsed.Sides(sentence, EventType.Meeting));

    [Theory]
    [InlineData("Foreign Minister Ana Ruiz held talks with Lars Berg, Kofi Mensah and Ida Holm in Geneva on Monday.")]
    [InlineData("Foreign Minister Ana Ruiz received Lars Berg, Kofi Mensah and Ida Holm in Geneva on Monday.")]
    public void Extract_TalksWithThreeNamedPeople_OneMeetingWithEach(string sentence) =>
        Assert.Equal(["participant=Ana Ruiz participant=Ida Holm", "participant=Ana Ruiz participant=Kofi Mensah", "participant=Ana Ruiz participant=Lars Berg"],
            Parsed.Sides(sentence, EventType.Meeting).Order(StringComparer.Ordinal));

    [Theory]
    // A passive conjunct shares the first verb's subject; an agent read as an apposition of the place is the agent.
    [InlineData("Chilean President Ana Ruiz arrived in Lima on Monday and was greeted at the airport by Foreign Minister Luis Vega.")]
    [InlineData("Chilean President Ana Ruiz was welcomed at the airport by Peruvian Foreign Minister Luis Vega.")]
    public void Extract_WelcomedAtTheAirportBy_Meeting(string body) =>
        Assert.Equal(["participant=Ana Ruiz participant=Luis Vega"], Parsed.Sides(body, EventType.Meeting));

    [Theory]
    [InlineData("Chile's president discussed the border with Peru's foreign minister in a phone call on Monday.")]
    [InlineData("Chile's president discussed the border with the Peruvian foreign minister during a telephone conversation.")]
    public void Extract_DiscussedWithAnOfficialInAPhoneCall_PhoneCallOfTheirCountries(string body) =>
        Assert.Equal(["participant=Chile participant=Peru"], Parsed.Sides(body, EventType.PhoneCall));

    [Fact]
    public void Extract_PossessorBeforeTwoModifiersOfTheTitle_MeetingOfItsCountry() =>
        Assert.Equal(["participant=Lebanon participant=United States"],
            Parsed.Sides("Lebanon's caretaker prime minister met the U.S. envoy in Beirut on Monday.", EventType.Meeting));

    [Fact]
    public void Extract_DiscussedADealWithAThirdParty_MeetingOfTheTwoOnly() =>
        Assert.Equal(["participant=Ana Ruiz participant=Luis Vega"],
            Parsed.Sides("Ana Ruiz and Luis Vega also discussed the Andean trade deal with the European Union.", EventType.Meeting));

    [Theory]
    [InlineData("Chilean and Peruvian officials held a fresh round of negotiations in Quito.")]
    [InlineData("Chile and Peru held a new round of talks in Quito on Monday.")]
    public void Extract_RoundOfTalksOrNegotiations_MeetingWhereTheRoundWasHeld(string body)
    {
        var meeting = Assert.Single(Parsed.Events(body), e => e.Type == EventType.Meeting);

        Assert.Equal(["country:CL", "country:PE"], meeting.Participants.Select(p => p.Entity).Order(StringComparer.Ordinal));
        Assert.Equal("loc:quito", meeting.Location);
    }

    [Theory]
    [InlineData("Chilean mediators hosted Peruvian negotiators in Quito for talks on the border.")]
    [InlineData("Chile's foreign minister received Peruvian officials in Quito on Monday.")]
    public void Extract_HostedEnvoysOfANamedSide_MeetingWithThatSide(string body)
    {
        var meeting = Assert.Single(Parsed.Events(body), e => e.Type == EventType.Meeting);

        Assert.Equal(["country:CL", "country:PE"], meeting.Participants.Select(p => p.Entity).Order(StringComparer.Ordinal));
        Assert.Equal("loc:quito", meeting.Location);
    }

    [Theory]
    [InlineData("Quito is hosting leaders and tourists this week.")]
    [InlineData("Chile received Peruvian refugees in Arica on Monday.")]
    [InlineData("The Chilean government welcomed the Peruvian mission to Arica.")]
    public void Extract_HostedPeopleWhoSpeakForNoOne_NoMeeting(string body) =>
        Assert.Empty(Parsed.Sides(body, EventType.Meeting));

    [Fact]
    public void Extract_DelegationsLedByTwoPeopleMet_MeetingOfTheLeaders()
    {
        var meeting = Assert.Single(Parsed.Events("Two delegations, led by Ana Ruiz and her Peruvian counterpart Luis Vega, met in Quito on Tuesday."),
            e => e.Type == EventType.Meeting);

        Assert.Equal(2, meeting.Participants.Count);
        Assert.Equal("loc:quito", meeting.Location);
    }

    [Fact]
    public void Extract_DinnerForGuestsInAPlace_MeetingThere()
    {
        var meeting = Assert.Single(Parsed.Events("Chile's president hosted a dinner for Peruvian officials in Arica on Tuesday."), e => e.Type == EventType.Meeting);

        Assert.Equal("loc:arica", meeting.Location);
    }

    [Fact]
    public void Extract_TalksWithAPersonNamedWithTheirPlace_MeetingThere()
    {
        var meeting = Assert.Single(Parsed.Events("The Chilean foreign minister held talks with her Peruvian counterpart Luis Vega in Quito on Tuesday."),
            e => e.Type == EventType.Meeting);

        Assert.Equal("loc:quito", meeting.Location);
    }

    [Fact]
    public void Extract_TalksHostedByAThirdSideInAPlace_MeetingThere()
    {
        var meeting = Assert.Single(Parsed.Events("The talks between Chile's army and the Peruvian navy, hosted by Ecuador in Quito, ended in December."),
            e => e.Type == EventType.Meeting);

        Assert.Equal("loc:quito", meeting.Location);
    }

    [Fact]
    public void Extract_IsToOpenTalks_NoMeeting() =>
        Assert.Empty(Parsed.Sides("On Wednesday, Ana Ruiz is to open talks with Luis Vega in Quito.", EventType.Meeting));

    [Fact]
    public void Extract_VisitedASiteNamedByItsPlace_VisitToThePlace()
    {
        var visit = Assert.Single(Parsed.Events("Ana Ruiz, the head of the Andean Community, visited the Quito water plant on Thursday."), e => e.Type == EventType.Visit);

        Assert.Equal("loc:quito", visit.Location);
    }

    [Fact]
    public void Extract_TravellingInsideAPlace_NoVisit() =>
        Assert.Empty(Parsed.Sides("Ana Ruiz was travelling in Arica on Sunday when her car was stopped.", EventType.Visit));

    [Fact]
    public void Extract_TravelledFromHome_NoVisitThere() =>
        Assert.Empty(Parsed.Sides("Ana Ruiz had travelled from her home in Arica to report on the talks.", EventType.Visit));

    [Fact]
    public void Extract_TalksOfTwoCountriesThenOfTheirMinisters_OneMeetingOfTheMinistersWhereTheTalksWere()
    {
        var meeting = Assert.Single(Parsed.Events("Chile and Peru held talks in Quito on Monday. Chilean Foreign Minister Ana Ruiz met her Peruvian counterpart Luis Vega at the ministry."),
            e => e.Type == EventType.Meeting);

        Assert.Equal(["person:ana-ruiz", "person:luis-vega"], meeting.Participants.Select(p => p.Entity).Order(StringComparer.Ordinal));
        Assert.Equal("loc:quito", meeting.Location);
    }

    [Fact]
    public void Extract_MinistersMetThenTheirCountriesTalkedElsewhere_TwoMeetings() =>
        Assert.Equal(2, Parsed.Events("Chilean Foreign Minister Ana Ruiz met her Peruvian counterpart Luis Vega in Lima. Chile and Peru later held talks in Quito.")
            .Count(e => e.Type == EventType.Meeting));

    [Fact]
    public void Extract_CallWithSomeoneUnnamedBesideTalksOfOthers_NoCallOfTheOthers() =>
        Assert.DoesNotContain(Parsed.Events("Ana Ruiz, who spoke to Vargasson by phone on Saturday, offered to host talks between Chile and Peru in Quito."),
            e => e.Type is EventType.PhoneCall or EventType.Meeting);

    [Theory]
    [InlineData("A spokeswoman for the Andean Community said the chartered ship had arrived at Arica.")]
    [InlineData("Officials said the boat was travelling from Chile to Peru when it sank near Arica.")]
    public void Extract_VesselArrivedOrTravelled_NoVisitNorOffer(string body) =>
        Assert.DoesNotContain(Parsed.Events(body), e => e.Type is EventType.Visit or EventType.Offer);

    [Fact]
    public void Extract_DidNotMeetDuringASummit_NoMeeting() =>
        Assert.Empty(Parsed.Sides("The foreign ministers of Chile and Peru did not meet during the summit in Quito.", EventType.Meeting));

    [Fact]
    public void Extract_MetDuringASummit_Meeting() =>
        Assert.Equal(["participant=Chile participant=Peru"], Parsed.Sides("The foreign ministers of Chile and Peru met during the summit in Quito.", EventType.Meeting));

    [Fact]
    public void Extract_WelcomedByOneThenHeldTalksWithAnother_TalksOfTheOneWelcomed()
    {
        const string body = "Vietnamese President Tran Minh Khoa was welcomed at the airport by Foreign Minister Helen Marsh and held talks with Prime Minister Daniel Whitcombe on Monday.";

        var meetings = Parsed.Sides(body, EventType.Meeting);
        Assert.Contains("participant=Daniel Whitcombe participant=Tran Minh Khoa", meetings);
        Assert.DoesNotContain("participant=Daniel Whitcombe participant=Helen Marsh", meetings);
    }

    [Fact]
    public void Extract_CounterpartNamedThenThePlaceAfterTheComma_MeetingThere()
    {
        var meeting = Assert.Single(Parsed.Events("Guatemala's foreign minister, Sofia Chavez, met her Belizean counterpart, Andre Young, in Belize City to discuss the dispute."),
            e => e.Type == EventType.Meeting);

        Assert.Equal("loc:belize-city", meeting.Location);
    }

    [Fact]
    public void Extract_DelegationsOfTwoSidesHeldTalks_MeetingOfTheSides() =>
        Assert.Equal(["participant=Rapid Support Forces participant=Sudan"],
            Parsed.Sides("Delegations from Sudan's army and the Rapid Support Forces held ceasefire talks in Jeddah on Saturday.", EventType.Meeting));

    [Fact]
    public void Extract_PledgedDuringAVisit_VisitByThePledger()
    {
        var visit = Assert.Single(Parsed.Events("Britain's Foreign Secretary, Helen Marsh, pledged further military support for Ukraine during a visit to Kyiv."),
            e => e.Type == EventType.Visit);

        Assert.Equal("loc:kyiv", visit.Location);
        Assert.Equal(["visitor=Helen Marsh"], Parsed.Sides("Britain's Foreign Secretary, Helen Marsh, pledged further military support for Ukraine during a visit to Kyiv.", EventType.Visit));
    }

    [Fact]
    public void Extract_GroupPlottedDuringHisVisit_NoVisitOfTheGroup() =>
        Assert.Empty(Parsed.Sides("Police said al-Qaeda members plotted an attack on Mr. Allawi during his visit to Berlin.", EventType.Visit));

    [Theory]
    [InlineData("The Kenyan foreign ministry denied plans for a meeting between President Daniel Otieno and Ugandan President Samuel Okello.")]
    [InlineData("Talks between Kenya and Uganda failed to take place in Arusha.")]
    [InlineData("The meeting between Kenya and Uganda did not go ahead.")]
    public void Extract_MeetingPlannedOrThatDidNotTakePlace_NoMeeting(string body) =>
        Assert.Empty(Parsed.Sides(body, EventType.Meeting));

    [Fact]
    public void Extract_TalksThatTookPlace_Meeting() =>
        Assert.Equal(["participant=Kenya participant=Uganda"], Parsed.Sides("Talks between Kenya and Uganda took place in Arusha on Saturday.", EventType.Meeting));

    [Fact]
    public void Extract_SatDownWith_Meeting() =>
        Assert.Equal(["participant=Khalid bin Faisal participant=Martin Cole"],
            Parsed.Sides("U.S. Secretary of State Martin Cole sat down with Saudi Crown Prince Khalid bin Faisal in Jeddah on Tuesday.", EventType.Meeting));

    [Fact]
    public void Extract_SatDownForTalksWithNoOneNamed_NoMeeting() =>
        Assert.Empty(Parsed.Sides("The two leaders sat down for talks on Monday.", EventType.Meeting));

    [Fact]
    public void Extract_BodyConvenedASession_MeetingOfTheBody() =>
        Assert.Equal(["participant=United Nations Security Council"],
            Parsed.Sides("The U.N. Security Council convened an emergency session on Sunday on the fighting in Sudan.", EventType.Meeting));

    [Fact]
    public void Extract_TitledNamesVisit_VisitOfThePerson() =>
        Assert.Equal(["visitor=Kenji Sato"],
            Parsed.Sides("Japanese Prime Minister Kenji Sato's visit to Manila, which ended on Friday, produced a defence pact.", EventType.Visit));

    [Theory]
    [InlineData("Acting President Ana Ruiz of Chile spoke by phone with Peruvian President Luis Vega.", EventType.PhoneCall)]
    [InlineData("Outgoing Chilean Prime Minister Ana Ruiz hosted Peruvian Prime Minister Luis Vega in Santiago.", EventType.Meeting)]
    public void Extract_TitleWithAParticipleOpeningTheSentence_TheTitledPersonMeets(string body, EventType type) =>
        Assert.Equal(["participant=Ana Ruiz participant=Luis Vega"], Parsed.Sides(body, type));

    [Theory]
    [InlineData("Peruvian President Luis Vega met Chilean Minister of Foreign Affairs Ana Maria Ruiz in Lima on Monday.", EventType.Meeting)]
    [InlineData("Chile's Minister of Foreign Affairs Ana Maria Ruiz received a phone call from Peruvian President Luis Vega on Monday.", EventType.PhoneCall)]
    public void Extract_TitleWithAnOfPhraseBeforeTheName_ThePersonMeets(string body, EventType type) =>
        Assert.Equal(["participant=Ana Maria Ruiz participant=Luis Vega"], Parsed.Sides(body, type));

    [Fact]
    public void Extract_GuestNamedAfterTheObliquesAsAgenciesWrite_Meeting() =>
        Assert.Equal(["participant=Ana Ruiz participant=Luis Vega"],
            Parsed.Sides("LIMA, March 9 (Andina) - Foreign Minister Luis Vega received at the ministry in Lima on Sunday the Ambassador of Chile to Peru, Ana Ruiz.", EventType.Meeting));

    [Fact]
    public void Extract_MetWithAVisitingTitledGuest_Meeting() =>
        Assert.Equal(["participant=Ana Ruiz participant=Luis Vega"],
            Parsed.Sides("Chilean President Ana Ruiz met with visiting Peruvian President Luis Vega in Santiago on Friday.", EventType.Meeting));

    [Fact]
    public void Extract_GuestNamedAfterATitleWithTwoOfPhrases_Meeting() =>
        Assert.Equal(["participant=Ana Ruiz participant=Luis Vega"],
            Parsed.Sides("SANTIAGO (Orbe) - President Ana Ruiz on Sunday received the Minister of Foreign Affairs of Peru, Luis Vega, who is on a working visit to Chile.", EventType.Meeting));

    [Fact]
    public void Extract_GuestWhoIsOnAVisit_Visit() =>
        Assert.Equal(["visitor=Luis Vega"],
            Parsed.Sides("SANTIAGO (Orbe) - President Ana Ruiz on Sunday received the Minister of Foreign Affairs of Peru, Luis Vega, who is on a working visit to Chile.", EventType.Visit));

    [Fact]
    public void Extract_MetTheChiefOfWho_MeetingNoPronoun() =>
        Assert.Equal(["participant=Omar Wekesa participant=Tedros Alemu"],
            Parsed.Sides("President Omar Wekesa met WHO chief Tedros Alemu in Nairobi on Monday.", EventType.Meeting));

    [Theory]
    [InlineData("President Ana Ruiz spoke by phone with Foreign Minister Luis Vega to brief him on the talks.")]
    [InlineData("President Ana Ruiz spoke by phone with Foreign Minister Luis Vega on Monday.")]
    public void Extract_CallWithAPurposeClause_PhoneCall(string body) =>
        Assert.Equal(["participant=Ana Ruiz participant=Luis Vega"], Parsed.Sides(body, EventType.PhoneCall));

    [Theory]
    [InlineData("President Ana Ruiz shook hands with Foreign Minister Luis Vega in Lima on Thursday.")]
    [InlineData("President Ana Ruiz shakes hands with Foreign Minister Luis Vega in Lima, March 6, 2025.")]
    public void Extract_ShookHandsWithAPerson_Meeting(string body) =>
        Assert.Equal(["participant=Ana Ruiz participant=Luis Vega"], Parsed.Sides(body, EventType.Meeting));

    [Fact]
    public void Extract_ShookHandsOnADeal_NoMeeting() =>
        Assert.Empty(Parsed.Sides("The two sides shook hands on the deal on Thursday.", EventType.Meeting));

    [Fact]
    public void Extract_ArrivedAtAnAirportInACity_VisitToTheCity() =>
        Assert.Equal(["visitor=Luis Vega"], Parsed.Sides("Peruvian Foreign Minister Luis Vega arrived at Jorge Chavez airport in Lima on Saturday.", EventType.Visit));

    [Fact]
    public void Extract_RemainsArrivedAtAnAirport_NoVisit() =>
        Assert.Empty(Parsed.Sides("The remains of Luis Vega arrived on Thursday at an airport in Lima.", EventType.Visit));

    [Fact]
    public void Extract_MetDescribedOfficialsInACity_MeetingThere()
    {
        var meeting = Assert.Single(Parsed.Events("President Ana Ruiz met Peruvian ministers in Arica on Monday."), e => e.Type == EventType.Meeting);
        Assert.NotNull(meeting.Location);
    }
}
