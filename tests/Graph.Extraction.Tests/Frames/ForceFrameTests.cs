using Graph.Core.Model;

namespace Graph.Extraction.Tests.Frames;

/// <summary>Armed actions read from the parse where the target is not a named actor (annotation guidelines: "actor, target (or none)").</summary>
public sealed class ForceFrameTests
{
    [Theory]
    [InlineData("The talks came a week after Chile's shooting down of a Peruvian drone over the border.")]
    [InlineData("The talks came a week after Chile's downing of a Peruvian drone over the border.")]
    [InlineData("The talks came a week after Chile's shooting down of an unarmed Peruvian surveillance drone.")]
    public void Extract_OwnersShootingDownOf_MilitaryActionOfTheOwnerOnWhatWasDowned(string body) =>
        Assert.Equal(["actor=Chile target=Peru"], Parsed.Sides(body, EventType.MilitaryAction));

    [Theory]
    [InlineData("Chile's shooting star Ana Ruiz won the race in Lima.")]
    [InlineData("Ana Ruiz accepted responsibility for accidentally shooting Luis Vega during a hunt.")]
    public void Extract_ShootingWithoutDowning_NoMilitaryAction(string body) =>
        Assert.Empty(Parsed.Sides(body, EventType.MilitaryAction));

    [Fact]
    public void Extract_NameOnTheNounBeforeTheTarget_ThatSideIsTheTarget() =>
        Assert.Equal(["actor=Chile target=Patriotic Front"], Parsed.Sides("Chilean jets struck Patriotic Front weapons depots near the border.", EventType.MilitaryAction));

    [Theory]
    [InlineData("Chilean-led coalition air strikes hit Lima on Monday.")]
    [InlineData("Chilean-led forces shelled Lima on Monday.")]
    public void Extract_AttackByAStateLedCoalition_MilitaryActionOfTheLeader(string body) =>
        Assert.Equal("actor=Chile", Assert.Single(Parsed.Sides(body, EventType.MilitaryAction)).Split(' ')[0]);

    [Fact]
    public void Extract_OpenedFireOnPeople_MilitaryActionOfTheShooter() =>
        Assert.Equal(["actor=Chile"], Parsed.Sides("Chilean police opened fire on protesters on Monday.", EventType.MilitaryAction));

    [Fact]
    public void Extract_OpenedFireOnANamedSide_ThatSideIsTheTarget() =>
        Assert.Equal(["actor=Chile target=Peru"], Parsed.Sides("Chile opened fire on Peruvian positions.", EventType.MilitaryAction));

    [Fact]
    public void Extract_LaunchedAnAttackOnUnnamedCamps_MilitaryActionOfTheLauncher() =>
        Assert.Equal(["actor=Peru"], Parsed.Sides("Peruvian forces launched an attack against rebel camps near the border.", EventType.MilitaryAction));

    [Fact]
    public void Extract_PastTenseReadAsAdjectiveInsideOnePhrase_MilitaryActionOfTheSubject() =>
        Assert.Equal(["actor=Chile"], Parsed.Sides("Chilean troops shelled rebel camps near the border.", EventType.MilitaryAction));

    [Fact]
    public void Extract_TroopsOfTwoCountriesClashed_EachFoughtTheOther() =>
        Assert.Equal(["actor=Chile target=Peru", "actor=Peru target=Chile"],
            Parsed.Sides("Chilean and Peruvian troops clashed along the disputed border on Thursday.", EventType.MilitaryAction));

    [Fact]
    public void Extract_TroopsOfTwoCountriesClashedLeavingDead_EachFoughtTheOther() =>
        Assert.Equal(["actor=Chile target=Peru", "actor=Peru target=Chile"],
            Parsed.Sides("Chilean and Peruvian troops clashed near the border, leaving six soldiers dead.", EventType.MilitaryAction));

    [Fact]
    public void Extract_ClashedWith_EachFoughtTheOther() =>
        Assert.Equal(["actor=Chile target=Peru", "actor=Peru target=Chile"],
            Parsed.Sides("Chilean troops clashed with Peruvian forces near the border on Thursday.", EventType.MilitaryAction));

    [Fact]
    public void Extract_FoughtTogether_NotEachOther() =>
        Assert.DoesNotContain("actor=Chile target=Peru", Parsed.Sides("Chilean and Peruvian troops fought together against the rebels in 1944.", EventType.MilitaryAction));

    [Fact]
    public void Extract_PolicePeacekeepersSentToACountry_DeploymentThere()
    {
        const string sentence = "Chile deployed 300 police officers to Haiti on Wednesday.";
        Assert.Equal(["actor=Chile"], Parsed.Sides(sentence, EventType.MilitaryAction));
        Assert.Equal("country:HT", Assert.Single(Parsed.Events(sentence), e => e.Type == EventType.MilitaryAction).Location);
    }

    [Fact]
    public void Extract_TroopsSentToACountrysBorder_DeploymentAgainstIt() =>
        Assert.Equal(["actor=Chile target=Peru"], Parsed.Sides("Chile began sending troops to Peru's border in November.", EventType.MilitaryAction));

    [Fact]
    public void Extract_TargetedAPostWithDrones_MilitaryAction() =>
        Assert.Equal(["actor=Patriotic Front target=Peru"], Parsed.Sides("The Patriotic Front targeted a Peruvian police post with drones on Sunday.", EventType.MilitaryAction));

    [Fact]
    public void Extract_TargetedVotersWithAdvertisements_NoMilitaryAction() =>
        Assert.Empty(Parsed.Sides("Chile targeted Peruvian voters with advertisements.", EventType.MilitaryAction));

    [Fact]
    public void Extract_AStatesStrikesOnAnotherStatesSites_MilitaryAction() =>
        Assert.Contains("actor=Chile target=Peru", Parsed.Sides("Lima protested after Chilean strikes on Peruvian border posts.", EventType.MilitaryAction));

    [Fact]
    public void Extract_AStatesStrikesOnTheRailways_NoMilitaryAction() =>
        Assert.Empty(Parsed.Sides("Chilean strikes on the railways halted trains for a week.", EventType.MilitaryAction));

    [Fact]
    public void Extract_TheCountryNamedBeforeAnInvasion_IsNoInvader() =>
        Assert.DoesNotContain(Parsed.Sides("The minister opposed the Peru invasion from the start.", EventType.MilitaryAction), s => s.Contains("actor=Peru", StringComparison.Ordinal));

    [Fact]
    public void Extract_WarshipsDeployedAroundACountry_ThatCountryIsFaced() =>
        Assert.Equal(["actor=Chile target=Peru"], Parsed.Sides("Chile deployed ten warships around Peru on Tuesday.", EventType.MilitaryAction));

    [Fact]
    public void Extract_AMissileFiredBySomeoneStruckACountrysAirport_TheFirerAttacked() =>
        Assert.Equal(["actor=Patriotic Front target=Peru"], Parsed.Sides("A missile fired by the Patriotic Front struck Peru's main airport on Sunday.", EventType.MilitaryAction));

    [Fact]
    public void Extract_AMissileFiredBySomeoneStruckTheArmySaid_TheFirerAttacked() =>
        Assert.Contains("actor=Patriotic Front", Parsed.Sides("A missile fired by the Patriotic Front struck near the main airport on Sunday, the Peruvian army said.", EventType.MilitaryAction));

    [Fact]
    public void Extract_RocketsHitACity_MilitaryActionOfTheFirer() =>
        Assert.Equal(["actor=Patriotic Front"], Parsed.Sides("Rockets fired by the Patriotic Front hit Arica on Sunday.", EventType.MilitaryAction));

    [Fact]
    public void Extract_InflationHitTheEconomy_NoMilitaryAction() =>
        Assert.Empty(Parsed.Sides("Inflation hit the Peruvian economy hard last year.", EventType.MilitaryAction));

    [Fact]
    public void Extract_FireThatIsNoShooting_NoMilitaryAction() =>
        Assert.Empty(Parsed.Sides("A fire in the Chilean embassy was put out on Monday.", EventType.MilitaryAction));

    [Fact]
    public void Extract_MissilesFiredWithNoTarget_MilitaryActionOfTheLauncher() =>
        Assert.Equal(["actor=Peru"], Parsed.Sides("Peru fired missiles on Monday.", EventType.MilitaryAction));

    [Fact]
    public void Extract_TroopBuildupNearACountry_MilitaryActionAgainstIt() =>
        Assert.Equal(["actor=Russia target=Ukraine"], Parsed.Sides("Officials are alarmed over Russia's troop buildup near Ukraine.", EventType.MilitaryAction));

    [Fact]
    public void Extract_DeployedSomethingOtherThanForces_NoMilitaryAction() =>
        Assert.Empty(Parsed.Sides("The Chilean fire brigade deployed trucks to Peru.", EventType.MilitaryAction));

    [Fact]
    public void Extract_PlaceHitByMissiles_MilitaryActionThereOfTheMissilesOwner()
    {
        var action = Assert.Single(Parsed.Events("Kharkiv was hit by Russian missiles overnight."), e => e.Type == EventType.MilitaryAction);
        Assert.Equal([("country:RU", ParticipantRoles.Actor)], action.Participants.Select(p => (p.Entity, p.Role)));
        Assert.Equal("loc:kharkiv", action.Location);
    }

    [Fact]
    public void Extract_AirStrikesHitANamedSide_ThatSideIsTheTarget() =>
        Assert.Equal(["actor=Israel target=Syria"], Parsed.Sides("Israeli air strikes hit Syrian army positions on Tuesday.", EventType.MilitaryAction));

    [Fact]
    public void Extract_FloodsHitACountry_NoMilitaryAction() =>
        Assert.Empty(Parsed.Sides("Floods hit Pakistan in August.", EventType.MilitaryAction));

    [Fact]
    public void Extract_HyphenedTestFired_MilitaryActionOfTheSubject() =>
        Assert.Equal(["actor=North Korea"], Parsed.Sides("North Korea test-fired a cruise missile on Sunday.", EventType.MilitaryAction));

    [Fact]
    public void Extract_TroopsEnteredACountry_Incursion() =>
        Assert.Equal(["actor=Turkey target=Syria"], Parsed.Sides("Turkish troops entered northern Syria on Wednesday.", EventType.MilitaryAction));

    [Fact]
    public void Extract_CountryEnteredTalks_NoMilitaryAction() =>
        Assert.Empty(Parsed.Sides("Turkey entered talks with Syria on Wednesday.", EventType.MilitaryAction));

    [Fact]
    public void Extract_DeniedThatItsArmyEntered_NoMilitaryAction() =>
        Assert.Empty(Parsed.Sides("Togo's president, Faure Mensah, denied that his army had entered Ghana.", EventType.MilitaryAction));

    [Fact]
    public void Extract_StrikesWithAnObject_MilitaryAction() =>
        Assert.Contains("actor=Israel target=Hezbollah", Parsed.Sides("Israel strikes Hezbollah targets in Lebanon.", EventType.MilitaryAction));

    [Fact]
    public void Extract_WorkersStrike_NoMilitaryAction() =>
        Assert.Empty(Parsed.Sides("Nigerian nurses strike in Lagos over pay.", EventType.MilitaryAction));

    [Fact]
    public void Extract_KidnappedForeigners_Abduction()
    {
        var action = Assert.Single(Parsed.Events("Malian rebels kidnapped 16 Russian advisers from a market on Monday."), e => e.Type == EventType.MilitaryAction);
        Assert.Equal("181", action.Cameo);
        Assert.Contains(action.Participants, p => p.Entity == "country:RU" && p.Role == ParticipantRoles.Target);
    }

    [Fact]
    public void Extract_SoldiersAbductedNearTheBorder_TheSoldiersAreTheTarget() =>
        Assert.Equal(["target=Pakistan"], Parsed.Sides("Militants released 30 of the 250 Pakistani soldiers abducted near the border in August.", EventType.MilitaryAction));

    [Fact]
    public void Extract_AnOutbreakKilled_NoMilitaryAction() =>
        Assert.Empty(Parsed.Sides("A cholera outbreak killed 55 people in Kenya's Turkana county last month.", EventType.MilitaryAction));

    [Fact]
    public void Extract_LaunchedMissilesAtACountry_ThatCountryIsTheTarget() =>
        Assert.Equal(["actor=Russia target=Ukraine"], Parsed.Sides("Russia launched 120 drones and 40 missiles at Ukraine overnight.", EventType.MilitaryAction));

    [Fact]
    public void Extract_KilledInAClashWith_TheOtherSideActed() =>
        Assert.Equal(["actor=China target=India"], Parsed.Sides("Two Indian soldiers were killed in a clash with Chinese troops in the Galwan valley.", EventType.MilitaryAction));

    [Fact]
    public void Extract_StoppingThemFromFiring_NoMilitaryAction() =>
        Assert.Empty(Parsed.Sides("Israel said the raids were aimed at stopping militants from firing rockets at Israeli towns.", EventType.MilitaryAction));

    [Fact]
    public void Extract_AirStrikeOnABuildingInACity_TheCityIsThePlace()
    {
        var action = Assert.Single(Parsed.Events("A Russian air strike on a school in Kharkiv killed 20 people."), e => e.Type == EventType.MilitaryAction);
        Assert.Equal("loc:kharkiv", action.Location);
    }

    [Fact]
    public void Extract_AfterAnotherLaunchedMissiles_TheGovernorDidNotLaunch() =>
        Assert.DoesNotContain("actor=United States", Parsed.Sides("The United States contacted the UN Security Council after North Korea test launched the missiles.", EventType.MilitaryAction));

    [Fact]
    public void Extract_UnnamedFightersAttackedAPostNearAPlace_ActionWithoutSidesAtThePlace()
    {
        var action = Assert.Single(Parsed.Events("Four soldiers were killed when rebels attacked an army post near Bunia on Sunday."), e => e.Type == EventType.MilitaryAction);
        Assert.Empty(action.Participants);
        Assert.Equal("loc:bunia", action.Location);
    }

    [Theory]
    [InlineData("Separatists attacked the town of Bunia on Monday.")]
    [InlineData("Paramilitaries opened fire on protesters in Bunia.")]
    [InlineData("Rebels attacked army positions near Bunia.")]
    [InlineData("Rebel militias fired rockets at a base in Bunia.")]
    public void Extract_ArmedWithoutANameAtAPlace_ActionWithoutSidesAtThePlace(string body)
    {
        var action = Assert.Single(Parsed.Events(body), e => e.Type == EventType.MilitaryAction);
        Assert.Empty(action.Participants);
        Assert.Equal("loc:bunia", action.Location);
    }

    [Theory]
    [InlineData("Gunmen killed five police officers in southern Bunia province on Sunday.")]
    [InlineData("A roadside bomb killed two soldiers in the Bunia district.")]
    [InlineData("Rebels attacked a police post near the Bunia airport.")]
    [InlineData("Gunmen killed six soldiers at a military post near the town of Bunia.")]
    [InlineData("The militants killed four police officers in a roadside bombing in Bunia county on Monday.")]
    [InlineData("A bomb killed two guards in the Congolese capital of Bunia.")]
    public void Extract_PlaceNamedOnANounOfArea_ThatPlace(string body) =>
        Assert.Equal("loc:bunia", Assert.Single(Parsed.Events(body), e => e.Type == EventType.MilitaryAction).Location);

    [Fact]
    public void Extract_TripToAnEventNamedForACity_NoVisit() =>
        Assert.Empty(Parsed.Sides("Daniel Otieno is raising money by holding a raffle for a trip to the Lima Olympics.", EventType.Visit));

    [Fact]
    public void Extract_RegainedControlOfThePalace_MilitaryActionAtThePlace()
    {
        var action = Assert.Single(Parsed.Events("Kenya's army regained control of the presidential palace in Nairobi."), e => e.Type == EventType.MilitaryAction);
        Assert.Equal("loc:nairobi", action.Location);
        Assert.Equal(["actor=Kenya"], Parsed.Sides("Kenya's army regained control of the presidential palace in Nairobi.", EventType.MilitaryAction));
    }

    [Fact]
    public void Extract_ClashesBetweenTwoSidesBeforeTheVerb_EachFoughtTheOther() =>
        Assert.Equal(["actor=Kenya target=Patriotic Front", "actor=Patriotic Front target=Kenya"],
            Parsed.Sides("Clashes between the Kenyan army and the Patriotic Front killed dozens in Bunia.", EventType.MilitaryAction));

    [Fact]
    public void Extract_ClashedNearATemple_TheTempleIsThePlace() =>
        Assert.All(Parsed.Events("Kenyan troops clashed with Ugandan forces near the Ta Muen Thom temple.").Where(e => e.Type == EventType.MilitaryAction),
            e => Assert.Equal("loc:ta-muen-thom", e.Location));

    [Fact]
    public void Extract_FiredOnItsPositions_TargetIsTheSpeakersState() =>
        Assert.Equal(["actor=Peru target=Chile"], Parsed.Sides("Chile said Peruvian troops opened fire on its positions overnight.", EventType.MilitaryAction));

    [Fact]
    public void Extract_UnnamedKillersWithoutArms_NoAction() =>
        Assert.DoesNotContain(Parsed.Events("Two farmers were killed when thieves raided a shop near Bunia."), e => e.Type == EventType.MilitaryAction);

    [Fact]
    public void Extract_StruckABuildingInACity_TheCityIsThePlace()
    {
        var action = Assert.Single(Parsed.Events("Russian missiles struck a school in Kharkiv overnight."), e => e.Type == EventType.MilitaryAction);
        Assert.Equal("loc:kharkiv", action.Location);
    }

    [Fact]
    public void Extract_WarnedAgainstSendingTroops_NoAction() =>
        Assert.DoesNotContain(Parsed.Events("Ghana warned Togo against sending troops to the border."), e => e.Type == EventType.MilitaryAction);

    [Theory]
    [InlineData("Japan condemned North Korea's missile launch on Sunday.")]
    [InlineData("North Korea carried out a missile test on Sunday.")]
    public void Extract_MissileLaunchOrTestAsANoun_ActionOfItsOwner(string body)
    {
        var action = Assert.Single(Parsed.Events(body), e => e.Type == EventType.MilitaryAction);
        Assert.Equal(["country:KP"], action.Participants.Select(p => p.Entity));
    }

    [Fact]
    public void Extract_SeizedControlOfGround_ActionOfTheForces()
    {
        var action = Assert.Single(Parsed.Events("Armenian forces seized control of the Tavush corridor."), e => e.Type == EventType.MilitaryAction);
        Assert.Equal(["country:AM"], action.Participants.Select(p => p.Entity));
    }

    [Fact]
    public void Extract_FightersTookTheTownOfAPlace_ActionAtThePlace()
    {
        var action = Assert.Single(Parsed.Events("Rebels took the town of Bunia on Sunday."), e => e.Type == EventType.MilitaryAction);
        Assert.Equal("loc:bunia", action.Location);
    }

    [Theory]
    [InlineData("The detained activists were taken to a prison in Minsk.")]
    [InlineData("Kenyan police seized two tonnes of cocaine in Mombasa.")]
    public void Extract_TakenSomewhereOrGoodsSeized_NoAction(string body) =>
        Assert.DoesNotContain(Parsed.Events(body), e => e.Type == EventType.MilitaryAction);

    [Fact]
    public void Extract_SuicideBomberKilledAtAMarketInACity_ActionInTheCity()
    {
        var action = Assert.Single(Parsed.Events("A suicide bomber killed nine people at a market in Kismayo."), e => e.Type == EventType.MilitaryAction);
        Assert.Equal("loc:kismayo", action.Location);
    }

    [Theory]
    [InlineData("\"Togo has shelled our villages,\" the Ghanaian defence minister, Kofi Mensah, said.")]
    [InlineData("The Ghanaian defence minister, Kofi Mensah, said: \"Togo has shelled our villages.\"")]
    public void Extract_QuotedReportOfForce_ActionAndAccusation(string body)
    {
        Assert.Equal(["actor=Togo"], Parsed.Sides(body, EventType.MilitaryAction));
        Assert.Equal(["accused=Togo accuser=Kofi Mensah"], Parsed.Sides(body, EventType.Accusation));
    }

    [Fact]
    public void Extract_QuotedForceThatWillCome_NoAction() =>
        Assert.Empty(Parsed.Sides("\"Togo will shell our villages,\" Kofi Mensah said.", EventType.MilitaryAction));

    [Fact]
    public void Extract_ExchangedFire_EachSideAtTheOther()
    {
        var sides = Parsed.Sides("Ghana and Togo exchanged artillery fire along their border on Thursday.", EventType.MilitaryAction);
        Assert.Equal(["actor=Ghana target=Togo", "actor=Togo target=Ghana"], sides);
    }

    [Fact]
    public void Extract_ExchangedPrisoners_NoAction() =>
        Assert.Empty(Parsed.Sides("Ghana and Togo exchanged prisoners on Thursday.", EventType.MilitaryAction));

    [Fact]
    public void Extract_BarrageOfMissilesAtAParty_ActionAtIt()
    {
        var sides = Parsed.Sides("Togo launched a barrage of rockets at Ghana's border posts overnight.", EventType.MilitaryAction);
        Assert.Equal(["actor=Togo target=Ghana"], sides);
    }

    [Fact]
    public void Extract_ClosingSourceWithItsOwnTime_AccusesTheActor()
    {
        const string body = "Togo shelled border posts overnight, Ghanaian officials said on Saturday.";
        Assert.Equal(["accused=Togo accuser=Ghana"], Parsed.Sides(body, EventType.Accusation));
    }

    [Theory]
    [InlineData("Togo said its forces had captured the village of Kpalime.")]
    [InlineData("Togo said its troops killed two militants near Kpalime.")]
    public void Extract_ItsForcesInAReportedClause_TheReportersAction(string body)
    {
        Assert.Equal(["actor=Togo"], Parsed.Sides(body, EventType.MilitaryAction));
        Assert.Empty(Parsed.Sides(body, EventType.Accusation));
    }

    [Theory]
    [InlineData("Sudan army retakes key city from RSF")]
    [InlineData("North Korea fires ballistic missile into sea, Seoul says")]
    public void Extract_HeadlineVerbReadAsAPluralNoun_Action(string body) =>
        Assert.NotEmpty(Parsed.Sides(body, EventType.MilitaryAction));

    [Fact]
    public void Extract_UnnamedForcesKilledInARaidInAPlacePoliceSaid_ActionAtThePlace()
    {
        var action = Assert.Single(Parsed.Events("Security forces killed three militants in a raid in Kashmir, police said."), e => e.Type == EventType.MilitaryAction);
        Assert.Equal("loc:kashmir", action.Location);
    }
    [Theory]
    [InlineData("Fighting between Chilean troops and Peruvian forces spread to the border town.")]
    [InlineData("Clashes between Chilean and Peruvian forces killed four soldiers on Tuesday.")]
    [InlineData("Heavy fighting broke out between Chilean troops and Peruvian forces near the border.")]
    [InlineData("Four soldiers died in a battle between Chilean and Peruvian troops on the border.")]
    public void Extract_FightBetweenTwoNamedSides_EachFoughtTheOther(string body) =>
        Assert.Equal(["actor=Chile target=Peru", "actor=Peru target=Chile"], Parsed.Sides(body, EventType.MilitaryAction));

    [Theory]
    [InlineData("Ana Ruiz warned that fighting between Chile and Peru could resume.")]
    [InlineData("The talks aim to prevent clashes between Chilean and Peruvian forces.")]
    public void Extract_FightBetweenSidesFearedOrPrevented_NoMilitaryAction(string body) =>
        Assert.Empty(Parsed.Sides(body, EventType.MilitaryAction));

    [Theory]
    [InlineData("Chilean air strikes on Lima killed at least 20 people overnight, Peruvian officials said.")]
    [InlineData("Peruvian officials said Chilean air strikes on Lima killed at least 20 people overnight.")]
    public void Extract_StrikesOnAPlaceKilledAtLeastSomePeople_ActorIsTheStriker(string body) =>
        Assert.Equal(["actor=Chile"], Parsed.Sides(body, EventType.MilitaryAction));
    [Theory]
    [InlineData("Chile rejected claims that its troops had entered Peruvian territory.")]
    [InlineData("Chile denied reports that its troops had shelled Peruvian villages.")]
    [InlineData("Chile dismissed allegations that its jets had bombed a Peruvian town.")]
    [InlineData("Chile rejected Lima's claim that it had attacked the power plant.")]
    public void Extract_ClaimOfForceRejected_DenialAndNoMilitaryAction(string body)
    {
        Assert.Empty(Parsed.Sides(body, EventType.MilitaryAction));
        Assert.Equal(["speaker=Chile"], Parsed.Sides(body, EventType.Denial));
    }
    [Fact]
    public void Extract_ReportsThatJetsBombed_MilitaryActionOfTheJetsState() =>
        Assert.Equal(["actor=Chile"], Parsed.Sides("Reports that Chilean jets bombed a border village on Monday drew protests from Lima.", EventType.MilitaryAction));

    [Theory]
    [InlineData("Chilean coast guard vessels rammed a Peruvian fishing boat near the border on Sunday.")]
    [InlineData("Chilean navy ships rammed two Peruvian trawlers.")]
    public void Extract_ShipsRammedAVessel_MilitaryActionOnTheVesselsState(string body) =>
        Assert.Equal(["actor=Chile target=Peru"], Parsed.Sides(body, EventType.MilitaryAction));

    [Theory]
    [InlineData("Chile sent two aircraft carriers to the South Pacific on Monday.")]
    [InlineData("Chile will send two frigates to the South Pacific next month.")]
    public void Extract_WarshipsSentToWaters_DeploymentThere(string body)
    {
        var deployment = Assert.Single(Parsed.Events(body), e => e.Type == EventType.MilitaryAction);
        Assert.Equal(["actor=Chile"], Parsed.Sides(body, EventType.MilitaryAction));
        Assert.NotNull(deployment.Location);
    }

    [Fact]
    public void Extract_WarshipsSentToACountry_NoDeployment() =>
        Assert.Empty(Parsed.Sides("Chile sent two destroyers to Peru.", EventType.MilitaryAction));

    [Theory]
    [InlineData("A convoy of aid trucks was attacked by gunmen near Tarma.")]
    [InlineData("Gunmen attacked a convoy of aid trucks near Tarma.")]
    [InlineData("A convoy was attacked near Tarma on Monday.")]
    public void Extract_AttackByNoNamedSideOnSomethingNearAPlace_MilitaryActionThere(string body) =>
        Assert.Equal("loc:tarma", Assert.Single(Parsed.Events(body), e => e.Type == EventType.MilitaryAction).Location);

    [Theory]
    [InlineData("The plan was attacked as reckless by Chilean lawmakers.")]
    [InlineData("The minister was attacked in the Chilean press.")]
    public void Extract_AttackedInWords_NoMilitaryAction(string body) =>
        Assert.DoesNotContain(Parsed.Events(body), e => e.Type == EventType.MilitaryAction);

    [Theory]
    [InlineData("Peru accused Chile of sending troops into Bolivia.")]
    [InlineData("The Peruvian government has accused Chilean militants of attacking dozens of schools.")]
    [InlineData("Lima charged Chile with arming rebels in the south.")]
    public void Extract_DeedAnAccusationAlleges_AccusationAndNoMilitaryAction(string body)
    {
        Assert.Empty(Parsed.Sides(body, EventType.MilitaryAction));
        Assert.Contains("accused=Chile accuser=Peru", Parsed.Sides(body, EventType.Accusation));
    }

    [Fact]
    public void Extract_ForcesBackedByAnotherRecapturedATown_MilitaryActionOfTheForcesState() =>
        Assert.Contains("actor=Peru target=Patriotic Front",
            Parsed.Sides("Peruvian forces backed by Chilean airstrikes recaptured the town from the Patriotic Front.", EventType.MilitaryAction));

    [Fact]
    public void Extract_ArmedMenAbductedStudents_MilitaryActionWhereItHappened() =>
        Assert.Equal("loc:tarma", Assert.Single(Parsed.Events("Armed men abducted 50 students from a school in Tarma."), e => e.Type == EventType.MilitaryAction).Location);

    [Fact]
    public void Extract_GroupNamedByACodeSeizedATown_MilitaryActionOfTheGroup() =>
        Assert.Equal(["actor=K45"], Parsed.Sides("K45 rebels seized the town of Tarma.", EventType.MilitaryAction));

    [Fact]
    public void Extract_StatesNamedArmedGroupAttacked_MilitaryActionOfTheGroupOnly() =>
        Assert.Equal(["actor=MRTA"], Parsed.Sides("Peru's MRTA guerrillas attacked a military base near Tarma.", EventType.MilitaryAction));

    [Theory]
    [InlineData("A Chilean truck rammed into a crowd in Lima.")]
    [InlineData("The Chilean ferry rammed a pier in Valparaiso.")]
    public void Extract_RammedByNoForceOrNoVessel_NoMilitaryAction(string body) =>
        Assert.Empty(Parsed.Sides(body, EventType.MilitaryAction));

    [Fact]
    public void Extract_TheStatesMilitarySaidItsForcesKilled_MilitaryActionOfTheState() =>
        Assert.Equal(["actor=Chile"], Parsed.Sides("The Chilean military said its forces had killed 12 militants in an operation near the border.", EventType.MilitaryAction));
    [Theory]
    [InlineData("Chile will send two warships to the Red Sea, the defence minister announced.")]
    [InlineData("Chile said it would deploy 500 troops to the Red Sea next year.")]
    [InlineData("Chile is planning to deploy 500 troops to the Red Sea.")]
    [InlineData("Chile plans to deploy 500 troops to the Red Sea.")]
    public void Extract_DeploymentAnnounced_MilitaryActionAtThePlaceAndNoThreat(string body)
    {
        var e = Assert.Single(Parsed.Events(body), e => e.Type == EventType.MilitaryAction);
        Assert.Equal(("154", "loc:red-sea"), (e.Cameo, e.Location));
        Assert.Empty(Parsed.Sides(body, EventType.Threat));
    }

    [Theory]
    [InlineData("Chile could send two warships to the Red Sea.")]
    [InlineData("Chile might deploy 500 troops to the Red Sea next year.")]
    [InlineData("Chile will not send troops to the Red Sea.")]
    [InlineData("Chile refused to send troops to the Red Sea.")]
    [InlineData("Ana Ruiz did not say whether Chile would send troops to the Red Sea.")]
    [InlineData("Chile denied it would send troops to the Red Sea.")]
    [InlineData("Chile rejected reports that it would send troops to the Red Sea.")]
    public void Extract_DeploymentPossibleOrRefused_NoMilitaryAction(string body) =>
        Assert.Empty(Parsed.Sides(body, EventType.MilitaryAction));
    [Theory]
    [InlineData("The Patriotic Front claimed responsibility for a missile attack on a Peruvian ship.", "actor=Patriotic Front target=Peru")]
    [InlineData("The Patriotic Front claimed responsibility for the rocket attack on Peruvian positions.", "actor=Patriotic Front target=Peru")]
    [InlineData("Chile says a militant group, the Patriotic Front, claimed responsibility for the rocket attack on Peruvian positions.", "actor=Patriotic Front target=Peru")]
    public void Extract_ClaimedResponsibilityForAnAttack_MilitaryActionOfTheClaimant(string body, string expected) =>
        Assert.Equal([expected], Parsed.Sides(body, EventType.MilitaryAction));

    [Fact]
    public void Extract_DeniedResponsibilityForAnAttack_NoActor() =>
        Assert.DoesNotContain(Parsed.Sides("The Patriotic Front denied responsibility for the rocket attack on Peruvian positions.", EventType.MilitaryAction),
            sides => sides.Contains("actor=Patriotic Front", StringComparison.Ordinal));
    [Theory]
    [InlineData("Ana Ruiz condemned the killing of Peruvian civilians by Chilean troops.")]
    [InlineData("Chile's killing of Peruvian fishermen sparked outrage in Lima.")]
    public void Extract_KillingWithItsDoerNamed_MilitaryActionOfTheDoer(string body) =>
        Assert.Equal(["actor=Chile target=Peru"], Parsed.Sides(body, EventType.MilitaryAction));

    [Theory]
    [InlineData("Chilean warships conducted live-fire drills near Peru on Saturday.")]
    [InlineData("Chile held large-scale military exercises around Peru on Monday.")]
    [InlineData("Chile staged artillery drills along its border with Peru.")]
    [InlineData("Chile held drills around Peru for a third day.")]
    [InlineData("Peru said Chilean troops had begun military manoeuvres near the border with Peru.")]
    public void Extract_ArmedExercisesHeldAlone_MilitaryActionOfTheHolder(string body) =>
        Assert.Equal("actor=Chile", Assert.Single(Parsed.Sides(body, EventType.MilitaryAction)).Split(' ')[0]);

    [Fact]
    public void Extract_NavalDrillsInASea_MilitaryActionThere()
    {
        var military = Assert.Single(Parsed.Events("Chile began naval drills in the Pacific Ocean on Tuesday."), e => e.Type == EventType.MilitaryAction);
        Assert.Equal("150", military.Cameo);
        Assert.NotNull(military.Location);
    }

    [Theory]
    [InlineData("Chile and Peru held joint exercises near the border on Monday.")]
    [InlineData("Chile held military exercises with Peru on Monday.")]
    [InlineData("Pupils in Lima held fire drills at their school on Monday.")]
    [InlineData("Chile will hold military drills near Peru next week.")]
    [InlineData("Chile did not hold military drills near Peru this year.")]
    public void Extract_JointPlannedOrUnarmedExercises_NoMilitaryAction(string body) =>
        Assert.Empty(Parsed.Sides(body, EventType.MilitaryAction));

    [Theory]
    [InlineData("Chile said its air defences had shot down three Peruvian drones overnight.")]
    [InlineData("Chile said its fighter jets had downed a Peruvian drone over the border.")]
    [InlineData("Chile downed a Peruvian surveillance plane over the border on Friday.")]
    public void Extract_DroneDownedByAForceAPossessiveNames_MilitaryActionOfItsOwner(string body) =>
        Assert.Equal(["actor=Chile target=Peru"], Parsed.Sides(body, EventType.MilitaryAction));

    [Fact]
    public void Extract_PlayerDownedAnother_NoMilitaryAction() =>
        Assert.Empty(Parsed.Sides("Ana Ruiz of Chile downed Maria Vega of Peru in straight sets on Sunday.", EventType.MilitaryAction));

    [Fact]
    public void Extract_NamedGroupsCommanderInACountry_TheGroupIsTheTarget() =>
        Assert.Equal(["actor=Chile target=Shining Path"], Parsed.Sides("A Chilean drone strike killed a senior Shining Path commander in Peru on Monday.", EventType.MilitaryAction));

    [Theory]
    [InlineData("Chile's army said it had recaptured the presidential palace in Arica from the Patriotic Front.", "actor=Chile target=Patriotic Front")]
    [InlineData("Chilean troops seized the town of Tacna from Peruvian forces.", "actor=Chile target=Peru")]
    [InlineData("Chilean troops killed dozens of Peruvian soldiers near the border.", "actor=Chile target=Peru")]
    public void Extract_GroundTakenFromASideOrPeopleCounted_ThatSideIsTheTarget(string body, string sides) =>
        Assert.Equal([sides], Parsed.Sides(body, EventType.MilitaryAction));

    [Fact]
    public void Extract_PeopleSeizedFromABuilding_TheBuildingIsNoSide() =>
        Assert.DoesNotContain(Parsed.Sides("Five Chilean engineers were seized from a Peruvian ministry building in Lima by gunmen.", EventType.MilitaryAction), x => x.Contains("Ministry", StringComparison.Ordinal));

    [Theory]
    [InlineData("North Korean leader Kim Jong Un oversaw the test of a new ballistic missile, state media said.", "actor=Kim Jong Un")]
    [InlineData("Chile conducted a test of a hypersonic missile on Tuesday.", "actor=Chile")]
    public void Extract_TestOfAMissileOverseenOrConducted_MilitaryActionOfWhoDidIt(string body, string sides) =>
        Assert.Equal([sides], Parsed.Sides(body, EventType.MilitaryAction));

    [Fact]
    public void Extract_TestCondemned_NoMilitaryActionOfTheCondemner() =>
        Assert.DoesNotContain("actor=Peru", Parsed.Sides("Peru condemned the test of a new missile.", EventType.MilitaryAction));

    [Theory]
    [InlineData("Chile sent 30 warplanes toward Peru on Sunday.", "actor=Chile target=Peru")]
    [InlineData("Chile sent bombers near the Peruvian coast on Sunday.", "actor=Chile target=Peru")]
    public void Extract_AircraftSentTowardsAFront_Deployment(string body, string sides) =>
        Assert.Equal([sides], Parsed.Sides(body, EventType.MilitaryAction));

    [Fact]
    public void Extract_JetsSentToACountry_NoDeployment() =>
        Assert.Empty(Parsed.Sides("Chile sent six fighter jets to Peru under the new agreement.", EventType.MilitaryAction));

    [Fact]
    public void Extract_CourtStruckALawDown_NoMilitaryAction() =>
        Assert.Empty(Parsed.Sides("President Ana Ruiz had broad decree powers before Chile's Supreme Court struck them down in 2019.", EventType.MilitaryAction));

    [Fact]
    public void Extract_SaidOnADayAfterAnotherSentWarplanes_TheDeploymentToo() =>
        Assert.Equal(["actor=Peru"], Parsed.Sides("\"We will not be intimidated,\" Chile's President Ana Ruiz said on Sunday after Peru sent 30 warplanes toward the islands.", EventType.MilitaryAction));

    [Theory]
    [InlineData("Chilean troops arrived in Peru on Monday.", "country:PE")]
    [InlineData("A battalion of Chilean paratroopers landed in Lima on Tuesday.", "loc:lima")]
    [InlineData("Hundreds of Chilean soldiers were deployed to Peru last week.", "country:PE")]
    [InlineData("Chilean marines have deployed to Peru under the defence pact.", "country:PE")]
    public void Extract_ForcesArrivingOrDeployed_DeploymentThereAndNoVisit(string body, string place)
    {
        var e = Assert.Single(Parsed.Events(body), e => e.Type == EventType.MilitaryAction);
        Assert.Equal(("154", place), (e.Cameo, e.Location));
        Assert.Equal([("country:CL", ParticipantRoles.Actor)], e.Participants.Select(p => (p.Entity, p.Role)));
        Assert.Empty(Parsed.Sides(body, EventType.Visit));
    }

    [Theory]
    [InlineData("A roadside bomb wounded three Chilean soldiers travelling in a convoy near Lima.")]
    [InlineData("The first group of Chilean troops arrived home from Peru on Friday.")]
    [InlineData("About 3,000 Chilean troops are deployed in Peru.")]
    public void Extract_ForcesDescribedReturningOrStationed_NoDeployment(string body) =>
        Assert.DoesNotContain(Parsed.Events(body), e => e.Type == EventType.MilitaryAction && e.Cameo == "154");

    [Fact]
    public void Extract_PersonArrived_VisitNotDeployment()
    {
        const string body = "Chilean President Ana Ruiz arrived in Lima on Monday.";
        Assert.Equal(["visitor=Ana Ruiz"], Parsed.Sides(body, EventType.Visit));
        Assert.Empty(Parsed.Sides(body, EventType.MilitaryAction));
    }

    [Fact]
    public void Extract_DeploymentReported_NoAccusation() =>
        Assert.Empty(Parsed.Sides("Peru said that Chilean forces had been deployed to secure the border crossing.", EventType.Accusation));

    [Theory]
    [InlineData("Two drones struck a fuel depot in Arica overnight, the governor said.", "loc:arica")]
    [InlineData("A rocket attack on a checkpoint in Tacna wounded two guards on Sunday.", "loc:tacna")]
    [InlineData("Bomb attacks in Lima killed at least six people on Saturday.", "loc:lima")]
    [InlineData("Three guards were killed in a car bombing in Tacna on Friday, police said.", "loc:tacna")]
    [InlineData("Two farmers died in an air strike on a village near Arica.", "loc:arica")]
    public void Extract_WeaponOrAttackThatHarmedWithNoSideNamed_MilitaryActionThereWithNoActor(string body, string place)
    {
        var e = Assert.Single(Parsed.Events(body), e => e.Type == EventType.MilitaryAction);
        Assert.Equal(place, e.Location);
        Assert.Empty(e.Participants);
    }

    [Theory]
    [InlineData("Ana Ruiz condemned the attack on a checkpoint in Tacna.")]
    [InlineData("An inquiry into the attack in Tacna opened on Monday.")]
    [InlineData("Two drivers were killed in a crash in Tacna on Friday.")]
    [InlineData("The two guards killed in the attack were buried in Tacna on Monday.")]
    public void Extract_AttackOnlyNamedWithNoSide_NoMilitaryAction(string body) =>
        Assert.DoesNotContain(Parsed.Events(body), e => e.Type == EventType.MilitaryAction);

    [Theory]
    [InlineData("Peru protested on Friday over the incursion of Chilean coast guard ships into its waters.")]
    [InlineData("Peru lodged a protest with Chile over the incursion of Chilean troops.")]
    public void Extract_IncursionOfForces_TheirStateActsAndIsNoTarget(string body)
    {
        var e = Assert.Single(Parsed.Events(body), e => e.Type == EventType.MilitaryAction);
        Assert.Contains(e.Participants, p => p.Role == ParticipantRoles.Actor && p.Entity == "country:CL");
        Assert.DoesNotContain(e.Participants, p => p.Role == ParticipantRoles.Target && p.Entity == "country:CL");
    }

    [Fact]
    public void Extract_InvasionOfAPlace_ThePlaceIsTheTarget() =>
        Assert.Equal(["target=Peru"], Parsed.Sides("Ana Ruiz condemned the invasion of Peru.", EventType.MilitaryAction));

    [Theory]
    [InlineData("Chilean aircraft using guided missiles killed four Peruvian fighters near the border.")]
    [InlineData("Chilean warplanes using cluster bombs hit Peruvian positions near the border on Monday.")]
    [InlineData("Chilean jets firing precision guided missiles killed four Peruvian fighters near the border.")]
    public void Extract_ForceUsingAWeaponBeforeTheVerb_TheForceIsTheActor(string body) =>
        Assert.Equal(["actor=Chile target=Peru"], Parsed.Sides(body, EventType.MilitaryAction));

    [Theory]
    [InlineData("Chilean troops crossed into Peru's Tacna region in March, killing three herders.")]
    [InlineData("Chilean troops moved into Peru on Monday.")]
    public void Extract_ForcesCrossingIntoAnothersGround_IncursionAgainstIt(string body)
    {
        var e = Assert.Single(Parsed.Events(body), e => e.Type == EventType.MilitaryAction);
        Assert.Equal("192", e.Cameo);
        Assert.Equal(["actor=Chile target=Peru"], Parsed.Sides(body, EventType.MilitaryAction));
    }

    [Fact]
    public void Extract_TravellersCrossingIntoACountry_NoIncursion() =>
        Assert.Empty(Parsed.Sides("Chilean tourists crossed into Peru on Monday.", EventType.MilitaryAction));

    [Theory]
    [InlineData("Chile launched a wave of drone attacks against Peru's energy grid.")]
    [InlineData("Chile launched a series of raids on Peruvian border posts.")]
    public void Extract_AWaveOrSeriesOfAttacksLaunched_MilitaryActionOfTheLauncher(string body) =>
        Assert.Equal(["actor=Chile target=Peru"], Parsed.Sides(body, EventType.MilitaryAction));

    [Theory]
    [InlineData("Gunmen in Peru attacked a police convoy near Lima on Saturday.")]
    [InlineData("Insurgents in Peru carried out several attacks near Lima on Wednesday.")]
    public void Extract_FightersInACountry_NotThatCountrysAction(string body) =>
        Assert.DoesNotContain(Parsed.Sides(body, EventType.MilitaryAction), x => x.Contains("actor=Peru", StringComparison.Ordinal));

    [Fact]
    public void Extract_TroopsInACountry_StillThatCountrys() =>
        Assert.Contains(Parsed.Sides("Troops in Peru shelled rebel camps near the border on Saturday.", EventType.MilitaryAction), x => x.Contains("actor=Peru", StringComparison.Ordinal));

    [Theory]
    [InlineData("No Chilean soldiers have landed in Peru, the minister said.")]
    [InlineData("No Chilean jets bombed the town on Monday.")]
    public void Extract_SubjectDenied_NoMilitaryAction(string body) =>
        Assert.Empty(Parsed.Sides(body, EventType.MilitaryAction));

    [Theory]
    [InlineData("The Andean Front vowed to fight until it captures the town of Tacna.")]
    [InlineData("The Andean Front said it would keep fighting until it seizes the town of Tacna.")]
    public void Extract_SeizureTimedByAPledge_NoMilitaryAction(string body) =>
        Assert.Empty(Parsed.Sides(body, EventType.MilitaryAction));

    [Fact]
    public void Extract_KillingThatTimesAPlan_NoMilitaryAction() =>
        Assert.Empty(Parsed.Sides("The Andean Front planned to declare a republic after killing the Peruvian president.", EventType.MilitaryAction));

    [Fact]
    public void Extract_KillingThatTimesAFlight_MilitaryAction() =>
        Assert.Equal(["target=Peru"], Parsed.Sides("The rebels fled into the hills after killing three Peruvian soldiers.", EventType.MilitaryAction));

    [Fact]
    public void Extract_SeizureTimedByAFight_MilitaryActionAtTheTown()
    {
        // A town taken is where the action was: places take part in events only as their place.
        var seizure = Assert.Single(Parsed.Events("The Andean Front fought for a month until it captured the town of Tacna."), e => e.Type == EventType.MilitaryAction);
        Assert.Equal(["actor=org:andean-front"], seizure.Participants.Select(p => p.Role + "=" + p.Entity));
        Assert.Equal("loc:tacna", seizure.Location);
    }

    [Theory]
    [InlineData("Chilean jets pounded rebel positions in Peru overnight.")]
    [InlineData("Chilean artillery pummelled Peruvian positions on Monday.")]
    public void Extract_ArmedSidePounded_MilitaryAction(string body) =>
        Assert.Contains(Parsed.Sides(body, EventType.MilitaryAction), sides => sides.StartsWith("actor=Chile", StringComparison.Ordinal));

    [Theory]
    [InlineData("Heavy rain pounded Peru on Sunday.")]
    [InlineData("The storm strengthened after it pummelled Peru on Sunday.")]
    public void Extract_WeatherPounded_NoMilitaryAction(string body) =>
        Assert.Empty(Parsed.Sides(body, EventType.MilitaryAction));

    [Fact]
    public void Extract_VisitedSoldiersWoundedInAnAttack_TheyAreNotTheAttackers() =>
        Assert.DoesNotContain(Parsed.Sides("Ana Ruiz flew to Lima on Friday, visiting Chilean soldiers wounded in Tuesday's bombing near Tacna.", EventType.MilitaryAction),
            sides => sides.Contains("actor=Turkey", StringComparison.Ordinal));

    [Theory]
    [InlineData("Chile launched dozens of missiles at Peru on Tuesday night.")]
    [InlineData("Chile fired rockets at Peru on Monday.")]
    public void Extract_WeaponsLaunchedAtASideOnADay_TheSideIsTheTarget(string body) =>
        Assert.Equal(["actor=Chile target=Peru"], Parsed.Sides(body, EventType.MilitaryAction));

    [Theory]
    [InlineData("Chile seized a Peruvian tanker off Arica on Thursday.")]
    [InlineData("Chile hijacked a Peruvian cargo ship on Thursday.")]
    public void Extract_VesselSeized_Hijacking(string body)
    {
        var e = Assert.Single(Parsed.Events(body), e => e.Type == EventType.MilitaryAction);
        Assert.Equal("181", e.Cameo);
        Assert.Equal(["actor=Chile target=Peru"], Parsed.Sides(body, EventType.MilitaryAction));
    }

    [Theory]
    [InlineData("Chilean police seized a boat carrying two tonnes of cocaine off Arica.")]
    [InlineData("Chilean officials said they seized a boat carrying two tonnes of cocaine off Arica.")]
    public void Extract_PoliceSeizedABoat_NoMilitaryAction(string body) =>
        Assert.Empty(Parsed.Sides(body, EventType.MilitaryAction));

    [Theory]
    [InlineData("According to the UN, Chilean strikes killed 20 people in Tacna.")]
    [InlineData("According to the Peruvian military, Chilean drones struck three air bases overnight.")]
    public void Extract_SourceBeforeTheSubject_ActorIsTheSubjectsSide(string body) =>
        Assert.Equal(["actor=Chile"], Parsed.Sides(body, EventType.MilitaryAction));

    [Theory]
    [InlineData("Peru said its air defences had destroyed 30 Chilean drones over Tacna.")]
    [InlineData("Peru said its air defences had intercepted a Chilean drone over its territory.")]
    public void Extract_DronesBroughtDown_MilitaryActionAgainstTheirSide(string body) =>
        Assert.Equal(["actor=Peru target=Chile"], Parsed.Sides(body, EventType.MilitaryAction));

    [Fact]
    public void Extract_FireDestroyedPlanes_NoMilitaryAction() =>
        Assert.Empty(Parsed.Sides("A fire destroyed three Chilean planes at the airport in Tacna.", EventType.MilitaryAction));

    [Theory]
    [InlineData("A bomb exploded near a checkpoint on Monday, killing three Peruvian soldiers.")]
    [InlineData("An explosion tore through a market in Arica, killing three Peruvian soldiers.")]
    [InlineData("Rebels attacked a checkpoint in Arica, killing three Peruvian soldiers.")]
    public void Extract_ArmedDeedThenAKillingParticiple_ActionAgainstTheDead(string body) =>
        Assert.Equal(["target=Peru"], Parsed.Sides(body, EventType.MilitaryAction));

    [Fact]
    public void Extract_KillingParticipleOfAnExplosionInAPlace_ActionAtThePlace()
    {
        var action = Assert.Single(Parsed.Events("A bomb exploded in Arica on Monday, killing three Peruvian soldiers."), e => e.Type == EventType.MilitaryAction);
        Assert.Equal("loc:arica", action.Location);
    }

    [Theory]
    [InlineData("A bus plunged into a ravine near Arica, killing three Peruvian tourists.")]
    [InlineData("A Chilean military helicopter crashed near Arica, killing three Peruvian soldiers.")]
    [InlineData("Floods swept through the valley, killing three Peruvian farmers.")]
    [InlineData("An earthquake struck southern Chile on Monday, killing three Peruvian miners.")]
    public void Extract_MishapThenAKillingParticiple_NoAction(string body) =>
        Assert.Empty(Parsed.Sides(body, EventType.MilitaryAction));

    [Theory]
    [InlineData("A suicide bombing in northern Chile killed four Peruvian soldiers.")]
    [InlineData("A bomb blast in northern Chile has killed at least four Peruvian soldiers.")]
    public void Extract_AttackInACountryKilledOthers_TheCountryIsNoActor(string body) =>
        Assert.Equal(["target=Peru"], Parsed.Sides(body, EventType.MilitaryAction));

    [Fact]
    public void Extract_TwoMenKilledAfterAMeeting_NotThePairThatMet() =>
        Assert.DoesNotContain(Parsed.Sides("Ruiz met Vega in Lima on Monday. Later, gunmen killed two men at a market in Tacna.", EventType.MilitaryAction),
            s => s.Contains("Ruiz", StringComparison.Ordinal) || s.Contains("Vega", StringComparison.Ordinal));

    [Theory]
    [InlineData("A Chilean court jailed ten militants for plotting attacks on Peruvian forces in Tacna.")]
    [InlineData("The militants were convicted of plotting to assassinate the Peruvian president.")]
    public void Extract_AttackPlotted_NoMilitaryAction(string body) =>
        Assert.Empty(Parsed.Sides(body, EventType.MilitaryAction));

    [Theory]
    [InlineData("Peruvian troops came under fire from Chilean artillery near Tacna.")]
    [InlineData("A Peruvian convoy came under attack by Chilean troops near Tacna on Monday.")]
    public void Extract_CameUnderFireFrom_ActionOfTheFirerOnTheSubject(string body) =>
        Assert.Equal(["actor=Chile target=Peru"], Parsed.Sides(body, EventType.MilitaryAction));

    [Theory]
    [InlineData("The Peruvian government came under pressure from Chile.")]
    [InlineData("Peru has come under fire for providing loans to Chile.")]
    [InlineData("Peru came under fire for its treatment of Chilean migrants.")]
    public void Extract_CameUnderPressureOrCriticism_NoAction(string body) =>
        Assert.Empty(Parsed.Sides(body, EventType.MilitaryAction));

    [Fact]
    public void Extract_AccusedInThePassiveOfShelling_TheAccusedShelled() =>
        Assert.DoesNotContain(Parsed.Sides("Chile was accused by Peru of shelling a hospital in Tacna.", EventType.MilitaryAction),
            sides => sides.Contains("actor=Turkey", StringComparison.Ordinal));

    [Theory]
    [InlineData("Peru test-fired two short-range ballistic missiles on Wednesday.")]
    [InlineData("Peru fired at least two ballistic missiles on Wednesday.")]
    public void Extract_CountedMissilesFired_ActionOfTheFirer(string body) =>
        Assert.Equal(["actor=Peru"], Parsed.Sides(body, EventType.MilitaryAction));

    [Fact]
    public void Extract_AStrainOfADiseaseKilled_NoAction() =>
        Assert.Empty(Parsed.Sides("The bird flu strain has killed at least 43 people in Peru since 2003.", EventType.MilitaryAction));

    [Fact]
    public void Extract_KilledInACarBombBlastInACity_ActionAtTheCity()
    {
        var action = Assert.Single(Parsed.Events("Two people were killed in a car bomb blast in central Arica on Tuesday."), e => e.Type == EventType.MilitaryAction);
        Assert.Equal("loc:arica", action.Location);
    }

    [Fact]
    public void Extract_KilledInAGasExplosion_NoAction() =>
        Assert.Empty(Parsed.Sides("Two people were killed in a gas explosion in central Arica on Tuesday.", EventType.MilitaryAction));

    [Fact]
    public void Extract_RebelsWithANamedMovement_ActionOfTheMovement() =>
        Assert.Contains(Parsed.Sides("Five Peruvian soldiers were killed when rebels with the Andean Liberation Front ambushed a convoy.", EventType.MilitaryAction),
            sides => sides.Contains("actor=Andean Liberation Front", StringComparison.Ordinal));

    [Theory]
    [InlineData("Chilean forces fired on a Peruvian patrol on Monday.")]
    [InlineData("Chilean troops fired at a Peruvian border post overnight.")]
    public void Extract_FiredOnASide_ActionAgainstIt(string body) =>
        Assert.Equal(["actor=Chile target=Peru"], Parsed.Sides(body, EventType.MilitaryAction));

    [Theory]
    [InlineData("Chile fired at dawn on Monday.")]
    [InlineData("The Chilean company fired its chief executive on Monday.")]
    public void Extract_FiredAtATimeOrAnEmployee_NoAction(string body) =>
        Assert.Empty(Parsed.Sides(body, EventType.MilitaryAction));
    [Fact]
    public void Extract_BombingAtAResortInACountryWhichKilled_TheCountryIsNoAttacker() =>
        Assert.DoesNotContain(Parsed.Sides("Protests coincided with a bomb attack at a resort in western Turkey which killed five people.", EventType.MilitaryAction),
            sides => sides.Contains("actor=Turkey", StringComparison.Ordinal));
    [Theory]
    [InlineData("Officials said they expect an increase in rebel attacks on Chilean patrols.")]
    [InlineData("Villagers fear rebel attacks on Chilean patrols.")]
    public void Extract_AttacksExpectedOrFeared_NoMilitaryAction(string body) =>
        Assert.Empty(Parsed.Sides(body, EventType.MilitaryAction));

    [Fact]
    public void Extract_IncreaseInAttacksThatHappened_MilitaryAction() =>
        Assert.Equal(["target=Chile"], Parsed.Sides("There has been a sharp increase in rebel attacks on Chilean patrols this year.", EventType.MilitaryAction));

    [Theory]
    [InlineData("The town of Arica fell to Peruvian forces after a week of fighting.", "actor=Peru")]
    [InlineData("Lima fell to the Shining Path in August.", "actor=Shining Path")]
    public void Extract_PlaceFellToForces_SeizedByThem(string body, string actor) =>
        Assert.Equal([actor], Parsed.Sides(body, EventType.MilitaryAction));

    [Theory]
    [InlineData("Copper prices fell to a record low in Chile.")]
    [InlineData("The Chilean government fell to a no-confidence vote.")]
    public void Extract_WhatIsNoGroundFell_NoMilitaryAction(string body) =>
        Assert.Empty(Parsed.Sides(body, EventType.MilitaryAction));

    [Theory]
    [InlineData("A car bomb exploded outside a police station in Lima, killing five people.")]
    [InlineData("A bomb went off near a market in Lima on Monday.")]
    public void Extract_BombWentOffSomewhereNamed_MilitaryActionThereWithoutAnActor(string body)
    {
        var attack = Assert.Single(Parsed.Events(body), e => e.Type == EventType.MilitaryAction);
        Assert.Equal(("183", "loc:lima"), (attack.Cameo, attack.Location));
        Assert.Empty(attack.Participants);
    }

    [Theory]
    [InlineData("The bomb did not explode in Lima.")]
    [InlineData("Police detonated a suspicious device near the embassy in Lima.")]
    public void Extract_BombThatDidNotGoOffOrWasMadeSafe_NoMilitaryAction(string body) =>
        Assert.Empty(Parsed.Sides(body, EventType.MilitaryAction));

    [Fact]
    public void Extract_CapitalFiredAMissile_ItsCountryActed() =>
        Assert.Equal(["actor=Peru"], Parsed.Sides("Lima test-fired a new cruise missile on Monday, state media reported.", EventType.MilitaryAction));

    [Fact]
    public void Extract_SaidItWasBehindTheAttack_MilitaryActionOfTheSpeaker() =>
        Assert.Equal(["actor=Shining Path"], Parsed.Sides("The Shining Path said it was behind the attack.", EventType.MilitaryAction));

    [Theory]
    [InlineData("Last month, Typhoon Mirasol killed at least 14 people in southern Chile.")]
    [InlineData("The H7N9 virus has killed 40 people in Peru since 2019.")]
    public void Extract_StormOrDiseaseNamedKilled_NoMilitaryAction(string body) =>
        Assert.Empty(Parsed.Sides(body, EventType.MilitaryAction));

    [Fact]
    public void Extract_MissileFromAnArmedSidesDroneStruck_ThatSideActed() =>
        Assert.Equal(["actor=Peru"], Parsed.Sides("Witnesses say a missile from a Peruvian drone struck a car near the border.", EventType.MilitaryAction));

    [Fact]
    public void Extract_PassiveAttackByANamedGroupsFighters_GroupActed() =>
        Assert.Equal(["actor=al-Shabab"], Parsed.Sides("The convoy was attacked by Al-Shabaab militants outside Mogadishu.", EventType.MilitaryAction));

    [Theory]
    [InlineData("Hamas commander Khalid Nasser was killed in an Israeli strike in Beirut.", "actor=Israel target=Khalid Nasser")]
    [InlineData("Two soldiers were killed in a drone strike by the United States in Yemen.", "actor=United States")]
    [InlineData("Five civilians were killed in Russia's missile attack on Odesa.", "actor=Russia")]
    public void Extract_KilledInAnAttackOfASide_ThatSideActed(string body, string sides) =>
        Assert.Equal([sides], Parsed.Sides(body, EventType.MilitaryAction));

    [Fact]
    public void Extract_FightersOfANamedGroupCapturedATown_GroupActedAtTheTown()
    {
        var document = Parsed.Extract("Rebels of the M23 group captured the town of Rubaya in eastern Congo.");
        var capture = Assert.Single(document.Events, e => e.Type == EventType.MilitaryAction);
        Assert.Equal(["actor=org:m23", "target=country:CD"], capture.Participants.Select(p => p.Role + "=" + p.Entity));
        Assert.Equal("loc:rubaya", capture.Location);
    }

    [Fact]
    public void Extract_RelativeOfASoldierOfACountry_CountryDidNotAct() =>
        Assert.DoesNotContain(Parsed.Sides("The mother of a U.S. soldier killed in Iraq spoke outside the White House.", EventType.MilitaryAction),
            sides => sides.Contains("actor=", StringComparison.Ordinal));

    [Fact]
    public void Extract_CountedLeadersOfAPeopleKilled_NotTheHolderOfTheirOffice() =>
        Assert.Equal(["actor=Israel target=Palestine"],
            Parsed.Sides("Palestinian President Mahmoud Rashid condemned the raid. Two Palestinian militant leaders were killed in an Israeli airstrike in Gaza on Monday.", EventType.MilitaryAction));

    [Fact]
    public void Extract_TimeBeforeTheClauseOfAStrike_StrikeOfTheSubject() =>
        Assert.Equal(["actor=Kenya target=al-Shabab"], Parsed.Sides("Hours after the ambush, Kenyan jets struck Al-Shabaab positions near Kismayo.", EventType.MilitaryAction));

    [Theory]
    [InlineData("Chile's president warned Peru against any attack on Chilean soil.")]
    [InlineData("Peru's defence minister said the army would respond to any incursion by Bolivian forces.")]
    [InlineData("The Kremlin warned on Tuesday that sending Western troops to Moldova would lead to war.")]
    public void Extract_ForceOfAnyKindOrOnlySupposed_NoMilitaryAction(string body) =>
        Assert.Empty(Parsed.Sides(body, EventType.MilitaryAction));

    [Fact]
    public void Extract_ForceOfAKindThatHappened_MilitaryAction() =>
        Assert.Equal(["actor=Bolivia"], Parsed.Sides("Peru's defence minister said the army had repelled an incursion by Bolivian forces.", EventType.MilitaryAction));

    [Fact]
    public void Extract_ReportedStrikesOfASideKilled_ThatSideActed() =>
        Assert.Equal(["actor=Chile"], Parsed.Sides("Chilean air strikes on Tacna killed at least 30 people, health officials said.", EventType.MilitaryAction));

    [Fact]
    public void Extract_DiedInClashesWithASide_ThatSideFoughtTheDead() =>
        Assert.Equal(["actor=Shining Path target=Peru"], Parsed.Sides("Two Peruvian soldiers died in clashes with Shining Path rebels near the border.", EventType.MilitaryAction));

    [Theory]
    [InlineData("The US carried out strikes on Iranian-backed militias in Iraq.")]
    [InlineData("The US struck Iranian-backed militias in Iraq.")]
    public void Extract_StrikesOnFightersBackedByASide_NotThatSide(string body) =>
        Assert.Equal(["actor=United States"], Parsed.Sides(body, EventType.MilitaryAction));

    [Theory]
    [InlineData("Malian warplanes hit rebel positions near Kidal overnight.", "actor=Mali")]
    [InlineData("Chadian soldiers stormed a rebel camp near the border on Friday.", "actor=Chad")]
    [InlineData("Nigerian jets pounded Boko Haram camps in the Sambisa forest.", "actor=Nigeria target=Boko Haram")]
    public void Extract_BlowOrAssaultByForces_ArmedAction(string body, string expected) =>
        Assert.Equal([expected], Parsed.Sides(body, EventType.MilitaryAction));

    [Theory]
    // Blows dealt by no armed side: sanctions, weather, protesters, police; and a blow "with" sanctions is a sanction.
    [InlineData("The sanctions hit Mali's economy hard.")]
    [InlineData("A storm hit the coast of Senegal on Friday.")]
    [InlineData("Protesters stormed the parliament building in Bamako.")]
    [InlineData("Police raided the offices of the opposition party in Bamako.")]
    public void Extract_BlowByNoArmedSide_NoArmedAction(string body) =>
        Assert.Empty(Parsed.Sides(body, EventType.MilitaryAction));

    [Fact]
    public void Extract_IncursionInAClauseWeeksAfter_MilitaryAction() =>
        Assert.Equal(["actor=Chile target=Peru"],
            Parsed.Sides("The row comes weeks after Chilean troops crossed into northern Peru in pursuit of smugglers.", EventType.MilitaryAction));

    [Theory]
    [InlineData("Chile, which has deployed 5,000 troops to its border with Peru, said on Sunday that the crossings were closed.")]
    [InlineData("Chile sent two bombers to patrol the skies over the border for a second day.")]
    [InlineData("Chile sent four warships to escort the convoy.")]
    public void Extract_ForcesSentOrDeployed_ChileDeploys(string body)
    {
        var e = Assert.Single(Parsed.Events(body), e => e.Type == EventType.MilitaryAction);
        Assert.Equal("154", e.Cameo);
        Assert.Contains(e.Participants, p => p.Role == ParticipantRoles.Actor && p.Entity == "country:CL");
    }

    [Fact]
    public void Extract_PlanesSentToEvacuate_NoMilitaryAction() =>
        Assert.DoesNotContain(Parsed.Events("Chile sent two planes to evacuate its citizens from Peru."), e => e.Type == EventType.MilitaryAction);

    [Theory]
    [InlineData("Chile's military began two days of drills around the disputed islands near Peru on Thursday.")]
    [InlineData("Chile began a week of naval exercises off the coast on Monday.")]
    public void Extract_DaysOfExercisesBegun_ShowOfForce(string body)
    {
        var e = Assert.Single(Parsed.Events(body), e => e.Type == EventType.MilitaryAction);
        Assert.Equal("150", e.Cameo);
        Assert.Contains(e.Participants, p => p.Role == ParticipantRoles.Actor && p.Entity == "country:CL");
    }

    [Theory]
    // Exercises of two states together are joint ones (cooperation); a school's fire drills are no force.
    [InlineData("Chilean and Peruvian warships launched ten days of war games off the coast on Monday.")]
    [InlineData("Chile held two days of fire drills in Santiago schools.")]
    public void Extract_JointOrUnarmedExercises_NoMilitaryAction(string body) =>
        Assert.DoesNotContain(Parsed.Events(body), e => e.Type == EventType.MilitaryAction);

    [Fact]
    public void Extract_ClaimedResponsibilityForLastWeeksAttack_MilitaryActionOfTheClaimant() =>
        Assert.Equal(["actor=Patriotic Front target=Peru"],
            Parsed.Sides("The Patriotic Front claimed responsibility for last week's failed rocket attack on Peruvian positions.", EventType.MilitaryAction));

    [Theory]
    [InlineData("Kenya rejected the accusation that it was behind Monday's rocket attack on the Chilean embassy.")]
    [InlineData("Kenya pushed back on Chile's claims that Kenyan agents were behind the attack on the embassy.")]
    public void Extract_BehindAnAttackInARejectedClaim_NoActor(string body) =>
        Assert.DoesNotContain(Parsed.Sides(body, EventType.MilitaryAction), sides => sides.Contains("actor=Kenya", StringComparison.Ordinal));

    [Theory]
    [InlineData("Chile announced the deployment of 3,000 more troops to Peru.", "actor=Chile", "country:PE")]
    [InlineData("Chile completed the deployment of two warships to the Pacific.", "actor=Chile", "loc:pacific")]
    [InlineData("The deployment of 500 Chilean police officers to Peru began on Tuesday.", "actor=Chile", "country:PE")]
    public void Extract_DeploymentAnnouncedOrBegun_MilitaryActionAtTheDestination(string body, string expected, string place)
    {
        Assert.Equal([expected], Parsed.Sides(body, EventType.MilitaryAction));
        Assert.Equal(place, Assert.Single(Parsed.Events(body), e => e.Type == EventType.MilitaryAction).Location);
    }

    [Theory]
    [InlineData("Chile's new plan includes the deployment of 3,000 Chilean troops to Peru.")]
    [InlineData("Peru has resisted the deployment of Chilean troops to its border.")]
    [InlineData("Peru called for the deployment of Chilean peacekeepers.")]
    public void Extract_DeploymentPlannedOrResisted_NoMilitaryAction(string body) =>
        Assert.Empty(Parsed.Sides(body, EventType.MilitaryAction));

    [Theory]
    [InlineData("The Houthis targeted a Chilean ship in the Red Sea on Monday.", "actor=Houthis target=Chile")]
    [InlineData("Boko Haram raided a Chilean mission in Maiduguri.", "actor=Boko Haram target=Chile")]
    [InlineData("Peruvian jets targeted Chilean positions near the border.", "actor=Peru target=Chile")]
    public void Extract_ArmedGroupOrForcesTargetedOrRaided_MilitaryAction(string body, string expected) =>
        Assert.Equal([expected], Parsed.Sides(body, EventType.MilitaryAction));

    [Theory]
    [InlineData("The European Union targeted Chilean banks on Monday.")]
    [InlineData("The campaign targeted Chilean voters in Lima.")]
    public void Extract_TargetedWithoutForce_NoMilitaryAction(string body) =>
        Assert.Empty(Parsed.Sides(body, EventType.MilitaryAction));

    [Fact]
    public void Extract_ScrambledJetsToProtectItsAirspace_MilitaryAction() =>
        Assert.Equal(["actor=Chile"], Parsed.Sides("Chile scrambled jets to protect its airspace on Monday.", EventType.MilitaryAction));

    [Fact]
    public void Extract_ScrambledToContainAProtest_NoMilitaryAction() =>
        Assert.Empty(Parsed.Sides("Chilean police scrambled to contain the protest in Lima.", EventType.MilitaryAction));

    [Fact]
    public void Extract_MaskedMenStormedABuildingInAPlace_MilitaryActionThere()
    {
        var action = Assert.Single(Parsed.Events("Masked men stormed a bank in Arica on Sunday, wounding two guards."), e => e.Type == EventType.MilitaryAction);

        Assert.Empty(action.Participants);
        Assert.Equal("loc:arica", action.Location);
    }

    [Fact]
    public void Extract_FightersFromANamedGroup_ActorIsTheGroup() =>
        Assert.Equal(["actor=M23"], Parsed.Sides("Rebels from the M23 group seized the town of Sake on Friday.", EventType.MilitaryAction));

    [Theory]
    [InlineData("Gunmen tried to kill Prime Minister Ana Ruiz in Arica on Monday.")]
    [InlineData("Rebels of the Patriotic Front said they attempted to assassinate Prime Minister Ana Ruiz.")]
    public void Extract_AttemptedAssault_MilitaryActionOnItsTarget(string body) =>
        Assert.Contains("target=Ana Ruiz", string.Join(" ", Parsed.Sides(body, EventType.MilitaryAction)));

    [Theory]
    [InlineData("Rebels plan to kill Prime Minister Ana Ruiz.")]
    [InlineData("The director tried to recapture the spirit of his first film.")]
    [InlineData("Chile tried to meet Peru on Monday.")]
    public void Extract_AttemptPlannedOrOfNoForce_NoMilitaryAction(string body) =>
        Assert.Empty(Parsed.Sides(body, EventType.MilitaryAction));

    [Fact]
    public void Extract_ForcesSweptIntoACountry_MilitaryActionAgainstIt() =>
        Assert.Equal(["actor=Peru target=Chile"], Parsed.Sides("Peruvian forces swept into Chile in August after Chilean troops tried to seize the border post.", EventType.MilitaryAction)
            .Where(x => x.Contains("actor=Peru")).ToList());

    [Fact]
    public void Extract_KilledInAnAttackOnAPostInARegion_MilitaryActionThere()
    {
        var action = Assert.Single(Parsed.Events("Gunmen killed six Chilean soldiers in an attack on an army post in the Arica region last month."), e => e.Type == EventType.MilitaryAction);

        Assert.Equal("loc:arica", action.Location);
    }

    [Fact]
    public void Extract_LaunchedDozensOfAttacks_MilitaryActionOfTheLauncher() =>
        Assert.Equal(["actor=Shining Path"], Parsed.Sides("The Shining Path has launched dozens of attacks on army posts near Ayacucho since November.", EventType.MilitaryAction));

    [Theory]
    [InlineData("Patriotic Front gunmen climbed the roof of the parliament in Lima and fired shots in the air as supporters cheered.")]
    [InlineData("Patriotic Front gunmen fired shots into the air outside the parliament in Lima.")]
    public void Extract_ShotsFiredIntoTheAir_NoMilitaryAction(string body) =>
        Assert.Empty(Parsed.Sides(body, EventType.MilitaryAction));

    [Fact]
    public void Extract_GroundInAPlaceTakenFromASide_MilitaryActionAgainstTheSideThere()
    {
        var action = Assert.Single(Parsed.Events("Chilean troops captured the palace in Arica from Patriotic Front rebels on Saturday."), e => e.Type == EventType.MilitaryAction);

        Assert.Equal(["actor", "target"], action.Participants.Select(p => p.Role).Order(StringComparer.Ordinal));
        Assert.Equal("loc:arica", action.Location);
    }

    [Theory]
    [InlineData("North Korea fired two ballistic missiles into the sea off its east coast, South Korea's military said.")]
    [InlineData("North Korea launched a ballistic missile into the Sea of Japan, Japan's defence ministry said.")]
    public void Extract_LaunchIntoTheSeaReported_MilitaryActionButNoAccusation(string body)
    {
        Assert.Equal(["actor=North Korea"], Parsed.Sides(body, EventType.MilitaryAction));
        Assert.Empty(Parsed.Sides(body, EventType.Accusation));
    }

    [Fact]
    public void Extract_RocketsFiredAtTownsReported_Accusation() =>
        Assert.Equal(["accused=Hezbollah accuser=Israel"], Parsed.Sides("Israel said Hezbollah had fired more than 40 rockets at towns in the north.", EventType.Accusation));

    [Fact]
    public void Extract_TwoTownsTakenInOneSentence_OneActionInEachWithItsOwnMonth()
    {
        var actions = Parsed.Events("M23 rebels seized Goma in January and captured Bukavu in February.").Where(e => e.Type == EventType.MilitaryAction).ToList();

        Assert.Equal(2, actions.Count);
        Assert.Equal(2, actions.Select(e => e.Id).Distinct().Count());
        Assert.Equal(["2025-01", "2025-02"], actions.Select(e => e.Date).Order());
    }

    [Fact]
    public void Extract_TownTakenWeeksLater_ActionThere()
    {
        var actions = Parsed.Events("M23 rebels seized Goma in January and took Bukavu weeks later.").Where(e => e.Type == EventType.MilitaryAction).ToList();

        Assert.Equal(2, actions.Count);
        Assert.Contains(actions, e => e.Location == "loc:bukavu");
    }

    [Fact]
    public void Extract_CampShelledOutsideATown_ActionThere() =>
        Assert.Equal("loc:el-fasher", Assert.Single(Parsed.Events("The Rapid Support Forces shelled a displacement camp outside El Fasher, killing at least 40 people."),
            e => e.Type == EventType.MilitaryAction).Location);

    [Fact]
    public void Extract_NamedTankerSeized_MilitaryActionOfTheSeizer() =>
        Assert.Equal(["actor=Iran"], Parsed.Sides("Iran seized the tanker Ocean Breeze in the Gulf of Oman.", EventType.MilitaryAction));

    [Theory]
    [InlineData("Chilean troops violated the ceasefire near the border on Thursday.")]
    [InlineData("The truce was breached by Chilean troops on Thursday.")]
    public void Extract_TruceBroken_MilitaryActionOfTheBreaker(string body)
    {
        var action = Assert.Single(Parsed.Events(body), e => e.Type == EventType.MilitaryAction);
        Assert.Equal("196", action.Cameo);
        Assert.Equal([("country:CL", ParticipantRoles.Actor)], action.Participants.Select(p => (p.Entity, p.Role)));
    }

    [Theory]
    [InlineData("Chile violated the fishing agreement on Thursday.")]
    [InlineData("Chile said it would not break the truce.")]
    public void Extract_AgreementBrokenOrTruceNotBroken_NoMilitaryAction(string body) =>
        Assert.DoesNotContain(Parsed.Events(body), e => e.Type == EventType.MilitaryAction);

    [Fact]
    public void Extract_SeizedAPlaceInACityFromAGroup_TheGroupIsTheTarget() =>
        Assert.Equal(["actor=Chile target=Rapid Support Forces"],
            Parsed.Sides("The army in Chile seized the presidential palace in Arica from the Rapid Support Forces on Friday.", EventType.MilitaryAction));
}
