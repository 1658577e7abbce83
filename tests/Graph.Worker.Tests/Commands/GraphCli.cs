using System.CommandLine;

namespace Graph.Worker.Tests.Commands;

/// <summary>Runs the <c>graph</c> command line in-process, capturing stdout and stderr.</summary>
internal static class GraphCli
{
    public static Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(params string[] args) => RunAsync(null, args);

    /// <summary>With <paramref name="configuration"/> values that win over appsettings.json and the environment.</summary>
    public static async Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(IReadOnlyDictionary<string, string?>? configuration, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exitCode = await GraphCommandLine.Parse(args, configuration)
            .InvokeAsync(new InvocationConfiguration { Output = stdout, Error = stderr });
        return (exitCode, stdout.ToString(), stderr.ToString());
    }
}
