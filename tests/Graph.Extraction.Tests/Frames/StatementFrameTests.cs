using Graph.Core.Model;

namespace Graph.Extraction.Tests.Frames;

/// <summary>Statements read from the parse: media of speech, verbs of emphasis, and quotations that go on in the next paragraph.</summary>
public sealed class StatementFrameTests
{
    [Theory]
    [InlineData("The talks were \"constructive\", a spokesman for the Kenyan foreign ministry told reporters.")]
    [InlineData("The talks were constructive, the Kenyan minister told reporters.")]
    public void Extract_ReportClosedBySourceThatToldReporters_StatementOfTheSource(string body) =>
        Assert.Equal(["speaker=Kenya"], Parsed.Sides(body, EventType.Statement));

    [Fact]
    public void Extract_LongDescriptionThenTheNameBeforeSaid_StatementOfThePerson() =>
        Assert.Equal(["speaker=Ana Ruiz"], Parsed.Sides("The governor of the central bank of Chile, Ana Ruiz, said rates would stay.", EventType.Statement));

    [Fact]
    public void Extract_CalledTheDetentionACoup_Statement() =>
        Assert.Equal(["speaker=Ana Ruiz"], Parsed.Sides("Ana Ruiz called the detention a coup.", EventType.Statement));

    [Fact]
    public void Extract_AMoveACountryCalledIllegal_StatementOfThatCountry() =>
        Assert.Equal(["speaker=Peru"], Parsed.Sides("Chilean police detained six Peruvian sailors on Monday, a move Peru called illegal.", EventType.Statement));

    [Fact]
    public void Extract_SummonedTheEnvoyInProtest_StatementToTheEnvoysCountry() =>
        Assert.Equal(["addressee=Peru speaker=Chile"], Parsed.Sides("Chile summoned the Peruvian ambassador on Monday to protest the arrests.", EventType.Statement));

    [Fact]
    public void Extract_SummonedTheEnvoyForConsultations_NoStatement() =>
        Assert.Empty(Parsed.Sides("Chile summoned the Peruvian ambassador for consultations.", EventType.Statement));

    [Fact]
    public void Extract_InAStatementWithAnyVerb_TheSubjectSpeaks()
    {
        var sides = Parsed.Sides("In a statement on Monday, Kenya called the ruling unfair to its farmers.", EventType.Statement);
        Assert.Contains("speaker=Kenya", sides);
    }

    [Fact]
    public void Extract_StressedANoun_TheSubjectSpeaks()
    {
        var sides = Parsed.Sides("Foreign Minister Ida Holm stressed the importance of free trade with Ghana.", EventType.Statement);
        Assert.Contains("speaker=Ida Holm", sides);
    }

    [Fact]
    public void Extract_PraiseInAnAddress_StaysPraise()
    {
        var events = Parsed.Events("President Kofi Mensah praised Chile in his address to parliament on Monday.");
        Assert.Contains(events, e => e.Type == EventType.Statement && e.Cameo == "051");
        Assert.DoesNotContain(events, e => e.Type == EventType.Statement && e.Cameo == "010");
    }

    [Fact]
    public void Extract_QuoteParagraphAfterAQuotedSpeaker_SameSpeakerWithTheQuote()
    {
        var events = Parsed.Events("Prime Minister Ana Ruiz spoke to lawmakers in Santiago on Monday.\n\n"
            + "She said: \"There is no doubt that the embassy was attacked on purpose.\"\n\n"
            + "\"This is a clear breach of the treaty between our two countries.\"");
        var statements = events.Where(e => e.Type == EventType.Statement).ToList();
        Assert.Contains(statements, e => e.Quote == "There is no doubt that the embassy was attacked on purpose.");
        var continued = Assert.Single(statements, e => e.Quote == "This is a clear breach of the treaty between our two countries.");
        Assert.Equal("person:ana-ruiz", Assert.Single(continued.Participants).Entity);
    }

    [Fact]
    public void Extract_QuoteParagraphAfterUnquotedText_NoStatement()
    {
        // Nobody was quoted just before: the quotation is nobody's the article names.
        var events = Parsed.Events("Prime Minister Ana Ruiz met lawmakers in Santiago on Monday.\n\n"
            + "\"This is a clear breach of the treaty between our two countries.\"");
        Assert.DoesNotContain(events, e => e.Type == EventType.Statement && e.Quote is not null && e.Quote.StartsWith("This is", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_QuoteParagraphAfterTwoSpeakers_NoStatement()
    {
        // Two people quoted in the sentence before: which one goes on is not said.
        var events = Parsed.Events("\"We agree,\" said Ana Ruiz, and Kofi Mensah added: \"So do we.\"\n\n"
            + "\"This is a good day for the region.\"");
        Assert.DoesNotContain(events, e => e.Type == EventType.Statement && e.Quote == "This is a good day for the region.");
    }

    [Fact]
    public void Extract_ACapitalCalledTheAccusationUnacceptableInAStatement_ItsCountrySpeaks()
    {
        var sides = Parsed.Sides("In a statement by the foreign ministry on Monday, Lima called the accusation unacceptable.", EventType.Statement);
        Assert.Equal(["speaker=Peru"], sides);
    }

    [Fact]
    public void Extract_CalledOnADayForARelease_AnAppeal()
    {
        var events = Parsed.Events("Kenya called on Sunday for the immediate release of the detained journalists.");
        var appeal = Assert.Single(events, e => e.Type == EventType.Statement);
        Assert.Equal("020", appeal.Cameo);
    }

    [Fact]
    public void Extract_ExpressedConcern_TheSubjectSpeaks()
    {
        var sides = Parsed.Sides("Ghana expressed concern over the closure of the border on Tuesday.", EventType.Statement);
        Assert.Equal(["speaker=Ghana"], sides);
    }

    [Fact]
    public void Extract_WentOnToStress_Statement()
    {
        var sides = Parsed.Sides("Foreign Minister Ida Holm went on to stress the importance of constitutional reform.", EventType.Statement);
        Assert.Equal(["speaker=Ida Holm"], sides);
    }

    [Fact]
    public void Extract_TravelledToStress_NoStatement()
    {
        // A purpose: what she went to Lima for is not yet said.
        Assert.Empty(Parsed.Sides("Foreign Minister Ida Holm travelled to Lima to stress the importance of reform.", EventType.Statement));
    }

    [Fact]
    public void Extract_DismissedSomethingAsWhatItIs_StatementOfTheJudge() =>
        Assert.Equal(["speaker=Luis Vega"],
            Parsed.Sides("Luis Vega also dismissed Chilean and Peruvian denials of involvement as absolutely ridiculous.", EventType.Statement));

    [Fact]
    public void Extract_DismissedAccusationsAsBaseless_DenialOnly()
    {
        const string text = "Chile dismissed the accusations as baseless.";
        Assert.Equal(["speaker=Chile"], Parsed.Sides(text, EventType.Denial));
        Assert.Empty(Parsed.Sides(text, EventType.Statement));
    }

    [Fact]
    public void Extract_QuotationOpenedAfterTheVerbAndAComma_Statement() =>
        Assert.Equal(["speaker=Ana Ruiz"],
            Parsed.Sides("Ana Ruiz clarified, \"Luis Vega, the rebel leader accused by Peru of planning the raid, is hiding in Bolivia.\"", EventType.Statement));

    [Fact]
    public void Extract_TellingReportersAClause_Statement() =>
        Assert.Equal(["speaker=Ana Ruiz"],
            Parsed.Sides("The two leaders shook hands, with Ana Ruiz telling reporters she looked forward to \"a fair deal\" for both countries.", EventType.Statement));

    [Fact]
    public void Extract_ReportedWithItsSource_SourceSpeaks() =>
        Assert.Contains("speaker=Kenya",
            Parsed.Sides("Kenyan President Daniel Otieno spoke on Monday with Peruvian President Luis Vega about trade, the Kenyan government said.", EventType.Statement));

    [Fact]
    public void Extract_IssuedAReminderThat_Statement() =>
        Assert.Equal(["speaker=Ana Ruiz"],
            Parsed.Sides("Chilean President Ana Ruiz issued a stern reminder on Monday to Peru that it must respect the border.", EventType.Statement));

    [Theory]
    [InlineData("Peru called the accusation 'unacceptable' on Monday.")]
    [InlineData("Peru called the move \"illegal\" on Monday.")]
    public void Extract_CalledSomethingAQuotedJudgement_StatementOfTheCaller(string text) =>
        Assert.Equal(["speaker=Peru"], Parsed.Sides(text, EventType.Statement));

    [Fact]
    public void Extract_SubjectOfWhatWasSaidRightAfterSaid_NotASpeaker() =>
        Assert.Equal(["speaker=Ama Owusu"], Parsed.Sides("A spokesman for Ghana's army, Colonel Ama Owusu, said the Liberation Front had attacked a police post.", EventType.Statement));

    [Fact]
    public void Extract_NamedSpeakerWhoseCoreferentIsInWhatWasSaid_StillSpeaks() =>
        Assert.Contains("speaker=Liberation Front", Parsed.Sides("The Liberation Front, a rebel group, says it will release the hostages on Monday.", EventType.Statement));

    [Theory]
    [InlineData("Chile and Peru signed an accord on Friday to share early warning data.")]
    [InlineData("Chile and Peru signed an accord on Friday to share real-time missile warning data.")]
    public void Extract_WarningAsAModifierOfANoun_NoStatement(string body) =>
        Assert.Empty(Parsed.Sides(body, EventType.Statement));

    [Fact]
    public void Extract_ArrestedSomeoneSuspectedOfSpying_NoStatement() =>
        Assert.Empty(Parsed.Sides("Peruvian police arrested a Chilean national suspected of spying for Santiago.", EventType.Statement));

    [Fact]
    public void Extract_NameOfTheObjectBeforeAClosingSource_NotASpeaker() =>
        Assert.Equal(["speaker=Peru"], Parsed.Sides("Chile expelled Peru's ambassador, Archbishop Luis Vega, the Peruvian government said.", EventType.Statement));

    [Fact]
    public void Extract_CondemnedInThePassiveByCoordinatedSides_StatementOfEach()
    {
        Assert.All(Parsed.Events("The attack was condemned by Chile, Peru and Bolivia on Monday.").Where(e => e.Type == EventType.Statement), e => Assert.Equal("111", e.Cameo));
        Assert.Equal(["speaker=Bolivia", "speaker=Chile", "speaker=Peru"], Parsed.Sides("The attack was condemned by Chile, Peru and Bolivia on Monday.", EventType.Statement));
    }

    [Fact]
    public void Extract_QuoteThenToldReporters_StatementOfTheTeller() =>
        Assert.Equal(["speaker=Ana Ruiz"],
            Parsed.Sides("\"We will not accept this,\" Foreign Minister Ana Ruiz told reporters after the vote.", EventType.Statement));

    [Theory]
    [InlineData("A Chilean official quoted Peru's Foreign Minister Luis Vega as saying that the plan would work.")]
    [InlineData("Chilean media quoted Peruvian Foreign Minister Luis Vega as saying that the plan would work.")]
    [InlineData("Peruvian Foreign Minister Luis Vega was quoted as saying that the plan would work.")]
    public void Extract_QuotedAsSaying_TheQuotedSpeaks(string body) =>
        Assert.Equal(["speaker=Luis Vega"], Parsed.Sides(body, EventType.Statement));

    [Fact]
    public void Extract_GroupBasedInACountrySays_NotTheCountrySpeaking() =>
        Assert.DoesNotContain("speaker=Chile", Parsed.Sides("A Chile-based rights group says Peru has jailed 40 protesters.", EventType.Statement));

    [Theory]
    [InlineData("Ana Ruiz, who chairs the Andean Community, spoke with both leaders and urged restraint.")]
    [InlineData("Chilean President Ana Ruiz, who chairs the bloc, talked to both leaders and urged restraint.")]
    public void Extract_SecondVerbAfterARelativeClauseOnTheSubject_SpeakerIsTheSubject(string body) =>
        Assert.Equal(["speaker=Ana Ruiz"], Parsed.Sides(body, EventType.Statement));

    [Fact]
    public void Extract_SecondVerbAfterARelativeClauseOnTheObject_NotTheObject() =>
        Assert.DoesNotContain("speaker=Peru", Parsed.Sides("Ana Ruiz will travel to Peru, which hosts the summit, and urge restraint.", EventType.Statement));

    [Fact]
    public void Extract_SaidATitledNameWouldMeet_OnlyTheSayerSpeaks() =>
        Assert.Equal(["speaker=Andean Community"], Parsed.Sides("The Andean Community said President Luis Vega would meet Ana Ruiz in Quito.", EventType.Statement));

    [Theory]
    [InlineData("The Andean Community rejected the new measures as illegal.")]
    [InlineData("The Andean Community rejected the election results on Monday.")]
    public void Extract_RejectedADecisionOrItsResults_StatementOfTheRejecter(string body) =>
        Assert.Equal(["speaker=Andean Community"], Parsed.Sides(body, EventType.Statement));

    [Theory]
    [InlineData("Many Bolivians suspect the election was rigged.")]
    [InlineData("Lawyers for the 45-year-old Bolivian argued that he is innocent.")]
    public void Extract_PeopleOfACountrySay_NoStatementOfTheCountry(string body) =>
        Assert.Empty(Parsed.Sides(body, EventType.Statement));

    [Fact]
    public void Extract_TheDemonymAsTheState_StatementOfTheCountry() =>
        Assert.Equal(["speaker=Bolivia"], Parsed.Sides("The Bolivians insist the aircraft are used for surveillance.", EventType.Statement));

    [Fact]
    public void Extract_APersonsAdministrationAfterAnotherBody_NotThatBody() =>
        Assert.DoesNotContain("speaker=Andean Community",
            Parsed.Sides("The Andean Community ruled on the case on Monday. The Vargasson administration has repeatedly said the detainees are treated well.", EventType.Statement));

    [Fact]
    public void Extract_NoPlansReportedByATitledSpeakerAfterTheComma_StatementOfTheSpeaker() =>
        Assert.Equal(["speaker=Marko Jelic"], Parsed.Sides("Serbia has no plans to impose sanctions on Russia, President Marko Jelic said.", EventType.Statement));

    [Fact]
    public void Extract_QuoteToldByANameWithATitleOfSomething_StatementOfTheName() =>
        Assert.Equal(["speaker=Lena Berg"], Parsed.Sides("\"Our money is running out,\" Lena Berg, the UN's head of refugee affairs, told delegates.", EventType.Statement));

    [Fact]
    public void Extract_ClosingSourceNamesNoOne_NoStatementOfTheReportsSubject() =>
        Assert.Empty(Parsed.Sides("Sweden's ambassador to Iran, Anders Holm, was recalled to Stockholm for consultations, the foreign ministry said.", EventType.Statement));

    [Fact]
    public void Extract_ClaimByARelativeClauseOnAnUnnamedNoun_NoStatement() =>
        Assert.Empty(Parsed.Sides("Chile's president accused Lima of sheltering the militants who claimed responsibility for the attack.", EventType.Statement));

    [Fact]
    public void Extract_PossessedChiefInAppositionClosingTheReport_StatementOfTheName() =>
        Assert.Contains("speaker=Maria Kallas",
            Parsed.Sides("The European Union could impose new sanctions on Georgia, its foreign policy chief, Maria Kallas, said.", EventType.Statement));

    [Fact]
    public void Extract_AgencyQuotedATitledOfficialAsSaying_TheOfficialSpeaks() =>
        Assert.Equal(["speaker=Luis Vega"], Parsed.Sides("Chilean state news agency Orbe quoted Deputy Foreign Minister Luis Vega as saying Chile would not yield.", EventType.Statement));

    [Theory]
    [InlineData("The Israeli military said two rockets had landed in an open field.", "speaker=Israel")]
    [InlineData("The Russian army said its air defences had been on alert.", "speaker=Russia")]
    [InlineData("The IDF said two rockets had landed in an open field.", "speaker=Israel Defense Forces")]
    public void Extract_ArmyDescribedOrNamed_TheCountryOrTheNamedForce(string body, string expected) =>
        Assert.Equal([expected], Parsed.Sides(body, EventType.Statement));

    [Fact]
    public void Extract_SpeakingAlongsideANamedCounterpart_TheTitledNameAfterTheCommaSpeaks() =>
        Assert.Equal(["speaker=Ana Ruiz"], Parsed.Sides("Speaking alongside her Peruvian counterpart Luis Vega, Chilean President Ana Ruiz said trade had doubled.", EventType.Statement));

    [Fact]
    public void Extract_DeedToldInThePluperfectOnADay_DeedUndatedAndTheSayingDated()
    {
        var events = Parsed.Events("Chile's defence minister said on Tuesday that Peruvian troops had shelled the town of Tacna.");
        Assert.Null(Assert.Single(events, e => e.Type == EventType.MilitaryAction).Date);
        Assert.Equal("2025-03-11", Assert.Single(events, e => e.Type == EventType.Statement).Date);
    }

    [Fact]
    public void Extract_ActToldAsUnderWayOnADay_DatedThatDay() =>
        Assert.Equal("2025-03-11", Assert.Single(Parsed.Events("Chile announced on Tuesday that it was expelling two Peruvian diplomats."), e => e.Type == EventType.Sanction).Date);

    [Fact]
    public void Extract_DeniedOnADayThatItHadSuppliedArms_DenialAndNoOffer()
    {
        var events = Parsed.Events("Chile denied on Tuesday that it had supplied drones to Peru.");
        Assert.Single(events, e => e.Type == EventType.Denial);
        Assert.DoesNotContain(events, e => e.Type == EventType.Offer);
    }

    [Theory]
    [InlineData("Chile said on Tuesday it had shelled Peruvian positions near Tacna.")]
    [InlineData("Chilean officials told reporters on Tuesday that Chile had shelled Peruvian positions near Tacna.")]
    [InlineData("Chile reported on Tuesday that its troops had shelled Peruvian positions near Tacna.")]
    [InlineData("Peru said on Tuesday Chilean troops had fired on its posts near Tacna.")]
    [InlineData("Peru said on Tuesday that Chilean troops had fired on its posts near Tacna.")]
    [InlineData("Chile said on Tuesday that its air force had carried out an airstrike on a camp in Peru.")]
    public void Extract_DeedToldInThePluperfectAfterTheDayOfItsTelling_DeedUndated(string body) =>
        Assert.Null(Assert.Single(Parsed.Events(body), e => e.Type == EventType.MilitaryAction).Date);

    [Fact]
    public void Extract_DeniedOnADayThatItHadExpelledEnvoys_NoSanction() =>
        Assert.DoesNotContain(Parsed.Events("Chile denied on Monday it had expelled two Peruvian diplomats."), e => e.Type == EventType.Sanction);

    [Fact]
    public void Extract_QuoteThenAgencyQuotedAMinisterAsSaying_TheMinisterSpeaks()
    {
        var statement = Assert.Single(Parsed.Events("\"We will not allow this,\" Prensa Latina quoted Foreign Minister Luis Vega as saying."), e => e.Type == EventType.Statement);
        Assert.Equal(["person:luis-vega"], statement.Participants.Select(p => p.Entity));
        Assert.Equal("We will not allow this", statement.Quote);
    }

    [Fact]
    public void Extract_DeedToldWithADayOfItsOwn_DeedKeepsIt() =>
        Assert.Equal("2025-03-10", Assert.Single(Parsed.Events("Chile said on Tuesday that Peruvian troops had shelled Tacna on Monday."),
            e => e.Type == EventType.MilitaryAction).Date);

    [Theory]
    [InlineData("\"We will respond,\" Interfax quoted Kremlin spokesman Dmitri Pavlenko as saying on Sunday.", "person:dmitri-pavlenko")]
    [InlineData("Anadolu quoted Foreign Minister Kemal Aydin as telling reporters that Ankara would respond.", "person:kemal-aydin")]
    [InlineData("Anadolu quoted Kemal Aydin, a senior Turkish official, as telling reporters that Ankara would respond.", "person:kemal-aydin")]
    public void Extract_AgencyQuotedAPersonAsSayingOrTelling_ThePersonSpeaks(string body, string speaker)
    {
        var speakers = Parsed.Events(body).Where(e => e.Type == EventType.Statement).SelectMany(e => e.Participants).Select(p => p.Entity).ToList();
        Assert.Contains(speaker, speakers);
    }
}
