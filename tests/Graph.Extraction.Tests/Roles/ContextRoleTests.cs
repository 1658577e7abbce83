using Graph.Extraction.Tests.Frames;

namespace Graph.Extraction.Tests.Roles;

/// <summary>Offices the sentence leaves unqualified, owned as the article's context says (annotation guidelines).</summary>
public class ContextRoleTests
{
    [Fact]
    public void Extract_CapitalSpeakingForItsCountryBesideTheTitle_RoleThere()
    {
        // The article names the United States once, China more often: the capital in the sentence decides.
        const string body = "China's coast guard blocked a Philippine boat. Beijing rejected the protest and China said its ships acted lawfully. "
            + "The United States condemned the move. "
            + "Secretary of State Ana Ruiz spoke with Philippine Foreign Secretary Luis Vega and reaffirmed Washington's commitment to its ally.";
        Assert.Contains("Ana Ruiz / Secretary of State / United States", Frames.Parsed.Roles(body));
    }

    [Fact]
    public void Extract_CapitalNamedAsAPlace_NoRoleThere() =>
        Assert.DoesNotContain("Ana Ruiz / Foreign Minister / Solomon Islands",
            Frames.Parsed.Roles("Speaking in the capital, Honiara, visiting Foreign Minister Ana Ruiz said reform was needed."));

    [Fact]
    public void Extract_OfficeBesideTheOtherSidesOwnedPerson_TakesTheSentencesOtherCountry()
    {
        var roles = Parsed.Roles("Chile agreed to lend Peru two billion dollars as Prime Minister Rosa Ibarra met Chilean President Tomas Veerkamp in Santiago on Monday.");

        Assert.Contains("Rosa Ibarra / Prime Minister / Peru", roles);
        Assert.Contains("Tomas Veerkamp / President / Chile", roles);
    }

    [Fact]
    public void Extract_UnqualifiedOfficeInAStoryDatelinedFromACapital_TheCapitalsCountry()
    {
        var roles = Parsed.Roles("ACCRA (Reuters) - Togo and Benin held talks on trade in Ghana on Monday. Later, President Kofi Mensah met the two delegations at the port.");

        Assert.Contains("Kofi Mensah / President / Ghana", roles);
    }

    [Theory]
    [InlineData("Togo and Benin held talks on trade in Ghana on Monday. Later, President Kofi Mensah met the two delegations at the port.")]
    [InlineData("KUMASI (Reuters) - Togo and Benin held talks on trade in Ghana on Monday. Later, President Kofi Mensah met the two delegations at the port.")]
    [InlineData("ACCRA (Reuters) - Togo and Benin held talks on trade on Monday. Later, President Kofi Mensah met the two delegations at the port.")]
    public void Extract_UnqualifiedOfficeWithoutACapitalsDatelineTheArticleNames_NoOwner(string body)
    {
        Assert.DoesNotContain(Parsed.Roles(body), r => r.StartsWith("Kofi Mensah", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_CountryOnTheFarSideOfThePersonsClause_IsNotTheOwner()
    {
        var roles = Parsed.Roles("President Tomas Veerkamp imposed new sanctions on Peru on Monday.");

        Assert.DoesNotContain(roles, r => r.StartsWith("Tomas Veerkamp", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_CountryOnTheFarSideOfThePersonsGovernment_IsNotTheOwner()
    {
        var roles = Parsed.Roles("President Tomas Veerkamp's government expelled the ambassador of Peru on Monday.");

        Assert.DoesNotContain(roles, r => r.StartsWith("Tomas Veerkamp", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_CountryAsThePlace_IsNotTheOwner()
    {
        var roles = Parsed.Roles("Foreign Minister Ida Holm arrived in Peru on Monday.");

        Assert.Empty(roles);
    }

    [Fact]
    public void Extract_TwoCountriesInTheSentence_IsTooUnclear()
    {
        var roles = Parsed.Roles("Foreign Minister Ida Holm said trade between Peru and Chile had doubled.");

        Assert.Empty(roles);
    }

    [Fact]
    public void Extract_NoCountryInTheSentence_TakesTheArticlesDominantCountry()
    {
        var roles = Parsed.Roles("""
            Norway has opened a new fishing agreement to talks. Norway and Iceland share the stock, and Norway says the quotas are fair.

            Foreign Minister Ida Holm welcomed the delegation on Tuesday.
            """);

        Assert.Contains("Ida Holm / Foreign Minister / Norway", roles);
    }

    [Fact]
    public void Extract_NoDominantCountry_MakesNoRole()
    {
        var roles = Parsed.Roles("""
            Norway and Iceland have opened a new fishing agreement to talks.

            Foreign Minister Ida Holm welcomed the delegation on Tuesday.
            """);

        Assert.Empty(roles);
    }

    [Fact]
    public void Extract_AdviserToThePresident_GivesThePresidentNoName()
    {
        var roles = Parsed.Roles("Norway's delegation includes Adviser to the President Lars Berg among others.");

        Assert.DoesNotContain(roles, r => r.StartsWith("Lars Berg / President", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("White House national security spokesman Tom Hale told reporters the claims were false.", "Tom Hale / National Security Spokesman / White House")]
    [InlineData("Kremlin foreign affairs adviser Yuri Balin briefed reporters in Moscow.", "Yuri Balin / Foreign Affairs Adviser / Kremlin")]
    public void Extract_OwnerBeforeADescribedOffice_OwnsIt(string body, string role)
    {
        Assert.Contains(role, Parsed.Roles(body));
    }

    [Fact]
    public void Extract_RankOfSomeoneHoldingAStatedOffice_RankOfThatCountry()
    {
        var roles = Parsed.Roles("Meanwhile, a Chad government spokesman said that the president of Chad, General Idriss Deby, was in Niger.");

        Assert.Equal(["Idriss Deby / General / Chad", "Idriss Deby / President / Chad"], roles);
    }

    [Fact]
    public void Extract_RankWithTheSentencesOneCountry_RankOfThatCountry() =>
        Assert.Equal(["Ali Tiani / General / Niger"], Parsed.Roles("Niger's junta said General Ali Tiani, the chief of the presidential guard, declared himself leader."));

    [Fact]
    public void Extract_RankWithNoCountryInItsSentence_NoRoleFromTheArticle() =>
        Assert.Empty(Parsed.Roles("Chile's president spoke on Monday. Chile said the talks would go on. General Ali Tiani declared himself leader."));

    [Theory]
    [InlineData("Chilean President Ana Ruiz began a state visit to Peru on Monday at the invitation of President Luis Vega.", "Luis Vega / President / Peru")]
    [InlineData("Chile and Peru are at odds over fishing. Chilean President Ana Ruiz arrived in Lima on Monday, where she was welcomed by Prime Minister Jorge Salas.", "Jorge Salas / Prime Minister / Peru")]
    [InlineData("Chile and Peru are at odds over fishing. Chilean President Ana Ruiz held talks in Lima with her host, President Luis Vega.", "Luis Vega / President / Peru")]
    public void Extract_HostOfAVisit_OfficeWhereTheVisitIs(string body, string role)
    {
        var roles = Parsed.Roles(body);

        Assert.Contains(role, roles);
        Assert.Contains("Ana Ruiz / President / Chile", roles);
    }

    [Fact]
    public void Extract_VisitorToAPlace_IsNoHost() =>
        Assert.Empty(Parsed.Roles("Foreign Minister Ida Holm was welcomed in Peru on Monday."));

    [Fact]
    public void Extract_HostInTheCapitalOfACountryTheArticleNeverNames_NoRole() =>
        Assert.DoesNotContain(Parsed.Roles("Chilean President Ana Ruiz arrived in Lima on Monday, where she was welcomed by Prime Minister Jorge Salas."),
            r => r.StartsWith("Jorge Salas", StringComparison.Ordinal));

    [Fact]
    public void Extract_OfficeOfTheBlocNamedBefore_TheBloc() =>
        Assert.Contains("Lena Varga / Foreign Policy Chief / European Union",
            Parsed.Roles("The European Union imposed sanctions on Peru on Monday. The bloc's foreign policy chief, Lena Varga, said the measures were needed."));

    [Fact]
    public void Extract_OfficeOfTheGroupNamedWithThatNoun_ThatGroup() =>
        Assert.Contains("Tomas Arce / Spokesman / Shining Path",
            Parsed.Roles("Police say the fighters belong to the Shining Path group, which has links to the Red Brigades. The group's spokesman, Tomas Arce, denied it."));

    [Fact]
    public void Extract_OfficeOfTheGroupAfterItsSubject_TheSubjectNotTheLastNamed() =>
        Assert.Contains("Tomas Arce / Spokesman / Hezbollah",
            Parsed.Roles("Hezbollah leaders said on Monday they would work with Fatah on the plan. The group's spokesman, Tomas Arce, said talks would resume."));

    [Theory]
    [InlineData("Ana Ruiz, who heads the Andean Community, met Luis Vega in Lima.", "Ana Ruiz / Head / Andean Community")]
    [InlineData("Luis Vega, who has chaired the African Union since May, said the talks would resume.", "Luis Vega / Chair / African Union")]
    public void Extract_PersonWhoHeadsABody_OfficeThere(string body, string expected) =>
        Assert.Contains(expected, Parsed.Roles(body));

    [Theory]
    [InlineData("Ana Ruiz, who led the Andean Community until 2020, met Luis Vega in Lima.")]
    [InlineData("Ana Ruiz, who heads to Lima on Monday, met Luis Vega.")]
    public void Extract_PersonWhoOnceLedOrHeadsSomewhere_NoOffice(string body) =>
        Assert.DoesNotContain(Parsed.Roles(body), r => r.StartsWith("Ana Ruiz", StringComparison.Ordinal));

    [Theory]
    [InlineData("Chilean President Luis Vega appointed Ana Ruiz as foreign minister on Monday.", "Ana Ruiz / Foreign Minister / Chile")]
    [InlineData("Ana Ruiz was appointed defence minister by President Luis Vega of Peru.", "Ana Ruiz / Defence Minister / Peru")]
    [InlineData("Ana Ruiz was named Chile's foreign minister on Monday.", "Ana Ruiz / Foreign Minister / Chile")]
    public void Extract_PersonAppointedToAnOffice_OfficeAtTheAppointersCountry(string body, string expected)
    {
        var roles = Parsed.Roles(body);

        Assert.Contains(expected, roles);
        Assert.DoesNotContain(roles, r => r.StartsWith("Luis Vega", StringComparison.Ordinal) && !r.EndsWith("/ " + expected.Split(" / ")[2], StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_AppointmentOnlyPlanned_NoOffice() =>
        Assert.DoesNotContain(Parsed.Roles("President Luis Vega of Peru plans to appoint Ana Ruiz as defence minister."), r => r.StartsWith("Ana Ruiz", StringComparison.Ordinal));

    [Theory]
    [InlineData("Chile's new president Ana Ruiz travelled to Lima on Monday.")]
    [InlineData("Chile's incoming president Ana Ruiz travelled to Lima on Monday.")]
    public void Extract_HolderDescribedBeforeTheOffice_TheOfficeAlone(string body) =>
        Assert.Contains("Ana Ruiz / President / Chile", Parsed.Roles(body));

    [Fact]
    public void Extract_CountryInWhatIsToldToAnotherSide_NeitherSidesOffice() =>
        Assert.Empty(Parsed.Roles("President Ana Ruiz told President Luis Vega that Bolivia was the biggest issue between them."));

    [Theory]
    [InlineData("President Ana Ruiz said Bolivia would not sign the deal.")]
    [InlineData("President Ana Ruiz told reporters that Bolivia would not sign the deal.")]
    public void Extract_CountryInWhatTheOfficeHolderSaysToNoSide_TheirOffice(string body) =>
        Assert.Equal(["Ana Ruiz / President / Bolivia"], Parsed.Roles(body));

    [Fact]
    public void Extract_CountryWhomSomethingIsFor_NoOffice() =>
        Assert.Empty(Parsed.Roles("Luis Vega asked for a peacekeeping force for Bolivia when he met President Ana Ruiz on Monday."));

    [Fact]
    public void Extract_PlacePhraseHoldingThePerson_TheirOffice() =>
        Assert.Contains("Ana Ruiz / President / Bolivia", Parsed.Roles("Protesters voiced their support for the Bolivian government of President Ana Ruiz."));

    [Theory]
    [InlineData("Foreign ministry spokesman Wen Lihua said China would respond.", "Wen Lihua / Foreign Ministry Spokesman / China")]
    [InlineData("Government spokesman Amadou Sidibe said Mali would hold elections in July.", "Amadou Sidibe / Government Spokesman / Mali")]
    public void Extract_StateBodysSpokespersonInLowerCase_RoleAtTheSentencesCountry(string body, string role) =>
        Assert.Contains(role, Parsed.Roles(body));

    [Fact]
    public void Extract_SpokespersonWhoseSentenceNamesNoCountry_NoRoleFromTheRestOfTheArticle() =>
        Assert.Empty(Parsed.Roles("Chile and Peru traded accusations. Chile said Peru had moved troops. Chile closed its border. "
            + "Government spokesman Amadou Sidibe told a news briefing that talks would go on."));

    [Fact]
    public void Extract_ListOfTitledNamesAfterACommaTitle_EachTitleItsOwnName()
    {
        var roles = Parsed.Roles("Guests included Kenyan President Amos Kibet, Uganda's President Joseph Okello and a Tanzanian minister.");

        Assert.Contains("Amos Kibet / President / Kenya", roles);
        Assert.Contains("Joseph Okello / President / Uganda", roles);
        Assert.DoesNotContain("Amos Kibet / President / Uganda", roles);
    }

    [Fact]
    public void Extract_TitleInAppositionAfterTheName_TheNamesRole() =>
        Assert.Contains("Amos Kibet / President / Kenya", Parsed.Roles("Amos Kibet, Kenya's President, opened the bridge on Monday."));

    [Fact]
    public void Extract_GovernorGeneralInApposition_HeadOfStatesRole() =>
        Assert.Contains("Sam Weller / Governor-General / Australia", Parsed.Roles("Australia's Governor-General, Sam Weller, received the Fijian envoy in Canberra."));

    [Fact]
    public void Extract_UnqualifiedOfficeSpeakingInACapital_TheCapitalsCountry() =>
        Assert.Contains("Ana Ruiz / Foreign Minister / Peru",
            Parsed.Roles("SANTIAGO (AP) - Chile expelled two Peruvian diplomats on Monday, accusing them of spying. Chile also closed a border crossing. "
                + "Peru rejected the accusation. Foreign Minister Ana Ruiz said in Lima that the charges were false."));

    [Fact]
    public void Extract_VisitingOfficeSpeakingInACapital_NotTheCapitalsCountry() =>
        Assert.DoesNotContain("Ana Ruiz / Foreign Minister / Peru",
            Parsed.Roles("Visiting Foreign Minister Ana Ruiz said in Lima on Monday that the talks had gone well."));

    [Fact]
    public void Extract_TwoUnqualifiedHoldersOfOneTitle_NeitherTakesTheArticlesCountry()
    {
        var roles = Parsed.Roles("Chile expelled two Peruvian diplomats. Chile said they had spied on Chile. Chile also closed a border crossing. "
            + "President Ana Ruiz defended the move. President Luis Vega called it a provocation.");

        Assert.DoesNotContain(roles, r => r.EndsWith("/ President / Chile", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_BareTitleInAnArticleNamingAnotherStateOnlyByItsAdjective_NoRoleThere()
    {
        var text = "Foreign Minister Ana Ruiz announced new aid for Peru during a visit to Lima on Wednesday.\n\n"
            + "Chinese jets flew near the border on Tuesday, and the Chinese embassy in Lima declined to comment.";

        Assert.DoesNotContain(Frames.Parsed.Roles(text), r => r.StartsWith("Ana Ruiz", StringComparison.Ordinal) && r.EndsWith("China", StringComparison.Ordinal));
    }
}
