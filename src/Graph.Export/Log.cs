using Graph.Export.Formats;
using Microsoft.Extensions.Logging;

namespace Graph.Export;

/// <summary>
/// Every log message of Graph.Export. Its event ids lie in 200–299, each project's in a range of its own, so that an id names
/// the project it comes from; each message is logged under the category of the class that logs it.
/// </summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 200, Level = LogLevel.Information, Message = "Exported {Nodes} nodes and {Relationships} relationships as {Format} to {Path}")]
    public static partial void LogExported(ILogger logger, int nodes, int relationships, ExportFormat format, string path);
}
