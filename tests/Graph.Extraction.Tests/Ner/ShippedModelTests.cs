using Graph.Core.Model;
using Graph.Extraction.Events;
using Graph.Extraction.Gazetteers;
using Graph.Extraction.Ner;
using Graph.Extraction.Text;

namespace Graph.Extraction.Tests.Ner;

/// <summary>The embedded model, alone and through the full extractor, on names no gazetteer holds (all invented).</summary>
public class ShippedModelTests
{
    private static readonly GraphExtractor Extractor = new(Gazetteer.Default, new EventExtractor(), new NameTagger());

    private static List<(string Id, EntityType Type)> Entities(string body) =>
        [.. Extractor.Extract(TestArticles.Body(body), CancellationToken.None).Entities.Select(e => (e.Id, e.Type))];

    [Fact]
    public void Default_EmbeddedModel_Loads()
    {
        Assert.True(NerModel.Default.FeatureCount > 10_000);
    }

    [Theory]
    [InlineData("Idris Bakongo and his fighters overran the town on Sunday.", "Idris Bakongo", NameType.Person)]
    [InlineData("The mayor of Nova Tereska resigned on Monday.", "Nova Tereska", NameType.Location)]
    [InlineData("The ruling Umoja Bora won a majority in parliament.", "Umoja Bora", NameType.Organization)]
    public void Tag_UnknownName_FindsAndTypesIt(string sentence, string name, NameType type)
    {
        var tokens = Tokenizer.Tokenize(sentence);

        var names = new NameTagger().Tag(tokens);

        Assert.Contains(names, n => n.Type == type && string.Join(' ', tokens.Skip(n.FirstToken).Take(n.EndToken - n.FirstToken).Select(t => t.Text)) == name);
    }

    [Fact]
    public void Extract_NamesNoGazetteerKnows_FindsAndTypesThem()
    {
        var entities = Entities(
            "Commander Idris Bakongo said his fighters would not give up Marundi. "
            + "Fighting spread from Marundi to the nearby town of Tesseko. "
            + "Idris Bakongo and his fighters overran the town on Sunday. "
            + "The mayor of Nova Tereska resigned on Monday. "
            + "The ruling Umoja Bora won a majority in parliament.");

        Assert.Contains(("person:idris-bakongo", EntityType.Person), entities);
        Assert.Contains(("loc:marundi", EntityType.Location), entities);
        Assert.Contains(("loc:tesseko", EntityType.Location), entities);
        Assert.Contains(("loc:nova-tereska", EntityType.Location), entities);
        Assert.Contains(("org:umoja-bora", EntityType.Organization), entities);
    }

    [Theory]
    [InlineData("Kowalczyk said the talks had ended.")]
    [InlineData("Kowalczyk also told reporters the talks had ended.")]
    public void Extract_OneWordPersonWhoSpeaks_IsAPerson(string body)
    {
        Assert.Contains(("person:kowalczyk", EntityType.Person), Entities(body));
    }

    [Theory]
    [InlineData("Haddad visited Lisbon on Monday.", "person:haddad")]
    [InlineData("Kowalczyk met the envoy on Monday.", "person:kowalczyk")]
    public void Extract_OneWordPersonWhoMeetsOrTravels_IsAPerson(string body, string id)
    {
        Assert.Contains((id, EntityType.Person), Entities(body));
    }

    [Fact]
    public void Extract_OneWordNameThatDoesNotSpeak_NeedsTheStrongerMargin()
    {
        Assert.DoesNotContain(Entities("The talks with Kowalczyk had ended."), e => e.Id == "person:kowalczyk");
    }

    [Fact]
    public void Extract_UntitledPersonWithoutCue_IsFoundOnlyWithTheTagger()
    {
        const string body = "Obinna Bakongo and his fighters overran the town on Sunday.";

        var rulesOnly = TestArticles.Extractor.Extract(TestArticles.Body(body), CancellationToken.None).Entities;

        Assert.DoesNotContain(rulesOnly, e => e.Id == "person:obinna-bakongo");
        Assert.Contains(("person:obinna-bakongo", EntityType.Person), Entities(body));
    }

    [Fact]
    public void Extract_GazetteerNames_KeepTheirGazetteerTypes()
    {
        var entities = Entities("Umoja Bora lawmakers met NATO officials in Brussels and Moscow.");

        Assert.Contains(("org:nato", EntityType.Organization), entities);
        Assert.Contains(("loc:brussels", EntityType.Location), entities);
        Assert.Contains(("loc:moscow", EntityType.Location), entities);
    }

    [Theory]
    [InlineData("Attribution is on the record.")]
    [InlineData("The Law of Armed Conflict applies to every strike.")]
    [InlineData("The strikes were part of Operation Silent Harbor.")]
    public void Extract_CapitalisedWordsThatAreNoNames_AddNoEntity(string body)
    {
        Assert.Empty(Entities(body));
    }
}
