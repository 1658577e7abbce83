using Graph.Core.Model;
using Graph.Neo4j.Client;
using Graph.Neo4j.Schema;

namespace Graph.Neo4j.Tests.Schema;

public sealed class SchemaScriptTests
{
    [Theory]
    [InlineData(SchemaScript.Legacy)]
    [InlineData(SchemaScript.Modern)]
    public void Load_EmbeddedScript_HasAKeyConstraintPerLabelAndTheIndexes(string name)
    {
        var script = SchemaScript.Load(name);

        var labels = new[] { "Article", "Event", "Alias" }.Concat(Enum.GetNames<EntityType>());
        foreach (var label in labels)
            Assert.Single(script.Statements, s => s.Contains($"(n:{label})", StringComparison.Ordinal) && s.Contains("n.key IS UNIQUE", StringComparison.Ordinal));
        foreach (var label in Enum.GetNames<EntityType>())
            Assert.Single(script.Statements, s => s.StartsWith("CREATE INDEX", StringComparison.Ordinal) && s.Contains(label, StringComparison.Ordinal) && s.Contains("name)", StringComparison.Ordinal));
        Assert.Single(script.Statements, s => s.StartsWith("CREATE INDEX", StringComparison.Ordinal) && s.Contains("Event", StringComparison.Ordinal) && s.Contains("date)", StringComparison.Ordinal));
        Assert.Single(script.Statements, s => s.StartsWith("CREATE INDEX", StringComparison.Ordinal) && s.Contains("Event", StringComparison.Ordinal) && s.Contains("anchor)", StringComparison.Ordinal));
        foreach (var label in new[] { "Person", "Organization" })
            Assert.Single(script.Statements, s => s.StartsWith("CREATE INDEX", StringComparison.Ordinal) && s.Contains(label, StringComparison.Ordinal) && s.Contains("bucket)", StringComparison.Ordinal));
        Assert.Equal(16, script.Statements.Count);
        Assert.All(script.Statements, s => Assert.False(s.EndsWith(';') || s.Contains("//", StringComparison.Ordinal)));
    }

    [Fact]
    public void Load_BothDialects_NameTheSameRules()
    {
        var legacy = SchemaScript.Load(SchemaScript.Legacy).Statements;
        var modern = SchemaScript.Load(SchemaScript.Modern).Statements;

        Assert.All(modern, s => Assert.Contains(" IF NOT EXISTS FOR (n:", s, StringComparison.Ordinal));
        Assert.All(legacy, s => Assert.Matches(@"^CREATE (CONSTRAINT ON \(n:\w+\) ASSERT n\.key IS UNIQUE|INDEX ON :\w+\(\w+\))$", s));
        Assert.Equal(legacy.Count, modern.Count);
    }

    [Fact]
    public void Parse_CommentsBlankLinesAndMultiLineStatements_SplitsAtSemicolons()
    {
        var script = SchemaScript.Parse("t", "// header\n\nCREATE INDEX ON :A(b);\r\nCREATE CONSTRAINT ON (n:A)\n  ASSERT n.key IS UNIQUE;\n");

        Assert.Equal(["CREATE INDEX ON :A(b)", "CREATE CONSTRAINT ON (n:A) ASSERT n.key IS UNIQUE"], script.Statements);
    }

    [Fact]
    public void Parse_StatementWithoutSemicolon_Throws()
    {
        var ex = Assert.Throws<FormatException>(() => SchemaScript.Parse("t", "CREATE INDEX ON :A(b)\n"));

        Assert.Contains("CREATE INDEX ON :A(b)", ex.Message);
    }

    [Theory]
    [InlineData(3, 1, SchemaScript.Legacy)]
    [InlineData(4, 3, SchemaScript.Legacy)]
    [InlineData(4, 4, SchemaScript.Modern)]
    [InlineData(5, 26, SchemaScript.Modern)]
    [InlineData(2025, 10, SchemaScript.Modern)]
    public void ScriptFor_ServerVersion_PicksTheDialect(int major, int minor, string expected)
    {
        var server = new Neo4jServerInfo(new Version(major, minor), "community", Neo4jHttpApi.Transactional);

        Assert.Equal(expected, SchemaDialect.ScriptFor(server));
    }
}
