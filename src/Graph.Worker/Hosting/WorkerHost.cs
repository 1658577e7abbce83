using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Graph.Worker.Hosting;

/// <summary>
/// The Generic Host each verb runs in: configuration from appsettings.json beside the executable,
/// appsettings.{DOTNET_ENVIRONMENT}.json and environment variables (NEO4J_URI…, or Section__Key), logging to
/// stderr only (stdout carries documents), and the verb's own services. Options are validated on start.
/// </summary>
internal static class WorkerHost
{
    /// <summary>Longest the host waits for hosted services to stop; the pipeline's own shutdown timeout is shorter.</summary>
    private static readonly TimeSpan HostShutdownTimeout = TimeSpan.FromMinutes(6);

    /// <param name="addServices">The verb's services.</param>
    /// <param name="overrides">Configuration values that win over every other source (tests use them instead of process-wide environment variables).</param>
    public static IHost Build(Action<IServiceCollection, IConfiguration> addServices, IReadOnlyDictionary<string, string?>? overrides = null)
    {
        var environment = Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT") ?? Environments.Production;
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings
        {
            ApplicationName = "graph",
            EnvironmentName = environment,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Configuration
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true, reloadOnChange: false)
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, $"appsettings.{environment}.json"), optional: true, reloadOnChange: false)
            .AddEnvironmentVariables();
        if (overrides is not null)
            builder.Configuration.AddInMemoryCollection(overrides);
        builder.Logging
            .AddConfiguration(builder.Configuration.GetSection("Logging"))
            .AddConsole(options => options.LogToStandardErrorThreshold = LogLevel.Trace)
            .AddSimpleConsole(options => options.SingleLine = true)
            // The host would log a failed start (invalid options) with a stack trace; the verb reports it in one line.
            .AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.None);
        builder.Services.AddSingleton<IHostLifetime, CommandLineLifetime>();
        builder.Services.Configure<HostOptions>(options => options.ShutdownTimeout = HostShutdownTimeout);
        builder.Services.AddMetrics();
        Telemetry.AddIfConfigured(builder.Services, builder.Configuration);
        addServices(builder.Services, builder.Configuration);
        return builder.Build();
    }

    /// <summary>
    /// Builds and starts the host (which validates options), runs the verb, and stops the host. A configuration
    /// that fails validation is reported on stderr as a fatal error.
    /// </summary>
    public static async Task<int> RunAsync(
        ParseResult parseResult,
        Action<IServiceCollection, IConfiguration> addServices,
        Func<IServiceProvider, CancellationToken, Task<int>> run,
        CancellationToken cancellationToken)
    {
        using var host = Build(addServices, (parseResult.RootCommandResult.Command as GraphRootCommand)?.Configuration);
        try
        {
            await host.StartAsync(cancellationToken);
        }
        catch (OptionsValidationException e)
        {
            await parseResult.InvocationConfiguration.Error.WriteLineAsync(
                $"{parseResult.CommandResult.Command.Name}: configuration error: {string.Join("; ", e.Failures)}".AsMemory(), cancellationToken);
            return ExitCodes.Fatal;
        }
        try
        {
            return await run(host.Services, cancellationToken);
        }
        finally
        {
            // Stop even when the run was cancelled, so logs are flushed.
            await host.StopAsync(CancellationToken.None);
        }
    }
}
