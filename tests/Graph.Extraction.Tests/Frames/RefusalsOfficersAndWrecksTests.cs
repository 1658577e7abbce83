using Graph.Core.Model;

namespace Graph.Extraction.Tests.Frames;

/// <summary>
/// Deeds stopped short of or refused, grants denied, officers telling their own side's deeds, blows a state deals to
/// another's sites and ships, where force was used, charges brought, and names with an Arabic patronym.
/// </summary>
public sealed class RefusalsOfficersAndWrecksTests
{
    [Theory]
    [InlineData("Estonia stopped short of blaming Russia for the cable damage.")]
    [InlineData("Estonia refrained from blaming Russia for the cable damage.")]
    public void Extract_StoppedShortOfOrRefrainedFromBlaming_NoAccusation(string sentence) =>
        Assert.Empty(Parsed.Sides(sentence, EventType.Accusation));

    [Theory]
    [InlineData("Canada denied visas to four Venezuelan officials on Monday.")]
    [InlineData("Slovak Prime Minister Jan Kral denied a request from Austria to reopen the border crossing.")]
    public void Extract_DeniedAGrant_NoDenial(string sentence) =>
        Assert.Empty(Parsed.Sides(sentence, EventType.Denial));

    [Fact]
    public void Extract_ClaimsCalledSmears_Denial() =>
        Assert.Equal(["speaker=Lin Hao"], Parsed.Sides("Chinese foreign ministry spokesman Lin Hao said the Dutch accusations were groundless smears.", EventType.Denial));

    [Fact]
    public void Extract_OfficerTellsOfHisOwnStatesStrike_NoAccusation()
    {
        var document = Parsed.Extract("Greek Defence Minister Nikos Pappas said Greek jets had struck smuggling boats off Crete.");

        Assert.DoesNotContain(document.Events, e => e.Type == EventType.Accusation);
        Assert.Contains(document.Events, e => e.Type == EventType.MilitaryAction);
    }

    [Fact]
    public void Extract_LeaderOfAGroupTellsOfTheGroupsAttack_TheGroupActsAndNoAccusation()
    {
        var document = Parsed.Extract("Hamas leader Yusuf Darwish said the group had fired rockets at an Israeli army post near Sderot.");
        var names = document.Entities.ToDictionary(e => e.Id, e => e.Name, StringComparer.Ordinal);

        Assert.DoesNotContain(document.Events, e => e.Type == EventType.Accusation);
        var attack = Assert.Single(document.Events, e => e.Type == EventType.MilitaryAction);
        Assert.Equal("Hamas", names[Assert.Single(attack.Participants, p => p.Role == ParticipantRoles.Actor).Entity]);
    }

    [Theory]
    [InlineData("Niger's army spokesman, Colonel Amadou Issa, said troops had killed 30 militants near Diffa.", "Niger")]
    [InlineData("Brigadier Omar Haddad, commander of Chad's northern forces, said his units had retaken two villages near Faya.", "Chad")]
    [InlineData("Colombia said troops had killed six rebels near Cali.", "Colombia")]
    public void Extract_OfficerOrStateTellsOfBareTroops_TheirSideActs(string sentence, string side) =>
        Assert.Contains(Parsed.Sides(sentence, EventType.MilitaryAction), d => d.Contains("actor=" + side, StringComparison.Ordinal));

    [Theory]
    [InlineData("Israel hit Hezbollah targets in southern Lebanon on Sunday.", "actor=Israel target=Hezbollah")]
    [InlineData("Iran hit militant bases in Pakistan in January.", "actor=Iran target=Pakistan")]
    [InlineData("Ukraine sank a Russian patrol boat off Crimea in February.", "actor=Ukraine target=Russia")]
    [InlineData("Russian forces destroyed a Ukrainian air defence launcher near Sumy.", "actor=Russia target=Ukraine")]
    public void Extract_BlowToAnotherSidesSitesOrShips_MilitaryAction(string sentence, string sides) =>
        Assert.Equal([sides], Parsed.Sides(sentence, EventType.MilitaryAction));

    [Theory]
    [InlineData("China hit its growth targets last year.")]
    [InlineData("The Irish Republican Army destroyed its arms in September.")]
    [InlineData("Police forces destroyed three illegally built houses in the town.")]
    [InlineData("Peru strikes a trade deal with Chile.")]
    public void Extract_GoalsMetOwnArmsOrHousesDestroyedOrADealStruck_NoMilitaryAction(string sentence) =>
        Assert.Empty(Parsed.Sides(sentence, EventType.MilitaryAction));

    [Fact]
    public void Extract_PresentStrikesADeal_Agreement() =>
        Assert.Equal(["participant=Chile participant=Peru"], Parsed.Sides("Peru strikes a trade deal with Chile.", EventType.Agreement));

    [Fact]
    public void Extract_MortarsFiredAtASettlement_StillMilitaryAction() =>
        Assert.Single(Parsed.Sides("Palestinian militants fired mortars at a Jewish settlement near Hebron.", EventType.MilitaryAction));

    [Theory]
    [InlineData("Russian air defences shot down 12 Ukrainian drones over the Belgorod region on Sunday.", "Belgorod")]
    [InlineData("Israeli jets struck Hezbollah targets across southern Lebanon on Sunday.", "Lebanon")]
    [InlineData("Houthi rebels attacked a Greek tanker off the coast of Yemen on Friday.", "Yemen")]
    public void Extract_ForceOverAcrossOrOffAPlace_ThatPlace(string sentence, string place)
    {
        var document = Parsed.Extract(sentence);
        var attack = Assert.Single(document.Events, e => e.Type == EventType.MilitaryAction);

        Assert.StartsWith(place, document.Entities.Single(e => e.Id == attack.Location).Name, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_SeizedAlongWithAnIsland_NoPlaceFromTheCompanion()
    {
        var document = Parsed.Extract("Spanish troops seized the port of Ceuta in 1640 along with the nearby island of Perejil.");

        Assert.DoesNotContain(document.Events, e => e.Type == EventType.MilitaryAction && e.Location is { } at && document.Entities.Single(x => x.Id == at).Name == "Perejil");
    }

    [Theory]
    [InlineData("A Chilean court indicted former President Marcela Vidal on charges of fraud.", "accused=Marcela Vidal accuser=Chile")]
    [InlineData("French magistrates have charged Lebanese central bank governor Nabil Haddad with money laundering.", "accused=Nabil Haddad accuser=France")]
    [InlineData("Iranian President Reza Tavakoli held Israel responsible for the killing of a general in Damascus.", "accused=Israel accuser=Reza Tavakoli")]
    public void Extract_ChargesIndictmentsAndHeldResponsible_Accusation(string sentence, string sides) =>
        Assert.Equal([sides], Parsed.Sides(sentence, EventType.Accusation));

    [Fact]
    public void Extract_BombsDeliveredToAState_Offer() =>
        Assert.Equal(["giver=Germany recipient=Israel"], Parsed.Sides("Germany delivered 3,000 bombs to Israel last year.", EventType.Offer));

    [Fact]
    public void Extract_ArabicNameEndingInSaid_NoStatement()
    {
        var document = Parsed.Extract("Sultan Hamad bin Tariq Al Said of Oman arrived in Tehran on Sunday.");

        Assert.DoesNotContain(document.Events, e => e.Type == EventType.Statement);
        Assert.Contains(document.Entities, e => e.Type == EntityType.Person && e.Name == "Hamad bin Tariq Al Said");
    }

    [Fact]
    public void Extract_TitleWordAfterBin_PartOfOneName() =>
        Assert.Equal(["participant=Kenji Mori participant=Khalid bin Sultan Al Mansoori"],
            Parsed.Sides("H.E. Khalid bin Sultan Al Mansoori met the Ambassador of Japan, Kenji Mori, on Monday.", EventType.Meeting));

    [Fact]
    public void Extract_TitleWordBeforeBin_FirstNameOfOneName() =>
        Assert.Equal(["participant=Omar Haddad participant=Sultan bin Saqr Al Nuaimi"],
            Parsed.Sides("Sheikh Sultan bin Saqr Al Nuaimi received a phone call from Jordanian Prime Minister Omar Haddad.", EventType.PhoneCall));

    [Fact]
    public void Extract_StatesStrikesOnSomethingCondemned_MilitaryActionOfThatState() =>
        Assert.Equal(["actor=Russia target=Ukraine"], Parsed.Sides("The EU's foreign policy chief condemned Russia's strikes on Ukrainian power plants.", EventType.MilitaryAction));

    [Fact]
    public void Extract_DroneAttackHitAPipelineNearATown_MilitaryActionThere()
    {
        var document = Parsed.Extract("A drone attack hit an oil pipeline near Kursk on Friday.");
        var attack = Assert.Single(document.Events, e => e.Type == EventType.MilitaryAction);

        Assert.Equal("Kursk", document.Entities.Single(e => e.Id == attack.Location).Name);
    }

    [Fact]
    public void Extract_CapitalHeldDrillsAroundAnIsland_ShowOfForceByItsState() =>
        Assert.Equal(["actor=China target=Taiwan"], Parsed.Sides("Beijing held large-scale drills around Taiwan in October.", EventType.MilitaryAction));

    [Theory]
    [InlineData("Armenia and Azerbaijan agreed on a border deal mediated by the United States.", "participant=Armenia participant=Azerbaijan participant=United States")]
    [InlineData("Fatah and Hamas signed a reconciliation agreement brokered by Algeria.", "participant=Algeria participant=Fatah participant=Hamas")]
    public void Extract_DealBrokeredByAThirdParty_TheBrokerIsAParty(string sentence, string sides) =>
        Assert.Equal([sides], Parsed.Sides(sentence, EventType.Agreement));

    [Theory]
    [InlineData("Polish President Marek Nowak met Ivan Petrenko, Ukraine's defence minister, in Warsaw on Monday.", "Warsaw")]
    [InlineData("Spain's foreign minister, Luis Cabrera, met Karim Alaoui, Morocco's foreign minister, in Rabat on Friday.", "Rabat")]
    public void Extract_PersonMetDescribedInCommasThenPlaceAndDay_MeetingThere(string sentence, string place)
    {
        var document = Parsed.Extract(sentence);
        var meeting = Assert.Single(document.Events, e => e.Type == EventType.Meeting);

        Assert.Equal(place, document.Entities.Single(e => e.Id == meeting.Location).Name);
    }

    [Fact]
    public void Extract_WarnedOwnActIfAnotherActs_ThreatAgainstThatOther() =>
        Assert.Equal(["target=United States threatener=Reza Karimi"],
            Parsed.Sides("Iran's Foreign Minister Reza Karimi warned on Sunday that Tehran would close the Strait of Hormuz if the United States attacked its nuclear sites.", EventType.Threat));

    [Fact]
    public void Extract_PhoneCallReceivedOnADayFromSomeone_PhoneCall() =>
        Assert.Equal(["participant=Nadia Haddad participant=Omar Al Farsi"],
            Parsed.Sides("Omani Foreign Minister Omar Al Farsi received a phone call on Sunday from Jordanian Foreign Minister Nadia Haddad.", EventType.PhoneCall));

    [Fact]
    public void Extract_WeaponMadeInAState_NotThatStatesAttack() =>
        Assert.DoesNotContain(Parsed.Sides("Investigators concluded that a Russian-made missile had downed the airliner over Ukraine.", EventType.MilitaryAction),
            d => d.Contains("actor=Russia", StringComparison.Ordinal));

    [Fact]
    public void Extract_TariffsOnGoodsMadeInAState_StillThatStatesSanction() =>
        Assert.Equal(["imposer=Japan target=United States"], Parsed.Sides("Japan imposed 15 percent levies on US-made steel on Monday.", EventType.Sanction));

    [Fact]
    public void Extract_SurnameSaid_NoStatement() =>
        Assert.Empty(Parsed.Sides("Egyptian Foreign Minister Ahmed Said met his Sudanese counterpart in Cairo on Monday.", EventType.Statement));

    [Theory]
    [InlineData("Argentina's attack on inflation has begun to work.")]
    [InlineData("Turkey's assault on corruption was praised by the EU.")]
    public void Extract_FigurativeAttackOnAnIll_NoMilitaryAction(string sentence) =>
        Assert.Empty(Parsed.Sides(sentence, EventType.MilitaryAction));

    [Theory]
    [InlineData("Poland condemned the sabotage but avoided blaming Russia.")]
    [InlineData("Latvia avoided blaming Russia for the fire.")]
    public void Extract_AvoidedBlaming_NoAccusation(string sentence) =>
        Assert.Empty(Parsed.Sides(sentence, EventType.Accusation));

    [Fact]
    public void Extract_DeniedSomeonesRequest_NoDenial() =>
        Assert.Empty(Parsed.Sides("Hungary denied Ivan Petrov's request for asylum.", EventType.Denial));

    [Fact]
    public void Extract_OpenToTalks_NoMeeting() =>
        Assert.Empty(Parsed.Sides("The Kremlin said it was open to talks with Ukraine.", EventType.Meeting));

    [Fact]
    public void Extract_MinistrySpokesmanTellsOfHisStatesStrike_NoAccusation() =>
        Assert.Empty(Parsed.Sides("Russian Defence Ministry spokesman Igor Markov said Russian jets had struck Ukrainian positions near Kupiansk.", EventType.Accusation));

    [Theory]
    [InlineData("The United States raised tariffs on Chinese steel to 50 percent on Monday.", "imposer=United States target=China")]
    [InlineData("China doubled tariffs on Canadian canola.", "imposer=China target=Canada")]
    public void Extract_TariffsRaised_Sanction(string sentence, string sides) =>
        Assert.Equal([sides], Parsed.Sides(sentence, EventType.Sanction));

    [Fact]
    public void Extract_LowerCaseFormerBeforeATitle_FormerOffice() =>
        Assert.Contains("Farhan Qureshi / Former Prime Minister / Pakistan", Parsed.Roles("Pakistani police arrested former prime minister Farhan Qureshi on Monday."));

    [Theory]
    [InlineData("Opposition leader Jan Novak clashed with Prime Minister Eva Dvorakova over migration.")]
    [InlineData("The senator fought the extradition request for ten years.")]
    [InlineData("Anti-corruption police raided the offices of former minister Ivan Petrov on Tuesday.")]
    public void Extract_PersonsQuarrellingOrPoliceSearching_NoMilitaryAction(string sentence) =>
        Assert.Empty(Parsed.Sides(sentence, EventType.MilitaryAction));

    [Fact]
    public void Extract_TroopsOfTwoStatesClashed_StillEachAgainstTheOther() =>
        Assert.Equal(["actor=China target=India", "actor=India target=China"],
            Parsed.Sides("Chinese and Indian troops clashed in a border valley on Monday.", EventType.MilitaryAction));

    [Theory]
    [InlineData("Chinese and American negotiators held trade talks in Geneva on Monday.")]
    [InlineData("Colombia held talks with Venezuela aimed at ending the border dispute.")]
    public void Extract_TalksNamedByTheirAim_Negotiation(string sentence) =>
        Assert.Single(Parsed.Sides(sentence, EventType.Negotiation));

    [Fact]
    public void Extract_DealSignedToDoSomethingWithAnother_AgreementWithThatOther() =>
        Assert.Equal(["participant=Egypt participant=Russia"], Parsed.Sides("Egypt signed a deal to buy wheat from Russia.", EventType.Agreement));

    [Fact]
    public void Extract_PleadedNotGuilty_Denial() =>
        Assert.Equal(["speaker=Jan Kowal"], Parsed.Sides("Former Senator Jan Kowal pleaded not guilty to corruption charges on Tuesday.", EventType.Denial));

    [Fact]
    public void Extract_PleadedGuilty_NoDenial() =>
        Assert.Empty(Parsed.Sides("Former Senator Jan Kowal pleaded guilty to corruption charges on Tuesday.", EventType.Denial));

    [Theory]
    [InlineData("Without consulting Brussels, Hungarian Prime Minister Laszlo Kovacs met Russian President Sergei Volkov in Moscow on Friday.", EventType.Meeting,
        "participant=Laszlo Kovacs participant=Sergei Volkov")]
    [InlineData("Rather than meeting Putin, Hungarian Prime Minister Laszlo Kovacs spoke by phone with Chinese President Li Ming.", EventType.PhoneCall,
        "participant=Laszlo Kovacs participant=Li Ming")]
    public void Extract_FrontedClauseThenATitledName_TheNameIsTheSubject(string sentence, EventType type, string sides) =>
        Assert.Equal([sides], Parsed.Sides(sentence, type));

    [Fact]
    public void Extract_StatesMinistryClosesAReportOfItsStatesStrike_NoAccusation() =>
        Assert.Empty(Parsed.Sides("Turkey destroyed Kurdish militant bases in northern Syria, the Turkish Defence Ministry said.", EventType.Accusation));

    [Fact]
    public void Extract_SpokesmanSaysItsFighters_TheGroupActs() =>
        Assert.Contains("actor=Hamas target=Israel", Parsed.Sides("Hamas spokesman Abu Obeida said its fighters ambushed an Israeli patrol in Khan Younis.", EventType.MilitaryAction));

    [Theory]
    [InlineData("Ukraine's navy sank a Russian landing ship near Sevastopol.", "actor=Ukraine target=Russia")]
    [InlineData("Colombian Defence Minister Ricardo Mora said troops had seized a rebel camp in Cauca.", "actor=Colombia")]
    public void Extract_NavySankOrTroopsSeizedACamp_MilitaryAction(string sentence, string sides) =>
        Assert.Contains(sides, Parsed.Sides(sentence, EventType.MilitaryAction));

    [Theory]
    [InlineData("Kenyan police raided the offices of opposition leader Ivan Petrov on Tuesday.")]
    [InlineData("FBI agents raided the home of former adviser John Kerr.")]
    [InlineData("The senator launched a scathing attack on the central bank.")]
    [InlineData("President Ana Ruiz's attack on the opposition party drew criticism.")]
    public void Extract_SearchesByPoliceOrAttacksInWords_NoMilitaryAction(string sentence) =>
        Assert.Empty(Parsed.Sides(sentence, EventType.MilitaryAction));

    [Theory]
    [InlineData("Israeli troops raided the Jenin refugee camp on Monday.", "actor=Israel")]
    [InlineData("Hamas's attack on Israel killed 1,200 people.", "actor=Hamas target=Israel")]
    public void Extract_RaidsByTroopsOrAttacksByAGroup_StillMilitaryAction(string sentence, string sides) =>
        Assert.Contains(sides, Parsed.Sides(sentence, EventType.MilitaryAction));

    [Fact]
    public void Extract_NuclearTalks_Negotiation() =>
        Assert.Single(Parsed.Sides("Iranian and American negotiators held nuclear talks in Muscat on Saturday.", EventType.Negotiation));

    [Fact]
    public void Extract_CurrentBeforeATitle_TheOfficeAlone() =>
        Assert.Contains("Imran Qadir / Prime Minister / Pakistan", Parsed.Roles("Pakistan's current prime minister, Imran Qadir, met Chinese President Li Ming in Beijing."));

    [Fact]
    public void Extract_CallerAfterAPartOfTheDay_PhoneCall() =>
        Assert.Equal(["participant=Abiy Tesfaye participant=Daniel Mwangi"],
            Parsed.Sides("Kenyan President Daniel Mwangi received a phone call on Sunday morning from Ethiopian Prime Minister Abiy Tesfaye to discuss the dam.", EventType.PhoneCall));

    [Fact]
    public void Extract_LiveBlogEntryStampedWithATime_DatedThePagesDay()
    {
        var attack = Assert.Single(Parsed.Events("12:03 GMT — Russian drones struck the port of Odesa, Ukrainian officials said."), e => e.Type == EventType.MilitaryAction);

        Assert.Equal("2025-03-12", attack.Date);
    }

    [Fact]
    public void Extract_PeriodSinceAMonthInAPhrase_NoDateFromIt()
    {
        var offer = Assert.Single(Parsed.Events("The World Health Organization said on Monday it had delivered 40 tonnes of medicine to Sudan, the first convoy to reach the area since December."),
            e => e.Type == EventType.Offer);

        Assert.NotEqual("2024-12", offer.Date);
    }
}
