using System.Text.Json;
using Graph.Export.Queries;
using Graph.Export.Tests.Support;
using Graph.Testing;

namespace Graph.Export.Tests.Commands;

/// <summary><c>graph query</c> against the test server (and <c>--list</c>, which needs none).</summary>
[Collection(Neo4jServerFixture.CollectionName)]
public sealed class QueryCommandTests(LoadedGraph graph)
{
    private Dictionary<string, string?> Neo4j => graph.Connection.ToConfiguration();

    private string Ann => graph.TinyScope.Key(TinyWorld.Ann);

    [Fact]
    public async Task List_NoNeo4j_ShowsEveryQueryWithWhatItAnswersAndItsParameters()
    {
        var (exit, stdout, _) = await GraphCli.RunAsync(null, "query", "--list");

        Assert.Equal(0, exit);
        foreach (var query in QueryLibrary.Embedded.Queries)
        {
            Assert.Contains(query.Name + "\n  " + query.Summary, stdout);
            Assert.All(query.Parameters, p => Assert.Contains($"--param {p.Name}=", stdout));
        }

        Assert.Contains("e.g. graph query who-met-whom --param actor=person:ingrid-solvang", stdout);
    }

    [Fact]
    public async Task Run_PersonRoles_PrintsATable()
    {
        var (exit, stdout, stderr) = await GraphCli.RunAsync(Neo4j, "query", "person-roles", "--param", $"person={Ann}");

        Assert.True(exit == 0, stderr);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("title           holder  holderType  articles  firstPublished", lines[0]);
        Assert.Matches("^-+  -+  -+", lines[1]);
        Assert.StartsWith("Prime Minister  Aland   Country     2         2024-01-10", lines[2]);
        Assert.Contains("Leaders meet in Alpha City, Second report of the summit", lines[2]);
        Assert.Equal("(1 row)", lines[3]);
    }

    [Fact]
    public async Task Run_JsonFormat_OneObjectPerRow()
    {
        var (exit, stdout, stderr) = await GraphCli.RunAsync(Neo4j, "query", "said-by", "-p", $"speaker={Ann}", "--format", "json");

        Assert.True(exit == 0, stderr);
        var rows = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(["We will trade more", "Peace is near"], rows.Select(r => r.GetProperty("quote").GetString()));
        Assert.Equal(["Bob Baker"], rows[0].GetProperty("audience").EnumerateArray().Select(a => a.GetString()));
    }

    [Fact]
    public async Task Run_CsvFormat_QuotesCellsWithCommasAndQuotes()
    {
        var (exit, stdout, stderr) = await GraphCli.RunAsync(Neo4j, "query", "said-by", "-p", $"speaker={Ann}", "--format", "csv");

        Assert.True(exit == 0, stderr);
        var lines = stdout.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("date,published,type,quote,audience,evidence,article,url,event", lines[0]);
        Assert.StartsWith("2024-01-09,2024-01-10,Statement,We will trade more,Bob Baker,\"\"\"We will trade more,\"\" Able told Baker.\",", lines[1]);
    }

    [Fact]
    public async Task Run_ListParameter_TakesCommaSeparatedValues()
    {
        var articles = string.Join(',', graph.Tiny.Articles.Select(a => a.Id));

        var (exit, stdout, stderr) = await GraphCli.RunAsync(Neo4j, "query", "most-connected", "-p", $"articles={articles}", "-p", "label=Country");

        Assert.True(exit == 0, stderr);
        Assert.Equal(["Aland", "Cestia", "Bexland"], stdout.Split('\n').Skip(2).Where(l => l.Length > 0 && !l.StartsWith('(')).Select(l => l.Split("  ")[0]));
    }

    [Theory]
    [InlineData("no-such-query", "no query named 'no-such-query'")]
    [InlineData("person-roles", "needs --param person=")]
    [InlineData("person-roles --param nobody=x", "has no parameter 'nobody'")]
    [InlineData("most-connected --param limit=many", "limit takes int, not 'many'")]
    [InlineData("person-roles --param person", "--param takes key=value")]
    public async Task Run_WrongArguments_ExitsWithAClearError(string arguments, string message)
    {
        var (exit, stdout, stderr) = await GraphCli.RunAsync(Neo4j, ["query", .. arguments.Split(' ')]);

        Assert.Equal(1, exit);
        Assert.Contains(message, stderr);
        Assert.Equal("", stdout);
    }

    [Fact]
    public async Task Run_NoNameNorList_IsAUsageError()
    {
        var (exit, _, stderr) = await GraphCli.RunAsync(Neo4j, "query");

        Assert.Equal(1, exit);
        Assert.Contains("Give a query name", stderr);
    }

    [Fact]
    public async Task Run_NoNeo4jConfigured_ConfigurationError()
    {
        var (exit, _, stderr) = await GraphCli.RunAsync(new Dictionary<string, string?> { ["NEO4J_URI"] = "" }, "query", "person-roles", "-p", "person=x");

        Assert.Equal(1, exit);
        Assert.Contains("query: configuration error", stderr);
    }
}
