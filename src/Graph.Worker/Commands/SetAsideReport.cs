using Graph.Core.Text;
using Graph.Ingestion.Reading;

namespace Graph.Worker.Commands;

/// <summary>Reports set-aside inputs on stderr, one line each: <c>set aside: SOURCE[:LINE]: REASON</c>, control characters escaped.</summary>
internal static class SetAsideReport
{
    public static async Task WriteAsync(TextWriter error, IEnumerable<SetAside> setAside, CancellationToken cancellationToken)
    {
        foreach (var item in setAside)
            await error.WriteLineAsync($"set aside: {ControlCharacters.Escape(item.ToString())}".AsMemory(), cancellationToken);
        await error.FlushAsync(cancellationToken);
    }
}
