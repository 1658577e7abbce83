using Graph.Testing;

namespace Graph.Export.Tests.Support;

/// <summary>Files of this repository (not ../shared).</summary>
internal static class Repository
{
    public static string Root => Neo4jTestServer.FindRepositoryRoot(AppContext.BaseDirectory)
        ?? throw new InvalidOperationException($"No Graph.sln above {AppContext.BaseDirectory}.");

    public static string File(params string[] parts) => Path.Combine([Root, .. parts]);
}
