using Graph.Neo4j.Client;
using Graph.Worker.Tests.Commands;
using Graph.Worker.Tests.Neo4jInstance;

namespace Graph.Worker.Tests.Ingest;

/// <summary>Two outlets report one meeting in different words: <c>ingest</c> writes one event with two reports.</summary>
[Collection(PrivateNeo4jCollection.Name)]
public sealed class TwoOutletsOneEventTests(PrivateNeo4j neo4j) : IAsyncLifetime
{
    private readonly TempFolder _folder = new();

    public Task InitializeAsync() => neo4j.WipeAsync();

    public Task DisposeAsync()
    {
        _folder.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Ingest_OneOutletNamesASideOnlyInAnAppositionAndThePlaceAsTheCapital_OneMeetingTwoReports()
    {
        _folder.Write("input/first.md", """
            ---
            title: Ministers hold talks on trade
            published: 2025-03-12
            url: https://first.example/news/ministers-meet
            ---
            Kenya's foreign minister, Daniel Otieno, held talks with Ana Ruiz in the Chilean capital on Tuesday.

            The two ministers discussed trade and fisheries.
            """);
        _folder.Write("input/second.md", """
            ---
            title: Otieno in Santiago
            published: 2025-03-12
            url: https://second.example/world/otieno-santiago
            ---
            Daniel Otieno met Chilean Foreign Minister Ana Ruiz in Santiago on Tuesday.

            Otieno also visited a port.
            """);

        var (exitCode, stdout, stderr) = await GraphCli.RunAsync(neo4j.WorkerConfiguration(_folder.Path), ["ingest", Path.Combine(_folder.Path, "input")]);

        Assert.True(exitCode == 0, stderr);
        Assert.StartsWith("ingest: 2 read, 2 written", stdout);
        var meetings = await neo4j.Client.ExecuteAsync([new CypherStatement("""
            MATCH (e:Event:Meeting)-[:REPORTED_IN]->(a:Article)
            WITH e, collect(a.id) AS articles
            OPTIONAL MATCH (e)-[:OCCURRED_IN]->(place)
            WITH e, articles, collect(place.key) AS places
            MATCH (p)-[:PARTICIPATED_IN]->(e)
            WITH e, articles, places, p.key AS participant ORDER BY participant
            RETURN e.date, size(articles), places, collect(participant)
            """)], CancellationToken.None);
        var meeting = Assert.Single(meetings[0].Rows);
        Assert.Equal("2025-03-11", meeting[0].GetString());
        Assert.Equal(2, meeting[1].GetInt32());
        Assert.Equal(["loc:santiago"], meeting[2].EnumerateArray().Select(p => p.GetString()));
        Assert.Equal(["person:ana-ruiz", "person:daniel-otieno"], meeting[3].EnumerateArray().Select(p => p.GetString()));
    }
}
