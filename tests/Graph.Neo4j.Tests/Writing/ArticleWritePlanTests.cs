using Graph.Core.Model;
using Graph.Neo4j.Writing;

namespace Graph.Neo4j.Tests.Writing;

public sealed class ArticleWritePlanTests
{
    private readonly TestGraph _g = new();

    [Fact]
    public void Build_MoreRowsThanBatchSize_SplitsIntoSeveralStatements()
    {
        var slice = Slice(persons: 5);

        var plan = ArticleWritePlan.Build(slice, batchSize: 2);

        var personStatements = plan.Statements.Where(s => s.Text.Contains("MERGE (n:Person", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, personStatements.Count);
        Assert.Equal([2, 2, 1], personStatements.Select(s => ((Dictionary<string, object?>[])s.Parameters!["rows"]!).Length));
        Assert.Equal(4, ArticleWritePlan.Build(slice, batchSize: 1000).Statements.Count);
    }

    [Fact]
    public void Build_HostileNames_NeverReachTheStatementText()
    {
        const string hostile = "'}) DETACH DELETE n //";
        var a = _g.Article("a", "h", hostile);
        var p = _g.Person("p", hostile, hostile);
        var e = _g.Event("e", EventType.Statement, a, [(p, "speaker")], quote: hostile, evidence: hostile);
        var slice = new ArticleSlice(a, [new EntityInArticle(p, 1)], [e], [TestGraph.HoldsRole(p, p, hostile, a, hostile)]);

        var plan = ArticleWritePlan.Build(slice, 1000);

        Assert.All(plan.Statements, s => Assert.DoesNotContain(hostile, s.Text, StringComparison.Ordinal));
        Assert.All(plan.Statements, s => Assert.Equal(a.Id, s.Parameters!["article"]));
    }

    [Fact]
    public void Build_MeetingOfThree_CountsElementsAndDirectsMetFromSmallerKey()
    {
        var a = _g.Article("a", "h");
        var (x, y, z) = (_g.Person("x", "X"), _g.Person("y", "Y"), _g.Country("XC", "Zland"));
        var meeting = _g.Event("m", EventType.Meeting, a, [(y, "participant"), (x, "participant"), (z, "participant"), (x, "participant")]);
        var slice = new ArticleSlice(a, [new(x, 1), new(y, 1), new(z, 1)], [meeting], []);

        var plan = ArticleWritePlan.Build(slice, 1000);

        var metRows = plan.Statements.Where(s => s.Text.Contains("[m:MET", StringComparison.Ordinal))
            .SelectMany(s => (Dictionary<string, object?>[])s.Parameters!["rows"]!)
            .Select(r => ((string)r["from"]!, (string)r["to"]!)).ToList();
        Assert.Equal([(z.Id, x.Id), (z.Id, y.Id), (x.Id, y.Id)], metRows.OrderBy(p => p.Item1, StringComparer.Ordinal).ThenBy(p => p.Item2, StringComparer.Ordinal));
        // 1 article + 3 entities + 1 event; 3 MENTIONS, 1 REPORTED_IN, 3 PARTICIPATED_IN (the duplicate dropped), 3 MET.
        Assert.Equal(15, plan.Elements);
    }

    [Fact]
    public void Labels_UndefinedEnumValue_IsRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => WriteCypher.MergeEntities((EntityType)42));
        Assert.Throws<ArgumentOutOfRangeException>(() => WriteCypher.MergeEvents((EventType)(-1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => WriteCypher.MergeRelations("KNOWS`]->() DETACH DELETE n //", EntityType.Person, EntityType.Person));
    }

    private ArticleSlice Slice(int persons)
    {
        var a = _g.Article("a", "h");
        var entities = Enumerable.Range(0, persons).Select(i => new EntityInArticle(_g.Person($"p{i}", $"P {i}"), 1)).ToList();
        return new ArticleSlice(a, entities, [], []);
    }
}
