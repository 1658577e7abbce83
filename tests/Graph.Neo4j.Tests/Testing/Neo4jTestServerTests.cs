using Graph.Testing;

namespace Graph.Neo4j.Tests.Testing;

/// <summary>How the shared fixture finds its server when no NEO4J_TEST_* variables are set.</summary>
public sealed class Neo4jTestServerTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("graph-testing-").FullName;

    [Fact]
    public async Task StartLocalServerAsync_Script_ReadsItsConnectionLines()
    {
        File.WriteAllText(Path.Combine(_root, "Graph.sln"), "");
        Directory.CreateDirectory(Path.Combine(_root, "scripts"));
        File.WriteAllText(Path.Combine(_root, "scripts", "neo4j-local"), """
            #!/usr/bin/env bash
            echo "neo4j-local: starting $1" >&2
            echo "NEO4J_URI=http://127.0.0.1:17474"
            echo "NEO4J_USERNAME=neo4j"
            echo "NEO4J_PASSWORD='s3cr=t'"
            """);

        var connection = await Neo4jTestServer.StartLocalServerAsync(_root, CancellationToken.None);

        Assert.Equal(new Neo4jConnectionSettings("http://127.0.0.1:17474", "neo4j", "s3cr=t"), connection);
        Assert.DoesNotContain("s3cr=t", connection.ToString());
    }

    [Fact]
    public async Task StartLocalServerAsync_ScriptFails_ThrowsWithItsMessage()
    {
        Directory.CreateDirectory(Path.Combine(_root, "scripts"));
        File.WriteAllText(Path.Combine(_root, "scripts", "neo4j-local"), "echo 'neo4j-local: error: no java' >&2; exit 1");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => Neo4jTestServer.StartLocalServerAsync(_root, CancellationToken.None));

        Assert.Contains("no java", error.Message);
    }

    [Fact]
    public void FindRepositoryRoot_FromNestedFolder_FindsFolderWithSolution()
    {
        File.WriteAllText(Path.Combine(_root, "Graph.sln"), "");
        var nested = Directory.CreateDirectory(Path.Combine(_root, "tests", "bin", "Debug")).FullName;

        Assert.Equal(_root, Neo4jTestServer.FindRepositoryRoot(nested));
    }

    [Fact]
    public void ParseKeyValueLines_MixedOutput_KeepsOnlyAssignments()
    {
        var values = Neo4jTestServer.ParseKeyValueLines("progress...\nexport NEO4J_URI=\"http://h:7474\"\r\nNEO4J_PASSWORD=a=b\nlower=ignored\n");

        Assert.Equal(2, values.Count);
        Assert.Equal("http://h:7474", values["NEO4J_URI"]);
        Assert.Equal("a=b", values["NEO4J_PASSWORD"]);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
