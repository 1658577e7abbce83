using Graph.Core.Model;

namespace Graph.Extraction.Tests.Frames;

/// <summary>Subjects that name no one ("it", "they", "he", "the ministry", "the statement") read as the actor they stand for.</summary>
public sealed class CoreferenceFrameTests
{
    [Fact]
    public void Extract_ItSaidAfterAnOrganisationSpoke_TheOrganisationSpeaks()
    {
        var sides = Parsed.Sides("The World Health Organization announced new figures on Monday. It said that cases had fallen by half.", EventType.Statement);
        Assert.Contains("speaker=World Health Organization", sides);
        Assert.Equal(2, sides.Count(s => s == "speaker=World Health Organization"));
    }

    [Fact]
    public void Extract_SheSaidAfterANamedPerson_ThePersonSpeaks()
    {
        var sides = Parsed.Sides("Foreign Minister Ida Holm arrived in Lima on Monday. She said the talks had gone well.", EventType.Statement);
        Assert.Equal(["speaker=Ida Holm"], sides);
    }

    [Fact]
    public void Extract_TheMinistryAddedAfterACountry_TheCountrySpeaks()
    {
        var sides = Parsed.Sides("Kenya recalled its ambassador from Chile on Friday. The ministry added that the embassy would stay open.", EventType.Statement);
        Assert.Equal(["speaker=Kenya"], sides);
    }

    [Fact]
    public void Extract_ThePersonsStatementSaid_ThePersonSpeaks()
    {
        var sides = Parsed.Sides("Ida Holm's statement said that the border had been closed for a week.", EventType.Statement);
        Assert.Equal(["speaker=Ida Holm"], sides);
    }

    [Fact]
    public void Extract_TheStatementSaidAfterTheClauseItReports_TheAuthorSpeaksNotTheClausesSubject()
    {
        var sides = Parsed.Sides("In a statement issued in Oslo, the Norwegian Refugee Council said aid had arrived. Ida Holm signed the loan with Chile, the statement said.", EventType.Statement);
        Assert.Equal(["speaker=Norwegian Refugee Council", "speaker=Norwegian Refugee Council"], sides);
    }

    [Fact]
    public void Extract_TheBodyOfADemonym_TheCountrySpeaks()
    {
        var sides = Parsed.Sides("The Kenyan high commission said in a statement that the loan had been signed.", EventType.Statement);
        Assert.Equal(["speaker=Kenya"], sides);
    }

    [Fact]
    public void Extract_TheArmyAfterTheArmyOfADemonym_ThatCountryDenies()
    {
        var sides = Parsed.Sides("Rebels shelled the town of Tarma on Sunday, the Peruvian army said. The army denied firing on the market.", EventType.Denial);
        Assert.Equal(["speaker=Peru"], sides);
    }

    [Fact]
    public void Extract_TheArmyAsObjectAfterACountrysArmy_ThatCountryIsAccused()
    {
        var sides = Parsed.Sides("Chile's army moved into the valley on Monday. Ida Holm accused the army of burning homes.", EventType.Accusation);
        Assert.Equal(["accused=Chile accuser=Ida Holm"], sides);
    }

    [Fact]
    public void Extract_TheAgencyAfterTheAgencyOfABody_ThatBodySpeaks()
    {
        var sides = Parsed.Sides("Kuwait gave 10 million dollars to the UN agency for refugees, the agency said on Monday.", EventType.Statement);
        Assert.Equal(["speaker=United Nations"], sides);
    }

    [Fact]
    public void Extract_TheGroupAfterTheGroupBeforeItsName_TheNamedGroupDenies()
    {
        var sides = Parsed.Sides("Police blamed the blast on the militant group Kalu Front. The group denied any role in the attack.", EventType.Denial);
        Assert.Equal(["speaker=Kalu Front"], sides);
    }

    [Fact]
    public void Extract_TheMinistryAfterANamedMinistry_TheNamedMinistrySpeaks()
    {
        var sides = Parsed.Sides("Chile's Foreign Ministry summoned the envoy of Peru on Monday. The ministry said the talks were over.", EventType.Statement);
        Assert.DoesNotContain("speaker=Chile", sides);
    }

    [Fact]
    public void Extract_TheyAfterCoordinatedSubjects_EachAccuses()
    {
        var sides = Parsed.Sides("Kenya and Ghana said they were recalling their envoys, as they accused Chile of arming the rebels.", EventType.Accusation);
        Assert.Equal(["accused=Chile accuser=Ghana", "accused=Chile accuser=Kenya"], sides);
    }

    [Fact]
    public void Extract_ItWithoutAnyActorBefore_NoStatement() =>
        Assert.Empty(Parsed.Sides("It said that cases had fallen by half.", EventType.Statement));

    [Fact]
    public void Extract_HeAfterOnlyACountry_NoSpeakerFromTheCountry()
    {
        // "he" stands for a person only: a country before it is not who spoke.
        var sides = Parsed.Sides("Kenya closed its border on Monday. He said the decision was final.", EventType.Statement);
        Assert.DoesNotContain("speaker=Kenya", sides);
    }
    [Fact]
    public void Extract_HeSaidAfterAQuoteNamingAnother_TheLastSubjectSpeaks()
    {
        // The quote names another person last; "he" is the one who was speaking before it.
        var sides = Parsed.Sides("Foreign Minister Lars Berg spoke to reporters in Oslo on Monday. \"We will not be pressured by Vladimir Putin,\" he said.", EventType.Statement);
        Assert.Contains("speaker=Lars Berg", sides);
        Assert.DoesNotContain("speaker=Vladimir Putin", sides);
    }

    [Fact]
    public void Extract_TheStatementAfterAnotherSubject_TheOneWhoIssuedItSpeaks()
    {
        var sides = Parsed.Sides("Kenya accused Chile of espionage in a statement on Monday. Ghana closed its border on Tuesday. The statement said the embassy would close.", EventType.Statement);
        Assert.Contains("speaker=Kenya", sides);
        Assert.DoesNotContain("speaker=Ghana", sides);
    }

    [Fact]
    public void Extract_TheStatementAfterABodysOwnerAccusedInOne_TheOwnerSpeaks()
    {
        const string text = "The violations were grave, the Bolivian statement said. Peru's foreign ministry also accused Chile of arming the rebels in a statement. "
            + "The statement said all Peruvian ports would be closed to Chilean ships.";
        var sides = Parsed.Sides(text, EventType.Statement);
        Assert.Equal(["speaker=Bolivia", "speaker=Peru"], sides.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Extract_SheAfterAManCalledMr_TheWomanBeforeHimSpeaks()
    {
        var document = Parsed.Extract("Foreign Minister Ida Holm welcomed Trade Minister Lars Berg to Oslo on Monday. Mr Berg thanked his hosts. She said that the talks had gone well.");
        var names = document.Entities.ToDictionary(e => e.Id, e => e.Name, StringComparer.Ordinal);
        var said = Assert.Single(document.Events, e => e.Type == EventType.Statement && e.Evidence.StartsWith("She said", StringComparison.Ordinal));
        Assert.Equal(["Ida Holm"], said.Participants.Select(p => names[p.Entity]));
    }
    [Fact]
    public void Extract_TheTitleAfterItsHolderSpoke_TheHolderSpeaks()
    {
        var document = Parsed.Extract("Ida Holm, the spokesperson for the Norwegian government, arrived in Lima on Monday. The spokesperson said that the talks had gone well.");
        var names = document.Entities.ToDictionary(e => e.Id, e => e.Name, StringComparer.Ordinal);
        var said = Assert.Single(document.Events, e => e.Type == EventType.Statement && e.Evidence.StartsWith("The spokesperson", StringComparison.Ordinal));
        Assert.Equal(["Ida Holm"], said.Participants.Select(p => names[p.Entity]));
    }

    [Fact]
    public void Extract_TheAsianStateAsObject_TheCountryNamedBefore()
    {
        var document = Parsed.Extract("Chile and Ghana cut diplomatic ties with Laos on Monday, as they accused the Asian state of supporting rebels.");
        var names = document.Entities.ToDictionary(e => e.Id, e => e.Name, StringComparer.Ordinal);
        var accused = document.Events.Where(e => e.Type == EventType.Accusation)
            .SelectMany(e => e.Participants.Where(p => p.Role == "accused")).Select(p => names[p.Entity]).Distinct().ToList();
        Assert.Equal(["Laos"], accused);
        // "Asian" only describes the state: no place of that name.
        Assert.DoesNotContain(document.Entities, e => e.Name == "Asian");
    }

    [Fact]
    public void Extract_TheCountryAsObjectBeforeAndAsked_IsNoSpeaker()
    {
        var sides = Parsed.Sides("Foreign Minister Ana Ruiz said on Monday that Chile would recall its ambassador from Peru. "
            + "She added that the embassy staff will leave the South American country and asked Lima to protect them.", EventType.Statement);
        Assert.DoesNotContain(sides, s => s.Contains("Peru", StringComparison.Ordinal));
        Assert.Contains("speaker=Ana Ruiz", sides);
    }

    [Fact]
    public void Extract_LastConjunctTheParserMadeASecondSubject_EachCutsTies()
    {
        var sides = Parsed.Sides("Chile, Peru, Ghana and the United Arab Emirates announced today they were severing diplomatic ties with Laos.", EventType.Sanction);
        Assert.Equal(["imposer=Chile target=Laos", "imposer=Ghana target=Laos", "imposer=Peru target=Laos", "imposer=United Arab Emirates target=Laos"], sides);
    }

    [Fact]
    public void Extract_ItAfterACapitalSpoke_TheCapitalsCountry() =>
        Assert.Equal(["accused=Chile accuser=Peru"],
            Parsed.Sides("In a statement on Monday, Lima called the accusation unacceptable. It accused Chile of undermining the talks.", EventType.Accusation));

    [Fact]
    public void Extract_RelativeClauseReadAsConjunct_AccusedIsTheNounBeforeIt() =>
        Assert.Equal(["accused=Chile accuser=Treasury Department"],
            Parsed.Sides("The Treasury Department announced sanctions on Luis Vega, a commander with the Chilean army, which it accused of killing civilians.", EventType.Accusation));

    [Fact]
    public void Extract_TheBodysNameWithoutItsInstitutionNoun_TheBodySpeaks() =>
        Assert.Equal(["speaker=Treasury Department"],
            Parsed.Sides("The Chilean Treasury Department sanctioned Luis Vega on Monday. In a statement, the Treasury said the campaign was marked by abuses.", EventType.Statement));

    [Fact]
    public void Extract_AccusingHimAfterSanctioningAPerson_AccusedIsThatPerson() =>
        Assert.Equal(["accused=Luis Vega accuser=Chile"],
            Parsed.Sides("Chile sanctioned a senior Peruvian army officer, Luis Vega, on Monday, accusing him of ordering attacks on civilians.", EventType.Accusation));

    [Fact]
    public void Extract_AccusingThemAfterSanctionsOnNamedMinisters_EachMinisterAccusedAndSanctioned()
    {
        const string text = "Chile imposed sanctions on two Peruvian ministers, Ana Ruiz and Luis Vega, accusing them of corruption.";
        Assert.Equal(["accused=Ana Ruiz accuser=Chile", "accused=Luis Vega accuser=Chile"], Parsed.Sides(text, EventType.Accusation));
        Assert.Equal(["imposer=Chile target=Ana Ruiz", "imposer=Chile target=Luis Vega"], Parsed.Sides(text, EventType.Sanction));
    }

    [Fact]
    public void Extract_AccusingHimAfterSanctioningACountry_NoAccusationOfTheCountry() =>
        Assert.DoesNotContain("accused=Peru accuser=Chile",
            Parsed.Sides("Chile sanctioned Peru on Monday, accusing him of ordering attacks on civilians.", EventType.Accusation));

    [Fact]
    public void Extract_TheGroupInAStatesReport_IsNotThatState() =>
        Assert.DoesNotContain("actor=Sudan", Parsed.Sides("The Sudanese army said the paramilitary group had attacked a hospital in El Fasher.", EventType.MilitaryAction));

    [Theory]
    [InlineData("Peru did not take part in the talks. Its military government has accused Chile of harbouring opponents.")]
    [InlineData("Peru stayed away from the summit. Their government has accused Chile of harbouring opponents.")]
    public void Extract_ItsGovernmentAfterAStateWasTheSubject_TheStateAccuses(string body) =>
        Assert.Equal(["accused=Chile accuser=Peru"], Parsed.Sides(body, EventType.Accusation));

    [Fact]
    public void Extract_ItsForcesInWhatAnotherSaid_NotTheStateBefore() =>
        Assert.DoesNotContain("actor=Peru",
            Parsed.Sides("Peru stayed away from the summit. The Patriotic Front said its forces attacked a Chilean post near Arica.", EventType.MilitaryAction));

    [Fact]
    public void Extract_GroupBlamedAfterItAttacked_AccusationOfThatGroup() =>
        Assert.Equal(["accused=Shining Path accuser=Peru"],
            Parsed.Sides("The Shining Path attacked a Peruvian army post near Ayacucho. Peru blamed the group for the attack.", EventType.Accusation));

    [Fact]
    public void Extract_GroupDescribedByItsOwnWords_NotTheGroupBefore() =>
        Assert.Empty(Parsed.Sides("The Shining Path attacked a Peruvian army post near Ayacucho. Peru blamed the rights group for the report.", EventType.Accusation));

    [Fact]
    public void Extract_TheMinisterAfterATitledNameWithADemonym_TheNamedMinisterSpeaks() =>
        Assert.Equal(["speaker=Kalle Saar"], Parsed.Sides("Latvian Transport Minister Kalle Saar toured the port on Thursday. The minister said the harbour would reopen.", EventType.Statement));

    [Fact]
    public void Extract_TheDemonymTitleAfterAnotherSubject_TheHolderNamedWithThatState()
    {
        const string body = "Chilean Foreign Minister Luis Vega met Peruvian Foreign Minister Ana Ruiz in Lima on Sunday. Ruiz welcomed the visit. "
            + "The Chilean minister said Santiago remained committed to the project.";
        Assert.Contains("speaker=Luis Vega", Parsed.Sides(body, EventType.Statement));
        Assert.DoesNotContain("speaker=Chile", Parsed.Sides(body, EventType.Statement));
    }

    [Fact]
    public void Extract_HeAfterAWomanSpokeOfAsHer_TheManBefore()
    {
        const string body = "Chilean President Luis Vega met Peruvian envoys on Monday. Peruvian Foreign Minister Ana Ruiz said her government wanted "
            + "the border reopened. He said the talks had been useful.";
        var speakers = Parsed.Sides(body, EventType.Statement);
        Assert.Contains("speaker=Luis Vega", speakers);
        Assert.Single(speakers, s => s == "speaker=Ana Ruiz");
    }

    [Fact]
    public void Extract_SentenceWithTwoPersonsAndHer_NoGenderTakenFromIt()
    {
        // "her" may be either person's here: Vega is not taken for a woman, so "He" may still stand for him.
        const string body = "Chilean President Luis Vega met Ana Ruiz and praised her efforts. He said the talks had been useful.";
        Assert.Contains("speaker=Luis Vega", Parsed.Sides(body, EventType.Statement));
    }

    [Fact]
    public void Extract_HeAfterTheOnlyWomanSubjectSaidShe_NotHers()
    {
        const string body = "Chilean Finance Minister Ana Ruiz met Peruvian Trade Minister Luis Vega in Lima on Tuesday. Ruiz said she was pleased "
            + "with the outcome. He said the tariffs would stay.";
        Assert.Single(Parsed.Sides(body, EventType.Statement), s => s == "speaker=Ana Ruiz");
    }

    [Theory]
    [InlineData("Her spokesman, Lars Berg, said she had spoken by phone with Kenyan President Omar Wekesa.")]
    [InlineData("A spokesman for Okafor said she had spoken by phone with Kenyan President Omar Wekesa.")]
    public void Extract_SheInWhatHerSpokesmanSaid_TheOneHeSpeaksFor(string second) =>
        Assert.Equal(["participant=Amina Okafor participant=Omar Wekesa"],
            Parsed.Sides("UN Secretary-General Amina Okafor arrived in Nairobi on Monday. " + second, EventType.PhoneCall));

    [Fact]
    public void Extract_BareArmyAfterAStatesArmy_ThatState() =>
        Assert.Equal(["accused=Peru accuser=Shining Path"],
            Parsed.Sides("Clashes between Peru's army and the Shining Path spread on Monday. The Shining Path accused the army of shelling a village.", EventType.Accusation));

    [Fact]
    public void Extract_BareArmyWithNoStatesArmyBefore_NoSide() =>
        Assert.Empty(Parsed.Sides("Clashes spread on Monday. The Shining Path accused the army of shelling a village.", EventType.Accusation));
}
