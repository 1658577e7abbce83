using Graph.Core.Model;

namespace Graph.Extraction.Tests.Frames;

/// <summary>
/// Hosts who welcome "him" or "her", houses one is driven to, honorifics after an owned title, a body's short name after
/// its full one, numbers read as objects, and memoranda signed: sentences of our own.
/// </summary>
public class HostsAndPronounsTests
{
    private const string Arrival = "Chilean President Ana Ruiz arrived in Lima on Sunday for a two-day state visit.\n\n";

    [Theory]
    [InlineData("She was driven to Casa Verde House, where President Luis Vega welcomed her.")]
    [InlineData("Peruvian President Luis Vega welcomed her at a state banquet on Monday.")]
    public void Extract_HostWelcomesAnObjectPronoun_MeetingWithTheVisitor(string sentence) =>
        Assert.Equal(["participant=Ana Ruiz participant=Luis Vega"], Parsed.Sides(Arrival + sentence, EventType.Meeting));

    [Fact]
    public void Extract_HostWelcomesAPronoun_NoPraise() =>
        Assert.Empty(Parsed.Sides(Arrival + "Peruvian President Luis Vega welcomed her at a state banquet on Monday.", EventType.Statement));

    [Fact]
    public void Extract_PronounOfTheHostsOwnSurname_NoMeetingWithHimself() =>
        Assert.DoesNotContain(Parsed.Sides("Peruvian President Luis Vega spoke in Lima on Sunday.\n\nLater, Vega thanked him for the reception.", EventType.Meeting),
            m => m.Contains("participant=Luis Vega participant=Luis Vega", StringComparison.Ordinal));

    [Fact]
    public void Extract_HouseOneIsDrivenTo_APlace() =>
        Assert.Contains((EntityType.Location, "Casa Verde House"), Parsed.Entities(Arrival + "She was driven to Casa Verde House, where President Luis Vega welcomed her."));

    [Fact]
    public void Extract_HonorificAfterAnOwnedTitleAndComma_TheRole() =>
        Assert.Contains("Hamad bin Rashid / Prime Minister / Qatar",
            Parsed.Roles("Qatar's prime minister, Sheikh Hamad bin Rashid, received the Chilean foreign minister in Doha on Sunday."));

    [Fact]
    public void Extract_BodysShortNameAfterItsFullName_OneBody() =>
        Assert.Equal(["speaker=Treasury Department"],
            Parsed.Sides("The Chilean Treasury Department sanctioned Luis Vega on Monday. The Treasury said the campaign was marked by abuses.", EventType.Statement));

    [Fact]
    public void Extract_TreasuryAlone_ABodyThatSanctions() =>
        Assert.Equal(["imposer=Treasury target=Peru"], Parsed.Sides("The Treasury imposed sanctions on three Peruvian banks on Monday.", EventType.Sanction));

    [Fact]
    public void Extract_ChurchThatSpeaks_ABody() =>
        Assert.Contains((EntityType.Organization, "Catholic Church"), Parsed.Entities("The rebels freed six soldiers in Arauca, the Catholic Church said on Thursday."));

    [Theory]
    [InlineData("The two leaders later signed four memoranda of understanding on trade.")]
    [InlineData("The two leaders held talks on Monday morning and later signed four memoranda of understanding on trade and energy.")]
    public void Extract_PairSignsMemoranda_Agreement(string sentence) =>
        Assert.Equal(["participant=Ana Ruiz participant=Luis Vega"],
            Parsed.Sides("Chilean President Ana Ruiz met Peruvian President Luis Vega in Lima on Sunday.\n\n" + sentence, EventType.Agreement));

    [Fact]
    public void Extract_OwnedTitleInAFrontedPhrase_NoRoleForTheNameAfter() =>
        Assert.DoesNotContain(Parsed.Roles("Unlike Peru's president, Mr. Ruiz did not speak about the border dispute."),
            r => r.Contains("/ President / Peru", StringComparison.Ordinal));

    [Theory]
    [InlineData("Chilean President Ana Ruiz held a working lunch with Peruvian Foreign Minister Luis Vega in Santiago on Sunday.")]
    [InlineData("Chilean President Ana Ruiz held a working breakfast with Peru's foreign minister, Luis Vega, on Monday.")]
    public void Extract_MealHeldWithSomeone_Meeting(string body) =>
        Assert.Equal(["participant=Ana Ruiz participant=Luis Vega"], Parsed.Sides(body, EventType.Meeting));

    [Theory]
    [InlineData("The minister held a dinner for journalists on Monday.")]
    [InlineData("Chilean President Ana Ruiz will hold a working lunch with Peruvian Foreign Minister Luis Vega on Sunday.")]
    public void Extract_MealWithNoOneNamedOrToCome_NoMeeting(string body) =>
        Assert.Empty(Parsed.Sides(body, EventType.Meeting));

    [Theory]
    [InlineData("The Chilean delegation was led by Foreign Minister Ana Ruiz.", "Ana Ruiz / Foreign Minister / Chile")]
    [InlineData("The Peruvian side was headed by Trade Minister Luis Vega.", "Luis Vega / Trade Minister / Peru")]
    public void Extract_LeaderOfAStatesDelegation_HoldsOfficeThere(string body, string role) =>
        Assert.Contains(role, Parsed.Roles(body));

    [Fact]
    public void Extract_LedADelegationToACapital_Visit() =>
        Assert.Equal(["visitor=Ana Ruiz"], Parsed.Sides("Chilean Foreign Minister Ana Ruiz led a high-level delegation to Lima on Monday.", EventType.Visit));

    [Fact]
    public void Extract_WillLeadADelegation_NoVisit() =>
        Assert.Empty(Parsed.Sides("Chilean Foreign Minister Ana Ruiz will lead a delegation to Lima next week.", EventType.Visit));

    [Fact]
    public void Extract_PluralTitleBeforeACommaAndAName_NoRole() =>
        Assert.DoesNotContain(Parsed.Roles("After his talks with President Luis Vega and other Peruvian officials, Mr. Ruiz flew home."),
            r => r.Contains("Officials", StringComparison.OrdinalIgnoreCase));

    [Fact]
    public void Extract_OwnedTitleAfterAFrontedPhraseAndAComma_TheRole() =>
        Assert.Contains("Ana Ruiz / Secretary-General / Organization of Islamic Cooperation",
            Parsed.Roles("In a statement, the OIC secretary-general, Ana Ruiz, asked the two states to resolve their dispute."));

    [Theory]
    [InlineData("Chilean President Ana Ruiz met with Peruvian President Luis Vega via video link on Sunday.")]
    [InlineData("Chilean President Ana Ruiz and Peruvian President Luis Vega stressed the need for calm during a phone call on Sunday.")]
    public void Extract_MetOrSpokeOnACall_PhoneCall(string body)
    {
        Assert.Equal(["participant=Ana Ruiz participant=Luis Vega"], Parsed.Sides(body, EventType.PhoneCall));
        Assert.Empty(Parsed.Sides(body, EventType.Meeting));
    }

    [Fact]
    public void Extract_OneSaidByPhone_NoCall() =>
        Assert.Empty(Parsed.Sides("Chilean Foreign Minister Ana Ruiz said by phone from Lima that the talks had stalled.", EventType.PhoneCall));

    [Fact]
    public void Extract_HonorificsBeforeNames_TheNamesMeet() =>
        Assert.Equal(["participant=Ana Ruiz participant=Luis Vega"],
            Parsed.Sides("President His Highness Sheikh Luis Vega received His Excellency Ana Ruiz in Doha on Sunday.", EventType.Meeting));

    [Theory]
    [InlineData("Chilean Foreign Minister Ana Ruiz had a cordial conversation with Peruvian Foreign Minister Luis Vega in Lima on Friday.")]
    [InlineData("Chilean Foreign Minister Ana Ruiz and her Peruvian counterpart Luis Vega exchanged views on the border on Friday in Lima.")]
    public void Extract_ConversationOrViewsExchanged_Meeting(string body) =>
        Assert.Equal(["participant=Ana Ruiz participant=Luis Vega"], Parsed.Sides(body, EventType.Meeting));

    [Fact]
    public void Extract_PhoneConversation_NoMeeting() =>
        Assert.Empty(Parsed.Sides("Chilean Foreign Minister Ana Ruiz had a phone conversation with Peruvian Foreign Minister Luis Vega on Friday.", EventType.Meeting));

    [Fact]
    public void Extract_FirstNameOfASubjectPairReadAsOblique_CounterpartsRole() =>
        Assert.Contains("Luis Vega / Foreign Minister / Peru",
            Parsed.Roles("Chilean Foreign Minister Ana Ruiz and her Peruvian counterpart Luis Vega exchanged views on the border on Friday in Lima."));

    [Fact]
    public void Extract_EnvoyOfAHyphenatedTitle_TheEnvoyMeets()
    {
        const string Body = "The UN Secretary-General's envoy for Yemen, Luis Vega, met Houthi leaders in Sanaa on Monday.";

        Assert.Equal(["participant=Houthis participant=Luis Vega"], Parsed.Sides(Body, EventType.Meeting));
        Assert.DoesNotContain("Luis Vega / Secretary-General / United Nations", Parsed.Roles(Body));
    }

    [Fact]
    public void Extract_WelcomedByOneThenTalksWithAnother_TheGuestMeetsBoth() =>
        Assert.Equal(["participant=Ana Ruiz participant=Luis Vega", "participant=Ana Ruiz participant=Marta Ibanez"],
            Parsed.Sides("Chilean President Ana Ruiz was welcomed at the airport by Peruvian Foreign Minister Luis Vega and later held talks with President Marta Ibanez.", EventType.Meeting));

    [Fact]
    public void Extract_CompanyBeforeItsChiefsTitle_TheCompanyAndTheRole()
    {
        const string Body = "The Chilean president received Andora Motors chief executive Luis Vega in Santiago on Monday.";

        Assert.Contains((EntityType.Organization, "Andora Motors"), Parsed.Entities(Body));
        Assert.Contains("Luis Vega / Chief Executive / Andora Motors", Parsed.Roles(Body));
    }

    [Theory]
    [InlineData("Chilean President Ana Ruiz received a delegation led by World Bank Vice President Luis Vega on Monday.")]
    [InlineData("Chilean President Ana Ruiz held discussions with a World Bank delegation led by Vice President Luis Vega.")]
    [InlineData("Chilean President Ana Ruiz held discussions with a delegation of the World Bank led by its vice president, Luis Vega.")]
    public void Extract_DelegationLedByAPerson_ThePersonMeets(string body) =>
        Assert.Equal(["participant=Ana Ruiz participant=Luis Vega"], Parsed.Sides(body, EventType.Meeting));

    [Fact]
    public void Extract_PhoneTalksHeldWithACounterpart_PhoneCall()
    {
        const string Body = "Chilean Foreign Minister Ana Ruiz held phone talks with her Peruvian counterpart on Monday.";

        Assert.Equal(["participant=Ana Ruiz participant=Peru"], Parsed.Sides(Body, EventType.PhoneCall));
        Assert.Empty(Parsed.Sides(Body, EventType.Meeting));
    }
}
