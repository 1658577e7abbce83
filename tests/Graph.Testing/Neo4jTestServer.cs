using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Graph.Testing;

/// <summary>
/// Finds the Neo4j to test against: <c>NEO4J_TEST_URI</c>/<c>NEO4J_TEST_USERNAME</c>/<c>NEO4J_TEST_PASSWORD</c> when
/// set, otherwise the local server that <c>scripts/neo4j-local start</c> starts (or finds running), so that a plain
/// <c>dotnet test</c> works on a fresh checkout.
/// </summary>
public static partial class Neo4jTestServer
{
    private static readonly TimeSpan ScriptTimeout = TimeSpan.FromMinutes(10);

    /// <summary>The connection settings, starting the local server when no test server is configured.</summary>
    public static async Task<Neo4jConnectionSettings> ResolveAsync(CancellationToken cancellationToken)
    {
        var uri = Environment.GetEnvironmentVariable("NEO4J_TEST_URI");
        if (!string.IsNullOrWhiteSpace(uri))
        {
            return new Neo4jConnectionSettings(
                uri,
                Environment.GetEnvironmentVariable("NEO4J_TEST_USERNAME") ?? "neo4j",
                Environment.GetEnvironmentVariable("NEO4J_TEST_PASSWORD") ?? "");
        }

        var root = FindRepositoryRoot(AppContext.BaseDirectory)
                   ?? throw new InvalidOperationException(
                       $"No Graph.sln above {AppContext.BaseDirectory}; set NEO4J_TEST_URI, NEO4J_TEST_USERNAME and NEO4J_TEST_PASSWORD.");
        return await StartLocalServerAsync(root, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Runs <c>scripts/neo4j-local start</c> of the repository at <paramref name="root"/> and reads its <c>NEO4J_*</c> lines.</summary>
    public static async Task<Neo4jConnectionSettings> StartLocalServerAsync(string root, CancellationToken cancellationToken)
    {
        var script = Path.Combine(root, "scripts", "neo4j-local");
        if (!File.Exists(script))
            throw new InvalidOperationException($"{script} is missing; set NEO4J_TEST_URI, NEO4J_TEST_USERNAME and NEO4J_TEST_PASSWORD instead.");

        var values = ParseKeyValueLines(await RunAsync(script, root, cancellationToken).ConfigureAwait(false));
        return values.TryGetValue("NEO4J_URI", out var started)
            ? new Neo4jConnectionSettings(started, values.GetValueOrDefault("NEO4J_USERNAME") ?? "neo4j", values.GetValueOrDefault("NEO4J_PASSWORD") ?? "")
            : throw new InvalidOperationException($"{script} start printed no NEO4J_URI line.");
    }

    /// <summary>The nearest folder at or above <paramref name="start"/> that holds Graph.sln.</summary>
    public static string? FindRepositoryRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Graph.sln"))) return dir.FullName;
        }

        return null;
    }

    /// <summary>Reads <c>KEY=VALUE</c> lines (an optional <c>export</c> and quotes allowed); other lines are ignored.</summary>
    public static IReadOnlyDictionary<string, string> ParseKeyValueLines(string text)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in text.Split('\n'))
        {
            var match = KeyValueLine().Match(line.Trim());
            if (!match.Success) continue;
            var value = match.Groups["value"].Value;
            if (value.Length >= 2 && (value[0] == '"' || value[0] == '\'') && value[^1] == value[0]) value = value[1..^1];
            values[match.Groups["key"].Value] = value;
        }

        return values;
    }

    private static async Task<string> RunAsync(string script, string root, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("bash")
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(script);
        start.ArgumentList.Add("start");

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not run {script}.");
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(ScriptTimeout);
        var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{script} start exited with {process.ExitCode}: {await stderr.ConfigureAwait(false)}");
        return await stdout.ConfigureAwait(false);
    }

    [GeneratedRegex(@"^(?:export\s+)?(?<key>[A-Z][A-Z0-9_]*)=(?<value>.*)$")]
    private static partial Regex KeyValueLine();
}
