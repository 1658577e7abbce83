namespace Graph.Worker.Tests.Commands;

[CollectionDefinition(nameof(ProcessEnvironment), DisableParallelization = true)]
public sealed class ProcessEnvironment;

/// <summary>Changes process environment variables, so it runs alone.</summary>
[Collection(nameof(ProcessEnvironment))]
public sealed class ExtractConfigurationTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose()
    {
        Environment.SetEnvironmentVariable("Ingestion__MaxArticleBytes", null);
        _folder.Dispose();
    }

    [Fact]
    public async Task Extract_InvalidConfiguration_ExitsOneWithMessage()
    {
        var path = _folder.Write("a.md", "Title\n\nThe envoy arrived.");
        Environment.SetEnvironmentVariable("Ingestion__MaxArticleBytes", "0");

        var (exitCode, stdout, stderr) = await GraphCli.RunAsync("extract", path);

        Assert.Equal(1, exitCode);
        Assert.Equal("", stdout);
        Assert.Contains("configuration error", stderr);
        Assert.Contains("MaxArticleBytes", stderr);
    }

    [Fact]
    public async Task Extract_SizeLimitFromEnvironment_SetsAsideLargerArticles()
    {
        var small = _folder.Write("small.md", "Small\n\nThe envoy arrived.");
        var large = _folder.Write("large.md", "Large\n\n" + string.Join(' ', Enumerable.Repeat("The envoy arrived.", 20)));
        Environment.SetEnvironmentVariable("Ingestion__MaxArticleBytes", "100");

        var (exitCode, _, stderr) = await GraphCli.RunAsync("extract", small, large);

        Assert.Equal(2, exitCode);
        Assert.StartsWith($"set aside: {large}: too large", stderr);
    }
}
