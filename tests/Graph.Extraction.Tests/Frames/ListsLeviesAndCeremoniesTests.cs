using Graph.Core.Model;

namespace Graph.Extraction.Tests.Frames;

/// <summary>
/// Parties put on lists, levies by other names, aid flown in or given by the first country to give it, standing bodies
/// chaired, and deals whose signing their parties witness (sentences written for these tests; the fortieth extraction pass).
/// </summary>
public sealed class ListsLeviesAndCeremoniesTests
{
    [Fact]
    public void Extract_FirstCountryToGiveAid_TheSubjectGives() =>
        Assert.Equal(["giver=Norway recipient=Chile"],
            Parsed.Sides("A Peruvian research vessel docked in Valparaiso. Norway was the first country to provide emergency assistance to Chile.", EventType.Offer));

    [Fact]
    public void Extract_AddedToADesignatedList_NoStatement() =>
        Assert.Empty(Parsed.Sides("The Treasury added Chilean firm Andes Trading to its Specially Designated Nationals list.", EventType.Statement));

    [Fact]
    public void Extract_AddedThatWithAList_Statement() =>
        Assert.Equal(["speaker=Ana Ruiz"], Parsed.Sides("Chilean President Ana Ruiz added that the list would be published.", EventType.Statement));

    [Theory]
    [InlineData("Chilean President Ana Ruiz reaffirmed Chile's support for the talks.")]
    [InlineData("Chilean President Ana Ruiz affirmed that Chile backs the talks.")]
    public void Extract_SupportAffirmed_Statement(string sentence) =>
        Assert.Equal(["speaker=Ana Ruiz"], Parsed.Sides(sentence, EventType.Statement));

    [Fact]
    public void Extract_SurtaxImposed_Sanction() =>
        Assert.Equal(["imposer=Canada target=Chile"], Parsed.Sides("Canada imposed a surtax on Chilean copper in October.", EventType.Sanction));

    [Fact]
    public void Extract_SuppliesFlownToASide_Offer() =>
        Assert.Equal(["giver=Norway recipient=Sudan"], Parsed.Sides("Norway flew 40 tonnes of medical supplies to Sudan on Tuesday.", EventType.Offer));

    [Fact]
    public void Extract_FlewAPersonSomewhere_NoOffer() =>
        Assert.Empty(Parsed.Sides("Norway flew its foreign minister to Cairo on Monday.", EventType.Offer));

    [Fact]
    public void Extract_StandingBodyAParticipleSaysWhoChairs_NoMeeting() =>
        Assert.Empty(Parsed.Sides("The creditor committee, co-chaired by Chile and Peru, agreed to restructure the debt.", EventType.Meeting));

    [Fact]
    public void Extract_SittingChaired_Meeting() =>
        Assert.Equal(["participant=Chile participant=Peru"], Parsed.Sides("Chile and Peru co-chaired the meeting in Lima.", EventType.Meeting));

    [Fact]
    public void Extract_SigningOfDealsWitnessed_AgreementOfTheWitnesses() =>
        Assert.Equal(["participant=Ana Ruiz participant=Luis Vega"],
            Parsed.Sides("Chilean President Ana Ruiz and Peruvian President Luis Vega attended the signing of agreements on trade.", EventType.Agreement));

    [Fact]
    public void Extract_ExchangeOfMemorandaWitnessedByTheTwoWhoMet_Agreement() =>
        Assert.Equal(["participant=Ana Ruiz participant=Luis Vega"],
            Parsed.Sides("Chilean President Ana Ruiz held talks with Peruvian President Luis Vega in Lima on Monday. The two leaders then witnessed the exchange of several memoranda of understanding.",
                EventType.Agreement));
}
