using System.Net;
using System.Net.Sockets;

namespace Graph.Broker.Tests;

/// <summary>A worker that cannot reach the broker keeps trying, and its health report says why it cannot.</summary>
[Collection(BrokerCollection.Name)]
public sealed class BrokerUnreachableTests(BrokerEnvironment environment)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(1);

    [Fact]
    public async Task Run_WrongPassword_HealthReportsAccessRefused()
    {
        var uri = new UriBuilder(environment.RabbitMqUri) { Password = "not-the-password" };

        var description = await UnhealthyDescriptionAsync(uri.Uri.ToString());

        Assert.Contains("ACCESS_REFUSED", description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_NothingListensOnThePort_HealthReportsConnectionRefused()
    {
        var uri = new UriBuilder(environment.RabbitMqUri) { Port = ClosedPort() };

        var description = await UnhealthyDescriptionAsync(uri.Uri.ToString());

        Assert.Contains("refused", description, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Runs an extract worker against <paramref name="uri"/> until its health report gives the broker check's reason.</summary>
    private async Task<string> UnhealthyDescriptionAsync(string uri)
    {
        var queues = BrokerEnvironment.NewQueues();
        var folder = Directory.CreateDirectory(Path.Combine(environment.Work, queues.Articles)).FullName;
        var configuration = environment.Configuration(queues, folder);
        configuration["RABBITMQ_URI"] = uri;
        using var fleet = new WorkerFleet(folder, configuration);
        fleet.Start("worker", "extract");

        await Eventually.HoldsAsync(() => Task.FromResult(fleet.BrokerCheck("worker") is ("Unhealthy", { } text) && text.Contains("extract (", StringComparison.Ordinal)),
            Timeout, "an unhealthy broker check naming the extract role", fleet.Report);
        var description = fleet.BrokerCheck("worker")!.Value.Description!;
        Assert.DoesNotContain("not-the-password", description, StringComparison.Ordinal);
        return description;
    }

    /// <summary>A loopback port nothing listens on: one the system just handed out and took back.</summary>
    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
