using Graph.Core.Model;

namespace Graph.Extraction.Tests.Frames;

/// <summary>
/// Consultations held, treaties ratified, a truce observed, a deal signed in a clause joined to a meeting, a past the
/// tagger took for an adjective between two clauses of a report, and a second clause's subject read as a conjunct of
/// the first clause's day or object (sentences written for these tests; the thirty-seventh extraction pass).
/// </summary>
public sealed class ConsultationsRatificationsAndJoinedClausesTests
{
    [Theory]
    [InlineData("Foreign Minister Ana Ruiz held consultations with her Peruvian counterpart Luis Vega in Lima on Monday.", "participant=Ana Ruiz", "participant=Luis Vega")]
    [InlineData("Chile and Peru held consultations on fishing rights in Lima on Tuesday.", "participant=Chile", "participant=Peru")]
    public void Extract_ConsultationsHeld_Meeting(string sentence, string one, string other) =>
        Assert.Equal([$"{one} {other}"], Parsed.Sides(sentence, EventType.Meeting));

    [Theory]
    [InlineData("The Chilean senate ratified the border treaty with Peru on Wednesday.")]
    [InlineData("Chile ratified the fishing agreement with Peru.")]
    public void Extract_TreatyRatifiedWithAParty_Agreement(string sentence) =>
        Assert.Equal(["participant=Chile participant=Peru"], Parsed.Sides(sentence, EventType.Agreement));

    [Theory]
    [InlineData("Chile and Peru observed a truce over the holiday.")]
    [InlineData("Chilean troops observed the ceasefire on Sunday.")]
    public void Extract_TruceObserved_NoStatement(string sentence) =>
        Assert.DoesNotContain(Parsed.Events(sentence), e => e.Type == EventType.Statement);

    [Fact]
    public void Extract_ObservedThatAClause_Statement() =>
        Assert.Equal(["speaker=Chile"], Parsed.Sides("Chile observed that Peru had not paid its dues.", EventType.Statement));

    [Theory]
    [InlineData("President Ana Ruiz met Peruvian President Luis Vega in Lima on Monday and signed a fishing treaty.")]
    [InlineData("President Ana Ruiz held talks with Peruvian President Luis Vega in Lima on Monday and signed two trade agreements.")]
    [InlineData("President Ana Ruiz met Peruvian President Luis Vega in Lima and agreed to reopen the border.")]
    [InlineData("President Ana Ruiz met Peruvian President Luis Vega in Lima on Friday and they signed a fishing treaty.")]
    [InlineData("President Ana Ruiz met Peruvian President Luis Vega in Lima on Friday and the two signed a fishing treaty.")]
    [InlineData("President Ana Ruiz received Peruvian President Luis Vega in Santiago and signed a fishing treaty.")]
    [InlineData("President Ana Ruiz sat down with Peruvian President Luis Vega on Friday and agreed to reopen the border.")]
    [InlineData("President Ana Ruiz received Peruvian President Luis Vega in Santiago on Wednesday and the two leaders signed a lithium accord.")]
    public void Extract_DealInAClauseJoinedToAMeeting_AgreementWithWhomTheMeetingWasHeld(string sentence) =>
        Assert.Equal(["participant=Ana Ruiz participant=Luis Vega"], Parsed.Sides(sentence, EventType.Agreement));

    [Fact]
    public void Extract_MeetingThenAnOpinionAgreed_NoAgreement() =>
        Assert.Empty(Parsed.Sides("President Ana Ruiz met Peruvian President Luis Vega in Lima on Friday and agreed that more talks were needed.", EventType.Agreement));

    [Fact]
    public void Extract_PhoneConsultations_PhoneCall() =>
        Assert.Equal(["participant=Ana Ruiz participant=Luis Vega"],
            Parsed.Sides("Foreign Minister Ana Ruiz held phone consultations with her Peruvian counterpart Luis Vega on Saturday.", EventType.PhoneCall));

    [Fact]
    public void Extract_MeetingThenADealSignedByAnother_NoAgreementWithTheMet() =>
        Assert.DoesNotContain(Parsed.Events("President Ana Ruiz met Peruvian President Luis Vega in Lima, and Bolivia signed a fishing treaty."),
            e => e.Type == EventType.Agreement && e.Participants.Count == 2);

    [Fact]
    public void Extract_PastBetweenTwoClausesOfAReport_ArmedActionOfTheSubject() =>
        Assert.Equal(["actor=Chile target=Peru"],
            Parsed.Sides("Chilean air defences downed 12 Peruvian drones overnight, the air force said.", EventType.MilitaryAction));

    [Theory]
    [InlineData("Chile closed its border with Bolivia on Friday and Peru recalled its ambassador from La Paz.")]
    [InlineData("Chile expelled a Bolivian diplomat on Wednesday and Peru recalled its ambassador from La Paz.")]
    public void Extract_SecondClauseAfterTheFirstsDay_ItsOwnSubject(string sentence) =>
        Assert.Contains(Parsed.Events(sentence), e => e.Type == EventType.Sanction
            && e.Participants.Any(p => p is { Role: "imposer", Entity: "country:PE" }) && e.Participants.Any(p => p is { Role: "target", Entity: "country:BO" }));

    [Theory]
    [InlineData("Chile recalled its envoy from Lima on Monday, two days after Peru expelled a Chilean diplomat.", "2025-03-08")]
    [InlineData("Chile recalled its envoy from Lima on Monday, a day after Peru expelled a Chilean diplomat.", "2025-03-09")]
    [InlineData("Chile recalled its envoy from Lima on Monday, hours after Peru expelled a Chilean diplomat.", "2025-03-10")]
    [InlineData("Chile recalled its envoy from Lima on Monday, days after Peru expelled a Chilean diplomat.", null)]
    [InlineData("Chile closed its border with Bolivia on Friday, three days after Peru expelled a Chilean diplomat.", "2025-03-04")]
    [InlineData("Chile closed its border with Bolivia on Friday, a week after Peru expelled a Chilean diplomat.", "2025-02-28")]
    public void Extract_ClauseCountedFromTheDayBeforeIt_DayCounted(string sentence, string? date) =>
        Assert.Equal(date, Assert.Single(Parsed.Events(sentence), e => e.Type == EventType.Sanction && e.Participants.Any(p => p is { Role: "imposer", Entity: "country:PE" })).Date);

    [Fact]
    public void Extract_FrontedAfterClauseWithADescribedSubject_ItsOwnDoer() =>
        Assert.Equal(["actor=Chile target=Peru"], Parsed.Sides("After a Chilean drone hit a Peruvian refinery on Sunday, Lima accused Santiago of terrorism.", EventType.MilitaryAction));

    [Fact]
    public void Extract_AfterClauseWithATitledName_TheNamedMeets() =>
        Assert.Equal(["participant=Ana Ruiz participant=Peru"],
            Parsed.Sides("Peru released two Chilean fishermen on Friday after Chilean envoy Ana Ruiz met Peruvian officials in Lima.", EventType.Meeting));

    [Theory]
    [InlineData("President Ana Ruiz \u2014 a former senator \u2014 accused Peru of harassing Chilean fishermen on Wednesday.")]
    [InlineData("President Ana Ruiz \u2013 who survived a coup last year \u2013 accused Peru of harassing Chilean fishermen on Wednesday.")]
    public void Extract_AsideSetOffByDashes_TheSubjectsEvent(string sentence) =>
        Assert.Equal(["accused=Peru accuser=Ana Ruiz"], Parsed.Sides(sentence, EventType.Accusation));

    [Theory]
    [InlineData("Lima said Chilean forces shelled homes in Tacna on Monday.")]
    [InlineData("Lima said Chilean troops attacked villages near Tacna on Monday.")]
    public void Extract_ReportedDeedOnABarePlural_ArmedActionOfTheDoer(string sentence) =>
        Assert.Equal(["actor=Chile"], Parsed.Sides(sentence, EventType.MilitaryAction));

    [Theory]
    [InlineData("The imposition of anti-dumping duties by Chile on Peruvian steel angered Lima.")]
    [InlineData("The freezing of Peruvian central bank reserves by Chile has hurt the economy.")]
    public void Extract_MeasureNamedByItsNoun_SanctionOfTheDoerOnTheSide(string sentence) =>
        Assert.Equal(["imposer=Chile target=Peru"], Parsed.Sides(sentence, EventType.Sanction));

    [Fact]
    public void Extract_ImpositionOfNoMeasure_NoSanction() =>
        Assert.Empty(Parsed.Sides("The imposition of a curfew by Chile angered Peruvian traders.", EventType.Sanction));

    [Fact]
    public void Extract_AfterClauseAlreadyTheMainOnesWithoutASubject_ItsOwnDoer() =>
        Assert.Equal(["actor=Chile"], Parsed.Sides("After a Chilean drone hit an oil depot in Tacna on Saturday, Lima summoned the Chilean envoy.", EventType.MilitaryAction));

    [Theory]
    [InlineData("Her remarks came a day before Peruvian President Luis Vega visits Santiago.")]
    [InlineData("Chile refused to talk to Peru until President Luis Vega visits Santiago.")]
    public void Extract_PresentAfterBeforeOrUntil_NotYetDone(string sentence) =>
        Assert.DoesNotContain(Parsed.Events(sentence), e => e.Type == EventType.Visit);

    [Theory]
    [InlineData("Chilean tanks entered the town of Tacna on Sunday.", "actor=Chile")]
    [InlineData("Chilean troops entered Peruvian territory on Monday.", "actor=Chile target=Peru")]
    [InlineData("Peruvian troops repelled 20 Chilean assaults near Tacna on Sunday.", "actor=Chile")]
    public void Extract_ForcesEnteringOrAssaultsRepelled_ArmedAction(string sentence, string sides) =>
        Assert.Equal([sides], Parsed.Sides(sentence, EventType.MilitaryAction));

    [Theory]
    [InlineData("The delegation entered the building on Monday.")]
    [InlineData("Officials say the border is a route for foreign fighters entering Peru.")]
    public void Extract_EnteringWithoutForceOrAsTold_NoArmedAction(string sentence) =>
        Assert.DoesNotContain(Parsed.Events(sentence), e => e.Type == EventType.MilitaryAction);

    [Fact]
    public void Extract_ReportedSubjectWithAPastReadAsItsParticiple_OwnSideActs() =>
        Assert.Equal(["actor=Chile"], Parsed.Sides("Chile said its air defences shot down 40 of the drones overnight.", EventType.MilitaryAction));

    [Theory]
    [InlineData("Peru's partners in the Andean bloc condemned the move.")]
    [InlineData("Peru's critics say the government is hiding the figures.")]
    public void Extract_OthersOfASideSpeak_NotTheSide(string sentence) =>
        Assert.DoesNotContain(Parsed.Events(sentence), e => e.Participants.Any(p => p.Entity == "country:PE"));

    [Fact]
    public void Extract_FrontedPhraseOfAParticipleBeforeTheSubject_TheNameVisits() =>
        Assert.Equal(["visitor=Ana Ruiz"], Parsed.Sides("Following Peru's suspension from the Andean Community, Prime Minister Ana Ruiz flew to Quito.", EventType.Visit));

    [Fact]
    public void Extract_SuspensionOfAMemberAsANoun_SanctionOfTheBody() =>
        Assert.Equal(["imposer=Andean Community target=Peru"],
            Parsed.Sides("Following Peru's suspension from the Andean Community, Prime Minister Ana Ruiz flew to Quito.", EventType.Sanction));

    [Fact]
    public void Extract_LowerCaseOfficeToComeInApposition_TheNamedCalls() =>
        Assert.Equal(["participant=Ana Ruiz participant=Luis Vega"],
            Parsed.Sides("Chile's president-elect, Ana Ruiz, spoke by phone with Peruvian President Luis Vega on Sunday.", EventType.PhoneCall));

    [Theory]
    [InlineData("Chile lodged a WTO dispute against Peru on Wednesday.")]
    [InlineData("Chile launched a WTO case against Peru over fishing quotas.")]
    public void Extract_DisputeOrCaseBroughtAgainstAParty_Accusation(string sentence) =>
        Assert.Equal(["accused=Peru accuser=Chile"], Parsed.Sides(sentence, EventType.Accusation));

    [Fact]
    public void Extract_DisputeBetweenParties_NoAccusation() =>
        Assert.Empty(Parsed.Sides("Chile and Peru have a long-running dispute over fishing quotas.", EventType.Accusation));
}
