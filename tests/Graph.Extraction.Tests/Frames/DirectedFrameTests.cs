using Graph.Core.Model;

namespace Graph.Extraction.Tests.Frames;

/// <summary>Accusations, sanctions and statements read from the parse.</summary>
public sealed class DirectedFrameTests
{
    [Fact]
    public void Extract_AccusedEachOther_EachAccusesTheOther() =>
        Assert.Equal(["accused=Chile accuser=Peru", "accused=Peru accuser=Chile"],
            Parsed.Sides("Chile and Peru accused each other on Sunday of violating the ceasefire.", EventType.Accusation));

    [Fact]
    public void Extract_ApposedAccuser_ThePersonAccuses()
    {
        var sides = Parsed.Sides("Norway's foreign minister, Ida Holm, accused Chile of arming the rebels.", EventType.Accusation);
        Assert.Equal(["accused=Chile accuser=Ida Holm"], sides);
    }

    [Fact]
    public void Extract_ParticipleSharesTheSubject_Accusation()
    {
        var sides = Parsed.Sides("Norway expelled two diplomats on Monday, accusing Chile of espionage.", EventType.Accusation);
        Assert.Equal(["accused=Chile accuser=Norway"], sides);
    }

    [Fact]
    public void Extract_CoordinatedImposers_OneSanctionEach()
    {
        var sides = Parsed.Sides("Kenya and Ghana imposed sanctions on Chile on Friday.", EventType.Sanction);
        Assert.Equal(["imposer=Ghana target=Chile", "imposer=Kenya target=Chile"], sides);
    }

    [Fact]
    public void Extract_PassiveSanctioned_ImposerIsTheAgent()
    {
        var sides = Parsed.Sides("Chile was sanctioned by Kenya over the election.", EventType.Sanction);
        Assert.Equal(["imposer=Kenya target=Chile"], sides);
    }

    [Fact]
    public void Extract_WillImposeSanctions_NoSanction() =>
        Assert.Empty(Parsed.Sides("Kenya will impose sanctions on Chile next month.", EventType.Sanction));

    [Fact]
    public void Extract_VerbOfRevealingWithAClause_Statement()
    {
        var sides = Parsed.Sides("Ida Holm revealed that the border had been closed for a week.", EventType.Statement);
        Assert.Equal(["speaker=Ida Holm"], sides);
    }

    [Fact]
    public void Extract_NominalAccusationWithAClaimedClause_AccusedIsItsSubject()
    {
        var sides = Parsed.Sides("Norway rejected the accusation by Chile that Kenya had armed the rebels.", EventType.Accusation);
        Assert.Equal(["accused=Kenya accuser=Chile"], sides);
    }

    [Fact]
    public void Extract_AttackWithoutANamedAttacker_MilitaryActionWithTargetOnly()
    {
        var sides = Parsed.Sides("A drone attack on Kenya killed four soldiers near the border on Sunday.", EventType.MilitaryAction);
        Assert.Equal(["target=Kenya"], sides);
    }

    [Fact]
    public void Extract_AirStrike_MilitaryAction() =>
        Assert.Equal(["actor=Kenya target=Chile"], Parsed.Sides("Kenya's air strike on Chile killed two soldiers.", EventType.MilitaryAction));

    [Fact]
    public void Extract_HungerStrike_NoMilitaryAction() =>
        Assert.Empty(Parsed.Sides("Chilean miners began a hunger strike on Monday.", EventType.MilitaryAction));

    [Fact]
    public void Extract_WarnedThatItCouldFreezeAssets_Threat() =>
        Assert.Equal(["target=Chile threatener=Kenya"], Parsed.Sides("Kenya warned that it could freeze Chilean assets.", EventType.Threat));

    [Fact]
    public void Extract_AgreedNotToThreaten_NoThreat() =>
        Assert.Empty(Parsed.Sides("Kenya and Chile agreed not to threaten each other.", EventType.Threat));
    [Fact]
    public void Extract_ReportThatAnotherSideStruck_AccusationOfThatSide()
    {
        var sides = Parsed.Sides("Kenya said that Chilean forces shelled two villages near the border on Sunday.", EventType.Accusation);
        Assert.Equal(["accused=Chile accuser=Kenya"], sides);
    }

    [Fact]
    public void Extract_ReportThatOnesOwnForcesStruck_NoAccusation()
    {
        var sides = Parsed.Sides("Kenya said that Kenyan forces shelled two rebel camps near the border on Sunday.", EventType.Accusation);
        Assert.Empty(sides);
        // A control on the same shape: the strike itself is read, so the missing accusation is not a missed parse.
        Assert.Equal(["actor=Kenya"], Parsed.Sides("Kenya said that Kenyan forces shelled two rebel camps near the border on Sunday.", EventType.MilitaryAction));
    }

    [Fact]
    public void Extract_ReportThatAnotherSideDidNotStrike_NoAccusation() =>
        Assert.Empty(Parsed.Sides("Kenya said that Chilean forces did not shell the villages near the border.", EventType.Accusation));
    [Fact]
    public void Extract_SpeakerNamedLikeAMonth_Statement()
    {
        var sides = Parsed.Sides("Prime Minister Theresa May spoke in London on Monday. Theresa May said the decision was final.", EventType.Statement);
        Assert.Contains("speaker=Theresa May", sides);
    }
    [Fact]
    public void Extract_RelativePronounAccused_TheNounItDescribes()
    {
        var sides = Parsed.Sides("Chile, which Kenya accused of arming the rebels, denied the charge on Monday.", EventType.Accusation);
        Assert.Equal(["accused=Chile accuser=Kenya"], sides);
    }

    [Fact]
    public void Extract_WarnedAPersonThatTheCountryCouldImposeSanctions_Threat()
    {
        // The parser hangs the "that" clause as a conjunct after the apposition; it is the warning's complement.
        // The one warned is the target: the most specific side (annotation guidelines), the country's leader.
        var sides = Parsed.Sides("Kenyan President Daniel Otieno on Thursday warned his Chilean counterpart, Ana Ruiz, that Kenya could impose new sanctions on Chile.", EventType.Threat);
        Assert.Equal(["target=Ana Ruiz threatener=Daniel Otieno"], sides);
    }

    [Fact]
    public void Extract_WarnedAPersonOfSanctionsAgainstAnUnnamedCountry_ThePersonIsTheTarget()
    {
        var sides = Parsed.Sides("Kenyan President Daniel Otieno warned Ana Ruiz that Kenya could impose new sanctions against her country.", EventType.Threat);
        Assert.Equal(["target=Ana Ruiz threatener=Daniel Otieno"], sides);
    }

    [Fact]
    public void Extract_SanctionsOnACountrysNamedFirm_TheFirmIsTheTarget()
    {
        var sides = Parsed.Sides("Kenya on Monday imposed sweeping sanctions on Venezuela's state-owned oil firm PDVSA.", EventType.Sanction);
        Assert.Equal(["imposer=Kenya target=PDVSA"], sides);
    }

    [Fact]
    public void Extract_FrozeTheUsBasedAssetsOfAFirm_TheFirmNotTheCountryIsTheTarget()
    {
        var sides = Parsed.Sides("The Kenyan government froze the US-based assets of PDVSA on Monday.", EventType.Sanction);
        Assert.DoesNotContain(sides, s => s.Contains("United States", StringComparison.Ordinal));
        Assert.Contains("imposer=Kenya target=PDVSA", sides);
    }

    [Fact]
    public void Extract_CalledTheAccusationsFalse_Denial()
    {
        var sides = Parsed.Sides("Chile on Monday called the accusations by Peru false and baseless.", EventType.Denial);
        Assert.Equal(["speaker=Chile"], sides);
    }

    [Fact]
    public void Extract_CalledTheAccusationsUnacceptable_NoDenial() =>
        // Unacceptable is not untrue: a statement, not a denial.
        Assert.Empty(Parsed.Sides("Chile on Monday called the accusations by Peru unacceptable.", EventType.Denial));

    [Fact]
    public void Extract_LabelBeforeADashAndTheDenier_TheSubjectDenies() =>
        Assert.Equal(["speaker=Rwanda"], Parsed.Sides("Kenya - Rwanda denies the UN claim of a role in the killings.", EventType.Denial));

    [Theory]
    [InlineData("Rwanda on Monday termed as false accusations by the UN that its forces took part in the killings.")]
    [InlineData("Rwanda on Monday termed as 'false' accusations by the UN that its forces took part in the killings.")]
    [InlineData("Rwanda dismissed as absurd the allegations that its forces took part in the killings.")]
    public void Extract_JudgementBeforeTheClaim_Denial(string sentence) =>
        Assert.Equal(["speaker=Rwanda"], Parsed.Sides(sentence, EventType.Denial));

    [Fact]
    public void Extract_BodyBeforeTheOfficialReadAsASecondSubject_TheOfficialDenies()
    {
        const string sentence = "Kenyan Interior Ministry official Ida Holm denied Tuesday that police had fired on protesters.";
        Assert.Equal(["speaker=Ida Holm"], Parsed.Sides(sentence, EventType.Denial));
        Assert.DoesNotContain("speaker=Ministry of Interior", Parsed.Sides(sentence, EventType.Statement));
    }

    [Fact]
    public void Extract_ClaimJudgedCredibleBeforeIt_NoDenial() =>
        Assert.Empty(Parsed.Sides("Rwanda described as credible the claims by Uganda that its forces took part in the killings.", EventType.Denial));

    [Theory]
    [InlineData("Kenya said Chile masterminded the attack on its embassy.")]
    [InlineData("Kenya said Chile masterminded in coordination with rebel groups the attack on its embassy.")]
    [InlineData("Kenya said Chile was behind the attack on its embassy.")]
    [InlineData("Kenya said Chile was responsible for the attack on its embassy.")]
    [InlineData("Kenya's foreign ministry said Chilean troops were responsible for the deaths of two fishermen.")]
    [InlineData("Chile is behind the attack on the embassy, Kenya's interior minister claimed.")]
    [InlineData("Kenya's foreign ministry spokesman said Chile was behind the assassination.")]
    [InlineData("Kenya said Chile was behind the kidnapping of two of its diplomats.")]
    public void Extract_SaidAnotherSideCarriedOutAnAttack_Accusation(string sentence) =>
        Assert.Equal(["accused=Chile accuser=Kenya"], Parsed.Sides(sentence, EventType.Accusation));

    [Fact]
    public void Extract_SaidAnotherSideCondemnedAnAttack_NoAccusationOfIt() =>
        Assert.Empty(Parsed.Sides("Kenya said Chile condemned the attack on its embassy.", EventType.Accusation));

    [Fact]
    public void Extract_CapitalSaidToHaveMastermindedAnAttack_ItsCountryAccused()
    {
        var sides = Parsed.Sides("Earlier on Thursday, Kenya said Washington masterminded the overnight drone attack on the Kremlin.", EventType.Accusation);
        Assert.Equal(["accused=United States accuser=Kenya"], sides);
    }

    [Fact]
    public void Extract_RespondedWithAssistanceToHelpACountry_Offer() =>
        Assert.Equal(["giver=Chile recipient=Peru"],
            Parsed.Sides("Chile responded with billions in new assistance and a pledge to help Peru rebuild.", EventType.Offer));

    [Fact]
    public void Extract_RespondedWithArms_NoOffer() =>
        Assert.Empty(Parsed.Sides("Chile responded with missiles to help the rebels.", EventType.Offer));

    [Theory]
    [InlineData("Chile will impose tariffs on Peruvian steel from April 1, Trade Minister Ana Ruiz said on Tuesday.", "2025-03-11")]
    [InlineData("Chile will impose tariffs on Peruvian steel from March 20, Trade Minister Ana Ruiz said on Tuesday.", "2025-03-11")]
    [InlineData("Chile will impose tariffs on Peruvian steel from April 1.", null)]
    [InlineData("Chile will impose tariffs on Peruvian steel on March 31, Trade Minister Ana Ruiz said on Tuesday.", "2025-03-11")]
    [InlineData("Chile will impose tariffs on Peruvian steel from April 1, the trade ministry said Thursday.", "2025-03-06")]
    [InlineData("Chile threatened on Tuesday to impose tariffs on Peruvian steel from April 1.", "2025-03-11")]
    public void Extract_MeasureThreatenedFromALaterDay_ThreatDatedWhenMade(string sentence, string? date) =>
        Assert.Equal(date, Assert.Single(Parsed.Events(sentence), e => e.Type == EventType.Threat).Date);

    [Fact]
    public void Extract_WarnedOfConsequencesOutsideACountrysControl_ThreatToThatCountry() =>
        Assert.Equal(["target=Peru threatener=Chile"],
            Parsed.Sides("The Chilean spokesperson warned that continued assaults would have dire consequences outside Peru's control.", EventType.Threat));

    [Fact]
    public void Extract_WarnedOfConsequencesForRelationsWithAnother_ThreatToTheOtherNotItsOwnCountry() =>
        Assert.Equal(["target=Peru threatener=Ministry of Foreign Affairs of Chile"],
            Parsed.Sides("The Foreign Ministry of Chile warned of more serious consequences such as revising the country's diplomatic relations with Peru.", EventType.Threat));

    [Fact]
    public void Extract_WarnedTheOneThatJoiningWouldHaveConsequences_ThreatToTheOneWarned() =>
        Assert.Equal(["target=Peru threatener=Chile"],
            Parsed.Sides("Chile warned Peru that joining the alliance would have serious consequences.", EventType.Threat));

    [Fact]
    public void Extract_WarnedOfSomethingThatIsNoHarm_NoThreat() =>
        Assert.Empty(Parsed.Sides("Chile warned Peru that prices would rise.", EventType.Threat));

    [Fact]
    public void Extract_AccusedOfShelling_AccusationOnlyAsTheShellingIsAlleged()
    {
        const string text = "Chile accused Peru of shelling the border.";
        Assert.Equal(["accused=Peru accuser=Chile"], Parsed.Sides(text, EventType.Accusation));
        Assert.Empty(Parsed.Sides(text, EventType.MilitaryAction));
    }

    [Fact]
    public void Extract_VideoReleasedAccusingAnother_TheReleaserAccuses() =>
        Assert.Equal(["accused=Peru accuser=Chile"], Parsed.Sides("The Chilean army released a video accusing Peru of shelling the border.", EventType.Accusation));

    [Fact]
    public void Extract_ExpertsEstimatedThatYKilled_NoAccusation()
    {
        const string text = "UN experts have estimated that the Chilean army has killed at least 300 civilians in the north.";
        Assert.Empty(Parsed.Sides(text, EventType.Accusation));
        Assert.NotEmpty(Parsed.Sides(text, EventType.MilitaryAction));
    }

    [Fact]
    public void Extract_SaidThatYKilled_AccusationOfY() =>
        Assert.Equal(["accused=Chile accuser=Peru"],
            Parsed.Sides("Peru said that the Chilean army had killed at least 300 civilians in the north.", EventType.Accusation));

    [Fact]
    public void Extract_SaidAnotherSideViolatedSomething_Accusation()
    {
        var sides = Parsed.Sides("Ghana's foreign minister, Kwame Asante, said Togo had violated Ghanaian airspace.", EventType.Accusation);
        Assert.Equal(["accused=Togo accuser=Kwame Asante"], sides);
    }

    [Fact]
    public void Extract_SaidAnotherSideDidNotViolate_NoAccusation() =>
        Assert.Empty(Parsed.Sides("Ghana said Togo had not violated Ghanaian airspace.", EventType.Accusation));

    [Fact]
    public void Extract_ChargedThat_Accusation()
    {
        var sides = Parsed.Sides("Ghana charged that Togo had armed the rebels.", EventType.Accusation);
        Assert.Equal(["accused=Togo accuser=Ghana"], sides);
    }

    [Fact]
    public void Extract_ComplainedOfHarassmentBy_Accusation() =>
        Assert.Equal(["accused=Chile accuser=Peru"], Parsed.Sides("Peru complained of harassment by Chilean police outside its embassy.", EventType.Accusation));

    [Fact]
    public void Extract_ComplainedOfTheHeat_NoAccusation() =>
        Assert.Empty(Parsed.Sides("Peru complained of the heat in Lima.", EventType.Accusation));

    [Theory]
    [InlineData("President Ana Ruiz confronted Peruvian President Luis Vega on Friday over Lima's meddling in the election.", "accused=Peru accuser=Ana Ruiz")]
    [InlineData("Chile rebuked Peru over its treatment of Chilean fishermen.", "accused=Peru accuser=Chile")]
    public void Extract_ConfrontedOrRebukedOverAWrong_AccusationOfWhoseWrongItIs(string body, string sides) =>
        Assert.Equal([sides], Parsed.Sides(body, EventType.Accusation));

    [Fact]
    public void Extract_NoConclusionOtherThanThatAStateWasCulpable_Accusation() =>
        Assert.Equal(["accused=Chile accuser=Peru"],
            Parsed.Sides("Peru said there was no other conclusion than that Chile was culpable for the attack on its embassy.", EventType.Accusation));

    [Fact]
    public void Extract_SaidAnotherHadViolatedTheLaw_Accusation() =>
        Assert.Equal(["accused=Peru accuser=Chile"], Parsed.Sides("Chile said Peru had violated international law.", EventType.Accusation));

    [Fact]
    public void Extract_ConfrontedOverAnIssueOfNoOne_NoAccusation() =>
        Assert.Empty(Parsed.Sides("President Ana Ruiz confronted Peruvian President Luis Vega over the border issue.", EventType.Accusation));

    [Fact]
    public void Extract_SaidAStateWasCulpableForAMurder_Accusation() =>
        Assert.Equal(["accused=Russia accuser=United Kingdom"], Parsed.Sides("Britain said the Russian state was culpable for the attempted murder of the defector.", EventType.Accusation));

    [Theory]
    [InlineData("Kenya said the evidence showed that Chile was culpable for the attack on its embassy.")]
    [InlineData("Kenya said: \"There is no alternative conclusion other than that the Chilean state was culpable for the attack on our embassy.\"")]
    [InlineData("Kenya said the findings proved that Chile was responsible for the attack on its embassy.")]
    public void Extract_SaidItsClaimShowedAnotherSideCulpable_Accusation(string sentence) =>
        Assert.Equal(["accused=Chile accuser=Kenya"], Parsed.Sides(sentence, EventType.Accusation));

    [Theory]
    [InlineData("Kenya said Chile denied that it was responsible for the attack on its embassy.")]
    [InlineData("Kenya said the evidence did not show that Chile was responsible for the attack on its embassy.")]
    [InlineData("Kenya said the inquiry may find that Chile was responsible for the attack on its embassy.")]
    public void Extract_ClaimWithinDeniedOrUnsure_NoAccusation(string sentence) =>
        Assert.Empty(Parsed.Sides(sentence, EventType.Accusation));

    [Fact]
    public void Extract_SaidAStateWasResponsibleForSecurity_NoAccusation() =>
        Assert.Empty(Parsed.Sides("Britain said the Russian state was responsible for security at the games.", EventType.Accusation));

    [Fact]
    public void Extract_ImposedAPackageOfSanctions_Sanction() =>
        Assert.Equal(["imposer=European Union target=Russia"], Parsed.Sides("The EU imposed a new package of sanctions against Russia on Friday.", EventType.Sanction));

    [Fact]
    public void Extract_ToldReportersAClauseNamingACountry_ThatCountryIsNoAddressee() =>
        Assert.Equal(["speaker=Karine Jean-Pierre"], Parsed.Sides("White House spokeswoman Karine Jean-Pierre told reporters the US was monitoring the situation.", EventType.Statement));

    [Fact]
    public void Extract_WarnedACounterpartNamedInApposition_TheNameIsAddressed() =>
        Assert.Contains("addressee=Vladimir Putin speaker=Joe Biden", Parsed.Sides("US President Joe Biden warned his Russian counterpart, Vladimir Putin, that the US could act.", EventType.Statement));

    [Fact]
    public void Extract_ReportBeforeItsSourceReadAsANoun_Accusation() =>
        Assert.Equal(["accused=Russia accuser=Poland"], Parsed.Sides("Russian drones violated Polish airspace overnight, the Polish army said.", EventType.Accusation));

    [Fact]
    public void Extract_SpokespersonForADescribedMinistry_StatementOfTheCountry() =>
        Assert.Equal(["speaker=Germany"], Parsed.Sides("A spokesperson for the German foreign ministry said Berlin was in contact with Kyiv.", EventType.Statement));

    [Fact]
    public void Extract_AChargeACapitalRejected_DenialOfItsCountry() =>
        Assert.Equal(["speaker=Kenya"], Parsed.Sides("Somalia accused Kenya of violating its sovereignty, a charge Nairobi rejected.", EventType.Denial));

    [Fact]
    public void Extract_IndictedByACourt_Accusation() =>
        Assert.Equal(["accused=Milo Djukanovic accuser=International Criminal Court"],
            Parsed.Sides("Montenegro's prime minister, Milo Djukanovic, was indicted by the International Criminal Court for war crimes.", EventType.Accusation));

    [Fact]
    public void Extract_SaidMissilesStruckReadAsAnObject_Accusation() =>
        Assert.Equal(["accused=Russia accuser=Ukraine"], Parsed.Sides("Ukraine said Russian missiles struck an apartment block in Dnipro overnight, killing at least 12 people.", EventType.Accusation));

    [Fact]
    public void Extract_SaidWarshipsEnteredItsWaters_Accusation() =>
        Assert.Equal(["accused=China accuser=Taiwan"], Parsed.Sides("Taiwan condemned the drills and said Chinese warships had entered its waters.", EventType.Accusation));

    [Fact]
    public void Extract_SpokeswomanForAnEmbassyInACountry_TheEmbassysCountrySpeaks() =>
        Assert.Equal(["speaker=Israel"], Parsed.Sides("A spokeswoman for the Israeli embassy in France said the flights must continue.", EventType.Statement));

    [Fact]
    public void Extract_LawmakersInACountryUrge_TheCountrySpeaks() =>
        Assert.Contains("addressee=Pervez Musharraf speaker=Pakistan", Parsed.Sides("Lawmakers in Pakistan are urging President Pervez Musharraf to quit his army post.", EventType.Statement));

    [Fact]
    public void Extract_ReportOfMissilesLaunchedBeforeItsSource_Accusation() =>
        Assert.Equal(["accused=Russia accuser=Ukraine"], Parsed.Sides("Russia launched 120 drones and 40 missiles at Ukraine overnight, the Ukrainian air force said.", EventType.Accusation));

    [Fact]
    public void Extract_CalledTheAccusationsAQuotedUntruth_Denial() =>
        Assert.Equal(["speaker=Russia"], Parsed.Sides("Moscow called the accusations \"absurd\".", EventType.Denial));

    [Fact]
    public void Extract_CalledTheAccusationsAQuotedLie_Denial() =>
        Assert.Equal(["speaker=Peru"], Parsed.Sides("Peru's government called the accusations \"a lie.\"", EventType.Denial));

    [Fact]
    public void Extract_TroopsDeedSaidThenAccusingParticiple_AccusationOfTheSayerOnly() =>
        Assert.Equal(["accused=Chile accuser=Peru"],
            Parsed.Sides("Lima said Chilean troops had executed Peruvian prisoners, accusing Santiago of war crimes.", EventType.Accusation));

    [Fact]
    public void Extract_SaidThenAddingThatAnother_StatementOfTheSayerOnly() =>
        Assert.Equal(["speaker=Peru"], Parsed.Sides("Peru said Chile valued the talks, adding that Chilean firms were ready to invest.", EventType.Statement));

    [Theory]
    [InlineData("Santiago rejected the protest.")]
    [InlineData("Chile rejected Peru's protest on Thursday.")]
    public void Extract_RejectedAProtest_DenialOfTheRejecter(string body) =>
        Assert.Equal(["speaker=Chile"], Parsed.Sides(body, EventType.Denial));

    [Fact]
    public void Extract_RejectedProtestsOfCrowds_NoDenial() =>
        Assert.Empty(Parsed.Sides("The Chilean government rejected the protests by farmers.", EventType.Denial));

    [Fact]
    public void Extract_SubjectThenADayThenSummonedAnEnvoyAndLodgedAProtest_StatementToTheEnvoysState() =>
        Assert.Equal(["addressee=Chile speaker=Peru"],
            Parsed.Sides("Peru on Wednesday summoned Chile's ambassador and lodged a diplomatic protest.", EventType.Statement));

    [Theory]
    [InlineData("Peru issued a warning to Chile over the dam.")]
    [InlineData("Peru gave Chile a stern warning on Monday.")]
    [InlineData("Peru gave Chile until Friday to withdraw its troops.")]
    public void Extract_WarningOrTimeGivenToAParty_ThreatToIt(string body) =>
        Assert.Equal(["target=Chile threatener=Peru"], Parsed.Sides(body, EventType.Threat));

    [Fact]
    public void Extract_GaveAPartyAWarning_NoStatementOfTheOneWarned() =>
        Assert.DoesNotContain("speaker=Chile", Parsed.Sides("Peru gave Chile a stern warning on Monday.", EventType.Statement));

    [Theory]
    [InlineData("The Peruvian foreign ministry issued a warning to Chileans travelling in Bolivia.")]
    [InlineData("Peru issued a travel warning for Chile.")]
    public void Extract_WarningToAPeopleOrForTravel_NoThreat(string body) =>
        Assert.Empty(Parsed.Sides(body, EventType.Threat));

    [Fact]
    public void Extract_UnnamedSisterOfANamedLeaderWarned_NoStatementOfTheLeader() =>
        Assert.Empty(Parsed.Sides("Luis Vega's sister warned that Lima would retaliate against any Chilean strike.", EventType.Statement));

    [Fact]
    public void Extract_NamedSonOfANamedLeaderSaid_StatementOfTheSon() =>
        Assert.Equal(["speaker=Carlos Vega"], Parsed.Sides("Luis Vega's son, Carlos Vega, said the family would not attend.", EventType.Statement));

    [Fact]
    public void Extract_StatesNamedBodySaidIt_StatementOfTheBodyOnly() =>
        Assert.Equal(["speaker=DINI"], Parsed.Sides("Peru's DINI intelligence service said it had arrested a Chilean agent.", EventType.Statement));

    [Fact]
    public void Extract_StatesEnvoyToABody_DenialOfTheStateOnly() =>
        Assert.Equal(["speaker=Peru"], Parsed.Sides("Peru's U.N. ambassador denied that Peru was preparing an attack.", EventType.Denial));

    [Fact]
    public void Extract_DeniedInACountry_NoCountryAsItsPlace() =>
        Assert.All(Parsed.Events("Uganda denied the allegations in Kenya on Monday."), e => Assert.NotEqual("country:KE", e.Location));

    [Fact]
    public void Extract_UrgedACountryTo_TheCountryIsAddressed() =>
        Assert.Equal(["addressee=Solomon Islands speaker=Greenpeace"], Parsed.Sides("Greenpeace urged the Solomon Islands to rehabilitate and release the dolphins into the wild.", EventType.Statement));

    [Fact]
    public void Extract_NameInAppositionThenCalledForAfterAComma_ThePersonSpeaks() =>
        Assert.Equal(["speaker=Saad Hariri"], Parsed.Sides("Meanwhile, the son of Mr. Hariri, Saad Hariri, called for an international tribunal to punish those responsible.", EventType.Statement));

    [Fact]
    public void Extract_SaidOnADayThatAnotherShelled_Accusation() =>
        Assert.Equal(["accused=Togo accuser=Ghana"], Parsed.Sides("The Ghanaian army said on Sunday that Togolese troops had shelled a border village.", EventType.Accusation));

    [Theory]
    [InlineData("Nigeria held Boko Haram responsible for the attack on the school.")]
    [InlineData("Nigeria holds Boko Haram accountable for the killings.")]
    [InlineData("Nigeria holds Boko Haram responsible for the deaths of the hostages.")]
    public void Extract_HeldAPartyResponsible_Accusation(string body)
    {
        Assert.Equal(["accused=Boko Haram accuser=Nigeria"], Parsed.Sides(body, EventType.Accusation));
    }

    [Fact]
    public void Extract_HeldTalks_NoAccusation() =>
        Assert.Empty(Parsed.Sides("Nigeria held talks with Boko Haram on Monday.", EventType.Accusation));
    [Theory]
    [InlineData("Chile and Peru exchanged accusations over the breach of the truce.")]
    [InlineData("Chile traded accusations with Peru over the shooting.")]
    public void Extract_ExchangedAccusations_EachAccusedTheOther(string body) =>
        Assert.Equal(["accused=Chile accuser=Peru", "accused=Peru accuser=Chile"], Parsed.Sides(body, EventType.Accusation));

    [Fact]
    public void Extract_DeniedOnADayThatItSupplied_DenialAndNoOffer()
    {
        var events = Parsed.Events("Ghana's president denied on Friday that Accra had supplied weapons to rebels in Togo.");

        Assert.Contains(events, e => e.Type == EventType.Denial);
        Assert.DoesNotContain(events, e => e.Type == EventType.Offer);
    }

    [Theory]
    [InlineData("A Chilean drone strike killed a rebel commander in Peru, the Chilean Southern Command said.")]
    [InlineData("The Chilean Defence Ministry said Chilean jets had struck a depot near the border.")]
    public void Extract_ABodyOfAStateReportsItsOwnSidesStrike_NoAccusation(string body) =>
        Assert.Empty(Parsed.Sides(body, EventType.Accusation));

    [Fact]
    public void Extract_ARebelMovementReportsItsStatesStrike_Accusation() =>
        Assert.Equal(["accused=Nigeria accuser=Movement for the Emancipation of the Niger Delta"],
            Parsed.Sides("The Movement for the Emancipation of the Niger Delta said Nigerian troops had attacked its camps on Sunday.", EventType.Accusation));

    [Theory]
    [InlineData("Peru said it had never sent weapons to the rebels.", "speaker=Peru")]
    [InlineData("Peru said its forces had not attacked civilians.", "speaker=Peru")]
    [InlineData("Peru's defence minister, Ana Ruiz, said Lima had never supplied arms to the rebels.", "speaker=Ana Ruiz")]
    public void Extract_SaidItsOwnSideDidNotDoADeed_Denial(string body, string speaker) =>
        Assert.Equal([speaker], Parsed.Sides(body, EventType.Denial));

    [Theory]
    [InlineData("Peru said it would not send weapons to the rebels.")]
    [InlineData("Peru said Chile had not sent weapons to the rebels.")]
    [InlineData("Peru said it had not received a request from the rebels.")]
    public void Extract_RefusalAnotherSidesDeedOrNoDeed_NoDenial(string body) =>
        Assert.Empty(Parsed.Sides(body, EventType.Denial));

    [Theory]
    [InlineData("The Peruvian government alleged that Chilean agents had spied on its officials.", "accused=Chile accuser=Peru")]
    [InlineData("According to Peru, Chilean jets bombed a village near the border.", "accused=Chile accuser=Peru")]
    [InlineData("Amnesty International said Chilean forces had committed war crimes.", "accused=Chile accuser=Amnesty International")]
    public void Extract_AllegedSourcedOrCrimesCommitted_Accusation(string body, string sides) =>
        Assert.Equal([sides], Parsed.Sides(body, EventType.Accusation));

    [Fact]
    public void Extract_SourcedReportOfOwnSidesStrike_NoAccusation() =>
        Assert.Empty(Parsed.Sides("According to the Chilean ministry, Chile's jets bombed a village.", EventType.Accusation));

    [Theory]
    [InlineData("Chile's ambassador to the UN said Peru's accusations were baseless.")]
    [InlineData("Chile said the claims were false.")]
    public void Extract_SaidTheClaimsWereUntrue_Denial(string body) =>
        Assert.Equal(["speaker=Chile"], Parsed.Sides(body, EventType.Denial));

    [Fact]
    public void Extract_SaidTheReportWasAccurate_NoDenial() =>
        Assert.Empty(Parsed.Sides("Chile said the report was accurate.", EventType.Denial));

    [Theory]
    [InlineData("Chile blamed the attack on Peru.")]
    [InlineData("Chile blamed Sunday's bombing on Peru.")]
    [InlineData("Chile blamed Peru for the attack.")]
    public void Extract_AttackBlamedOnASide_AccusationAndNotItsTarget(string body)
    {
        Assert.Equal(["accused=Peru accuser=Chile"], Parsed.Sides(body, EventType.Accusation));
        Assert.DoesNotContain("target=Peru", Parsed.Sides(body, EventType.MilitaryAction));
    }

    [Fact]
    public void Extract_HoldsACapitalResponsible_Accusation() =>
        Assert.Equal(["accused=Peru accuser=Chile"], Parsed.Sides("Santiago holds Lima responsible for the attack.", EventType.Accusation));

    [Fact]
    public void Extract_AccusedOfViolationsInPlaces_OnlyTheOneAccused() =>
        Assert.Equal(["accused=Chile accuser=Peru"], Parsed.Sides("Peru accused Chile of human rights violations in Bolivia and Ecuador.", EventType.Accusation));

    [Theory]
    [InlineData("Peru rejected Chile's accusations of spying.")]
    [InlineData("Peru denied the accusations by Chile.")]
    [InlineData("Peru dismissed Chilean accusations that it had armed the smugglers.")]
    public void Extract_RejectedAnotherSidesAccusations_AccusationAgainstTheRejecter(string body) =>
        Assert.Equal(["accused=Peru accuser=Chile"], Parsed.Sides(body, EventType.Accusation));

    [Fact]
    public void Extract_AccusationsMadeByOfficials_TheOfficialsAccuse() =>
        Assert.Equal(["accused=Peru accuser=Chile"], Parsed.Sides("Peru rejected the accusations made by Chilean officials.", EventType.Accusation));

    [Fact]
    public void Extract_DeniedAccusationsOfNoOne_NoAccusation() =>
        Assert.Empty(Parsed.Sides("Peru denied the accusations on Monday.", EventType.Accusation));

    [Fact]
    public void Extract_SaidInAStatementThatAnotherViolated_Accusation() =>
        Assert.Equal(["accused=Chile accuser=Peru"], Parsed.Sides("Peru's foreign ministry said in a statement on Monday that Chile had violated the treaty.", EventType.Accusation));

    [Theory]
    [InlineData("The government in Quito denied sending troops across the border.", EventType.Denial, "speaker=Ecuador")]
    [InlineData("Authorities in Hanoi accused Beijing of ramming a fishing boat.", EventType.Accusation, "accused=China accuser=Vietnam")]
    [InlineData("The government in Quito said on Tuesday that talks would resume.", EventType.Statement, "speaker=Ecuador")]
    public void Extract_RulersNamedByTheirCapital_TheCountry(string body, EventType type, string expected) =>
        Assert.Equal([expected], Parsed.Sides(body, type));

    [Fact]
    public void Extract_RulersInACityThatIsNoCapital_NoSide() =>
        Assert.Empty(Parsed.Sides("Officials in Kandahar said the talks would resume.", EventType.Statement));

    [Fact]
    public void Extract_AuthoritiesInTheCapitalReportTheirOwnForcesDeed_NoAccusation() =>
        Assert.Empty(Parsed.Sides("Authorities in Quito said Ecuadorian troops had shelled rebel camps.", EventType.Accusation));

    [Theory]
    // What the complaint is over may name its victims ("Peruvian fishermen"): the state it is lodged with is accused.
    [InlineData("Peru lodged a complaint with Chile over the detention of three Peruvian fishermen.")]
    [InlineData("Peru lodged a protest over Chile's detention of three fishermen.")]
    public void Extract_ComplaintOverAWrongToOwnPeople_TheOtherStateAccused(string body) =>
        Assert.Equal(["accused=Chile accuser=Peru"], Parsed.Sides(body, EventType.Accusation));

    [Fact]
    public void Extract_AccusationInAClauseADayAfter_Accusation() =>
        Assert.Equal(["accused=Peru accuser=Chile"],
            Parsed.Sides("Peru recalled its ambassador to Chile on Wednesday, a day after the junta in Santiago accused Lima of sheltering rebels.", EventType.Accusation));

    [Theory]
    // The gap of a relative clause with a subject and no object is the noun the clause describes.
    [InlineData("Peru expelled two Chilean diplomats it accused of spying.", "accused=Chile accuser=Peru")]
    [InlineData("Peru reached a ceasefire with the rebels, and the truce it signed with Chile held.", "participant=Chile participant=Peru")]
    public void Extract_RelativeClauseWithAGap_TheNounItDescribesUndergoesIt(string body, string sides)
    {
        var type = sides.StartsWith("accused", StringComparison.Ordinal) ? EventType.Accusation : EventType.Agreement;
        Assert.Contains(sides, Parsed.Sides(body, type));
    }

    [Fact]
    public void Extract_ExpelledDiplomatsItAccused_TheExpulsionStands() =>
        Assert.Equal(["imposer=Peru target=Chile"], Parsed.Sides("Peru expelled two Chilean diplomats it accused of spying.", EventType.Sanction));

    [Fact]
    public void Extract_ToldAnOutletSheHopes_TheOutletIsAddressed() =>
        Assert.Equal(["addressee=Reuters speaker=Ana Ruiz"], Parsed.Sides("Ana Ruiz told Reuters she hopes the talks will resume.", EventType.Statement));

    [Theory]
    [InlineData("Peru said it had nothing to do with the attack on the embassy.", "speaker=Peru")]
    [InlineData("Peru's intelligence chief Luis Vega said his agency had nothing to do with it.", "speaker=Luis Vega")]
    public void Extract_SaidItHadNothingToDoWith_Denial(string body, string sides) =>
        Assert.Equal([sides], Parsed.Sides(body, EventType.Denial));

    [Fact]
    public void Extract_WillHaveNothingToDoWith_NoDenial() =>
        Assert.Empty(Parsed.Sides("Peru said it would have nothing to do with the new government.", EventType.Denial));

    [Theory]
    [InlineData("Kenya pushed back on Chile's accusations on Tuesday.")]
    [InlineData("Kenya on Tuesday pushed back on the claims made by Chile.")]
    public void Extract_PushedBackOnAClaim_Denial(string body) =>
        Assert.Equal(["speaker=Kenya"], Parsed.Sides(body, EventType.Denial));

    [Fact]
    public void Extract_PushedBackTheRebels_NoDenial() =>
        Assert.Empty(Parsed.Sides("Kenyan troops pushed back the rebels on Tuesday.", EventType.Denial));

    [Theory]
    [InlineData("The Chilean government summoned the Peruvian ambassador over the border incident.")]
    [InlineData("Chile's foreign minister summoned Peru's ambassador to complain of the arrests.")]
    public void Extract_SummonedAnEnvoyWithTheGroundsOnTheEnvoy_StatementToTheEnvoysState(string body) =>
        Assert.Contains("addressee=Peru", string.Join(" ", Parsed.Sides(body, EventType.Statement)));

    [Fact]
    public void Extract_EnvoySummonedToANamedBodyOverADeed_StatementOfThatBody() =>
        Assert.Equal(["addressee=Peru speaker=Foreign Office"],
            Parsed.Sides("Peru's ambassador was summoned to the Foreign Office in London on Thursday over the arrests.", EventType.Statement));

    [Fact]
    public void Extract_EnvoySummonedOverTheWeekend_NoStatement() =>
        Assert.Empty(Parsed.Sides("Chile summoned Peru's ambassador over the weekend.", EventType.Statement));

    [Fact]
    public void Extract_BlameForAStatesTroublesLaidOnOthers_NoAccusationOfTheState() =>
        Assert.Empty(Parsed.Sides("Chile blames Peru's economic crisis on commercial bankers.", EventType.Accusation));

    [Fact]
    public void Extract_BlameLaidOnAState_AccusationOfIt() =>
        Assert.Equal(["accused=Peru accuser=Chile"], Parsed.Sides("Chile blamed the border attack on Peru.", EventType.Accusation));

    [Fact]
    public void Extract_StateReportsItsOwnBodysDeed_NoAccusation() =>
        Assert.Empty(Parsed.Sides("American officials said the Pentagon struck militant camps near the border.", EventType.Accusation));

    [Fact]
    public void Extract_StateReportsAnotherStatesBodysDeed_Accusation() =>
        Assert.Equal(["accused=Pentagon accuser=Peru"], Parsed.Sides("Peruvian officials said the Pentagon struck militant camps near the border.", EventType.Accusation));

    [Theory]
    [InlineData("Patriotic Front spokesman Luis Vega said on X, \"Chilean aircraft targeted homes in Tacna.\"")]
    [InlineData("Patriotic Front spokesman Luis Vega disclosed on X, \"Chilean aircraft targeted homes in Tacna.\"")]
    public void Extract_QuoteAfterTheSayingAndAComma_AccusationOfTheQuotedAttacker(string body) =>
        Assert.Equal(["accused=Chile accuser=Luis Vega"], Parsed.Sides(body, EventType.Accusation));

    [Theory]
    [InlineData("The European Union added 20 Peruvian individuals to its sanctions list on Friday.")]
    [InlineData("The European Union added Peru's navy to its list of terrorist groups.")]
    public void Extract_AddedToASanctionsListBesideADay_Sanction(string body) =>
        Assert.Contains("imposer=European Union", string.Join(" ", Parsed.Sides(body, EventType.Sanction)));

    [Fact]
    public void Extract_AddedToAnotherList_NoSanction() =>
        Assert.Empty(Parsed.Sides("The European Union added two Peruvian experts to its list of speakers on Friday.", EventType.Sanction));

    [Fact]
    public void Extract_StandsAccusedReportedByTheAccuser_NoAccusationTheWrongWay() =>
        Assert.DoesNotContain("accused=Belarus accuser=Lithuania", Parsed.Sides("Lithuania stands accused of violating the airspace of Belarus, the Belarusian defence ministry said.", EventType.Accusation));

    [Theory]
    [InlineData("Nigeria laid the blame on Boko Haram.", "accused=Boko Haram accuser=Nigeria")]
    [InlineData("The Malian junta pointed the finger at France over the ambush.", "accused=France accuser=Mali")]
    [InlineData("Moldova renewed its accusations against Russia of meddling in the vote.", "accused=Russia accuser=Moldova")]
    [InlineData("Lebanon's prime minister, Karim Haddad, said Israel was behind the explosion at the port of Tyre.", "accused=Israel accuser=Karim Haddad")]
    [InlineData("Sweden expelled two Iranian diplomats after its security service accused Iran of hiring criminal gangs.", "accused=Iran accuser=Sweden")]
    public void Extract_BlameLaidAccusationsRenewedOrAnExplosionAlleged_Accusation(string body, string sides) =>
        Assert.Contains(sides, Parsed.Sides(body, EventType.Accusation));

    [Fact]
    public void Extract_BlameLaidOnAThing_NoAccusation() =>
        Assert.Empty(Parsed.Sides("Officials in Accra laid the blame on heavy rain.", EventType.Accusation));

    [Fact]
    public void Extract_MinistryInACapitalSays_TheCapitalsCountrySpeaks()
    {
        const string body = "The foreign ministry in Baku said the Armenian shelling was a gross violation of the truce.";

        Assert.Equal(["speaker=Azerbaijan"], Parsed.Sides(body, EventType.Statement));
        Assert.Equal(["accused=Armenia accuser=Azerbaijan"], Parsed.Sides(body, EventType.Accusation));
    }

    [Fact]
    public void Extract_StateAccusesAndItsSpokesmanTellsIt_TheSpokesmanAccuses() =>
        Assert.Equal(["accused=United States accuser=Wen Lihua"],
            Parsed.Sides("Beijing accused Washington of spying on Chinese companies, foreign ministry spokesman Wen Lihua told reporters.", EventType.Accusation));
}
