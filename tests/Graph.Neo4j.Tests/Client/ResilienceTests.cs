using System.Net;
using Graph.Neo4j.Client;
using Graph.Neo4j.Client.Resilience;
using Microsoft.Extensions.DependencyInjection;
using Polly.CircuitBreaker;

namespace Graph.Neo4j.Tests.Client;

/// <summary>Per-attempt timeout, circuit breaker and cancellation, with a fake server that fails on purpose.</summary>
public sealed class ResilienceTests
{
    private static readonly CypherStatement Statement = new("RETURN 1");

    [Fact]
    public async Task ExecuteAsync_AttemptsTimeOut_ThrowsRetryableTimeoutAfterAllAttempts()
    {
        var server = new FakeNeo4jServer(async (request, token) =>
        {
            if (request.Method == HttpMethod.Get) return FakeNeo4jServer.Json(HttpStatusCode.OK, DocumentedJson.Root4);
            await Task.Delay(Timeout.InfiniteTimeSpan, token);
            throw new InvalidOperationException("unreachable");
        });
        await using var harness = server.CreateHarness(o =>
        {
            o.AttemptTimeout = TimeSpan.FromMilliseconds(100);
            o.Retry.MaxAttempts = 2;
        });

        var error = await Assert.ThrowsAsync<Neo4jException>(() => harness.Client.ExecuteAsync([Statement], CancellationToken.None));

        Assert.Equal(Neo4jErrorCodes.Timeout, error.Code);
        Assert.True(error.IsRetryable);
        Assert.Equal(2, server.CypherRequests.Count);
        Assert.Equal(2, harness.Logs.WithEvent("AttemptTimedOut").Count);
    }

    [Fact]
    public async Task ExecuteAsync_CallerCancels_ThrowsOperationCanceledWithoutRetry()
    {
        using var cancellation = new CancellationTokenSource();
        var server = new FakeNeo4jServer(async (request, token) =>
        {
            if (request.Method == HttpMethod.Get) return FakeNeo4jServer.Json(HttpStatusCode.OK, DocumentedJson.Root4);
            await cancellation.CancelAsync();
            await Task.Delay(Timeout.InfiniteTimeSpan, token);
            throw new InvalidOperationException("unreachable");
        });
        await using var harness = server.CreateHarness();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => harness.Client.ExecuteAsync([Statement], cancellation.Token));

        Assert.Single(server.CypherRequests);
        Assert.Empty(harness.Logs.WithEvent("Retrying"));
    }

    [Fact]
    public async Task ExecuteAsync_RepeatedServerFailures_OpenCircuitAndFailFast()
    {
        var server = new FakeNeo4jServer(request => request.Method == HttpMethod.Get
            ? FakeNeo4jServer.Json(HttpStatusCode.OK, DocumentedJson.Root4)
            : new HttpResponseMessage(HttpStatusCode.ServiceUnavailable));
        await using var harness = server.CreateHarness(o =>
        {
            o.Retry.MaxAttempts = 1;
            o.CircuitBreaker.MinimumThroughput = 2;
            o.CircuitBreaker.FailureRatio = 0.5;
            o.CircuitBreaker.BreakDuration = TimeSpan.FromMinutes(1);
        });
        var circuit = harness.Services.GetRequiredService<Neo4jCircuitBreakerState>();

        for (var i = 0; i < 2; i++)
        {
            var failure = await Assert.ThrowsAsync<Neo4jException>(() => harness.Client.ExecuteAsync([Statement], CancellationToken.None));
            Assert.Equal(Neo4jErrorCodes.ServerUnavailable, failure.Code);
        }

        var error = await Assert.ThrowsAsync<Neo4jException>(() => harness.Client.ExecuteAsync([Statement], CancellationToken.None));

        Assert.Equal(Neo4jErrorCodes.CircuitOpen, error.Code);
        Assert.Equal(CircuitState.Open, circuit.State);
        Assert.Equal(2, server.CypherRequests.Count);
        Assert.Single(harness.Logs.WithEvent("CircuitOpened"));
    }

    [Fact]
    public async Task ExecuteAsync_ClientErrors_DoNotOpenCircuit()
    {
        var server = new FakeNeo4jServer(request => request.Method == HttpMethod.Get
            ? FakeNeo4jServer.Json(HttpStatusCode.OK, DocumentedJson.Root4)
            : FakeNeo4jServer.Json(HttpStatusCode.OK, DocumentedJson.Error("Neo.ClientError.Statement.SyntaxError", "bad")));
        await using var harness = server.CreateHarness(o => o.CircuitBreaker.MinimumThroughput = 2);

        for (var i = 0; i < 4; i++)
            await Assert.ThrowsAsync<Neo4jException>(() => harness.Client.ExecuteAsync([Statement], CancellationToken.None));

        Assert.Equal(CircuitState.Closed, harness.Services.GetRequiredService<Neo4jCircuitBreakerState>().State);
        Assert.Equal(4, server.CypherRequests.Count);
    }

    [Fact]
    public async Task State_CircuitBreakerDisabled_ReportsClosed()
    {
        var server = new FakeNeo4jServer(_ => new HttpResponseMessage(HttpStatusCode.NotFound));
        await using var harness = server.CreateHarness(o => o.CircuitBreaker.Enabled = false);

        _ = harness.Client;

        Assert.Equal(CircuitState.Closed, harness.Services.GetRequiredService<Neo4jCircuitBreakerState>().State);
    }
}
