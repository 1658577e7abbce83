using Graph.Export.Queries;

namespace Graph.Export.Tests.Queries;

/// <summary>The header of a query file: summary, typed parameters with defaults, examples; and what makes a header wrong.</summary>
public sealed class QueryHeaderTests
{
    private const string Query = """
        // Who met whom,
        // and when.
        //
        // @param actor    string  null      Key of one side.
        // @param articles list    null      Only these articles.
        // @param limit    int     100       Most rows.
        // @param person   string  required  The person.
        //
        // Example: graph query x --param person=p
        MATCH (a {key: $person})-[m:MET]-(b) WHERE $actor IS NULL OR b.key = $actor AND ($articles IS NULL OR 'x$y' IN $articles)
        RETURN a.name LIMIT $limit // $ignored in a comment
        """;

    [Fact]
    public void Parse_Header_ReadsSummaryParametersAndExamples()
    {
        var query = QueryHeader.Parse("x", Query);

        Assert.Equal("Who met whom, and when.", query.Summary);
        Assert.Equal(
            [("actor", QueryParameterType.String, false, null), ("articles", QueryParameterType.List, false, null),
             ("limit", QueryParameterType.Int, false, "100"), ("person", QueryParameterType.String, true, (string?)null)],
            query.Parameters.Select(p => (p.Name, p.Type, p.Required, p.Default)));
        Assert.Equal("Key of one side.", query.Parameters[0].Description);
        Assert.Equal(["graph query x --param person=p"], query.Examples);
    }

    [Fact]
    public void Parse_ParameterUsedButNotDeclared_Throws()
    {
        var error = Assert.Throws<FormatException>(() => QueryHeader.Parse("x", "// Summary.\nMATCH (n {key: $key}) RETURN n"));

        Assert.Contains("used but not declared with @param: key", error.Message);
    }

    [Fact]
    public void Parse_ParameterDeclaredButNotUsed_Throws()
    {
        var error = Assert.Throws<FormatException>(() => QueryHeader.Parse("x", "// Summary.\n// @param key string required K.\nMATCH (n) RETURN n"));

        Assert.Contains("declared but not used: key", error.Message);
    }

    [Theory]
    [InlineData("MATCH (n) RETURN n", "no summary")]
    [InlineData("// Summary.\n// @param key date null K.\nRETURN $key", "unknown parameter type 'date'")]
    [InlineData("// Summary.\n// @param key\nRETURN $key", "is not '@param NAME TYPE DEFAULT DESCRIPTION'")]
    public void Parse_BadHeader_Throws(string text, string message)
    {
        Assert.Contains(message, Assert.Throws<FormatException>(() => QueryHeader.Parse("x", text)).Message);
    }

    [Fact]
    public void Bind_Arguments_TypedValuesAndDefaults()
    {
        var query = QueryHeader.Parse("x", Query);

        var values = QueryArguments.Bind(query, ["person=p:1", "articles=a, b,,c", "limit=5"]);

        Assert.Equal("p:1", values["person"]);
        Assert.Equal(new[] { "a", "b", "c" }, values["articles"]);
        Assert.Equal(5L, values["limit"]);
        Assert.Null(values["actor"]);
        Assert.Equal(100L, QueryArguments.Bind(query, ["person=p"])["limit"]);
        Assert.Null(QueryArguments.Bind(query, ["person=p", "limit=null"])["limit"]);
    }

    [Fact]
    public void Embedded_EveryLibraryQuery_HasASummaryAndAnExample()
    {
        Assert.NotEmpty(QueryLibrary.Embedded.Queries);
        Assert.All(QueryLibrary.Embedded.Queries, q =>
        {
            Assert.NotEmpty(q.Summary);
            Assert.Contains(q.Examples, e => e.StartsWith($"graph query {q.Name}", StringComparison.Ordinal));
            Assert.Contains(q.Examples, e => e.StartsWith("Neo4j Browser: :params {", StringComparison.Ordinal));
        });
    }

    [Fact]
    public void Readme_EveryLibraryQuery_IsListedWithItsParameters()
    {
        var readme = File.ReadAllText(Support.Repository.File("cypher", "queries", "README.md"));

        Assert.All(QueryLibrary.Embedded.Queries, q =>
        {
            var row = Assert.Single(readme.Split('\n'), l => l.StartsWith($"| [`{q.Name}`]({q.Name}.cypher)", StringComparison.Ordinal));
            Assert.EndsWith("| " + string.Join(", ", q.Parameters.Select(p => $"`{p.Name}`")) + " |", row);
        });
    }

    [Fact]
    public void Embedded_NoQuery_UsesSyntaxThatOnlyOneNeo4jVersionHas()
    {
        // 3.1 lacks CALL {} subqueries, COUNT {} and elementId; 5.x dropped {param}, exists(n.p) and size((pattern)).
        var forbidden = new[] { "CALL {", "COUNT {", "COUNT{", "elementId(", "exists(", "EXISTS {", "size((" };
        Assert.All(QueryLibrary.Embedded.Queries, q =>
        {
            var body = string.Join('\n', q.Text.Split('\n').Where(l => !l.TrimStart().StartsWith("//", StringComparison.Ordinal)));
            Assert.DoesNotMatch(@"\{[A-Za-z_]\w*\}", body);
            Assert.All(forbidden, f => Assert.DoesNotContain(f, body, StringComparison.OrdinalIgnoreCase));
        });
    }
}
