using Graph.Core.Model;
using Graph.Extraction.Mentions;

namespace Graph.Extraction.Tests.Mentions;

public class MentionFinderTests
{
    private static List<(string Text, EntityType Type)> Mentions(string body) =>
        TestArticles.Analyze(body).Mentions.Where(m => m.Kind != MentionKind.Pronoun).Select(m => (m.Text, m.Type)).ToList();

    [Theory]
    [InlineData("Prime Minister Helga Brandvold opened the session.", "Helga Brandvold")]
    [InlineData("Norwegian President Helga Brandvold opened the session.", "Helga Brandvold")]
    [InlineData("Gen. Tomas Veerkamp inspected the base.", "Tomas Veerkamp")]
    [InlineData("Deputy Interior Minister Tomas Veerkamp inspected the base.", "Tomas Veerkamp")]
    [InlineData("Seoul's Unification Minister Park Min-jae rejected the offer.", "Park Min-jae")]
    [InlineData("Governor Hill Ardent signed the order.", "Hill Ardent")]
    [InlineData("Commission President Greta von der Aalst opened the session.", "Greta von der Aalst")]
    [InlineData("Foreign Minister Pieter van den Hoek opened the session.", "Pieter van den Hoek")]
    public void Find_TitleBeforeName_FindsThePerson(string body, string person)
    {
        Assert.Contains((person, EntityType.Person), Mentions(body));
    }

    [Fact]
    public void Find_Apposition_FindsThePerson()
    {
        var mentions = Mentions("Odile Marchetti-Rau, the French ambassador to Chile, welcomed the deal.");

        Assert.Contains(("Odile Marchetti-Rau", EntityType.Person), mentions);
        Assert.Contains(("French", EntityType.Country), mentions);
    }

    [Theory]
    [InlineData("Kasper Lindqvist said the offer was fair.", "Kasper Lindqvist")]
    [InlineData("\"The offer is fair,\" said Kasper Lindqvist.", "Kasper Lindqvist")]
    [InlineData("Kasper Lindqvist also warned against delays.", "Kasper Lindqvist")]
    [InlineData("Kasper Lindqvist told reporters that the offer was fair.", "Kasper Lindqvist")]
    public void Find_SpeakerPositions_FindThePerson(string body, string person)
    {
        Assert.Contains((person, EntityType.Person), Mentions(body));
    }

    [Fact]
    public void Find_OutletPossessive_FindsTheReporter()
    {
        Assert.Contains(("Ilse Varga", EntityType.Person), Mentions("NPR's Ilse Varga reported from the border."));
    }

    [Theory]
    [InlineData("The Ministry of Water Resources issued a warning.", "Ministry of Water Resources")]
    [InlineData("The Northern Harvest Party won the vote.", "Northern Harvest Party")]
    [InlineData("Officials at the Coastal Defense Agency declined to comment.", "Coastal Defense Agency")]
    [InlineData("The Kivu Liberation Army attacked a convoy.", "Kivu Liberation Army")]
    [InlineData("The Northern People's Party won the vote.", "Northern People's Party")]
    [InlineData("Soldiers of the 82nd Coastal Division inspected the base.", "82nd Coastal Division")]
    [InlineData("The 1st Harbour Brigade said it had repelled an attack.", "1st Harbour Brigade")]
    public void Find_OrganisationPatterns_FindTheOrganisation(string body, string organisation)
    {
        Assert.Contains((organisation, EntityType.Organization), Mentions(body));
    }

    [Fact]
    public void Find_AcronymInParentheses_NamesTheSameOrganisation()
    {
        var analysis = TestArticles.Analyze("The Highland Water Authority (HWA) raised prices. Later the HWA cut them again.");
        var ids = analysis.Mentions.Where(m => m.Text is "Highland Water Authority" or "HWA").Select(m => m.EntityId).Distinct().ToList();

        Assert.Equal(3, analysis.Mentions.Count(m => m.Text is "Highland Water Authority" or "HWA"));
        Assert.Single(ids);
        Assert.Contains("HWA", analysis.Entities[ids[0]].Aliases);
    }

    [Fact]
    public void Find_Gazetteer_LongestMatchWins()
    {
        var mentions = Mentions("Delegates met at the United Nations Security Council in New York.");

        Assert.Contains(mentions, m => m.Text.EndsWith("Security Council", StringComparison.Ordinal) && m.Type == EntityType.Organization);
        Assert.DoesNotContain(mentions, m => m.Text == "United Nations");
    }

    [Theory]
    [InlineData("Meanwhile, the talks stalled on Tuesday.")]
    [InlineData("Officials from both sides met in March.")]
    [InlineData("Laws against the practice are rarely enforced.")]
    [InlineData("The meeting ended early. They said little.")]
    [InlineData("The vote closed at 18:00 Greenwich Mean Time.")]
    [InlineData("The flight lands at noon Eastern Standard Time.")]
    public void Find_CommonCapitalisedWords_AreNotMentions(string body)
    {
        Assert.Empty(Mentions(body));
    }

    [Fact]
    public void Find_TitleCaseHeadline_MakesNoJunk()
    {
        var article = TestArticles.WithTitle("Lawmakers Weigh Tougher Rules After Harbor Spill", "The vote is due next month.");
        var analysis = TestArticles.Extractor.Analyze(article, CancellationToken.None);

        Assert.Empty(analysis.Mentions);
    }

    [Theory]
    [InlineData("Special Envoy de Mistura said the talks would resume.", "de Mistura")]
    [InlineData("Commission President von der Leyen arrived in Kyiv on Monday.", "von der Leyen")]
    [InlineData("Foreign Minister van den Broek said the talks would resume.", "van den Broek")]
    public void Find_SurnameOpeningWithAParticle_KeepsTheParticle(string body, string name) =>
        Assert.Contains((name, EntityType.Person), Mentions(body));

    [Fact]
    public void Find_LeadInFullOfNamesEndingWithAColon_KeepsTheNames()
    {
        var found = Mentions("The Combined Joint Task Force – Coastal Shield Commander, Lt. Gen. Marta Quispe, provided the following statement on the Peruvian advance:");

        Assert.Contains(("Marta Quispe", EntityType.Person), found);
    }

    [Fact]
    public void Find_PlaceAfterPreposition_IsALocation()
    {
        Assert.Contains(("Qaryat Zamil", EntityType.Location), Mentions("Two strikes hit targets near Qaryat Zamil overnight."));
    }

    [Theory]
    [InlineData("Somalia's defence minister, Aden Warsame, arrived in Nairobi on Monday.")]
    [InlineData("Aden Warsame, Somalia's defence minister, arrived in Nairobi on Monday.")]
    [InlineData("Defence Minister Aden Warsame arrived in Nairobi on Monday.")]
    public void Find_PlaceAsTheFirstNameOfATitledPerson_ThePerson(string body)
    {
        Assert.Contains(("Aden Warsame", EntityType.Person), Mentions(body));
    }

    [Fact]
    public void Find_NameAfterALongTitlePhraseEndingInAPlace_ThePersonNotAPlace()
    {
        var mentions = Mentions("The head of the UN mission in Congo, Ana Ruiz, said the talks had failed.");

        Assert.Contains(("Ana Ruiz", EntityType.Person), mentions);
    }

    [Theory]
    [InlineData("The Peru Liberation Movement rejected the deal.", "Peru Liberation Movement")]
    [InlineData("The Chile People's Party rejected the deal.", "Chile People's Party")]
    public void Find_MovementNamedAfterItsCountry_OneOrganisation(string body, string name)
    {
        Assert.Contains((name, EntityType.Organization), Mentions(body));
    }

    [Theory]
    [InlineData("The Peru Air Forces Command said two jets were lost.", "Peru Air Forces Command")]
    [InlineData("The Chile Coast Guard towed the trawler to port.", "Chile Coast Guard")]
    [InlineData("Ghana Armed Forces moved two battalions north.", "Ghana Armed Forces")]
    public void Find_StateBodyNamedWithItsCountry_OneOrganisation(string body, string name)
    {
        var mentions = Mentions(body);

        Assert.Contains((name, EntityType.Organization), mentions);
        Assert.DoesNotContain(mentions, m => m.Type == EntityType.Country);
    }

    [Theory]
    [InlineData("In August, three car bombs exploded at the station.")]
    [InlineData("Since March, prices have risen in the capital.")]
    public void Find_MonthAfterACapitalisedCommonWord_NoName(string body)
    {
        Assert.Empty(Mentions(body));
    }

    [Theory]
    [InlineData("The Moscow Chronicle reported the deal on Monday.")]
    [InlineData("Aden Port reopened on Monday, the ministry said.")]
    public void Find_PlaceBeforeANameWordWithoutATitle_NoPerson(string body)
    {
        Assert.DoesNotContain(Mentions(body), m => m.Type == EntityType.Person);
    }

    [Theory]
    [InlineData("Two strikes hit targets near Al Ruwaysat overnight.")]
    [InlineData("Near Al Ruwaysat, two strikes hit a checkpoint overnight.")]
    public void Find_PlaceOpeningWithAnArabicArticleAfterAPreposition_IsALocation(string body)
    {
        Assert.Contains(("Al Ruwaysat", EntityType.Location), Mentions(body));
    }

    [Theory]
    [InlineData("Trade ministry spokesman He Minghua said the talks were useful.", "He Minghua")]
    [InlineData("The talks were useful, said Vice Premier He Minghua.", "He Minghua")]
    public void Find_SurnameHeInsideASentence_KeepsIt(string body, string name) =>
        Assert.Contains((name, EntityType.Person), Mentions(body));

    [Theory]
    [InlineData("He Said The Talks Were Useful")]
    [InlineData("Minister Says He Will Resign")]
    public void Find_PronounHeInATitleCaseHeading_NoName(string body) =>
        Assert.DoesNotContain(Mentions(body), m => m.Text.StartsWith("He ", StringComparison.Ordinal));

    [Theory]
    [InlineData("Iran seized the tanker Ocean Breeze in the Gulf of Oman.", "Ocean Breeze")]
    [InlineData("The frigate Almirante Reyes sailed to the Red Sea on Monday.", "Almirante Reyes")]
    public void Extract_ShipsNameAfterItsNoun_NoEntity(string body, string ship) =>
        Assert.DoesNotContain(Graph.Extraction.Tests.Frames.Parsed.Extract(body).Entities, e => e.Name.Contains(ship, StringComparison.Ordinal));

    [Theory]
    [InlineData("Sailors aboard HMS Calder rescued the crew of a fishing boat.", "Calder")]
    [InlineData("The jets took off from the carrier FS Jean Moulin at dawn.", "Jean Moulin")]
    [InlineData("Gunmen boarded MV Northern Lark off the coast of Somalia.", "Northern Lark")]
    public void Extract_ShipsNameAfterItsPrefix_NoEntity(string body, string ship) =>
        Assert.DoesNotContain(Graph.Extraction.Tests.Frames.Parsed.Extract(body).Entities, e => e.Name.Contains(ship, StringComparison.Ordinal));

    [Fact]
    public void Extract_CommodoreBeforeAName_ARankNotPartOfTheName() =>
        Assert.Contains(Graph.Extraction.Tests.Frames.Parsed.Extract("Commodore Ramon Villaflor said the vessel was damaged.").Entities,
            e => e.Name == "Ramon Villaflor");

    [Fact]
    public void Extract_NameWithAParticleAfterALowerCaseRoleNoun_Person() =>
        Assert.Contains(Graph.Extraction.Tests.Frames.Parsed.Extract("Indonesian Foreign Minister Retno Sari and her Dutch counterpart Wim de Groot discussed the artefacts by phone.").Entities,
            e => e.Name == "Wim de Groot" && e.Type == EntityType.Person);
}
