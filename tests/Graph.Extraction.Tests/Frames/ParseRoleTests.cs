using Graph.Core.Model;

namespace Graph.Extraction.Tests.Frames;

/// <summary>Roles in apposition, read from the parse in either order.</summary>
public sealed class ParseRoleTests
{
    [Theory]
    [InlineData("The president of the African Union Commission, Ana Ruiz, said the talks would resume.", "Ana Ruiz / President / African Union Commission")]
    [InlineData("Ana Ruiz, director of the Lima-based Andean Policy Office, spoke on Sunday.", "Ana Ruiz / Director / Andean Policy Office")]
    public void Extract_TitleOfANamedBodyAfterTheTitle_RoleAtTheWholeBody(string body, string role) =>
        Assert.Contains(role, Parsed.Roles(body));

    [Fact]
    public void Extract_TitleOfTwoNounsBeforeItsOwner_RoleAtTheOwner() =>
        Assert.Contains("Ana Ruiz / Chief of Staff / Chile", Parsed.Roles("The chief of staff of Chile, Ana Ruiz, said the operation would continue."));

    [Fact]
    public void Extract_GovernorOfTheCentralBankOfACountry_RoleAtTheCountry() =>
        Assert.Contains("Ana Ruiz / Governor / Chile", Parsed.Roles("The governor of the central bank of Chile, Ana Ruiz, said rates would stay."));

    [Theory]
    [InlineData("The Treasury Department denied the report on Monday. Its spokesperson, Lena Varga, said the talks were useful.", "Lena Varga / Spokesperson / Treasury Department")]
    [InlineData("Chad left the bloc in 2023. Its foreign minister, Idriss Kamou, visited Niamey on Sunday.", "Idriss Kamou / Foreign Minister / Chad")]
    [InlineData("The Danish Refugee Council rejected the charge. Its secretary general, Mette Lund, said the group had done nothing wrong.", "Mette Lund / Secretary General / Danish Refugee Council")]
    [InlineData("Sweden joined the talks. Its foreign minister, Karin Lund, said the deal was close.", "Karin Lund / Foreign Minister / Sweden")]
    public void Extract_ItsTitleBeforeTheName_RoleAtTheBodyLastASubject(string body, string role) =>
        Assert.Contains(role, Parsed.Roles(body));

    [Fact]
    public void Extract_ItsTitleInAClauseOfAnotherSubject_NoRoleFromTheEarlierSentence() =>
        // "its" in a clause whose own subject is a body is that body's, which no sentence before says.
        Assert.DoesNotContain(Parsed.Roles("Chad left the bloc in 2023. Kenya said its foreign minister, Idriss Kamou, would travel."), r => r.EndsWith("/ Chad", StringComparison.Ordinal));

    [Fact]
    public void Extract_PossessiveDescriptionThenName_Role() =>
        Assert.Contains("Daniel Otieno / President / Kenya", Parsed.Roles("Kenya's president, Daniel Otieno, opened the session."));

    [Fact]
    public void Extract_NameThenDescriptionWithOf_Role() =>
        Assert.Contains("Ana Ruiz / Foreign Minister / Chile", Parsed.Roles("Ana Ruiz, the foreign minister of Chile, opened the session."));

    [Fact]
    public void Extract_NameThenAdjectivalDescription_Role() =>
        // The title as the article writes it (annotation guidelines), British spelling included.
        Assert.Contains("Ida Holm / Defence Minister / Norway", Parsed.Roles("Ida Holm, Norway's defence minister, spoke first."));

    [Fact]
    public void Extract_CounterpartFromACountry_TakesTheTitleOfTheOneWhoseCounterpartItIs()
    {
        var roles = Parsed.Roles("Kenyan President Daniel Otieno called his Chilean counterpart, Ana Ruiz, on Monday.");
        Assert.Contains("Daniel Otieno / President / Kenya", roles);
        Assert.Contains("Ana Ruiz / President / Chile", roles);
    }

    [Fact]
    public void Extract_CounterpartNamedWithoutAComma_TakesTheTitle()
    {
        var roles = Parsed.Roles("Kenyan Defence Minister Daniel Otieno held talks with his Chilean counterpart Ana Ruiz in Lima.");
        Assert.Contains("Ana Ruiz / Defence Minister / Chile", roles);
        Assert.DoesNotContain(roles, r => r.Contains("/ Counterpart /", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_CounterpartOfATitleWithoutCountry_TakesTheTitleAndTheOtherKeepsNoCountry()
    {
        var roles = Parsed.Roles("President Daniel Otieno and his Chilean counterpart Ana Ruiz met in Lima on Monday.");
        Assert.Contains("Ana Ruiz / President / Chile", roles);
        Assert.DoesNotContain("Daniel Otieno / President / Chile", roles);
    }

    [Fact]
    public void Extract_ForeignMinisterInAnArticleOnACountrysForeignMinistry_ThatCountrysMinister()
    {
        var roles = Parsed.Roles("Chile's foreign ministry summoned the Peruvian ambassador on Monday. Foreign Minister Ana de la Vega told the Peruvian envoy that the Peruvian talks were over. The Peruvian embassy declined to comment.");
        Assert.Contains("Ana de la Vega / Foreign Minister / Chile", roles);
        Assert.DoesNotContain("Ana de la Vega / Foreign Minister / Peru", roles);
    }

    [Fact]
    public void Extract_CounterpartOfAMinisterNamedInAnEarlierSentence_TakesTheTitle()
    {
        var roles = Parsed.Roles("Chile's defence minister Ana Ruiz arrived in Lima on Monday. Ruiz, who took office in May, met her Peruvian counterpart Luis Vega.");
        Assert.Contains("Luis Vega / Defence Minister / Peru", roles);
    }

    [Fact]
    public void Extract_TheLeaderOfTheOppositionPartyCommaName_LeaderOfTheParty()
    {
        var roles = Parsed.Roles("The leader of the main opposition Northern People's Party, Ana Ruiz, called the arrest a coup.");
        Assert.Contains("Ana Ruiz / Leader / Northern People's Party", roles);
    }

    [Fact]
    public void Extract_HeMetHisCounterpartAfterTheMinisterWasNamed_TakesTheTitle()
    {
        var roles = Parsed.Roles("Chile's defence minister Luis Vega arrived in Lima on Monday. He met his Peruvian counterpart Ana Ruiz.");
        Assert.Contains("Ana Ruiz / Defence Minister / Peru", roles);
    }

    [Fact]
    public void Extract_TitleAbbreviationFM_ForeignMinisterAndNoOrganisation()
    {
        var document = Parsed.Extract("Chile's FM Ana Ruiz met Peru's FM Luis Vega in Lima.");
        Assert.DoesNotContain(document.Entities, e => e.Name == "FM");
        Assert.Contains("Ana Ruiz / Foreign Minister / Chile", Parsed.Roles("Chile's FM Ana Ruiz met Peru's FM Luis Vega in Lima."));
    }

    [Fact]
    public void Extract_CounterpartWithATitleOfTheirOwn_KeepsIt()
    {
        var roles = Parsed.Roles("Kenyan President Daniel Otieno called his Chilean counterpart, Foreign Minister Ana Ruiz, on Monday.");
        Assert.Contains("Ana Ruiz / Foreign Minister / Chile", roles);
        Assert.DoesNotContain("Ana Ruiz / President / Chile", roles);
    }
    [Fact]
    public void Extract_TitleCommaNameTheParserCoordinates_Role() =>
        Assert.Contains("Daniel Otieno / President / Kenya", Parsed.Roles("The Kenyan President, Daniel Otieno, touched down in Lima this morning."));

    [Fact]
    public void Extract_DescriptionBehindAnd_AnotherPersonsRole()
    {
        var roles = Parsed.Roles("The delegation includes Foreign Minister Ana Ruiz and Peru's trade minister, Luis Vega.");
        Assert.DoesNotContain(roles, r => r.StartsWith("Ana Ruiz / Trade Minister", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_OfficeOfACountryCommaNameAsSecondSubject_Role() =>
        Assert.Contains("Omar Deby / President / Chad", Parsed.Roles("Meanwhile, the president of Chad, General Omar Deby, had arrived in Lima."));

    [Fact]
    public void Extract_TitleWrittenAsSpokesman_KeepsTheArticlesWord() =>
        Assert.Contains("Oleg Ivanov / Spokesman / Kremlin", Parsed.Roles("Kremlin spokesman Oleg Ivanov said the talks had failed."));

    [Fact]
    public void Extract_CounterpartWithATitle_CounterpartIsNoTitle()
    {
        var roles = Parsed.Roles("Foreign Minister Ida Holm met her Russian counterpart, Foreign Minister Sergey Lavrov, in Oslo.");
        Assert.Contains("Sergey Lavrov / Foreign Minister / Russia", roles);
        Assert.DoesNotContain(roles, r => r.Contains("/ Counterpart /", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_OfficeOfACountryCommaNameInAReportedClause_Role() =>
        Assert.Contains("Omar Deby Itno / President / Chad",
            Parsed.Roles("Meanwhile, a Kenyan government spokesman told AFP that the president of Chad, General Omar Deby Itno, was on Sunday in Niger to help resolve the crisis."));

    [Fact]
    public void Extract_NameThenDescriptionWithWith_Role() =>
        Assert.Contains("Omar Haddad / Commander / Rapid Support Forces",
            Parsed.Roles("The ministry sanctioned Omar Haddad, a commander with the Rapid Support Forces, on Monday."));

    [Fact]
    public void Extract_TheCountrysPresidentAfterTheCountryIsNamed_RoleOfThatCountry() =>
        Assert.Equal(["Nicolas Ruiz / President / Venezuela"],
            Parsed.Roles("The Chilean government on Monday imposed sanctions on Venezuela's oil firm, stepping up pressure on the country's embattled president, Nicolas Ruiz."));

    [Fact]
    public void Extract_DescriptiveAdjectiveBeforeTitle_NotPartOfTheTitle()
    {
        var roles = Parsed.Roles("Peru's defence minister, Ana Soto, and Chile's deputy foreign minister, Luis Vega, met in Lima.");
        Assert.Equal(["Ana Soto / Defence Minister / Peru", "Luis Vega / Deputy Foreign Minister / Chile"], roles);
    }

    [Fact]
    public void Extract_MemberWithAnOrganisationReadAsTwoNominals_RoleAtTheOrganisation() =>
        Assert.Equal(["Ali Hassan / Commander / Rapid Support Forces"],
            Parsed.Roles("The sanctions hit Ali Hassan, a commander with Sudan's paramilitary Rapid Support Forces (RSF)."));

    [Fact]
    public void Extract_OnlyCountryIsWhereSomethingComesFrom_NoOwner() =>
        Assert.Empty(Parsed.Roles("Deputy Interior Minister Tomasz Nowak said Warsaw had been taking steps to prepare for the arrival of refugees from Ukraine."));

    [Fact]
    public void Extract_TitleOfANamedOffice_OneRoleWithTheWholeTitle() =>
        Assert.Equal(["Antony Blinken / Secretary of State / United States"], Parsed.Roles("US Secretary of State Antony Blinken met Wang Yi in Beijing."));

    [Fact]
    public void Extract_NameAfterATitleWithItsOwnOf_HoldsTheTitle() =>
        Assert.Contains("Mohammed Badaru / Minister of Defence / Nigeria", Parsed.Roles("Nigeria's Minister of Defence, Mohammed Badaru, visited troops in Maiduguri."));

    [Fact]
    public void Extract_TitledSubjectAfterAFrontedPhraseEndingInACounterpart_NotTheCounterpartsCountry() =>
        Assert.DoesNotContain("Yoweri Museveni / President / Kenya",
            Parsed.Roles("Speaking after talks with his Kenyan counterpart, President Yoweri Museveni said the border would reopen."));
    [Fact]
    public void Extract_RelativeClauseWithACopula_RoleOfThePerson() =>
        Assert.Contains("Ida Holm / Foreign Minister / Norway", Parsed.Roles("Ida Holm, who has been Norway's foreign minister since 2021, met the envoy."));

    [Fact]
    public void Extract_ReligiousTitleBetweenTheOfficeAndTheName_TheOffice() =>
        Assert.Contains("Ali Khamenei / Supreme Leader / Iran", Parsed.Roles("Iran's Supreme Leader Ayatollah Ali Khamenei met the envoy."));

    [Fact]
    public void Extract_LeaderOfADelegationThatMetTheOtherSide_NoOfficeFromTheOtherSide() =>
        Assert.Empty(Parsed.Roles("The delegation, led by Deputy Foreign Minister Ana Ruiz, held talks with Peruvian officials in Lima."));

    [Fact]
    public void Extract_LeaderOfANamedCountrysDelegation_OfficeOfThatCountry() =>
        Assert.Equal(["Ana Ruiz / Deputy Foreign Minister / Chile"],
            Parsed.Roles("The Chilean delegation, led by Deputy Foreign Minister Ana Ruiz, held talks with Peruvian officials in Lima."));

    [Fact]
    public void Extract_TitledNameJoinedToAQualifiedOne_SharesItsCountry() =>
        Assert.Contains("Kenji Ito / Defence Minister / Japan",
            Parsed.Roles("Japan and the Philippines signed a pact as China tensions rose. Japanese Foreign Minister Aiko Sato and Defence Minister Kenji Ito met their Philippine counterparts in Manila. China said Beijing opposed the pact, and China's press criticised it."));

    [Fact]
    public void Extract_DemonymOpeningTheSentenceBeforeTwoTitledNames_BothOfThatCountry() =>
        Assert.Equal(["Ana Ruiz / Foreign Minister / Chile", "Luis Vega / Defence Minister / Chile"],
            Parsed.Roles("Chilean Foreign Minister Ana Ruiz and Defence Minister Luis Vega met their Philippine counterparts in Manila."));

    [Theory]
    [InlineData("Qatar's Emir Sheikh Tamim bin Hamad Al Thani met the envoy.", "Tamim bin Hamad Al Thani / Emir / Qatar")]
    [InlineData("Ghana's President Dr. Kofi Mensah met the envoy.", "Kofi Mensah / President / Ghana")]
    public void Extract_HonorificBetweenTheOfficeAndTheName_TheOffice(string body, string role) =>
        Assert.Contains(role, Parsed.Roles(body));

    [Theory]
    [InlineData("Peru's ambassador in Santiago, Luis Vega, was summoned on Monday.", "Luis Vega / Ambassador / Peru")]
    [InlineData("Chile's defence minister is Maria Gonzalez.", "Maria Gonzalez / Defence Minister / Chile")]
    [InlineData("Maria Gonzalez is Chile's defence minister.", "Maria Gonzalez / Defence Minister / Chile")]
    public void Extract_DescriptionWithAPlaceOrACopula_TheRole(string body, string role) =>
        Assert.Contains(role, Parsed.Roles(body));

    [Theory]
    [InlineData("Maria Gonzalez is not Chile's defence minister.")]
    [InlineData("Maria Gonzalez is the highest-ranking Chilean official to visit Lima since 1990.")]
    public void Extract_CopulaDeniedOrRankingADeed_NoRole(string body) =>
        Assert.Empty(Parsed.Roles(body));

    [Fact]
    public void Extract_NameInAFrontedPhraseBeforeATitledSubject_NoRoleAndTheSubjectSpeaks()
    {
        const string body = "In a post on X, Peru's president wrote that the talks had been productive.";
        Assert.Empty(Parsed.Roles(body));
        Assert.Equal(["speaker=Peru"], Parsed.Sides(body, EventType.Statement));
    }

    [Fact]
    public void Extract_NameAfterTheTitlesPhraseReadAsItsConjunct_TheNameSpeaks() =>
        Assert.Equal(["addressee=United Nations Security Council speaker=Maria Gonzalez"],
            Parsed.Sides("Chile's ambassador to the UN, Maria Gonzalez, told the Security Council that the situation was dire.", EventType.Statement));

    [Fact]
    public void Extract_EnvoysFromAListOfCountriesMet_EachCountryASide() =>
        Assert.Equal(["participant=Brazil participant=Chile participant=Peru participant=Spain"],
            Parsed.Sides("Ambassadors from Spain, Brazil and Peru met with a jailed Chilean rebel leader on Friday.", EventType.Meeting));

    [Theory]
    [InlineData("A spokesman for the Chilean foreign ministry, Ana Ruiz, said the talks were useful.", "Ana Ruiz / Spokesman / Chile")]
    [InlineData("Ana Ruiz, an official at Chile's embassy in Lima, said the talks were useful.", "Ana Ruiz / Official / Chile")]
    public void Extract_RoleInAStateBodyDescribedNotNamed_RoleInTheCountry(string body, string role) =>
        Assert.Contains(role, Parsed.Roles(body));

    [Fact]
    public void Extract_RoleInARegionOfACountry_NoRoleInTheCountry() =>
        Assert.Empty(Parsed.Roles("Ana Ruiz, a former governor of the southern Chilean region of Arica, said the talks were useful."));

    [Theory]
    [InlineData("Ghana's deputy national security adviser, Kofi Boateng, arrived in Lome on Monday.", "Kofi Boateng / Deputy National Security Adviser / Ghana")]
    [InlineData("Kofi Boateng, Ghana's deputy national security adviser, arrived in Lome on Monday.", "Kofi Boateng / Deputy National Security Adviser / Ghana")]
    [InlineData("Ghana's deputy security chief, Kofi Boateng, arrived in Lome on Monday.", "Kofi Boateng / Deputy Security Chief / Ghana")]
    [InlineData("Ghana's new deputy health minister, Kofi Boateng, arrived in Lome on Monday.", "Kofi Boateng / Deputy Health Minister / Ghana")]
    public void Extract_TitleSharpenedByAWordBeforeIt_OneRoleWithTheWholeTitle(string body, string role) =>
        Assert.Equal([role], Parsed.Roles(body));

    [Fact]
    public void Extract_TitleReadWholeAndWithoutItsFirstWord_OnlyTheWholeTitle() =>
        Assert.Equal(["Kofi Boateng / National Security Adviser / Ghana"], Parsed.Roles("Ghana's national security adviser, Kofi Boateng, arrived in Lome on Monday."));

    [Fact]
    public void Extract_TwoTitledNamesJoinedBeforeTheVerb_BothOfTheDemonymsCountry() =>
        Assert.Equal(["Ana Ruiz / President / Chile", "Luis Vega / Prime Minister / Chile"],
            Parsed.Roles("Chilean President Ana Ruiz and Prime Minister Luis Vega marked the anniversary of the treaty."));

    [Theory]
    [InlineData("The head of the UN mission in Congo, Ana Ruiz, said the talks had failed.", "Ana Ruiz / Head / United Nations")]
    [InlineData("A spokesman for the UN peacekeeping mission in the region, Ana Ruiz, said the talks had failed.", "Ana Ruiz / Spokesman / United Nations")]
    public void Extract_TitleOfAnOrganisationsMissionInAPlace_RoleAtTheOrganisation(string body, string role) =>
        Assert.Contains(role, Parsed.Roles(body));
    [Fact]
    public void Extract_TitledNameJoinedToAnotherCountrysPerson_NotThatCountrys() =>
        Assert.DoesNotContain("Ana Ruiz / President / Peru", Parsed.Roles("President Ana Ruiz and Peru's Luis Vega met in Lima on Tuesday."));

    [Fact]
    public void Extract_PossessorOfTwoJoinedTitledNames_BothTheirs() =>
        Assert.Equal(["Ana Ruiz / Prime Minister / Chile", "Luis Vega / President / Chile"],
            Parsed.Roles("The envoys met Chile's Prime Minister Ana Ruiz and President Luis Vega in Santiago."));
    [Theory]
    [InlineData("Chile's newly appointed foreign minister, Ana Ruiz, visited Lima on Sunday.")]
    [InlineData("Chile's newly chosen foreign minister, Ana Ruiz, visited Lima on Sunday.")]
    public void Extract_PossessorBeforeANewlyAppointedTitle_RoleOfTheApposedName(string text) =>
        Assert.Contains("Ana Ruiz / Foreign Minister / Chile", Parsed.Roles(text));
    [Fact]
    public void Extract_CountrysTitleHeldBySomeoneElseInTheSentence_NotThePersons() =>
        Assert.DoesNotContain("Luis Vega / President / Chile",
            Parsed.Roles("After the summit, the Chile president will travel to Lima for talks with President Luis Vega."));
    [Fact]
    public void Extract_TitleReadWholeAndByItsMiddleWord_OnlyTheWhole() =>
        Assert.Equal(["Ana Ruiz / Assistant Secretary of State / United States"],
            Parsed.Roles("U.S. Assistant Secretary of State Ana Ruiz met officials in Lima on Monday to discuss trade."));

    [Fact]
    public void Extract_EnvoyDescribedBeforeHerName_EnvoyOfTheOwnerOnly() =>
        Assert.Equal(["Ana Ruiz / Envoy / Chile"],
            Parsed.Roles("Chile's newly appointed envoy to Peru, Ana Ruiz, presented her credentials to President Luis Vega on Monday."));

    [Theory]
    [InlineData("Luis Vega, who leads the Patriotic Front, denied the accusations.", "Luis Vega / Leader / Patriotic Front")]
    [InlineData("Ana Ruiz, who chairs the African Union Commission, arrived in Lima.", "Ana Ruiz / Chair / African Union Commission")]
    public void Extract_WhoHeadsANamedBody_HeadsOfficeThere(string body, string role) =>
        Assert.Contains(role, Parsed.Roles(body));

    [Fact]
    public void Extract_WhoHeadedABodyBefore_NoRole() =>
        Assert.Empty(Parsed.Roles("Luis Vega, who headed the Andean Community until 2020, arrived in Lima."));

    [Theory]
    [InlineData("Former Norwegian prime minister Helga Brandvold was sentenced on Monday.")]
    [InlineData("Former Norwegian Prime Minister Helga Brandvold said the trial was unfair.")]
    [InlineData("Norway's former prime minister Helga Brandvold was sentenced on Monday.")]
    [InlineData("Norway's former prime minister, Helga Brandvold, was sentenced on Monday.")]
    [InlineData("Helga Brandvold, Norway's former prime minister, was sentenced on Monday.")]
    [InlineData("The former Norwegian prime minister, Helga Brandvold, was sentenced on Monday.")]
    [InlineData("Norway's ousted prime minister, Helga Brandvold, was sentenced on Monday.")]
    [InlineData("The ousted Norwegian prime minister, Helga Brandvold, was sentenced on Monday.")]
    public void Extract_FormerBeforeOrAfterTheOwner_FormerTitle(string body) =>
        Assert.Equal(["Helga Brandvold / Former Prime Minister / Norway"], Parsed.Roles(body));

    [Fact]
    public void Extract_FormerAndPresentTitlesOfOneOffice_BothKept() =>
        Assert.Equal(["Helga Brandvold / Former Senator / Norway", "Helga Brandvold / Senator / Norway"],
            Parsed.Roles("Norwegian Senator Helga Brandvold spoke first. Former Norwegian senator Helga Brandvold was re-elected in May.").Order(StringComparer.Ordinal));

    [Fact]
    public void Extract_ActingTitleOwnedBeforeANameInCommas_ActingTitle() =>
        Assert.Contains("Mariam Diallo / Acting Prime Minister / Mali", Parsed.Roles("Mali's acting prime minister, Mariam Diallo, met the ECOWAS mediator in Bamako."));

    [Theory]
    [InlineData("Peruvian army spokesman Colonel Jorge Ramos said troops had repelled the attack.", "Jorge Ramos / Army Spokesman / Peru")]
    [InlineData("Chile's army chief General Ricardo Soto met Peru's defence minister in Lima.", "Ricardo Soto / Army Chief / Chile")]
    [InlineData("Former U.S. Marine General John Kelly criticised the plan.", "John Kelly / Former Marine General / United States")]
    public void Extract_OfficeBeforeARank_TheOfficeOrTheWholeRank(string body, string role) =>
        Assert.Equal([role], Parsed.Roles(body));

    [Fact]
    public void Extract_RankAfterAnOfficeWithNoOwner_TheRankOfTheSentencesCountry() =>
        Assert.Equal(["Ali Karimi / General / Iran"],
            Parsed.Roles("Iran's ISNA agency quoted Tehran police chief General Ali Karimi as saying that police would confront any protest."));

    [Theory]
    [InlineData("The head of Peru's central bank, Julio Salas, met IMF officials in Washington.", true)]
    [InlineData("The head of Peru's largest bank, Julio Salas, met IMF officials in Washington.", false)]
    public void Extract_HeadOfACountrysBank_TheCountrysOnlyForItsCentralBank(string body, bool peru) =>
        Assert.Equal(peru, Parsed.Roles(body).Contains("Julio Salas / Head / Peru"));

    [Fact]
    public void Extract_HomeAffairsMinister_WholeTitle() =>
        Assert.Equal(["Naledi Dube / Home Affairs Minister / South Africa"], Parsed.Roles("South Africa's Home Affairs Minister Naledi Dube met Omar Wekesa on Monday."));

    [Theory]
    [InlineData("Swiss mediator Lukas Brenner said the talks would resume.", "Lukas Brenner / Mediator / Switzerland")]
    [InlineData("Chilean chief negotiator Ana Ruiz left the talks on Monday.", "Ana Ruiz / Chief Negotiator / Chile")]
    public void Extract_MediatorOrNegotiatorWithAStatesAdjective_RoleAtTheState(string body, string role) =>
        Assert.Contains(role, Parsed.Roles(body));

    [Fact]
    public void Extract_CounterpartOfThePersonInTheReport_ThatPersonsTitleNotTheSpeakers()
    {
        var roles = Parsed.Roles("Spokesman Anatoly Gromov said Peruvian President Luis Vega had thanked his Chilean counterpart, Ana Ruiz, for the help.");

        Assert.Contains("Ana Ruiz / President / Chile", roles);
        Assert.DoesNotContain(roles, r => r.StartsWith("Ana Ruiz / Spokesman", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Chile responded by expelling two Peruvian diplomats, Foreign Minister Ana Ruiz announced on Monday.", "Ana Ruiz / Foreign Minister / Chile")]
    [InlineData("Chile will close the Peruvian consulate in Arica next month, Foreign Minister Ana Ruiz said on Monday.", "Ana Ruiz / Foreign Minister / Chile")]
    public void Extract_OfficeHolderTellingWhatAStateDid_RoleAtThatState(string body, string role) =>
        Assert.Contains(role, Parsed.Roles(body));
}
