using Graph.Core.Model;

namespace Graph.Extraction.Tests.Frames;

/// <summary>
/// Territories that are no state, waters named "of" a place, and the body or state a title belongs to when the body's
/// name holds a state's ("Kenya Airways", "Bank of Japan") or the owner follows the title with "of" (sentences written
/// for these tests; the fortieth extraction pass).
/// </summary>
public sealed class TerritoriesWatersAndTitledBodiesTests
{
    [Theory]
    [InlineData("Protests spread across Hong Kong on Sunday.", "Hong Kong")]
    [InlineData("Danish troops landed in Greenland on Sunday.", "Greenland")]
    [InlineData("A storm hit Puerto Rico on Sunday.", "Puerto Rico")]
    public void Extract_DependentTerritory_Location(string sentence, string name) =>
        Assert.Contains((EntityType.Location, name), Parsed.Entities(sentence));

    [Fact]
    public void Extract_OfficeOfATerritory_NoRoleFromTheContext() =>
        Assert.Empty(Parsed.Roles("Hong Kong Chief Executive Lam Wai-ming met Chinese officials. He said the talks went well."));

    [Fact]
    public void Extract_OfficeOfACapital_RoleOfItsState() =>
        Assert.Equal(["Ibsen Tarn / Foreign Minister / Bangladesh"],
            Parsed.Roles("Dhaka's Foreign Minister Ibsen Tarn met Myanmar officials in Naypyidaw. Bangladesh said the talks went well."));

    [Theory]
    [InlineData("A Russian warship entered the Gulf of Finland on Monday.", "Gulf of Finland")]
    [InlineData("Two tankers crossed the Bay of Bengal on Monday.", "Bay of Bengal")]
    [InlineData("A ferry sailed through the Strait of Malacca on Monday.", "Strait of Malacca")]
    public void Extract_WatersNamedOfAPlace_OneLocation(string sentence, string name)
    {
        var entities = Parsed.Entities(sentence);
        Assert.Contains((EntityType.Location, name), entities);
        Assert.DoesNotContain(entities, e => e.Name is "Gulf" or "Bay" or "Strait");
    }

    [Theory]
    [InlineData("Kenya Airways chief executive Allan Mwangi said the airline would expand.", "Allan Mwangi / Chief Executive / Kenya Airways")]
    [InlineData("Bank of Japan Governor Kenji Arai said rates would rise.", "Kenji Arai / Governor / Bank of Japan")]
    [InlineData("Central Bank of Nigeria governor Bola Adeyemi said inflation fell.", "Bola Adeyemi / Governor / Central Bank of Nigeria")]
    public void Extract_BodyNamedWithAStateBeforeATitle_RoleOfTheBody(string sentence, string role) =>
        Assert.Equal([role], Parsed.Roles(sentence));

    [Fact]
    public void Extract_AirlineNamedByADemonym_Organization() =>
        Assert.Contains((EntityType.Organization, "Korean Air"), Parsed.Entities("Korean Air said on Tuesday it would buy 20 jets."));

    [Fact]
    public void Extract_TitleOfAStateAfterOfThenAComma_Role() =>
        Assert.Equal(["Awa Ndiaye / Minister of Foreign Affairs / Senegal"],
            Parsed.Roles("The Minister of Foreign Affairs of Senegal, Awa Ndiaye, received the French ambassador in Dakar."));

    [Fact]
    public void Extract_BareTitleOfAMinistryNamedInCapitals_RoleOfItsState() =>
        Assert.Contains("Luis Prado / Defence Minister / Colombia",
            Parsed.Roles("Rebels attacked a base in Tibu on Tuesday, Colombia's Defence Ministry reported. Defence Minister Luis Prado said the attack was terrorism. "
                + "In Mexico, gunmen killed three guardsmen. Mexico's police said Mexico would respond. Mexico sent troops."));

    [Fact]
    public void Extract_PartyOfATitledLeader_NoRoleOfAnotherBody() =>
        Assert.Equal(["Ariel Tamir / Prime Minister / Israel"], Parsed.Roles("The party of Israeli Prime Minister Ariel Tamir voted on Thursday."));
}
