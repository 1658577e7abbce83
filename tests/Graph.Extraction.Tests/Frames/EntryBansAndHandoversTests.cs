using Graph.Core.Model;

namespace Graph.Extraction.Tests.Frames;

/// <summary>
/// Measures the guidelines count as sanctions beyond "imposed sanctions" (a tariff, entry refused, a person expelled,
/// persona non grata, trade and lending suspended), and craft handed over as aid.
/// </summary>
public sealed class EntryBansAndHandoversTests
{
    [Theory]
    [InlineData("Peru on Friday imposed a 40 percent tariff on copper from Chile.")]
    [InlineData("Peru slapped a new tariff on Chilean copper on Friday.")]
    public void Extract_ASingleTariff_Sanction(string body) =>
        Assert.Equal(["imposer=Peru target=Chile"], Parsed.Sides(body, EventType.Sanction));

    [Theory]
    [InlineData("Peru declared a Chilean diplomat persona non grata and gave him two days to leave.")]
    [InlineData("Peru declared three Chilean diplomats persona non grata on Monday.")]
    [InlineData("Three Chilean diplomats were declared persona non grata by Peru.")]
    public void Extract_DeclaredPersonaNonGrata_SanctionOnTheEnvoysState(string body)
    {
        Assert.Equal(["imposer=Peru target=Chile"], Parsed.Sides(body, EventType.Sanction));
        Assert.Empty(Parsed.Sides(body, EventType.Statement));
    }

    [Theory]
    [InlineData("Peru expelled Daily Courier reporter Tomas Ridel on Friday.", "imposer=Peru target=Tomas Ridel")]
    [InlineData("Peru has expelled the agency's correspondent, Tomas Ridel.", "imposer=Peru target=Tomas Ridel")]
    [InlineData("Tomas Ridel, a Chilean reporter, was expelled from Peru last week.", "imposer=Peru target=Tomas Ridel")]
    [InlineData("Peru deported Chilean filmmaker Tomas Ridel on Friday.", "imposer=Peru target=Tomas Ridel")]
    [InlineData("Tomas Ridel, a Chilean filmmaker, was deported from Peru last week.", "imposer=Peru target=Tomas Ridel")]
    public void Extract_APersonExpelledByAState_SanctionOnThePerson(string body, string expected) =>
        Assert.Equal([expected], Parsed.Sides(body, EventType.Sanction));

    [Theory]
    [InlineData("The party expelled Tomas Ridel on Friday.")]
    [InlineData("Tomas Ridel was expelled from the ruling party last week.")]
    [InlineData("The rebels ousted Tomas Ridel in 2019.")]
    public void Extract_APersonExpelledByNoState_NoSanction(string body) =>
        Assert.Empty(Parsed.Sides(body, EventType.Sanction));

    [Theory]
    [InlineData("Peru barred entry to Tomas Ridel at Lima airport on Saturday.", "imposer=Peru target=Tomas Ridel")]
    [InlineData("Peru denied entry to the Chilean delegation on Saturday.", "imposer=Peru target=Chile")]
    [InlineData("Tomas Ridel, a Chilean member of parliament, was denied entry to Peru on Sunday.", "imposer=Peru target=Tomas Ridel")]
    public void Extract_EntryBarredOrDenied_SanctionOnWhomItIsBarredTo(string body, string expected) =>
        Assert.Equal([expected], Parsed.Sides(body, EventType.Sanction));

    [Fact]
    public void Extract_DeniedEntryToAPlace_NoSanction() =>
        Assert.Empty(Parsed.Sides("Tomas Ridel was denied entry to the stadium on Sunday.", EventType.Sanction));

    [Theory]
    [InlineData("Peru suspended trade with Chile on Monday.")]
    [InlineData("Peru suspended visa services for Chilean nationals.")]
    [InlineData("Peru suspended lending to Chile over the dispute.")]
    public void Extract_TradeVisasOrLendingSuspended_Sanction(string body) =>
        Assert.Equal(["imposer=Peru target=Chile"], Parsed.Sides(body, EventType.Sanction));

    [Theory]
    [InlineData("Peru delivered six armoured personnel carriers to Bolivia.")]
    [InlineData("Peru handed over eight F-16s to Bolivia last month.")]
    [InlineData("Peru supplied anti-drone systems to Bolivia.")]
    [InlineData("Peru gifted two helicopters to Bolivia.")]
    [InlineData("Peru handed over two patrol vessels to Bolivia on Monday.")]
    [InlineData("Bolivia has received two patrol vessels from Peru, the defence ministry said.")]
    [InlineData("Bolivia took delivery of two patrol boats from Peru on Friday.")]
    public void Extract_CraftHandedOverOrSupplied_Offer(string body) =>
        Assert.Equal(["giver=Peru recipient=Bolivia"], Parsed.Sides(body, EventType.Offer));

    [Theory]
    [InlineData("Peru sent two aircraft carriers to the eastern Mediterranean.")]
    [InlineData("Peru sent 30 warplanes toward Chile on Sunday.")]
    public void Extract_CraftSentOnAMission_ForceNotAnOffer(string body)
    {
        Assert.Empty(Parsed.Sides(body, EventType.Offer));
        Assert.Single(Parsed.Sides(body, EventType.MilitaryAction));
    }

    [Theory]
    [InlineData("Peru responded with air strikes on Chile on Sunday.", EventType.MilitaryAction, "actor=Peru target=Chile")]
    [InlineData("Peru retaliated with drone strikes on Chilean positions.", EventType.MilitaryAction, "actor=Peru target=Chile")]
    [InlineData("Peru hit back with retaliatory tariffs on Chilean copper.", EventType.Sanction, "imposer=Peru target=Chile")]
    public void Extract_AnsweredWithADeed_TheDeedOfTheOneAnswering(string body, EventType type, string expected)
    {
        Assert.Equal([expected], Parsed.Sides(body, type));
        Assert.Empty(Parsed.Sides(body, EventType.Statement));
    }

    [Fact]
    public void Extract_HitWithSanctions_TheOneHitIsTheTarget() =>
        Assert.Equal(["imposer=European Union target=Belarus"], Parsed.Sides("Belarus was hit with fresh sanctions by the European Union.", EventType.Sanction));

    [Theory]
    [InlineData("A ship carrying 2,000 tonnes of aid from Peru arrived in Santiago on Monday.")]
    [InlineData("A Peruvian vessel carrying tents and blankets arrived in Santiago on Monday.")]
    public void Extract_AVesselCarryingAidArrived_OfferToTheStateWhereItArrived(string body) =>
        Assert.Equal(["giver=Peru recipient=Chile"], Parsed.Sides(body, EventType.Offer));

    [Theory]
    [InlineData("A Peruvian ship carrying tourists arrived in Santiago on Monday.")]
    [InlineData("A ship carrying aid from Peru is expected to arrive in Santiago next week.")]
    public void Extract_AVesselWithNoAidOrNotYetArrived_NoOffer(string body) =>
        Assert.Empty(Parsed.Sides(body, EventType.Offer));

    [Fact]
    public void Extract_BarredFromEnteringAStateInThePassive_SanctionByThatState() =>
        Assert.Equal(["imposer=Peru target=Chile"], Parsed.Sides("Two Chilean activists were barred from entering Peru.", EventType.Sanction));
}
