using Graph.Core.Model;
using Graph.Extraction.Tests.Frames;

namespace Graph.Extraction.Tests.Mentions;

/// <summary>
/// A title with its portfolio before a name ("Special Envoy for Syria X"): the person is the name alone, and the title is the whole;
/// a title "of" a state before a name ("President of Turkey X") is held at that state.
/// </summary>
public sealed class TitleForAPortfolioTests
{
    [Theory]
    [InlineData("UN Special Envoy for Syria Geir Olsen met Chile's foreign minister on Monday.", "Geir Olsen")]
    [InlineData("UN Under-Secretary-General for Humanitarian Affairs Tove Lindahl visited Sudan on Monday.", "Tove Lindahl")]
    [InlineData("Deputy Assistant Secretary for Detainee Affairs Marek Novak said the camp would close.", "Marek Novak")]
    [InlineData("UN High Commissioner for Refugees Filippo Rossi visited Chad on Monday.", "Filippo Rossi")]
    public void Extract_TitleAndPortfolioBeforeAName_ThePersonAlone(string body, string person)
    {
        var people = Parsed.Entities(body).Where(e => e.Type == EntityType.Person).Select(e => e.Name).ToList();

        Assert.Equal([person], people);
    }

    [Fact]
    public void Extract_TitleAndPortfolioBeforeAName_ThePersonVisits() =>
        Assert.Equal(["visitor=Tove Lindahl"],
            Parsed.Sides("UN Under-Secretary-General for Humanitarian Affairs Tove Lindahl visited Sudan on Monday.", EventType.Visit));

    [Theory]
    [InlineData("A spokeswoman for the Sunni-backed Iraqiya alliance, Ana Ruiz, said the group left the talks.")]
    [InlineData("The UN Special Envoy for Syria said on Monday that talks would resume.")]
    [InlineData("UN Special Envoy for Human Rights Monday Talks.")]
    public void Extract_NoNameAfterAPortfolio_NoPersonFromIt(string body) =>
        Assert.DoesNotContain(Parsed.Entities(body), e => e.Type == EntityType.Person && e.Name != "Ana Ruiz");

    [Theory]
    [InlineData("UN Special Envoy for Syria Geir Olsen met Chile's foreign minister on Monday.", "Geir Olsen / Special Envoy for Syria / United Nations")]
    [InlineData("Chile's minister met UN High Commissioner for Human Rights Volker Brandt in Geneva.", "Volker Brandt / High Commissioner for Human Rights / United Nations")]
    public void Extract_TitleAndPortfolioBeforeAName_TheWholeTitle(string body, string role) =>
        Assert.Contains(role, Parsed.Roles(body));

    [Theory]
    [InlineData("Chile's Minister of Mining and Energy Tomas Varga visited Lima on Monday.", "Tomas Varga / Minister of Mining and Energy / Chile")]
    [InlineData("Ghana's Minister of Economy and Finance Kofi Mensah met IMF officials in Accra.", "Kofi Mensah / Minister of Economy and Finance / Ghana")]
    [InlineData("Peru's Minister of Economy and Finance, Rosa Quispe, met IMF officials in Lima.", "Rosa Quispe / Minister of Economy and Finance / Peru")]
    [InlineData("French Minister of Economy and Finance Claire Dubois visited Berlin on Friday.", "Claire Dubois / Minister of Economy and Finance / France")]
    [InlineData("Kenyan Cabinet Secretary for Trade and Industry Grace Wanjiru met Ugandan officials in Kampala.", "Grace Wanjiru / Cabinet Secretary for Trade and Industry / Kenya")]
    public void Extract_MinisterOfTwoPortfoliosBeforeAName_TheWholeTitle(string body, string role) =>
        Assert.Contains(role, Parsed.Roles(body));

    [Fact]
    public void Extract_MinisterOfTwoPortfoliosBeforeAName_ThePersonAlone() =>
        Assert.Equal(["Tomas Varga"], Parsed.Entities("Chile's Minister of Mining and Energy Tomas Varga visited Lima on Monday.")
            .Where(e => e.Type == EntityType.Person).Select(e => e.Name));

    [Fact]
    public void Extract_PresidentOfAStateBeforeAName_StateNoPortfolio() =>
        Assert.DoesNotContain(Parsed.Roles("President of Chile Ana Ruiz visited Lima on Monday."), r => r.Contains("of Chile", StringComparison.Ordinal));

    [Theory]
    [InlineData("Prime Minister Ana Ruiz received Prime Minister of Bhutan Tashi Wangmo in Santiago on Friday.", "Tashi Wangmo / Prime Minister / Bhutan")]
    [InlineData("Ana Ruiz held a telephone conversation with President of Turkey Kemal Aksoy on Friday.", "Kemal Aksoy / President / Turkey")]
    [InlineData("Chile's president met President of the Republic of Belarus Ales Marchuk in Minsk.", "Ales Marchuk / President / Belarus")]
    [InlineData("Minister of Foreign Affairs of Norway Sigrid Lunde met Chilean officials in Oslo.", "Sigrid Lunde / Minister of Foreign Affairs / Norway")]
    public void Extract_TitleOfAStateBeforeAName_RoleAtThatState(string body, string role) =>
        Assert.Contains(role, Parsed.Roles(body));

    [Fact]
    public void Extract_TitleOfAStateBeforeAnUnknownName_ThePersonMeets() =>
        Assert.Equal(["participant=Ana Ruiz participant=Tashi Wangmo"],
            Parsed.Sides("Prime Minister Ana Ruiz received Prime Minister of Bhutan Tashi Wangmo in Santiago on Friday.", EventType.Meeting));

    [Fact]
    public void Extract_TitleOfAStateBeforeTheSubject_NotTheStateBesideThePerson() =>
        Assert.Equal(["participant=Peru participant=Sigrid Lunde"],
            Parsed.Sides("Foreign Minister of Norway Sigrid Lunde held talks with her Peruvian counterpart in Lima.", EventType.Meeting));

    [Theory]
    [InlineData("Prime Minister of Nepal Ram Bahadur Thapa accused India of meddling.", "Ram Bahadur Thapa")]
    [InlineData("Minister of Trade of Vietnam Nguyen Van Hai signed an agreement with Laos.", "Nguyen Van Hai")]
    public void Extract_TitleOfAStateBeforeANameOfCommonWords_TheWholeName(string body, string person) =>
        Assert.Contains((EntityType.Person, person), Parsed.Entities(body));

    [Fact]
    public void Extract_TitleOfAStateBeforeTheSubjectReadUnderTheState_ThePersonVisits() =>
        Assert.Equal(["visitor=Marek Wolski"], Parsed.Sides("Chief of General Staff of Poland Marek Wolski visited Vilnius on Tuesday.", EventType.Visit));
}
