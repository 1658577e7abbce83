using Graph.Neo4j.Writing;
using Graph.Worker.Pipeline;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;

namespace Graph.Worker.Hosting;

/// <summary>
/// Exports the worker's and the writer's metrics over OTLP when configured: <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>
/// (e.g. http://collector:4317; the exporter also reads the other standard <c>OTEL_*</c> variables) or
/// <c>OpenTelemetry:Enabled=true</c> with the exporter's defaults. Off otherwise: nothing is sent anywhere.
/// </summary>
internal static class Telemetry
{
    public const string EndpointKey = "OTEL_EXPORTER_OTLP_ENDPOINT";

    public static void AddIfConfigured(IServiceCollection services, IConfiguration configuration)
    {
        var endpoint = configuration[EndpointKey];
        if (string.IsNullOrWhiteSpace(endpoint) && !configuration.GetValue<bool>("OpenTelemetry:Enabled"))
            return;
        services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddMeter(WorkerMetrics.MeterName, GraphWriterMetrics.MeterName)
            .AddOtlpExporter(options =>
            {
                if (Uri.TryCreate(endpoint, UriKind.Absolute, out var uri))
                    options.Endpoint = uri;
            }));
    }
}
