using System.Globalization;
using Graph.Bench.Corpus;

namespace Graph.Bench;

/// <summary>Defaults shared by the verbs.</summary>
internal static class BenchDefaults
{
    public const int Seed = 42;

    /// <summary>The repository root (the folder holding Graph.sln), found upwards from the working directory; else the working directory.</summary>
    public static string Root
    {
        get
        {
            for (var folder = new DirectoryInfo(Environment.CurrentDirectory); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, "Graph.sln")))
                    return folder.FullName;
            }

            return Environment.CurrentDirectory;
        }
    }

    /// <summary>Where generated corpora and downloaded comparison tools live: bench/.cache (ignored by git).</summary>
    public static string Cache => Path.Combine(Root, "bench", ".cache");

    public static string CorpusFolder(int articles, int seed, CorpusShape shape = CorpusShape.Uniform) =>
        Path.Combine(Cache, string.Create(CultureInfo.InvariantCulture,
            $"corpus-{(shape == CorpusShape.Uniform ? "" : CorpusShapes.Name(shape) + "-")}{seed}-{articles}"));

    /// <summary>The 1, 5 and 15 minute load averages (Linux), to tell a quiet machine from a busy one.</summary>
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
