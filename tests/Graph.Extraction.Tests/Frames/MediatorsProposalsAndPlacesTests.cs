using Graph.Core.Model;

namespace Graph.Extraction.Tests.Frames;

/// <summary>
/// Mediators at the talks they mediate, proposals taken up, talks still ahead, press that is no state, forces sent to a
/// country, "there" after an arrival, persons named by surname alone, and what no sign shows (sentences written for
/// these tests; the thirty-fifth extraction pass).
/// </summary>
public sealed class MediatorsProposalsAndPlacesTests
{
    [Theory]
    [InlineData("Talks between Chile and Peru, mediated by Brazil, resumed in Lima on Monday.")]
    [InlineData("Chile and Peru held talks in Quito on Monday, brokered by Brazil.")]
    public void Extract_TalksWithTheirMediator_TheMediatorAtTheTalks(string sentence) =>
        Assert.Contains("participant=Brazil participant=Chile participant=Peru", Parsed.Sides(sentence, EventType.Meeting));

    [Theory]
    [InlineData("Chile agreed on Tuesday to a Peruvian proposal for a truce.")]
    [InlineData("Chile accepted Peru's proposal on Sunday.")]
    [InlineData("Chile agreed to a proposal by Peru for talks.")]
    public void Extract_AnothersProposalTakenUp_AgreementOfTheTwo(string sentence) =>
        Assert.Equal(["participant=Chile participant=Peru"], Parsed.Sides(sentence, EventType.Agreement));

    [Theory]
    [InlineData("Chile rejected a Peruvian proposal for a truce.")]
    [InlineData("Chile accepted an invitation from Peru.")]
    public void Extract_ProposalRejectedOrAnInvitationAccepted_NoAgreement(string sentence) =>
        Assert.Empty(Parsed.Sides(sentence, EventType.Agreement));

    [Fact]
    public void Extract_ArrivedAheadOfTalks_TheVisitAloneNoMeeting()
    {
        const string sentence = "Chilean Foreign Minister Ana Ruiz arrived in Lima on Monday ahead of talks with Peruvian Foreign Minister Jorge Salas.";

        Assert.Empty(Parsed.Sides(sentence, EventType.Meeting));
        Assert.Equal(["visitor=Ana Ruiz"], Parsed.Sides(sentence, EventType.Visit));
    }

    [Fact]
    public void Extract_DraftSeenByAnAgency_NoStatement() =>
        Assert.Empty(Parsed.Sides("Chile and Peru will guarantee the deal, according to a draft seen by Reuters.", EventType.Statement));

    [Fact]
    public void Extract_ResumedStrikesOnAPlace_MilitaryAction() =>
        Assert.Equal(["actor=Chile"], Parsed.Sides("Chile resumed strikes on Tacna on Tuesday.", EventType.MilitaryAction));

    [Fact]
    public void Extract_UnionResumedStrikes_NoMilitaryAction() =>
        Assert.Empty(Parsed.Sides("The union resumed strikes on Monday.", EventType.MilitaryAction));

    [Fact]
    public void Extract_WelcomedATitledGuest_Meeting() =>
        Assert.Equal(["participant=Ana Ruiz participant=Jorge Salas"],
            Parsed.Sides("Chilean President Ana Ruiz welcomed Peruvian army chief Jorge Salas in Santiago on Monday.", EventType.Meeting));

    [Fact]
    public void Extract_LaterCalledANamedCounterpart_PhoneCall() =>
        Assert.Equal(["participant=Ana Ruiz participant=Jorge Salas"],
            Parsed.Sides("Chilean Foreign Minister Ana Ruiz later called Jorge Salas, her Peruvian counterpart.", EventType.PhoneCall));

    [Theory]
    [InlineData("Chilean Foreign Minister Ana Ruiz received the foreign ministers of Peru and Bolivia in Santiago on Monday.", "participant=Ana Ruiz participant=Bolivia", "participant=Ana Ruiz participant=Peru")]
    [InlineData("The Chilean president received the Peruvian and Bolivian presidents in Santiago on Tuesday.", "participant=Bolivia participant=Chile", "participant=Chile participant=Peru")]
    public void Extract_ReceivedTheTitleHoldersOfTwoStates_OneMeetingEach(string sentence, string one, string other) =>
        Assert.Equal([one, other], Parsed.Sides(sentence, EventType.Meeting));

    [Fact]
    public void Extract_CityHostedLeadersOfNoNamedSide_NoMeeting() =>
        Assert.Empty(Parsed.Sides("Santiago is hosting international leaders and students this week.", EventType.Meeting));

    [Fact]
    public void Extract_NoSignThatTheyMet_NoMeeting() =>
        Assert.Empty(Parsed.Sides("There is no sign that Chilean President Ana Ruiz met Peruvian President Jorge Salas.", EventType.Meeting));

    [Theory]
    [InlineData("Chilean President Ana Ruiz arrived in Lima on Friday. There she met Peruvian President Jorge Salas.")]
    [InlineData("Chilean President Ana Ruiz arrived in Lima on Friday. She met Peruvian President Jorge Salas there on Saturday.")]
    public void Extract_MetThereAfterAnArrival_MeetingWhereTheArrivalWas(string body) =>
        Assert.Equal("loc:lima", Assert.Single(Parsed.Events(body), e => e.Type == EventType.Meeting).Location);

    [Fact]
    public void Extract_CountrysMediaReported_NoStatementOfTheState() =>
        Assert.Empty(Parsed.Sides("Peruvian media reported that the talks had stalled.", EventType.Statement));

    [Fact]
    public void Extract_CountrysStateTelevisionReported_StatementOfTheState() =>
        Assert.Equal(["speaker=Peru"], Parsed.Sides("Peruvian state television reported that the talks had stalled.", EventType.Statement));

    [Fact]
    public void Extract_DueToTravelAnOfficialSaid_NoStatementOfTheTraveller() =>
        Assert.DoesNotContain(Parsed.Sides("Chilean envoy Ana Ruiz is due to travel to Lima on Tuesday, a foreign ministry official said.", EventType.Statement),
            sides => sides.Contains("Ana Ruiz", StringComparison.Ordinal));

    [Fact]
    public void Extract_PlayerAddedRuns_NoStatement() =>
        Assert.Empty(Parsed.Sides("Jorge Salas added 53 for Peru before lunch.", EventType.Statement));

    [Fact]
    public void Extract_TwoSurnamesAloneMeet_MeetingOfTwoPersons() =>
        Assert.Equal(["participant=Putin participant=Trump"], Parsed.Sides("Putin met Trump in Alaska on Friday.", EventType.Meeting));

    [Fact]
    public void Extract_SurnameAfterACount_NoPerson() =>
        Assert.DoesNotContain(Parsed.Entities("Some 620,000 Rohingya have arrived in Bangladesh since August."), e => e.Type == EntityType.Person);

    [Fact]
    public void Extract_TroopsSentToACountry_DeploymentThereWithoutATarget()
    {
        const string sentence = "Chile has confirmed it sent an additional 850 soldiers to Peru last week.";

        Assert.Contains("actor=Chile", Parsed.Sides(sentence, EventType.MilitaryAction));
        Assert.Equal("country:PE", Assert.Single(Parsed.Events(sentence), e => e.Type == EventType.MilitaryAction).Location);
    }

    [Fact]
    public void Extract_SanctionsOnACountrysOfficials_NotTheSpeakersCountry() =>
        Assert.DoesNotContain(Parsed.Roles("Secretary of State Anna Becker said the sanctions on Peruvian officials would stay."),
            role => role.EndsWith("/ Peru", StringComparison.Ordinal));

    [Fact]
    public void Extract_BodysAcronymBetweenItsNameAndATitle_RoleAtTheBodyAndOneMeeting()
    {
        const string sentence = "The International Atomic Energy Agency (IAEA) chief Rafael Grossi met Peruvian Foreign Minister Jorge Salas in Lima on Monday.";

        Assert.Contains("Rafael Grossi / Chief / International Atomic Energy Agency", Parsed.Roles(sentence));
        Assert.Equal(["participant=Jorge Salas participant=Rafael Grossi"], Parsed.Sides(sentence, EventType.Meeting));
    }

    [Fact]
    public void Extract_PartyKnownByItsNameOfACountry_ThatCountrysParty() =>
        Assert.Contains((EntityType.Organization, "Democratic Party of Japan"), Parsed.Entities("The Democratic Party of Japan said on Monday that it would oppose the bill."));

    [Theory]
    [InlineData("Chilean President Ana Ruiz met Peruvian President Jorge Salas in the capital Lima on Monday.")]
    [InlineData("In the capital Lima, Chilean President Ana Ruiz met Peruvian President Jorge Salas on Monday.")]
    public void Extract_MetInTheCapitalNamed_MeetingInThatCity(string sentence)
    {
        var meeting = Assert.Single(Parsed.Events(sentence), e => e.Type == EventType.Meeting);

        Assert.Equal("loc:lima", meeting.Location);
        Assert.Equal(["participant=Ana Ruiz participant=Jorge Salas"], Parsed.Sides(sentence, EventType.Meeting));
    }

    [Fact]
    public void Extract_TwoSurnamesAloneJoinedMeet_MeetingOfTwoPersons() =>
        Assert.Equal(["participant=Lula participant=Milei"], Parsed.Sides("Lula and Milei met in Brasilia on Friday.", EventType.Meeting));

    [Fact]
    public void Extract_SurnamesAloneOnTheTelephone_PhoneCall() =>
        Assert.Equal(["participant=Macron participant=Scholz"], Parsed.Sides("Macron spoke by phone with Scholz on Tuesday.", EventType.PhoneCall));

    [Fact]
    public void Extract_MetForARangeOfHours_Meeting() =>
        Assert.Equal(["participant=Ana Ruiz participant=Jorge Salas"], Parsed.Sides("Chilean President Ana Ruiz met Peruvian President Jorge Salas for 2-3 hours on Monday.", EventType.Meeting));

    [Theory]
    [InlineData("Chile added two more gold medals on Monday.")]
    [InlineData("Peru added a third in the second half.")]
    public void Extract_AddedACount_NoStatement(string sentence) =>
        Assert.Empty(Parsed.Sides(sentence, EventType.Statement));

    [Theory]
    [InlineData("Peruvian media said the talks had stalled.")]
    [InlineData("Peruvian television channels reported that the talks had stalled.")]
    public void Extract_CountrysPressSaid_NoStatementOfTheState(string sentence) =>
        Assert.Empty(Parsed.Sides(sentence, EventType.Statement));

    [Fact]
    public void Extract_NoEvidenceHasEmergedThatItWasSent_NoOffer() =>
        Assert.Empty(Parsed.Sides("No evidence has emerged that Chile sent weapons to Peru.", EventType.Offer));

    [Fact]
    public void Extract_NoDoubtThatItWasSent_TheOfferStands() =>
        Assert.Equal(["giver=Chile recipient=Peru"], Parsed.Sides("There is no doubt that Chile sent weapons to Peru last year.", EventType.Offer));

    [Fact]
    public void Extract_TwoStatesIssuedStatements_AStatementOfEach() =>
        Assert.Equal(["speaker=Chile", "speaker=Peru"], Parsed.Sides("Chile and Peru issued statements condemning the attack.", EventType.Statement));

    [Fact]
    public void Extract_KilledAsForcesLaunchedAnAttack_TheAttack() =>
        Assert.Equal(["actor=Chile"], Parsed.Sides("At least five people were killed as Chilean forces launched a drone attack on Tacna early on Monday, officials said.", EventType.MilitaryAction));

    [Theory]
    [InlineData("During his 2018 visit to Lima, Chilean President Ana Ruiz met Peruvian President Jorge Salas.", EventType.Visit, "2018")]
    [InlineData("Relations have been tense since the 2020 clashes between Chilean and Peruvian troops.", EventType.MilitaryAction, "2020")]
    public void Extract_YearBeforeTheEventsNoun_DatedThatYear(string sentence, EventType type, string year)
    {
        var events = Parsed.Events(sentence).Where(e => e.Type == type).ToList();

        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.Equal(year, e.Date));
    }

    [Fact]
    public void Extract_SharesRoseAheadOfTalksBetweenTwo_NoMeeting() =>
        Assert.Empty(Parsed.Sides("Asian shares rose ahead of talks between Chile and Peru.", EventType.Meeting));

    [Fact]
    public void Extract_MediatedTalksExpectedToStart_NoNegotiation()
    {
        const string sentence = "Talks mediated by Brazil are expected to start next week between Chile and Peru.";

        Assert.Empty(Parsed.Sides(sentence, EventType.Negotiation));
        Assert.Empty(Parsed.Sides(sentence, EventType.Meeting));
    }

    [Fact]
    public void Extract_FightingEruptedBetweenTwo_EachFoughtTheOther() =>
        Assert.Equal(["actor=Chile target=Peru", "actor=Peru target=Chile"], Parsed.Sides("Fighting erupted between Chilean troops and Peruvian forces on Monday.", EventType.MilitaryAction));

    [Theory]
    [InlineData("The Lima summit between Chilean President Ana Ruiz and Peruvian President Jorge Salas ended on Friday.", "loc:lima")]
    [InlineData("The Geneva talks between Chile and Peru resumed on Monday.", "loc:geneva")]
    public void Extract_PlaceNamedBeforeTheMeetingsNoun_MeetingThere(string sentence, string place) =>
        Assert.Equal(place, Assert.Single(Parsed.Events(sentence), e => e.Type == EventType.Meeting).Location);
}
