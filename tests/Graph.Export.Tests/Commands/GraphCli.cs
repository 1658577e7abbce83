using System.CommandLine;

namespace Graph.Export.Tests.Commands;

/// <summary>Runs the <c>graph</c> command line in-process with configuration overrides, capturing stdout and stderr.</summary>
internal static class GraphCli
{
    public static async Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(IReadOnlyDictionary<string, string?>? configuration, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exitCode = await Graph.Worker.GraphCommandLine.Parse(args, configuration)
            .InvokeAsync(new InvocationConfiguration { Output = stdout, Error = stderr });
        return (exitCode, stdout.ToString(), stderr.ToString());
    }
}
