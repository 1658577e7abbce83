using Graph.Core.Model;
using Graph.Neo4j.Writing;
using Graph.Testing;

namespace Graph.Neo4j.Tests.Writing;

public sealed class ArticleValidatorTests
{
    private readonly TestGraph _g = new();

    [Fact]
    public void Validate_TwoArticles_GivesEachItsOwnFactsAndEntities()
    {
        var a = _g.Article("a", "h");
        var b = _g.Article("b", "h");
        var pat = _g.Person("pat", "Pat Example");
        var kim = _g.Person("kim", "Kim Example");
        var org = _g.Organization("org", "Org");
        var doc = new GraphDocument
        {
            Articles = [a, b],
            Entities = [pat, kim, org],
            Mentions = [TestGraph.Mention(pat, a), TestGraph.Mention(pat, a), TestGraph.Mention(kim, b)],
            Events = [_g.Event("e", EventType.Meeting, b, [(kim, "participant"), (pat, "participant")])],
            Relations = [TestGraph.HoldsRole(kim, org, "Chair", b)],
        };

        var slices = ArticleDocuments.Of(doc).Select(ArticleValidator.Validate).ToList();

        Assert.Equal([a.Id, b.Id], slices.Select(s => s.ArticleId));
        Assert.All(slices, s => Assert.Empty(s.Errors));
        Assert.Equal([(pat.Id, 2)], slices[0].Slice!.Entities.Select(e => (e.Entity.Id, e.MentionCount)));
        Assert.Empty(slices[0].Slice!.Events);
        // Entities named only by an event or a relation still belong to the article (count 0).
        Assert.Equal([(org.Id, 0), (kim.Id, 1), (pat.Id, 0)], slices[1].Slice!.Entities.Select(e => (e.Entity.Id, e.MentionCount)));
        Assert.Single(slices[1].Slice!.Events);
        Assert.Single(slices[1].Slice!.Relations);
    }

    [Fact]
    public void Validate_UnknownOrInvalidReferences_RejectsOnlyThatArticleWithReasons()
    {
        var ok = _g.Article("ok", "h");
        var bad = _g.Article("bad", "h");
        var pat = _g.Person("pat", "Pat Example");
        var nameless = _g.Person("nameless", " ");
        var doc = new GraphDocument
        {
            Articles = [ok, bad],
            Entities = [pat, nameless],
            Mentions = [TestGraph.Mention(pat, ok), TestGraph.Mention(nameless, bad)],
            Events = [_g.Event("e", EventType.Threat, bad, [(pat, "")], _g.Location("nowhere", "Nowhere")) with { Goldstein = double.NaN }],
            Relations =
            [
                new Relation("LIKES", pat.Id, pat.Id, new Dictionary<string, string>(), bad.Id, "x"),
                new Relation(RelationTypes.HoldsRole, pat.Id, pat.Id, new Dictionary<string, string> { ["article"] = "x" }, bad.Id, "x"),
            ],
        };

        var slices = ArticleDocuments.Of(doc).Select(ArticleValidator.Validate).ToList();

        Assert.NotNull(slices[0].Slice);
        Assert.Null(slices[1].Slice);
        var errors = string.Join("\n", slices[1].Errors);
        Assert.Contains($"a mention refers to an invalid entity: entity '{nameless.Id}' has no name", errors);
        Assert.Contains("has a participant without a role", errors);
        Assert.Contains($"refers to unknown entity '{_g.Key("loc:nowhere")}'", errors);
        Assert.Contains("not a finite number", errors);
        Assert.Contains("LIKES", errors);
        Assert.Contains("no 'title' property", errors);
        Assert.Contains("'article' is reserved", errors);
    }

    [Fact]
    public void Validate_DuplicateArticleIdsConflictingEntitiesAndStrayFacts_AreReported()
    {
        var a = _g.Article("a", "h");
        var twin = _g.Article("twin", "h");
        var asPerson = _g.Person("x", "X");
        var asOrg = new Entity(asPerson.Id, EntityType.Organization, "X", []);
        GraphDocument[] docs =
        [
            new() { Articles = [a], Entities = [asPerson, asOrg], Mentions = [TestGraph.Mention(asPerson, a)] },
            new() { Articles = [twin, twin with { Title = "other" }] },
            new() { Entities = [asPerson], Mentions = [new Mention(asPerson.Id, _g.Key("elsewhere"), 0, 1, "X")] },
        ];

        var slices = docs.Select(ArticleValidator.Validate).ToDictionary(s => s.ArticleId);

        Assert.Contains("is given as both Person and Organization", Assert.Single(slices[a.Id].Errors));
        Assert.Contains("appears 2 times", Assert.Single(slices[twin.Id].Errors));
        Assert.Contains("not among the document's articles", Assert.Single(slices[_g.Key("elsewhere")].Errors));
    }

    [Fact]
    public void Validate_SameEntityListedTwice_MergesAliases()
    {
        var a = _g.Article("a", "h");
        var first = _g.Person("x", "X", "B");
        var doc = new GraphDocument
        {
            Articles = [a],
            Entities = [first, first with { Aliases = ["A", "B"] }],
            Mentions = [TestGraph.Mention(first, a)],
        };

        var entity = Assert.Single(ArticleValidator.Validate(doc).Slice!.Entities).Entity;

        Assert.Equal(["A", "B"], entity.Aliases);
    }

    [Fact]
    public void Validate_NullEntries_RejectsTheArticle()
    {
        GraphDocument[] docs = [new() { Articles = [_g.Article("a", "h")], Entities = [null!] }, new() { Articles = [_g.Article("b", "h")], Entities = [null!] }];

        var slices = docs.Select(ArticleValidator.Validate).ToList();

        Assert.Equal(2, slices.Count);
        Assert.All(slices, s => Assert.Equal("the document has an empty entry in 'entities'", Assert.Single(s.Errors)));
    }

    [Fact]
    public void Validate_DocumentOfTwoArticlesOrNone_IsRejectedWithItsReason()
    {
        var twoArticles = ArticleValidator.Validate(new GraphDocument { Articles = [_g.Article("a", "h"), _g.Article("b", "h")] });
        var none = ArticleValidator.Validate(new GraphDocument());

        Assert.Null(twoArticles.Slice);
        Assert.Contains("holds 2 articles", Assert.Single(twoArticles.Errors));
        Assert.Null(none.Slice);
        Assert.Equal("the document has no article", Assert.Single(none.Errors));
    }
}
