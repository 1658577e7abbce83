using System.CommandLine;
using System.CommandLine.Invocation;
using Graph.Worker.Commands;

namespace Graph.Worker;

/// <summary>The <c>graph</c> command line: one verb per file under Commands/. Without a verb it runs <c>run</c>.</summary>
internal static class GraphCommandLine
{
    /// <param name="configuration">Configuration values that win over appsettings.json and the environment (for tests).</param>
    public static RootCommand Create(IReadOnlyDictionary<string, string?>? configuration = null)
    {
        var run = RunCommand.Create();
        var root = new GraphRootCommand(configuration)
        {
            run,
            IngestCommand.Create(),
            ExtractCommand.Create(),
            SchemaCommand.Create(),
            HealthCommand.Create(),
            TrainCommand.Create(),
            TrainSyntaxCommand.Create(),
            TrainClustersCommand.Create(),
            ParseCommand.Create(),
            QueryCommand.Create(),
            ExportCommand.Create(),
            MergesCommand.Create(),
            RemoveCommand.Create(),
            DeadLettersCommand.Create(),
        };
        root.Action = run.Action;
        return root;
    }

    /// <summary>
    /// Parses <paramref name="args"/>. A usage error prints only its message ("Option '--out' is required."), which names
    /// what is missing; the whole help after it would bury that line (<c>--help</c> shows the help).
    /// </summary>
    public static ParseResult Parse(string[] args, IReadOnlyDictionary<string, string?>? configuration = null)
    {
        var result = Create(configuration).Parse(args);
        if (result.Action is ParseErrorAction error)
            error.ShowHelp = false;
        return result;
    }
}

/// <summary>The root command, carrying configuration overrides to <see cref="Hosting.WorkerHost"/>.</summary>
internal sealed class GraphRootCommand(IReadOnlyDictionary<string, string?>? configuration)
    : RootCommand("Graph: builds a knowledge graph of actors and events from news articles. Without a verb: run.")
{
    public IReadOnlyDictionary<string, string?>? Configuration { get; } = configuration;
}
