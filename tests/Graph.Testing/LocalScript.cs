using System.Diagnostics;

namespace Graph.Testing;

/// <summary>Runs one of the repository's <c>scripts/</c> (neo4j-local, rabbitmq-local) and returns what it printed on stdout.</summary>
public static class LocalScript
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(10);

    /// <summary>The repository root (the folder holding Graph.sln above the test binaries).</summary>
    public static string Root => Neo4jTestServer.FindRepositoryRoot(AppContext.BaseDirectory)
        ?? throw new InvalidOperationException($"No Graph.sln above {AppContext.BaseDirectory}.");

    /// <param name="environment">Extra environment variables, such as NEO4J_LOCAL_INSTANCE.</param>
    public static async Task<string> RunAsync(string script, string verb, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo("bash")
        {
            WorkingDirectory = Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(Root, "scripts", script));
        start.ArgumentList.Add(verb);
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
            start.Environment[key] = value;

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not run scripts/{script}.");
        using var timeout = new CancellationTokenSource(Timeout);
        var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"scripts/{script} {verb} exited with {process.ExitCode}: {await stderr}");
        return await stdout;
    }
}
