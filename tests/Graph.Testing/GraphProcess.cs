using System.Diagnostics;

namespace Graph.Testing;

/// <summary>Starts the built <c>graph.dll</c> as a process of its own, for tests that signal or kill it.</summary>
public static class GraphProcess
{
    /// <summary>Standard output and error redirected; configuration keys such as <c>Pipeline:X</c> become environment variables <c>Pipeline__X</c>.</summary>
    public static Process Start(string workingDirectory, IReadOnlyDictionary<string, string?> configuration, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "graph.dll"));
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        foreach (var (key, value) in configuration)
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        return Process.Start(start) ?? throw new InvalidOperationException("Could not start graph.dll.");
    }
}
