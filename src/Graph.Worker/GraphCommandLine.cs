using System.CommandLine;
using Graph.Worker.Commands;

namespace Graph.Worker;

/// <summary>The <c>graph</c> command line: one verb per file under Commands/.</summary>
internal static class GraphCommandLine
{
    public static RootCommand Create() => new("Graph: builds a knowledge graph of actors and events from news articles.")
    {
        ExtractCommand.Create(),
        TrainCommand.Create(),
    };
}
