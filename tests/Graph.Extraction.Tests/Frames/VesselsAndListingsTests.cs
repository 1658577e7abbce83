using Graph.Core.Model;

namespace Graph.Extraction.Tests.Frames;

/// <summary>
/// Force at sea told in the passive or with water cannon, attacks named by their noun, designations and measures told
/// by their noun, conjuncts after an apposition, objects a closing report took for its subject, model numbers, and roles
/// shared by a list of titled names: sentences of our own.
/// </summary>
public class VesselsAndListingsTests
{
    [Theory]
    [InlineData("Dozens of rockets were fired into northern Ghana by the Volta Front on Sunday.", "actor=Volta Front target=Ghana")]
    [InlineData("Two missiles were launched at Kenya by Somali militants on Friday.", "actor=Somalia target=Kenya")]
    public void Extract_WeaponsFiredInThePassive_MilitaryActionByTheAgent(string body, string sides) =>
        Assert.Equal([sides], Parsed.Sides(body, EventType.MilitaryAction));

    [Fact]
    public void Extract_VesselSeizedInThePassive_MilitaryActionByTheAgent() =>
        Assert.Equal(["actor=Houthis"], Parsed.Sides("The tanker was seized by Houthi fighters in the Red Sea on Tuesday.", EventType.MilitaryAction));

    [Theory]
    [InlineData("Chilean coast guard vessels fired water cannon at a Peruvian fishing boat on Sunday.", "actor=Chile target=Peru")]
    [InlineData("The Chile Coast Guard used water cannon against two Peruvian fishing boats on Friday.", "actor=Coast Guard of Chile target=Peru")]
    [InlineData("A Chilean patrol ship blasted a Peruvian trawler with water cannon on Sunday.", "actor=Chile target=Peru")]
    public void Extract_WaterCannonOnAVessel_MilitaryAction(string body, string sides)
    {
        Assert.Equal([sides], Parsed.Sides(body, EventType.MilitaryAction));
        Assert.Empty(Parsed.Sides(body, EventType.Statement));
    }

    [Theory]
    [InlineData("Police fired water cannon at protesters in Lima on Tuesday.")]
    [InlineData("Firefighters sprayed the burning ship with water cannon.")]
    public void Extract_WaterCannonOnACrowdOrAFire_NoMilitaryAction(string body) =>
        Assert.Empty(Parsed.Sides(body, EventType.MilitaryAction));

    [Fact]
    public void Extract_AttackNounBeforeItsDead_MilitaryActionWhereItStruck()
    {
        var attack = Assert.Single(Parsed.Events("An attack on a market in Tessalit killed 15 people on Sunday."), e => e.Type == EventType.MilitaryAction);

        Assert.Empty(attack.Participants);
        Assert.NotNull(attack.Location);
    }

    [Theory]
    [InlineData("The Treasury Department on Monday designated Chilean businessman Tomas Urrutia for helping the Volta Front.", "imposer=Treasury Department target=Tomas Urrutia")]
    [InlineData("The Office of Foreign Assets Control designated six Peruvian officials on Friday.", "imposer=Office of Foreign Assets Control target=Peru")]
    public void Extract_PartyDesignated_Sanction(string body, string sides) =>
        Assert.Equal([sides], Parsed.Sides(body, EventType.Sanction));

    [Theory]
    [InlineData("The party designated Maria Lopes as its candidate for the presidency.")]
    [InlineData("The president designated Foreign Minister Ana Ruiz to lead the talks.")]
    [InlineData("The government designated three new national parks on Monday.")]
    public void Extract_DesignatedForAnOfficeOrAPlace_NoSanction(string body) =>
        Assert.Empty(Parsed.Sides(body, EventType.Sanction));

    [Theory]
    [InlineData("Poland ordered the expulsion of two Peruvian diplomats on Monday.", "imposer=Poland target=Peru")]
    [InlineData("Mali announced the closure of its border with Niger on Sunday.", "imposer=Mali target=Niger")]
    [InlineData("Chilean President Ana Ruiz ordered the closure of all border checkpoints with Peru.", "imposer=Ana Ruiz target=Peru")]
    public void Extract_MeasureToldByItsNoun_Sanction(string body, string sides) =>
        Assert.Equal([sides], Parsed.Sides(body, EventType.Sanction));

    [Fact]
    public void Extract_ConjunctAfterAnApposition_MeetsToo() =>
        Assert.Equal(["participant=Ana Ruiz participant=Luis Vega", "participant=Ana Ruiz participant=Marta Ibanez"],
            Parsed.Sides("Ana Ruiz also met Peruvian President Luis Vega, the summit's host, and Bolivian President Marta Ibanez on Saturday.", EventType.Meeting));

    [Theory]
    [InlineData("Chilean President Ana Ruiz received Peruvian Foreign Minister Luis Vega in Santiago on Sunday, a Chilean diplomat said.")]
    [InlineData("Chilean President Ana Ruiz met Peruvian Foreign Minister Luis Vega in Santiago, her office said.")]
    public void Extract_ObjectBeforeAClosingReport_Meeting(string body) =>
        Assert.Equal(["participant=Ana Ruiz participant=Luis Vega"], Parsed.Sides(body, EventType.Meeting));

    [Fact]
    public void Extract_ModelNumberOfTheCraft_MilitaryAction() =>
        Assert.Equal(["actor=Peru"], Parsed.Sides("A Peruvian Su-30 jet intercepted a patrol aircraft over the Pacific.", EventType.MilitaryAction));

    [Fact]
    public void Extract_MinisterJoinedToATitledLeader_SharesTheLeadersCountry() =>
        Assert.Contains("Luis Vega / Foreign Minister / Peru",
            Parsed.Roles("Chilean President Ana Ruiz met Peruvian Prime Minister Marta Ibanez and Foreign Minister Luis Vega on Sunday."));

    [Theory]
    [InlineData("Chilean President Ana Ruiz and Prime Minister Luis Vega met in Lima.", "Luis Vega / Prime Minister / Chile")]
    [InlineData("Chilean President Ana Ruiz and Foreign Minister Luis Vega of Peru met in Lima.", "Luis Vega / Foreign Minister / Chile")]
    public void Extract_HeadOrOwnedTitleJoinedToATitledLeader_NoSharedCountry(string body, string role) =>
        Assert.DoesNotContain(role, Parsed.Roles(body));

    [Fact]
    public void Extract_TitleOfTheClosingSource_NoRoleForTheNameBefore() =>
        Assert.DoesNotContain(Parsed.Roles("Chilean President Ana Ruiz did not meet Peruvian President Luis Vega, a Chilean official said."),
            r => r.StartsWith("Luis Vega / Official", StringComparison.Ordinal));

    [Fact]
    public void Extract_NameBeforeALowerCaseAirport_APlace() =>
        Assert.Contains((EntityType.Location, "Don Carlos"), Parsed.Entities("Chilean President Ana Ruiz welcomed Peruvian President Luis Vega at Don Carlos airport on Monday."));

    [Theory]
    [InlineData("Taoiseach Aoife Byrne met the British prime minister in Dublin.", "Aoife Byrne")]
    public void Extract_IrishHeadOfGovernment_ATitledPerson(string body, string name) =>
        Assert.Contains((EntityType.Person, name), Parsed.Entities(body));

    [Fact]
    public void Extract_PacificIslandsForum_AnOrganisationThatSanctions() =>
        Assert.Equal(["imposer=Pacific Islands Forum target=Fiji"], Parsed.Sides("The Pacific Islands Forum suspended Fiji on Monday.", EventType.Sanction));

    [Theory]
    [InlineData("The State Bank of Peru said on Monday it had received the deposit.", "State Bank of Peru")]
    [InlineData("The Reserve Bank of Chile raised rates on Friday.", "Reserve Bank of Chile")]
    public void Extract_BankNamedOfItsCountry_OneOrganisation(string body, string name) =>
        Assert.Contains((EntityType.Organization, name), Parsed.Entities(body));

    [Fact]
    public void Extract_AttackThatCausedNoCasualties_StillAnAttack() =>
        Assert.Equal(["actor=Volta Front"], Parsed.Sides("The Volta Front's rocket attack on Tema caused no casualties.", EventType.MilitaryAction));

    [Theory]
    [InlineData("Chile deployed a brigade to the border on Monday.")]
    [InlineData("Chile stationed 4,000 troops near the border last year.")]
    [InlineData("Chile scrambled fighter jets after the incursion.")]
    public void Extract_OwnForcesDeployedStationedOrScrambled_MilitaryAction(string body) =>
        Assert.Contains(Parsed.Sides(body, EventType.MilitaryAction), s => s.StartsWith("actor=Chile", StringComparison.Ordinal));

    [Fact]
    public void Extract_ForcesCountedInAnAllegation_NoDeployment() =>
        Assert.Empty(Parsed.Sides("Several UN reports have pinned Peru on sending thousands of forces to aid the rebels.", EventType.MilitaryAction));

    [Fact]
    public void Extract_AttackClaimedOutright_TheClaimantAttacked() =>
        Assert.Equal(["actor=Volta Front"], Parsed.Sides("The Volta Front claimed a drone attack on the port of Tema on Sunday.", EventType.MilitaryAction));

    [Fact]
    public void Extract_AttackOfAnotherClaimed_NotTheClaimants() =>
        Assert.DoesNotContain("actor=Chile", Parsed.Sides("Chile claimed a Peruvian drone attack on its border post on Sunday.", EventType.MilitaryAction));

    [Fact]
    public void Extract_ClauseSaidWithoutThat_ItsSubjectActs() =>
        Assert.Contains(Parsed.Sides("The Chilean navy says Peruvian forces shot down six drones over the Pacific.", EventType.MilitaryAction),
            s => s.StartsWith("actor=Peru", StringComparison.Ordinal));

    [Fact]
    public void Extract_CityStruck_ThePlaceNotATarget()
    {
        var document = Parsed.Extract("Chile attacked Arica's port with drones overnight.");
        var attack = Assert.Single(document.Events, e => e.Type == EventType.MilitaryAction);

        Assert.DoesNotContain(attack.Participants, p => p.Role == "target");
        Assert.Equal("Arica", document.Entities.Single(e => e.Id == attack.Location).Name);
    }
}
