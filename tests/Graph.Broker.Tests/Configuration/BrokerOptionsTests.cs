using Graph.Broker.Configuration;

namespace Graph.Broker.Tests.Configuration;

/// <summary>What `run --roles` and the Broker section accept, checked without a broker.</summary>
public sealed class BrokerOptionsTests
{
    [Theory]
    [InlineData("fetch,extract,write", BrokerRoles.All)]
    [InlineData(" Write , extract ", BrokerRoles.Extract | BrokerRoles.Write)]
    [InlineData("fetch", BrokerRoles.Fetch)]
    public void Parse_RoleNames_TheRoles(string text, BrokerRoles expected)
    {
        Assert.Equal(expected, BrokerRoleNames.Parse(text, out var error));
        Assert.Null(error);
    }

    [Theory]
    [InlineData("fetch,index", "unknown role 'index'")]
    [InlineData("", "no role given")]
    [InlineData(" , ", "no role given")]
    public void Parse_BadRoleNames_NullWithTheReason(string text, string reason)
    {
        Assert.Null(BrokerRoleNames.Parse(text, out var error));
        Assert.StartsWith(reason, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Format_Roles_NamesInTheirOrder() =>
        Assert.Equal("fetch,write", BrokerRoleNames.Format(BrokerRoles.Write | BrokerRoles.Fetch));

    [Fact]
    public void Validate_Defaults_Succeed() =>
        Assert.True(new BrokerOptionsValidator().Validate(null, new BrokerOptions { Uri = "amqp://graph:pw@127.0.0.1:5672/" }).Succeeded);

    [Fact]
    public void Validate_BadValues_EachNamed()
    {
        var options = new BrokerOptions
        {
            Uri = "http://127.0.0.1:5672/",
            Roles = "fetch,crawl",
            DocumentQueue = "graph.articles",
            WritePrefetch = 8,
            WriteBatchSize = 9,
            MaxAttempts = 5,
            DeliveryLimit = 5,
            ReconnectDelay = TimeSpan.FromSeconds(10),
            MaxReconnectDelay = TimeSpan.FromSeconds(1),
        };
        var result = new BrokerOptionsValidator().Validate(null, options);
        Assert.True(result.Failed);
        var failures = result.Failures!.ToList();
        Assert.Contains(failures, f => f.Contains("amqp://", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("unknown role 'crawl'", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("three different names", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("WriteBatchSize must be between 1 and 8", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("DeliveryLimit (5) must be above MaxAttempts (5)", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("MaxReconnectDelay must be at least ReconnectDelay", StringComparison.Ordinal));
    }
}
