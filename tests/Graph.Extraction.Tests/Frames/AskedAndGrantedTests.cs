using Graph.Core.Model;

namespace Graph.Extraction.Tests.Frames;

/// <summary>
/// Questions, deeds stopped or expected by others, grants refused, responses made by a deed, weapons tested, kidnappers,
/// counterparts "from" several countries, and quotes that name the other side: sentences of our own.
/// </summary>
public class AskedAndGrantedTests
{
    [Theory]
    [InlineData("Did Peru shell the Chilean border posts?", EventType.MilitaryAction)]
    [InlineData("Has Chile imposed sanctions on Peru?", EventType.Sanction)]
    [InlineData("Q: Will Chile expel more Peruvian diplomats?", EventType.Threat)]
    public void Extract_QuestionWhetherItHappened_NoEvent(string body, EventType type) =>
        Assert.Empty(Parsed.Sides(body, type));

    [Fact]
    public void Extract_StatementThatAQuestionFollows_TheDeedReported() =>
        Assert.Equal(["actor=Peru"], Parsed.Sides("Peru shelled the border posts on Monday. Why did it happen?", EventType.MilitaryAction));

    [Fact]
    public void Extract_NoLongerSupplies_NoOffer() =>
        Assert.Empty(Parsed.Sides("Chile no longer supplies weapons to Peru, Chilean officials said.", EventType.Offer));

    [Theory]
    [InlineData("The EU is expected to impose new sanctions on Belarus later this month.")]
    [InlineData("The EU is likely to impose new sanctions on Belarus.")]
    public void Extract_SanctionOthersExpect_NoThreat(string body) =>
        Assert.Empty(Parsed.Sides(body, EventType.Threat));

    [Fact]
    public void Extract_SanctionTheImposerPlans_Threat() =>
        Assert.Equal(["target=Belarus threatener=European Union"], Parsed.Sides("The EU plans to impose new sanctions on Belarus.", EventType.Threat));

    [Theory]
    [InlineData("Chile denied entry to two Peruvian lawmakers on Saturday.")]
    [InlineData("Chile denied visas to two UN officials.")]
    [InlineData("The Peruvian reporter was denied a visa by Chile.")]
    public void Extract_GrantRefused_NoDenial(string body) =>
        Assert.Empty(Parsed.Sides(body, EventType.Denial));

    [Fact]
    public void Extract_ClaimsDeniedToReporters_Denial() =>
        Assert.Equal(["speaker=Chile"], Parsed.Sides("Chile denied the accusations to reporters on Monday.", EventType.Denial));

    [Fact]
    public void Extract_RespondedByADeed_TheDeedNoStatement()
    {
        const string body = "Chile responded by recalling its ambassador from Peru.";

        Assert.Empty(Parsed.Sides(body, EventType.Statement));
        Assert.Equal(["imposer=Chile target=Peru"], Parsed.Sides(body, EventType.Sanction));
    }

    [Fact]
    public void Extract_RespondedThat_Statement() =>
        Assert.Equal(["speaker=Chile"], Parsed.Sides("Chile responded that the talks would go on.", EventType.Statement));

    [Theory]
    [InlineData("Bandits abducted 40 farmers in Kaduna on Sunday.")]
    [InlineData("Kidnappers abducted two aid workers in Kaduna on Sunday.")]
    public void Extract_UnnamedKidnappers_ArmedActionWithoutActor(string body) =>
        Assert.Equal([""], Parsed.Sides(body, EventType.MilitaryAction));

    [Theory]
    [InlineData("Chile tested a new cruise missile on Sunday.")]
    [InlineData("Chile said it had successfully tested a new ballistic missile.")]
    public void Extract_WeaponTested_ArmedAction(string body) =>
        Assert.Equal(["actor=Chile"], Parsed.Sides(body, EventType.MilitaryAction));

    [Fact]
    public void Extract_ReportOfAnotherSidesTest_NoAccusation() =>
        Assert.Empty(Parsed.Sides("Peruvian media said Chile had tested a new ballistic missile.", EventType.Accusation));

    [Fact]
    public void Extract_TalksWithCounterpartsFromSeveralCountries_OneMeetingEach() =>
        Assert.Equal(["participant=Chile participant=Tomas Ruiz", "participant=Ghana participant=Tomas Ruiz", "participant=Laos participant=Tomas Ruiz"],
            Parsed.Sides("Tomas Ruiz held talks with his counterparts from Chile, Ghana and Laos on Sunday.", EventType.Meeting));

    [Fact]
    public void Extract_QuoteNamingTheOtherSideAgainstOurs_NoRoleAtTheOtherSide() =>
        Assert.DoesNotContain("Ana Ruiz / Foreign Minister / Chile", Parsed.Roles("\"Chile is blocking our ports,\" Foreign Minister Ana Ruiz said."));

    [Fact]
    public void Extract_QuoteOfWhatWeDoToACountry_RoleAtThatCountry() =>
        Assert.Contains("Ana Ruiz / Foreign Minister / Peru", Parsed.Roles("\"We will rebuild Peru,\" Foreign Minister Ana Ruiz said."));

    [Theory]
    [InlineData("Ana Ruiz and Luis Vega co-chaired the joint commission in Lima.", "participant=Ana Ruiz participant=Luis Vega")]
    [InlineData("Ana Ruiz presided over a session of talks with Luis Vega in Lima.", "participant=Ana Ruiz participant=Luis Vega")]
    public void Extract_SittingChaired_Meeting(string body, string expected) =>
        Assert.Equal([expected], Parsed.Sides(body, EventType.Meeting));

    [Fact]
    public void Extract_MeetingChairedWithTheEnvoysOfTwoCountries_OneMeetingEach() =>
        Assert.Equal(["participant=Ana Ruiz participant=Ghana", "participant=Ana Ruiz participant=Mali"],
            Parsed.Sides("Ana Ruiz chaired a meeting with the ambassadors of Mali and Ghana on Sunday.", EventType.Meeting));

    [Theory]
    [InlineData("Ana Ruiz will chair a meeting with Luis Vega next week.")]
    [InlineData("Ana Ruiz chaired a cabinet meeting on Sunday.")]
    public void Extract_SittingChairedLaterOrAlone_NoMeeting(string body) =>
        Assert.Empty(Parsed.Sides(body, EventType.Meeting));

    [Fact]
    public void Extract_DeedAccordingToATitledSource_TheSubjectDoesIt() =>
        Assert.Equal(["imposer=Chile target=Peru"], Parsed.Sides("According to Foreign Minister Ana Ruiz, Chile had expelled two Peruvian diplomats.", EventType.Sanction));

    [Fact]
    public void Extract_AttackAccordingToATitledSourceAfterTheObject_TheSourceIsNoTarget() =>
        Assert.Equal(["actor=Chile"], Parsed.Sides("A Chilean drone attack on Tacna killed two people on Saturday, according to Governor Luis Vega.", EventType.MilitaryAction));

    [Fact]
    public void Extract_PeopleNamedByTheirNationWithoutAState_NoCountryTarget() =>
        Assert.Equal(["actor=Israel"], Parsed.Sides("Israeli soldiers shot two Palestinians near Nablus on Sunday.", EventType.MilitaryAction));

    [Fact]
    public void Extract_OfficeOfTheStateOfPalestine_RoleAtPalestine() =>
        Assert.Contains("Omar Haddad / President / Palestine", Parsed.Roles("Palestinian President Omar Haddad met the Jordanian king in Amman on Sunday."));
}

