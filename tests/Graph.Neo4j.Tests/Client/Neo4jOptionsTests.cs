using Microsoft.Extensions.Configuration;
using Graph.Neo4j.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Graph.Neo4j.Tests.Client;

/// <summary>Binding from the NEO4J_* conventions and validation on start.</summary>
public sealed class Neo4jOptionsTests
{
    private static async Task<OptionsValidationException> StartHostAsync(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddNeo4j(builder.Configuration);
        using var host = builder.Build();
        return await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
    }

    [Theory]
    [InlineData("bolt://localhost:7687", "http://localhost:7474", "7474")]
    [InlineData("neo4j://db.internal:7687", "http://db.internal:7474", "7474")]
    [InlineData("bolt+s://db.internal:7687", "https://db.internal:7473", "7473")]
    [InlineData("neo4j+s://abcd1234.databases.neo4j.io", "https://abcd1234.databases.neo4j.io", "443")]
    public async Task StartAsync_BoltUri_FailsNamingTheHttpUriToUse(string boltUri, string suggested, string port)
    {
        var error = await StartHostAsync(new() { ["NEO4J_URI"] = boltUri, ["NEO4J_PASSWORD"] = "pw" });

        var message = Assert.Single(error.Failures);
        Assert.Contains("NEO4J_URI", message);
        Assert.Contains("Bolt", message);
        Assert.Contains(suggested, message);
        Assert.Contains(port, message);
    }

    [Fact]
    public async Task StartAsync_NoUri_SaysWhatToSet()
    {
        var error = await StartHostAsync(new() { ["NEO4J_PASSWORD"] = "pw" });

        Assert.Contains(error.Failures, f => f.Contains("NEO4J_URI is not set", StringComparison.Ordinal) && f.Contains("7474", StringComparison.Ordinal));
    }

    [Fact]
    public async Task StartAsync_UriWithCredentials_FailsWithoutEchoingThePassword()
    {
        var error = await StartHostAsync(new() { ["NEO4J_URI"] = "http://neo4j:hunter2secret@db.internal:7474" });

        Assert.Contains(error.Failures, f => f.Contains("NEO4J_PASSWORD", StringComparison.Ordinal));
        Assert.DoesNotContain("hunter2secret", error.Message);
    }

    [Fact]
    public async Task StartAsync_BadRetrySettings_ListsEachProblem()
    {
        var error = await StartHostAsync(new()
        {
            ["NEO4J_URI"] = "http://localhost:7474",
            ["Neo4j:Retry:MaxAttempts"] = "0",
            ["Neo4j:Retry:Multiplier"] = "0.5",
            ["Neo4j:CircuitBreaker:FailureRatio"] = "2",
        });

        Assert.Contains(error.Failures, f => f.StartsWith("Neo4j:Retry:MaxAttempts", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.StartsWith("Neo4j:Retry:Multiplier", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.StartsWith("Neo4j:CircuitBreaker:FailureRatio", StringComparison.Ordinal));
    }

    [Fact]
    public void Bind_Neo4jConventionKeys_WinOverSection()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Neo4j:Uri"] = "http://section:7474",
            ["Neo4j:Retry:MaxAttempts"] = "3",
            ["Neo4j:AttemptTimeout"] = "00:00:05",
            ["NEO4J_URI"] = "https://db.example.org:7473",
            ["NEO4J_USERNAME"] = "graph",
            ["NEO4J_PASSWORD"] = " secret with spaces ",
            ["NEO4J_DATABASE"] = "news",
            ["NEO4J_HTTP_API"] = "queryv2",
        }).Build();
        var options = new Neo4jOptions();

        Neo4jConfiguration.Bind(configuration, options);

        Assert.Equal("https://db.example.org:7473", options.Uri);
        Assert.Equal("graph", options.Username);
        Assert.Equal(" secret with spaces ", options.Password);
        Assert.Equal("news", options.Database);
        Assert.Equal(Neo4jApiPreference.QueryV2, options.Api);
        Assert.Equal(3, options.Retry.MaxAttempts);
        Assert.Equal(TimeSpan.FromSeconds(5), options.AttemptTimeout);
    }

    [Fact]
    public void Bind_NothingConfigured_KeepsDocumentedDefaults()
    {
        var options = new Neo4jOptions();

        Neo4jConfiguration.Bind(new ConfigurationBuilder().Build(), options);

        Assert.Equal("neo4j", options.Database);
        Assert.Equal("neo4j", options.Username);
        Assert.Equal(Neo4jApiPreference.Auto, options.Api);
        Assert.Equal(TimeSpan.FromSeconds(1), options.Retry.InitialDelay);
        Assert.Equal(2.0, options.Retry.Multiplier);
        Assert.Equal(TimeSpan.FromSeconds(30), options.Retry.MaxDelay);
        Assert.True(options.Retry.UseJitter);
    }

    [Fact]
    public void Bind_UnknownApi_ThrowsNamingAllowedValues()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["NEO4J_HTTP_API"] = "bolt" }).Build();

        var error = Assert.Throws<InvalidOperationException>(() => Neo4jConfiguration.Bind(configuration, new Neo4jOptions()));

        Assert.Contains("Transactional", error.Message);
        Assert.Contains("QueryV2", error.Message);
    }

    [Fact]
    public void Validate_HttpsUri_Succeeds()
    {
        var result = new Neo4jOptionsValidator().Validate(null, new Neo4jOptions { Uri = "https://db.example.org:7473", Password = "pw" });

        Assert.True(result.Succeeded, result.FailureMessage);
    }
}
