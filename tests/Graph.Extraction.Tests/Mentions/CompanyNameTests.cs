using Graph.Core.Model;
using Graph.Extraction.Tests.Frames;

namespace Graph.Extraction.Tests.Mentions;

/// <summary>A name ending in a company's legal form or trade ("Holdings", "Motors", "Airways") is an organisation.</summary>
public class CompanyNameTests
{
    private static List<string> Named(string body, EntityType type) =>
        [.. Parsed.Extract(body).Entities.Where(e => e.Type == type).Select(e => e.Name).Order(StringComparer.Ordinal)];

    [Theory]
    [InlineData("Kalora Holdings said on Monday that profits fell.", "Kalora Holdings")]
    [InlineData("Shares of Vantor Pharmaceuticals rose after the ruling.", "Vantor Pharmaceuticals")]
    [InlineData("General Motors said it would close two plants.", "General Motors")]
    [InlineData("Dessa Petroleum said it had found oil off the coast.", "Dessa Petroleum")]
    public void Extract_NameEndingInACompanyWord_Organization(string body, string company)
    {
        Assert.Contains(company, Named(body, EntityType.Organization));
        Assert.DoesNotContain(company, Named(body, EntityType.Person));
    }

    [Fact]
    public void Extract_ChairmanOfACompany_TheCompanyAloneIsTheOrganizationAndHisEmployer()
    {
        const string body = "Marwan Haddad, the chairman of Tarsa Airways, says the airline will add ten routes.";

        Assert.Equal(["Tarsa Airways"], Named(body, EntityType.Organization));
        Assert.Empty(Named(body, EntityType.Location));
        Assert.Equal(["Marwan Haddad / Chairman / Tarsa Airways"], Parsed.Roles(body));
        Assert.Equal(["speaker=Marwan Haddad"], Parsed.Sides(body, EventType.Statement));
    }

    [Fact]
    public void Extract_CountryBasedCompany_CountryAndCompanyApart()
    {
        var body = "U.S.-based Orvane Motors said on Tuesday that sales fell.";

        Assert.Equal(["Orvane Motors"], Named(body, EntityType.Organization));
        Assert.Equal(["United States"], Named(body, EntityType.Country));
        Assert.Equal(["speaker=Orvane Motors"], Parsed.Sides(body, EventType.Statement));
    }

    [Theory]
    // A company word alone is no name; a title before a name with no company word still makes a person.
    [InlineData("Holdings in the fund fell by a third.", "Holdings")]
    [InlineData("General Amos Kiprono said the troops had withdrawn.", "General Amos")]
    public void Extract_NoCompanyName_NoSuchOrganization(string body, string notCompany)
    {
        Assert.DoesNotContain(Named(body, EntityType.Organization), n => n.StartsWith(notCompany, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Perth-based Sandora Minerals signed a supply deal on Monday.", "Sandora Minerals")]
    [InlineData("The ministry sanctioned the Tehran-based Pars Tavan Trading Company.", "Pars Tavan Trading Company")]
    [InlineData("The NATO-led International Security Assistance Force says troops called in airstrikes.", "International Security Assistance Force")]
    public void Extract_BodyAfterAHyphenatedModifier_TheBodyWithoutTheModifier(string body, string name) =>
        Assert.Equal([name], Named(body, EntityType.Organization));

    [Fact]
    public void Extract_BodyLedGovernment_TheBodyNamed() =>
        Assert.Contains("Hamas", Named("Qatar says it will donate $50 million to the Hamas-led Palestinian government.", EntityType.Organization));

    [Theory]
    [InlineData("The Chile Labour Congress accused the government of ignoring miners.", "Chile Labour Congress")]
    [InlineData("The Miners Union Congress met the labour minister on Monday.", "Miners Union Congress")]
    [InlineData("The Chile National Union of Teachers met the education minister on Monday.", "Chile National Union of Teachers")]
    public void Extract_BodyNamedWithAStateOrEndingInAWordKnownAlone_OneOrganization(string body, string name)
    {
        Assert.Contains(name, Named(body, EntityType.Organization));
        Assert.Empty(Named(body, EntityType.Country));
    }

    [Theory]
    [InlineData("The Parliament of Chile approved the budget on Monday.", "Parliament of Chile")]
    [InlineData("The Communist Party of Chile signed an agreement with the Communist Party of Peru on Monday.", "Communist Party of Chile")]
    [InlineData("The National Assembly of Peru met on Monday.", "National Assembly of Peru")]
    [InlineData("The Senate of Chile approved the treaty on Monday.", "Senate of Chile")]
    public void Extract_LegislatureOrPartyOfAState_OneOrganization(string body, string name) =>
        Assert.Contains(name, Named(body, EntityType.Organization));

    [Theory]
    [InlineData("Air Chile said on Tuesday it had agreed to buy a stake in the carrier.", "Air Chile")]
    [InlineData("Bank of Peru said on Tuesday that profits rose.", "Bank of Peru")]
    [InlineData("Analysts at Bank of Peru said on Tuesday that profits rose.", "Bank of Peru")]
    public void Extract_CompanyNamedByItsStateOpeningTheSentence_CompanyNotTheState(string body, string name)
    {
        var entities = Parsed.Entities(body);
        Assert.Contains((EntityType.Organization, name), entities);
        Assert.DoesNotContain(entities, e => e.Type == EntityType.Country);
    }
}
