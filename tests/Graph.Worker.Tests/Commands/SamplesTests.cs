using Graph.Core.Model;

namespace Graph.Worker.Tests.Commands;

/// <summary>The articles in samples/ stay valid input: all read, dated, and with people and countries found.</summary>
public class SamplesTests
{
    private static string SamplesFolder()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Graph.sln")))
            folder = folder.Parent;
        return Path.Combine(folder?.FullName ?? throw new DirectoryNotFoundException("Graph.sln not found above the test output"), "samples");
    }

    [Fact]
    public async Task Extract_Samples_ReadsEveryArticleWithoutSetAside()
    {
        var (exitCode, stdout, stderr) = await GraphCli.RunAsync("extract", SamplesFolder());

        Assert.Equal(0, exitCode);
        Assert.Equal("", stderr);
        var document = GraphDocumentJson.Deserialize(stdout);
        Assert.Equal(8, document.Articles.Count);
        Assert.All(document.Articles, a => Assert.NotNull(a.Published));
        Assert.All(document.Articles, a => Assert.Contains(document.Mentions, m => m.Article == a.Id));
        Assert.Contains(document.Entities, e => e.Type == EntityType.Person);
        Assert.Contains(document.Entities, e => e.Type == EntityType.Country);
    }
}
