using System.Text.Json;
using Graph.Export.Queries;
using Graph.Neo4j.Client;

namespace Graph.Export.Tests.Queries;

public class ResultTableTests
{
    private static CypherResult Result(string title) =>
        new(["title"], [[JsonSerializer.SerializeToElement(title)]]);

    [Fact]
    public void Text_ControlCharactersInAStoredTitle_AreEscaped()
    {
        var text = ResultTable.Text(Result("Talks\u001b[2J\u001b[31m in Oslo\u0007"));

        Assert.Contains("Talks\\x1B[2J\\x1B[31m in Oslo\\x07", text);
        Assert.DoesNotContain('\u001b', text);
    }

    [Fact]
    public void CsvAndJsonLines_ControlCharactersInAStoredTitle_NeverReachTheTerminalRaw()
    {
        var csv = ResultTable.Csv(Result("Talks\u001b[2J\u009b in Oslo"));
        var json = ResultTable.JsonLines(Result("Talks\u001b[2J\u009b in Oslo"));

        Assert.Contains("Talks\\x1B[2J\\u009B in Oslo", csv);
        Assert.DoesNotContain('\u001b', json);
        Assert.DoesNotContain('\u009b', json);
        Assert.Contains("\\u001B[2J", json);
    }
}
