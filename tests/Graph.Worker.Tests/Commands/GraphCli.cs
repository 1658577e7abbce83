using System.CommandLine;

namespace Graph.Worker.Tests.Commands;

/// <summary>Runs the <c>graph</c> command line in-process, capturing stdout and stderr.</summary>
internal static class GraphCli
{
    public static async Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exitCode = await GraphCommandLine.Create().Parse(args)
            .InvokeAsync(new InvocationConfiguration { Output = stdout, Error = stderr });
        return (exitCode, stdout.ToString(), stderr.ToString());
    }
}
