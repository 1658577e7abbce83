using Graph.Core.Model;

namespace Graph.Extraction.Tests.Frames;

/// <summary>Sanctions the guidelines count beyond "imposed sanctions": trade banned, borders closed, envoys recalled, and the passive.</summary>
public sealed class MeasureFrameTests
{
    [Fact]
    public void Extract_AnnouncedTravelBansOnOfficials_SanctionOnTheirCountry() =>
        Assert.Equal(["imposer=Chile target=Peru"], Parsed.Sides("Chile announced travel bans on two Peruvian officials.", EventType.Sanction));

    [Fact]
    public void Extract_FrozeASumInACountrysAssets_SanctionOnThatCountry() =>
        Assert.Equal(["imposer=Chile target=Peru"], Parsed.Sides("Chile froze $4 billion in Peruvian central bank assets.", EventType.Sanction));

    [Fact]
    public void Extract_SanctionsImposedOnByPassive_ImposerIsTheAgent()
    {
        var sides = Parsed.Sides("Sanctions were imposed on Belarus by the European Union on Friday.", EventType.Sanction);
        Assert.Equal(["imposer=European Union target=Belarus"], sides);
    }

    [Theory]
    [InlineData("Duties levied on Chile by Peru took effect on Monday.")]
    [InlineData("The tariffs imposed on Chilean copper by Peru were raised on Monday.")]
    [InlineData("Sanctions imposed on Chile by Peru came into force at midnight.")]
    [InlineData("An arms embargo imposed on Chile by Peru remains in force.")]
    [InlineData("The travel ban imposed on Chile by Peru was extended on Monday.")]
    public void Extract_MeasuresImposedByAnAgentAsTheSubjectOfAnotherVerb_SanctionOfTheAgent(string body) =>
        Assert.Equal(["imposer=Peru target=Chile"], Parsed.Sides(body, EventType.Sanction));

    [Fact]
    public void Extract_BannedImportsOfAnAdjective_EmbargoOnThatCountry()
    {
        var sides = Parsed.Sides("China banned imports of Australian coal in 2020.", EventType.Sanction);
        Assert.Equal(["imposer=China target=Australia"], sides);
    }

    [Fact]
    public void Extract_ClosedItsBorderWith_Sanction()
    {
        var sides = Parsed.Sides("Sudan closed its border with Chad on Monday.", EventType.Sanction);
        Assert.Equal(["imposer=Sudan target=Chad"], sides);
    }

    [Fact]
    public void Extract_RecalledItsAmbassadorToACapital_SanctionOnItsCountry()
    {
        var events = Parsed.Events("Algeria recalled its ambassador to Madrid on Saturday.");
        var sanction = Assert.Single(events, e => e.Type == EventType.Sanction);
        Assert.Equal("161", sanction.Cameo);
        Assert.Equal([("country:DZ", ParticipantRoles.Imposer), ("country:ES", ParticipantRoles.Target)], sanction.Participants.Select(p => (p.Entity, p.Role)));
        Assert.DoesNotContain(events, e => e.Type == EventType.Statement);
    }

    [Theory]
    [InlineData("Chad's junta expelled the head of the UN mission, the foreign ministry said.", "country:TD", "org:united-nations")]
    [InlineData("Peru expelled the head of the Chilean embassy on Monday.", "country:PE", "country:CL")]
    public void Extract_ExpelledTheHeadOfAMission_SanctionOnItsSender(string body, string imposer, string target)
    {
        var sanction = Assert.Single(Parsed.Events(body), e => e.Type == EventType.Sanction);
        Assert.Equal("161", sanction.Cameo);
        Assert.Equal([(imposer, ParticipantRoles.Imposer), (target, ParticipantRoles.Target)], sanction.Participants.Select(p => (p.Entity, p.Role)));
    }

    [Theory]
    [InlineData("Two Chilean diplomats were expelled by Peru for espionage.")]
    [InlineData("Chile's ambassador was expelled by Peru on Monday.")]
    public void Extract_EnvoysExpelledInThePassive_SanctionOnTheirState(string body)
    {
        var sanction = Assert.Single(Parsed.Events(body), e => e.Type == EventType.Sanction);
        Assert.Equal("161", sanction.Cameo);
        Assert.Equal([("country:PE", ParticipantRoles.Imposer), ("country:CL", ParticipantRoles.Target)], sanction.Participants.Select(p => (p.Entity, p.Role)));
    }

    [Theory]
    // The head of a department or of a delegation's talks is no envoy; "expelled the head of the party" is a party matter.
    [InlineData("Peru expelled the head of the ruling party on Monday.")]
    [InlineData("The party expelled the head of its youth wing.")]
    public void Extract_ExpelledTheHeadOfNoMission_NoSanction(string body) =>
        Assert.DoesNotContain(Parsed.Events(body), e => e.Type == EventType.Sanction);

    [Fact]
    public void Extract_ThreatenedToCloseTheBorder_NoSanction() =>
        Assert.Empty(Parsed.Sides("Sudan threatened to close its border with Chad.", EventType.Sanction));

    [Fact]
    public void Extract_ClosedASchool_NoSanction() =>
        Assert.Empty(Parsed.Sides("Sudan closed a school near Chad on Monday.", EventType.Sanction));

    [Fact]
    public void Extract_ForcedABodyOutOfTheCountry_Expulsion()
    {
        var sanction = Assert.Single(Parsed.Events("Jakarta forced the UN refugee agency, UNHCR, out of the country."), e => e.Type == EventType.Sanction);
        Assert.Equal("166", sanction.Cameo);
        Assert.Equal(["country:ID", "org:unhcr"], sanction.Participants.Select(p => p.Entity));
    }

    [Fact]
    public void Extract_RainForcedATeamOut_NoSanction() =>
        Assert.Empty(Parsed.Sides("Rain forced Kenya out of the tournament.", EventType.Sanction));

    [Fact]
    public void Extract_ThrewOutAPlea_NoSanction() =>
        Assert.Empty(Parsed.Sides("A Kenyan judge threw out the plea of the Ugandan businessman on Monday.", EventType.Sanction));

    [Theory]
    [InlineData("Niger's junta ordered the French ambassador to leave the country.")]
    [InlineData("Niger asked the French ambassador to leave within 48 hours.")]
    public void Extract_EnvoyOrderedToLeave_Sanction(string body)
    {
        Assert.Equal(["imposer=Niger target=France"], Parsed.Sides(body, EventType.Sanction));
    }

    [Fact]
    public void Extract_EnvoyOrderedToStay_NoSanction() =>
        Assert.Empty(Parsed.Sides("Niger asked the French ambassador to stay.", EventType.Sanction));

    [Theory]
    [InlineData("The African Union suspended Niger's membership after the coup.")]
    [InlineData("The African Union suspended Niger after the coup.")]
    public void Extract_MembershipOrPartySuspended_Sanction(string body)
    {
        Assert.Equal(["imposer=African Union target=Niger"], Parsed.Sides(body, EventType.Sanction));
    }

    [Fact]
    public void Extract_SuspendedASession_NoSanction() =>
        Assert.Empty(Parsed.Sides("The African Union suspended its session on Niger.", EventType.Sanction));

    [Fact]
    public void Extract_VisaRestrictionsImposedOnAParty_Sanction() =>
        Assert.Equal(["imposer=Canada target=Nigeria"], Parsed.Sides("Canada imposed visa restrictions on ten Nigerian officials.", EventType.Sanction));

    [Fact]
    public void Extract_RestrictionsOnGatherings_NoSanction() =>
        Assert.Empty(Parsed.Sides("Kenya imposed restrictions on public gatherings in Nairobi.", EventType.Sanction));

    [Fact]
    public void Extract_SanctionsPackageAdoptedByAPassive_Sanction() =>
        Assert.Equal(["imposer=European Union target=Belarus"], Parsed.Sides("A new sanctions package against Belarus was adopted by the European Union on Friday.", EventType.Sanction));

    [Fact]
    public void Extract_AidPackageAdopted_NoSanction() =>
        Assert.Empty(Parsed.Sides("The European Union adopted an aid package for Belarus on Friday.", EventType.Sanction));
    [Theory]
    [InlineData("Chile imposed travel bans and asset freezes on six Peruvian officials.")]
    [InlineData("Chile imposed an asset freeze on Peruvian officials on Monday.")]
    [InlineData("Chile imposed visa bans on Peruvian officials.")]
    [InlineData("Chile tightened export controls on copper to Peru.")]
    public void Extract_BansAndFreezesImposedOnASide_Sanction(string body) =>
        Assert.Equal(["imposer=Chile target=Peru"], Parsed.Sides(body, EventType.Sanction));

    [Theory]
    [InlineData("Chile added 20 Peruvian companies to its sanctions list.")]
    [InlineData("Chile placed Peru's state oil company on its trade blacklist.")]
    public void Extract_PartyPutOnASanctionsList_Sanction(string body) =>
        Assert.Equal(["imposer=Chile target=Peru"], Parsed.Sides(body, EventType.Sanction));

    [Theory]
    [InlineData("Chile added Peru to the list of countries it will visit.")]
    [InlineData("Chile imposed a ban on smoking in Lima.")]
    public void Extract_ListOrBanOfAnotherKind_NoSanction(string body) =>
        Assert.Empty(Parsed.Sides(body, EventType.Sanction));
    [Theory]
    [InlineData("The expulsion of 20 Peruvian diplomats by Chile drew a sharp response from Lima.")]
    [InlineData("Peru condemned Chile's expulsion of the Peruvian ambassador.")]
    public void Extract_ExpulsionOfEnvoysByASide_Sanction(string body) =>
        Assert.Equal(["imposer=Chile target=Peru"], Parsed.Sides(body, EventType.Sanction));

    [Fact]
    public void Extract_ExpulsionThreatened_NoSanction() =>
        Assert.Empty(Parsed.Sides("Chile threatened the expulsion of the Peruvian ambassador.", EventType.Sanction));

    [Theory]
    [InlineData("Kenya on Friday ordered a senior Ugandan diplomat to leave the country within 48 hours.")]
    [InlineData("Chile ordered a Peruvian diplomat to leave Santiago.")]
    public void Extract_OrderedAnEnvoyToLeave_ExpulsionAndNoDemand(string body)
    {
        var events = Parsed.Events(body);

        Assert.Contains(events, e => e.Type == EventType.Sanction && e.Cameo == "161");
        Assert.DoesNotContain(events, e => e.Type == EventType.Statement);
    }

    [Fact]
    public void Extract_DatelineBeforeTheImposer_NoSideFromTheDateline() =>
        Assert.Equal(["imposer=European Union target=Iran"],
            Parsed.Sides("BRUSSELS (Wire) - The European Union on Monday imposed sanctions on eight Iranian officials it said had supplied drones to Russia.", EventType.Sanction));

    [Theory]
    [InlineData("Chile banned 500 Peruvians from entering the country on Monday.")]
    [InlineData("Chile barred Peruvian officials from travelling to Santiago.")]
    [InlineData("Chile suspended a 2018 military agreement with Peru.")]
    public void Extract_EntryBanOrPactSuspended_SanctionOnTheParty(string body) =>
        Assert.Equal(["imposer=Chile target=Peru"], Parsed.Sides(body, EventType.Sanction));

    [Fact]
    public void Extract_PoliceBlockedProtestersFromEntering_NoSanction() =>
        Assert.Empty(Parsed.Sides("Chilean police blocked Peruvian protesters from entering the square.", EventType.Sanction));

    [Fact]
    public void Extract_DutiesImposedOnGoodsFromACountry_SanctionOfThatCountry() =>
        Assert.Equal(["imposer=European Union target=Chile"],
            Parsed.Sides("The European Union imposed anti-dumping duties of up to 35 percent on copper pipes from Chile on Thursday.", EventType.Sanction));

    [Theory]
    [InlineData("Chile declared the Peruvian ambassador persona non grata.")]
    [InlineData("Two Peruvian envoys were declared persona non grata by Chile on Monday.")]
    public void Extract_DeclaredPersonaNonGrata_Expulsion(string body)
    {
        var e = Assert.Single(Parsed.Events(body), e => e.Type == EventType.Sanction);
        Assert.Equal("161", e.Cameo);
        Assert.Equal(["imposer=Chile target=Peru"], Parsed.Sides(body, EventType.Sanction));
    }

    [Fact]
    public void Extract_SuspendedVisasForACountrysCitizens_Sanction() =>
        Assert.Equal(["imposer=Chile target=Peru"], Parsed.Sides("Chile suspended visas for Peruvian citizens on Thursday.", EventType.Sanction));

    [Theory]
    [InlineData("Chile called back its ambassador to Peru on Monday.")]
    [InlineData("Chile called its ambassador to Peru home for consultations.")]
    public void Extract_AmbassadorCalledBackOrHome_Recall(string body) =>
        Assert.Equal(["imposer=Chile target=Peru"], Parsed.Sides(body, EventType.Sanction));

    [Fact]
    public void Extract_SanctionsTookEffect_Sanction() =>
        Assert.Equal(["imposer=Chile target=Peru"], Parsed.Sides("New Chilean sanctions on Peruvian mining companies took effect on Thursday.", EventType.Sanction));

    [Fact]
    public void Extract_SanctionsWillTakeEffect_NoSanction() =>
        Assert.Empty(Parsed.Sides("New Chilean sanctions on Peruvian mining companies will take effect next month.", EventType.Sanction));

    [Fact]
    public void Extract_AwareOfCallsForCuttingAid_NoSanction() =>
        Assert.Empty(Parsed.Sides("Ana Ruiz said she was aware of calls for cutting off aid to the Peruvian government.", EventType.Sanction));

    [Theory]
    [InlineData("Peru was hit with fresh sanctions by the European Union on Monday.")]
    [InlineData("The European Union slapped Peru with new sanctions on Monday.")]
    public void Extract_HitWithSanctions_SanctionOnTheOneHit(string body) =>
        Assert.Equal(["imposer=European Union target=Peru"], Parsed.Sides(body, EventType.Sanction));

    [Fact]
    public void Extract_HitWithSnow_NoSanction() =>
        Assert.Empty(Parsed.Sides("The storm hit Peru with heavy snow.", EventType.Sanction));

    [Theory]
    [InlineData("Sanctions imposed by the EU on Peruvian banks took effect on Monday.", "imposer=European Union target=Peru")]
    [InlineData("The sanctions imposed by Washington on Bolivia last year were lifted on Friday.", "imposer=United States target=Bolivia")]
    [InlineData("Three Chilean firms were placed under US sanctions on Tuesday.", "imposer=United States target=Chile")]
    public void Extract_SanctionsImposedInAReducedClauseOrPutUnder_Sanction(string body, string sides) =>
        Assert.Equal([sides], Parsed.Sides(body, EventType.Sanction));

    [Fact]
    public void Extract_PlacedUnderSomethingElse_NoSanction() =>
        Assert.Empty(Parsed.Sides("Three Chilean firms were placed under review by the US Treasury on Tuesday.", EventType.Sanction));

    [Theory]
    [InlineData("Peru's military rulers on Friday revoked a string of military cooperation agreements with Santiago.")]
    [InlineData("Peru terminated its defence agreement with Chile on Monday.")]
    public void Extract_AgreementWithAPartyRevoked_SanctionOnIt(string body) =>
        Assert.Equal(["imposer=Peru target=Chile"], Parsed.Sides(body, EventType.Sanction));

    [Fact]
    public void Extract_MeetingCancelled_NoSanction() =>
        Assert.Empty(Parsed.Sides("Peru cancelled the meeting with Chile on Monday.", EventType.Sanction));

    [Theory]
    [InlineData("Chile ended its defence cooperation agreement with Peru on Monday.")]
    [InlineData("Chile ended its military cooperation with Peru on Saturday.")]
    [InlineData("Chile terminated its defence ties with Peru.")]
    public void Extract_EndedAnAgreementOrTiesWithAParty_SanctionOnIt(string body) =>
        Assert.Equal(["imposer=Chile target=Peru"], Parsed.Sides(body, EventType.Sanction));

    [Theory]
    [InlineData("Chile and Peru ended their talks in Lima.")]
    [InlineData("Chile ended the war with a peace treaty.")]
    public void Extract_EndedTalksOrAWar_NoSanction(string body) =>
        Assert.Empty(Parsed.Sides(body, EventType.Sanction));

    [Fact]
    public void Extract_ExpulsionOfEmbassyStaff_SanctionByTheOwner() =>
        Assert.Contains("imposer=Chile target=Peru",
            Parsed.Sides("Peru expelled two Chilean diplomats in retaliation for Chile's expulsion of Peruvian embassy staff.", EventType.Sanction));

    [Fact]
    public void Extract_ExpulsionOfStaffOfNoPost_NoSanctionByTheOwner() =>
        Assert.DoesNotContain("imposer=Chile target=Peru",
            Parsed.Sides("Peru criticised Chile's expulsion of Peruvian farm staff.", EventType.Sanction));

    [Theory]
    [InlineData("Chile banned exports of copper ore to Peru on Monday.")]
    [InlineData("Chile banned sales of arms to Peru.")]
    public void Extract_BannedTradeOfGoodsToAParty_SanctionOnIt(string body) =>
        Assert.Equal(["imposer=Chile target=Peru"], Parsed.Sides(body, EventType.Sanction));

    [Fact]
    public void Extract_EnvoyToAStateRecalledInThePassive_SanctionByTheEnvoysState() =>
        Assert.Equal(["imposer=Sweden target=Iran"],
            Parsed.Sides("Sweden's ambassador to Iran, Anders Holm, was recalled to Stockholm for consultations, the foreign ministry said.", EventType.Sanction));

    [Theory]
    [InlineData("Chad expelled the Danish Refugee Council on Monday.", "imposer=Chad target=Danish Refugee Council")]
    [InlineData("Chad expelled the staff of the Danish Refugee Council on Monday.", "imposer=Chad target=Danish Refugee Council")]
    [InlineData("Chad expelled the Danish Refugee Council's staff on Monday.", "imposer=Chad target=Danish Refugee Council")]
    public void Extract_ExpelledABodyOrItsStaff_SanctionOnTheBody(string body, string sides)
    {
        var sanction = Assert.Single(Parsed.Events(body), e => e.Type == EventType.Sanction);
        Assert.Equal("166", sanction.Cameo);
        Assert.Equal([sides], Parsed.Sides(body, EventType.Sanction));
    }

    [Theory]
    [InlineData("Chad expelled the staff of a hotel on Monday.")]
    [InlineData("Chadian forces ousted the Danish Refugee Council from the town in 2021.")]
    [InlineData("Rebels ousted the Movement for Justice from power in 2021.")]
    public void Extract_StaffOfNoNamedBodyExpelledOrABodyOusted_NoSanction(string body) =>
        Assert.DoesNotContain(Parsed.Events(body), e => e.Type == EventType.Sanction);

    [Theory]
    [InlineData("Chad suspended the operating licence of the Danish Refugee Council on Monday.")]
    [InlineData("Chad suspended the Danish Refugee Council's licence on Monday.")]
    public void Extract_SuspendedABodysLicence_SanctionOnTheBody(string body) =>
        Assert.Equal(["imposer=Chad target=Danish Refugee Council"], Parsed.Sides(body, EventType.Sanction));

    [Fact]
    public void Extract_ExpelledABodyAccusingTheGroupOfADeed_AccusationOfThatBody() =>
        Assert.Equal(["accused=Danish Refugee Council accuser=Chad"],
            Parsed.Sides("Chad expelled the Danish Refugee Council, accusing the group of spreading false reports.", EventType.Accusation));

    [Theory]
    [InlineData("The Houthis seized a ship in the Red Sea. The United Nations accused the group of piracy.", "accused=Houthis accuser=United Nations")]
    [InlineData("The Houthis seized a ship in the Red Sea. Amnesty International accused the group of killing sailors.", "accused=Houthis accuser=Amnesty International")]
    public void Extract_BodyAccusingTheGroup_TheGroupIsTheBodyBeforeNotTheAccuser(string body, string sides) =>
        Assert.Equal([sides], Parsed.Sides(body, EventType.Accusation));

    [Fact]
    public void Extract_TroopsPushedOutOfATown_NoSanction() =>
        Assert.DoesNotContain(Parsed.Events("Chilean forces pushed Peruvian troops out of Tacna in November."), e => e.Type == EventType.Sanction);

    [Theory]
    [InlineData("Chile paused military aid to Peru on Monday.")]
    [InlineData("Chile withheld military aid to Peru on Monday.")]
    public void Extract_AidPausedOrWithheld_Sanction(string sentence) =>
        Assert.Equal(["imposer=Chile target=Peru"], Parsed.Sides(sentence, EventType.Sanction));
}
