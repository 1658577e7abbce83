using Graph.Core.Model;

namespace Graph.Extraction.Tests.Frames;

/// <summary>
/// Criticism in a verb with its particles, rejections in the passive, a gift's recipient after what is given, a past
/// the tagger took for an adjective, offices held once in one word, a title and "of" a country around a name, a known
/// body's name ending a longer one, members suspended from a body, a threat named as a noun with its owner, "the two
/// countries" after a visit, a perfect participle's clause, "after" opening a clause whose subject has a name in
/// apposition, and haggling (sentences written for these tests; the thirty-sixth extraction pass).
/// </summary>
public sealed class CriticismRejectionsAndGiftsTests
{
    [Theory]
    [InlineData("President Ana Ruiz lashed out at Peru on Friday.", "speaker=Ana Ruiz")]
    [InlineData("Chile hit out at Peru over its fishing fleet on Tuesday.", "speaker=Chile")]
    [InlineData("Foreign Minister Ana Ruiz took aim at Peru in a speech on Monday.", "speaker=Ana Ruiz")]
    [InlineData("Chile, which lashed out at Peru on Monday, recalled its envoy.", "speaker=Chile")]
    [InlineData("Chile has hit out at Peru's new fishing rules.", "speaker=Chile")]
    public void Extract_CriticismInAPhrasalVerb_StatementOfTheCritic(string sentence, string speaker) =>
        Assert.Contains(speaker, Parsed.Sides(sentence, EventType.Statement));

    [Theory]
    [InlineData("The storm hit out at sea on Monday.")]
    [InlineData("The striker took aim at goal and missed.")]
    [InlineData("Prime Minister Ana Ruiz took aim at a deer on her ranch.")]
    [InlineData("Chile's captain hit out at every ball in the final over.")]
    [InlineData("Chile will not lash out at Peru, President Ana Ruiz's aides insist.")]
    public void Extract_PhrasalVerbNotOfWordsOrNotDone_NoCriticism(string sentence) =>
        Assert.DoesNotContain(Parsed.Events(sentence), e => e.Type == EventType.Statement && e.Cameo == "111");

    [Theory]
    [InlineData("President Ana Ruiz of Chile lashed out at the White House on Friday.")]
    [InlineData("President Ana Ruiz of Chile lashed out at Washington on Friday.")]
    [InlineData("President Ana Ruiz of Chile took aim at Lima in a speech.")]
    public void Extract_PlaceAimedAt_NoPlace(string sentence) =>
        Assert.All(Parsed.Events(sentence), e => Assert.Null(e.Location));

    [Theory]
    [InlineData("The allegations were rejected by Peru on Monday.")]
    [InlineData("Claims of a cover-up were dismissed by Peru on Tuesday.")]
    [InlineData("The reports were flatly rejected by Peru.")]
    public void Extract_ClaimRejectedInThePassive_DenialByTheAgent(string sentence) =>
        Assert.Equal(["speaker=Peru"], Parsed.Sides(sentence, EventType.Denial));

    [Theory]
    [InlineData("The proposal was rejected by Peru on Tuesday.")]
    [InlineData("The Chilean offer was turned down by Peru.")]
    [InlineData("The truce plan was dismissed by Peru on Monday.")]
    public void Extract_ProposalRejectedInThePassive_StatementByTheAgent(string sentence) =>
        Assert.Contains("speaker=Peru", Parsed.Sides(sentence, EventType.Statement));

    [Theory]
    [InlineData("Chile backed a proposal that was rejected by Peru on Friday.")]
    [InlineData("The resolution on the border, vetoed by Peru on Tuesday, had been drafted by Chile.")]
    [InlineData("Chile's peace formula was rejected by Peru as unrealistic.")]
    [InlineData("The Chilean request was declined by Peru.")]
    public void Extract_ProposalRejectedInARelativeClauseOrDeclined_StatementByTheAgent(string sentence) =>
        Assert.Contains("speaker=Peru", Parsed.Sides(sentence, EventType.Statement));

    [Fact]
    public void Extract_ClaimDismissedInARelativeClause_Denial() =>
        Assert.Equal(["speaker=Peru"], Parsed.Sides("The claims, which were dismissed by Peru, were first published in Chile.", EventType.Denial));

    [Theory]
    [InlineData("Chile backed a proposal that may be rejected by Peru.")]
    [InlineData("Chile backed a proposal that Peru is expected to reject.")]
    public void Extract_RejectionInARelativeClauseNotDone_NoStatementByTheAgent(string sentence) =>
        Assert.DoesNotContain("speaker=Peru", Parsed.Sides(sentence, EventType.Statement));

    [Theory]
    [InlineData("The proposal was rejected on Tuesday.")]
    [InlineData("The bill was rejected by parliament.")]
    [InlineData("The proposal may be rejected by Peru.")]
    public void Extract_PassiveRejectionWithoutANamedAgentOrNotDone_NoEvent(string sentence)
    {
        Assert.Empty(Parsed.Sides(sentence, EventType.Denial));
        Assert.DoesNotContain(Parsed.Events(sentence), e => e.Type == EventType.Statement && e.Cameo.StartsWith("12", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Chile's donation of 50 ambulances to Peru was welcomed in Lima.")]
    [InlineData("Chile's gift of two rescue boats to Peru arrived on Monday.")]
    [InlineData("Chile's grant of 20 million dollars to Peru was announced on Monday.")]
    public void Extract_GiftWithTheRecipientAfterWhatIsGiven_Offer(string sentence) =>
        Assert.Equal(["giver=Chile recipient=Peru"], Parsed.Sides(sentence, EventType.Offer));

    [Fact]
    public void Extract_GiftToAnUnnamedPlace_NoOffer() =>
        Assert.Empty(Parsed.Sides("Chile's donation of 50 ambulances to a hospital was welcomed.", EventType.Offer));

    [Theory]
    [InlineData("Russia's air defences downed three Ukrainian drones over Belgorod overnight.")]
    [InlineData("Russia's navy downed two Ukrainian sea drones on Sunday.")]
    [InlineData("Russian jets downed two Ukrainian drones over Kursk on Sunday.")]
    public void Extract_PastTaggedAsAnAdjectiveAfterTheSubject_MilitaryAction(string sentence) =>
        Assert.Equal(["actor=Russia target=Ukraine"], Parsed.Sides(sentence, EventType.MilitaryAction));

    [Theory]
    [InlineData("Chile's ex-president Ana Ruiz met the Peruvian ambassador in Lima on Tuesday.", "Ana Ruiz / Ex-president / Chile")]
    [InlineData("Ana Ruiz, Chile's ex-president, visited Peru on Monday.", "Ana Ruiz / Ex-president / Chile")]
    [InlineData("Chile's then-president Ana Ruiz visited Peru in 2019.", "Ana Ruiz / Then-president / Chile")]
    public void Extract_OfficeHeldOnceInOneWord_Role(string sentence, string role) =>
        Assert.Contains(role, Parsed.Roles(sentence));

    [Fact]
    public void Extract_OfficeOnceHeldWithItsPortfolio_TheWholeTitle() =>
        Assert.Contains("Ana Ruiz / Ex-finance Minister / Chile", Parsed.Roles("Chile's ex-finance minister Ana Ruiz met the IMF chief on Monday."));

    [Fact]
    public void Extract_ExWordThatIsNoOffice_NoRole() =>
        Assert.Empty(Parsed.Roles("Chile's ex-partner Ana Ruiz visited Peru on Monday."));

    [Theory]
    [InlineData("Chile's envoy met President Luis Vega of Peru in Lima.", "Luis Vega / President / Peru")]
    [InlineData("President Ana Ruiz of Chile met President Luis Vega of Peru in Lima.", "Luis Vega / President / Peru")]
    [InlineData("Chile's envoy met with Foreign Minister Luis Vega of the Dominican Republic.", "Luis Vega / Foreign Minister / Dominican Republic")]
    public void Extract_TitleBeforeTheNameAndOfACountryAfterIt_RoleWhereverTheNameStands(string sentence, string role) =>
        Assert.Contains(role, Parsed.Roles(sentence));

    [Fact]
    public void Extract_PluralTitleOfTwoNamesEachOfACountry_EachTheOffice()
    {
        var roles = Parsed.Roles("Presidents Ana Ruiz of Chile and Luis Vega of Peru met in Lima on Monday.");

        Assert.Contains("Ana Ruiz / President / Chile", roles);
        Assert.Contains("Luis Vega / President / Peru", roles);
    }

    [Fact]
    public void Extract_SingularTitleOfTheFirstOfTwoNames_NotTheSecondsOffice() =>
        Assert.DoesNotContain("Luis Vega / President / Peru", Parsed.Roles("President Ana Ruiz of Chile and Luis Vega of Peru met in Lima."));

    [Theory]
    [InlineData("Chile's envoy met Mr. Luis Vega of Fatah.")]
    [InlineData("Chile's envoy met President Luis Vega and members of Peru's Congress.")]
    public void Extract_HonorificOrOfNotRightAfterTheName_NoRoleFromIt(string sentence) =>
        Assert.DoesNotContain(Parsed.Roles(sentence), r => r.StartsWith("Luis Vega / Mr.", StringComparison.Ordinal) || r.EndsWith("/ Congress", StringComparison.Ordinal));

    [Fact]
    public void Extract_KnownBodyEndingALongerName_TheLongerBody()
    {
        var entities = Parsed.Entities("The AU's Peace and Security Council suspended Niger on Monday.");

        Assert.Contains((EntityType.Organization, "Peace and Security Council"), entities);
        Assert.DoesNotContain((EntityType.Organization, "United Nations Security Council"), entities);
    }

    [Theory]
    [InlineData("France and Security Council members met in New York on Monday.")]
    [InlineData("The Security Council met on Monday.")]
    public void Extract_KnownBodyAfterANameOrAlone_TheKnownBody(string sentence) =>
        Assert.Contains((EntityType.Organization, "United Nations Security Council"), Parsed.Entities(sentence));

    [Fact]
    public void Extract_PersonAndAKnownBody_NoLongerName() =>
        Assert.DoesNotContain(Parsed.Entities("President Luis Vega and Congress agreed on the budget."), e => e.Name.Contains(" and ", StringComparison.Ordinal));

    [Theory]
    [InlineData("Peru was suspended from the African Union on Monday.", "imposer=African Union target=Peru")]
    [InlineData("Peru was expelled from the Council of Europe in 2022.", "imposer=Council of Europe target=Peru")]
    [InlineData("Peru was barred from the Organization of American States after the coup.", "imposer=Organization of American States target=Peru")]
    public void Extract_MemberSuspendedFromABody_SanctionByTheBody(string sentence, string sides) =>
        Assert.Equal([sides], Parsed.Sides(sentence, EventType.Sanction));

    [Theory]
    [InlineData("The African Union expelled Peru on Monday.", "imposer=African Union target=Peru")]
    [InlineData("Peru banned Hezbollah on Monday.", "imposer=Peru target=Hezbollah")]
    public void Extract_BodyExpelsAStateOrStateBansABody_Sanction(string sentence, string sides) =>
        Assert.Equal([sides], Parsed.Sides(sentence, EventType.Sanction));

    [Theory]
    [InlineData("Peru banned the Hezbollah flag on Monday.")]
    [InlineData("The rebels expelled Peru's army from the town.")]
    public void Extract_BanOfAThingOrExpulsionOfAnArmy_NoSanction(string sentence) =>
        Assert.Empty(Parsed.Sides(sentence, EventType.Sanction));

    [Theory]
    [InlineData("The striker was suspended from the team on Monday.")]
    [InlineData("Peru was not suspended from the African Union.")]
    [InlineData("Peruvian athletes were barred from the African Union games.")]
    public void Extract_NoStateSuspendedOrNotDone_NoSanction(string sentence) =>
        Assert.Empty(Parsed.Sides(sentence, EventType.Sanction));

    [Theory]
    [InlineData("Chile's threat to use force against Peru alarmed the region.")]
    [InlineData("Chile's threat to impose tariffs on Peru was condemned by Lima.")]
    [InlineData("Chile's threat to expel Peru from the trade bloc worried investors.")]
    [InlineData("Chile's threat of sanctions against Peru drew criticism.")]
    public void Extract_OwnersThreatToActAgainstAParty_Threat(string sentence) =>
        Assert.Equal(["target=Peru threatener=Chile"], Parsed.Sides(sentence, EventType.Threat));

    [Theory]
    [InlineData("The threat to impose tariffs on Peru was discussed.")]
    [InlineData("Chile's threat to the region is growing, analysts say.")]
    public void Extract_ThreatWithoutOwnerOrThreatenedAct_NoThreat(string sentence) =>
        Assert.Empty(Parsed.Sides(sentence, EventType.Threat));

    [Theory]
    [InlineData("Chilean President Ana Ruiz arrived in Lima on Saturday for a state visit. On Sunday, the two governments signed eleven agreements.")]
    [InlineData("Chilean President Ana Ruiz visited Peru on Saturday. On Sunday, the two countries signed a trade pact.")]
    public void Extract_TheTwoCountriesAfterAVisit_TheVisitorsCountryAndTheCountryVisited(string body) =>
        Assert.Equal(["participant=Chile participant=Peru"], Parsed.Sides(body, EventType.Agreement));

    [Fact]
    public void Extract_TheTwoLeadersAfterAVisit_NoSidesFromTheVisit() =>
        Assert.Empty(Parsed.Sides("Chilean President Ana Ruiz visited Peru on Saturday. The two leaders signed a trade pact.", EventType.Agreement));

    [Fact]
    public void Extract_TheTwoCountriesLongAfterAVisit_NoSidesFromTheVisit() =>
        Assert.Empty(Parsed.Sides("Chilean President Ana Ruiz visited Peru on Saturday. Markets rose. Prices fell. Rain came. The two countries signed a trade pact.",
            EventType.Agreement));

    [Theory]
    [InlineData("Having met Peruvian President Luis Vega in Lima, Chilean President Ana Ruiz flew to Quito.", EventType.Meeting, "participant=Ana Ruiz participant=Luis Vega")]
    [InlineData("Having signed the accord with Peru on Monday, Chile lifted its sanctions.", EventType.Agreement, "participant=Chile participant=Peru")]
    [InlineData("Having met Peruvian President Luis Vega in Lima, Chilean President Ana Ruiz flew to Quito on Friday.", EventType.Meeting, "participant=Ana Ruiz participant=Luis Vega")]
    [InlineData("Having held talks with Peru's foreign minister in Lima, Chilean envoy Ana Ruiz travelled on to Quito on Monday.", EventType.Meeting, "participant=Ana Ruiz participant=Peru")]
    [InlineData("Having signed a trade accord with Peru in Lima, the Chilean trade minister, Ana Ruiz, flew to Quito on Thursday.", EventType.Agreement, "participant=Ana Ruiz participant=Peru")]
    [InlineData("Having accused Peru of backing the rebels, Chilean President Ana Ruiz left for Quito on Friday.", EventType.Accusation, "accused=Peru accuser=Ana Ruiz")]
    [InlineData("Having arrived in Lima on Sunday, Chilean Foreign Minister Ana Ruiz met her Peruvian counterpart, Luis Vega.", EventType.Meeting, "participant=Ana Ruiz participant=Luis Vega")]
    [InlineData("Having previously met Peruvian President Luis Vega in Lima, Chilean President Ana Ruiz received him in Santiago on Monday.", EventType.Meeting, "participant=Ana Ruiz participant=Luis Vega")]
    public void Extract_PerfectParticiplesClause_ItsEvent(string sentence, EventType type, string sides) =>
        Assert.Equal([sides], Parsed.Sides(sentence, type));

    [Theory]
    [InlineData("Having failed to meet Peru's president, Ana Ruiz of Chile flew home.")]
    [InlineData("Having hoped to meet Peruvian President Luis Vega, Chilean President Ana Ruiz flew to Quito instead.")]
    public void Extract_PerfectParticipleOfAFailureOrAHope_NoMeeting(string sentence) =>
        Assert.Empty(Parsed.Sides(sentence, EventType.Meeting));

    [Theory]
    [InlineData("Having met Peruvian President Luis Vega in Lima, Chilean President Ana Ruiz flew to Quito on Friday.")]
    [InlineData("Having held talks with Luis Vega of Peru in Lima, Chilean envoy Ana Ruiz travelled on to Quito on Friday.")]
    public void Extract_PerfectParticiplesEvent_NotDatedByTheMainClause(string sentence)
    {
        var events = Parsed.Events(sentence);

        Assert.Null(Assert.Single(events, e => e.Type == EventType.Meeting).Date);
        Assert.NotNull(Assert.Single(events, e => e.Type == EventType.Visit).Date);
    }

    [Fact]
    public void Extract_PerfectParticipleOpeningTheSentence_TheMainClausesEventToo() =>
        Assert.Equal(["visitor=Ana Ruiz"], Parsed.Sides("Having met Peruvian President Luis Vega in Lima, Chilean President Ana Ruiz flew to Quito on Friday.", EventType.Visit));

    [Fact]
    public void Extract_AfterAClauseWhoseSubjectHasANameInApposition_TheNamesEvents() =>
        Assert.Equal(["participant=Ana Ruiz participant=Luis Vega"],
            Parsed.Sides("Peruvian Trade Minister Rosa Quispe arrived in Quito on Monday. The trip comes a week after Chile's Minister of Energy, Ana Ruiz, "
                + "visited Lima, where she met Peruvian Energy Minister Luis Vega.", EventType.Meeting));

    [Theory]
    [InlineData("Chile haggled with Peru over the border in Lima on Monday.")]
    [InlineData("Chilean and Peruvian officials bargained late into the night in Lima.")]
    [InlineData("Chile's envoy huddled with Peru's foreign minister in Lima on Monday.")]
    public void Extract_HaggledBargainedHuddled_Negotiation(string sentence) =>
        Assert.Single(Parsed.Sides(sentence, EventType.Negotiation));

    [Theory]
    [InlineData("Shoppers haggled over prices at the market in Lima.")]
    [InlineData("Chile will bargain with Peru next week.")]
    public void Extract_HagglingOfNoPartiesOrNotDone_NoNegotiation(string sentence) =>
        Assert.Empty(Parsed.Sides(sentence, EventType.Negotiation));

    [Theory]
    [InlineData("The threat of a Chilean attack on Peru worried the region on Monday.")]
    [InlineData("Peru faces the risk of a Chilean strike, the minister said.")]
    [InlineData("Fears of a Chilean invasion of Peru grew on Monday.")]
    public void Extract_AttackThreatenedOrFeared_NoMilitaryAction(string sentence) =>
        Assert.Empty(Parsed.Sides(sentence, EventType.MilitaryAction));
}
