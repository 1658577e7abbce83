using System.Diagnostics;
using System.Net.Sockets;
using System.Runtime.Versioning;
using System.Text;
using Graph.Core.Articles;
using Graph.Neo4j.Writing;
using Graph.Worker.Pipeline;
using Graph.Worker.Sinks;
using Graph.Worker.Tests.Neo4jInstance;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Graph.Worker.Tests.Hostile;

/// <summary>
/// The hostile-input catalogue: one folder holding good articles beside every kind of hostile entry, run through the
/// ingest pipeline once. Each entry has its expected outcome (written, set aside with a reason, or skipped); the good
/// articles must be written exactly once, the run must end within a generous time and memory bound. Linux only
/// (FIFOs, sockets, file modes), like the container the worker runs in.
/// </summary>
[SupportedOSPlatform("linux")]
public sealed class HostileInputCatalogueTests(ITestOutputHelper output) : IDisposable
{
    private const int MaxArticleBytes = 1 << 20;
    private const int ManyFiles = 100_000;

    private readonly TempFolder _folder = new();
    private readonly List<IDisposable> _held = [];

    private string In => Path.Combine(_folder.Path, "in");

    public void Dispose()
    {
        foreach (var held in _held)
            held.Dispose();
        _folder.Dispose();
    }

    /// <summary>What must become of an entry: written with a title, set aside with a reason (its start), or neither.</summary>
    private abstract record Outcome;

    private sealed record Written(string Title) : Outcome;

    private sealed record SetAsideFor(string Reason) : Outcome;

    private sealed record Skipped : Outcome;

    /// <summary>Either of two outcomes, for the one entry whose fate depends on a race the test cannot fix (a file growing while read).</summary>
    private sealed record Either(Outcome First, Outcome Second) : Outcome;

    private sealed record Case(string Entry, Action<string> Create, Outcome Expected);

    private IEnumerable<Case> Cases()
    {
        var outside = _folder.Write("outside/secret.md", "Secret\n\nNot part of the folder.");
        yield return new("a1-good.md", p => File.WriteAllText(p, "Envoys meet in Tromsø\n\nThe envoy of Norway met the Kenyan delegation in Tromsø on Monday."), new Written("Envoys meet in Tromsø"));
        yield return new("a2-good.json", p => File.WriteAllText(p, """{"id": "good-2", "title": "Talks in Nairobi", "text": "Kenya hosted talks with Canada in Nairobi."}"""), new Written("Talks in Nairobi"));
        yield return new("a3-good.txt", p => File.WriteAllText(p, "Aid for Lisbon\n\nBrazil pledged aid to Portugal after the floods."), new Written("Aid for Lisbon"));
        yield return new("loopdir", p => File.CreateSymbolicLink(p, "."), new SetAsideFor("symbolic link to the folder .: not followed"));
        yield return new("sub/up", p => File.CreateSymbolicLink(p, ".."), new SetAsideFor("symbolic link to the folder ..: not followed"));
        yield return new("sub/inner.md", p => File.WriteAllText(p, "Inner talks\n\nJapan and India met in Tokyo."), new Written("Inner talks"));
        yield return new("link-out.md", p => File.CreateSymbolicLink(p, outside), new SetAsideFor($"symbolic link to {outside}: not followed"));
        yield return new("x.txt", p => Run("mkfifo", p), new SetAsideFor("a FIFO (named pipe), not a regular file: not opened"));
        yield return new("s.md", Socket, new SetAsideFor("a socket, not a regular file: not opened"));
        yield return new("u16le.txt", p => Encoded(p, "utf-16LE", bom: true, "Summit in Bergen\n\nThe ministers of Norway and Japan met."), new Written("Summit in Bergen"));
        yield return new("u16be.md", p => Encoded(p, "utf-16BE", bom: true, "Call to Ottawa\n\nThe French president called Canada."), new Written("Call to Ottawa"));
        yield return new("u32le.md", p => Encoded(p, "utf-32LE", bom: true, "Visit to Geneva\n\nThe German chancellor visited Geneva."), new Written("Visit to Geneva"));
        yield return new("u16-nobom.txt", p => Encoded(p, "utf-16LE", bom: false, "Saved on Windows\n\nWithout a byte order mark."), new SetAsideFor("looks like UTF-16LE text without a byte order mark"));
        yield return new("empty.md", p => File.WriteAllBytes(p, []), new SetAsideFor("empty file"));
        yield return new("binary.txt", p => File.WriteAllBytes(p, [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x03, 0x3E, 0x91, 0xC4]), new SetAsideFor("binary content (NUL byte at offset 7)"));
        yield return new("gzip.md", p => File.WriteAllBytes(p, [0x1F, 0x8B, 0x08, 0x00, 0x55, 0xE2, 0x6A, 0x67, 0x02, 0xFF]), new SetAsideFor("binary content (NUL byte at offset 3)"));
        yield return new("huge.md", Sparse, new SetAsideFor($"too large: the file has {4L << 30} bytes"));
        yield return new("deep.json", p => File.WriteAllText(p, "{\"text\": " + new string('[', 100_000) + "}"), new SetAsideFor("malformed JSON"));
        yield return new("bad-utf8.md", p => File.WriteAllBytes(p, [.. "Bad bytes\n\nA stray "u8, 0xC3, 0x28, .. " here."u8]), new SetAsideFor("not valid UTF-8 (invalid byte at offset 19)"));
        yield return new("nul.md", p => File.WriteAllBytes(p, [.. "Nul inside\n\nOne"u8, 0x00, .. " more word."u8]), new SetAsideFor("binary content (NUL byte at offset 15)"));
        yield return new("control.json", p => File.WriteAllText(p, """{"id": "ctl\u001b[2J-id", "title": "Clear\u0007 the\u001b[31m screen", "text": "Sol\u0007vang spoke in Oslo."}"""), new Written("Clear the[31m screen"));
        yield return new("front-matter.md", p => File.WriteAllText(p, "---\n" + string.Concat(Enumerable.Range(0, 10_000).Select(i => $"k{i}: v\n")) + "title: Many keys\n---\nThe envoy arrived in Oslo."), new Written("Many keys"));
        yield return new("cypher.json", p => File.WriteAllText(p, """{"title": "x'}) DETACH DELETE n //", "text": "Canada and Kenya signed a deal."}"""), new Written("x'}) DETACH DELETE n //"));
        yield return new("d/d/d/d/d/d/d/d/d/deep.md", p => File.WriteAllText(p, "Too deep\n\nNobody reads this."), new Skipped());
        yield return new("d/d/d/d/d/d/d/d/d", _ => { }, new SetAsideFor("folder nested deeper than 8 levels"));
        yield return new(".hidden.md", p => File.WriteAllText(p, "Hidden\n\nNot read."), new Skipped());
        yield return new("many", ManySmallFiles, new Skipped());
        yield return new("zz-deleted.md", p => File.WriteAllText(p, "Deleted\n\nGone before it is read."), new SetAsideFor("cannot be read: the file no longer exists"));
        yield return new("zz-replaced.md", p => File.WriteAllText(p, "First version\n\nReplaced before it is read."), new Written("Second version"));
        yield return new("zz-swapped.md", p => File.WriteAllText(p, "Swapped\n\nReplaced by a FIFO before it is read."), new SetAsideFor("a FIFO (named pipe), not a regular file: not opened"));
        yield return new("zz-growing.md", p => File.WriteAllText(p, "Growing\n\nThe envoy kept talking."),
            new Either(new Written("Growing"), new SetAsideFor("too large")));
        if (PermissionsApply())
            yield return new("zz-denied.md", p => { File.WriteAllText(p, "Denied\n\nNo access."); File.SetUnixFileMode(p, UnixFileMode.None); }, new SetAsideFor("cannot be read: "));
        else
            output.WriteLine("zz-denied.md left out: this test runs with privileges that read any file (root), so a permission cannot be denied.");
    }

    [Fact]
    public async Task Ingest_HostileCatalogueBesideGoodArticles_EachEntryHasItsOutcomeAndGoodArticlesAreWrittenOnce()
    {
        var cases = Cases().ToList();
        foreach (var item in cases)
        {
            var path = Path.Combine(In, item.Entry);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            item.Create(path);
        }
        using var stopGrowing = new CancellationTokenSource();
        var sink = new RecordingSink(onFirstWrite: () => ActBetweenScanAndRead(stopGrowing.Token));
        var configuration = new Dictionary<string, string?>
        {
            ["NEO4J_URI"] = "",
            ["Pipeline:ChannelCapacity"] = "1",
            ["Pipeline:WriteBatchSize"] = "1",
            ["Ingestion:MaxArticleBytes"] = MaxArticleBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Ingestion:MaxFolderDepth"] = "8",
            ["Ingestion:ReadTimeout"] = "00:00:20",
            ["Ingestion:DeadLetter"] = Path.Combine(_folder.Path, "dead-letter"),
            ["Logging:LogLevel:Default"] = "None",
        };

        var peak = 0L;
        using var stopSampling = new CancellationTokenSource();
        var sampling = Task.Run(async () =>
        {
            while (!stopSampling.IsCancellationRequested)
            {
                peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: false));
                await Task.Delay(20, CancellationToken.None);
            }
        }, CancellationToken.None);
        var started = Stopwatch.GetTimestamp();
        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        var summary = await WorkerRuns.IngestAsync(configuration, [In], services => services.AddSingleton<IArticleSink>(sink), limit.Token);
        var elapsed = Stopwatch.GetElapsedTime(started);
        await stopGrowing.CancelAsync();
        await stopSampling.CancelAsync();
        await sampling;
        output.WriteLine($"{cases.Count} entries in {elapsed.TotalSeconds:0.0} s, peak managed memory {peak / (1 << 20)} MiB");

        Assert.False(summary.Interrupted);
        var problems = summary.SetAside.ToLookup(p => p.Source);
        var written = sink.Articles.ToLookup(a => a.Source);
        foreach (var item in cases)
        {
            var source = $"{In}/{item.Entry}";
            Assert.True(Matches(item.Expected, written[source].ToList(), problems[source].ToList(), out var actual),
                $"{item.Entry}: expected {item.Expected}, got {actual}");
        }
        Assert.Equal(sink.Articles.Count, sink.Articles.Select(a => a.Id).Distinct().Count());
        Assert.Equal(summary.Written, sink.Articles.Count);
        var control = Assert.Single(written[$"{In}/control.json"]);
        Assert.Equal("ctl[2J-id", control.Id);
        Assert.StartsWith("Solvang spoke", control.Text);
        Assert.True(elapsed < TimeSpan.FromMinutes(3), $"the catalogue took {elapsed}");
        Assert.True(peak < 1L << 30, $"peak managed memory {peak} bytes");
    }

    /// <summary>Runs after the folder was scanned and before the entries named zz-… are read (they are read last, and the channels hold one item).</summary>
    private void ActBetweenScanAndRead(CancellationToken stopGrowing)
    {
        File.Delete(Path.Combine(In, "zz-deleted.md"));
        File.WriteAllText(Path.Combine(In, "zz-replaced.md"), "Second version\n\nWritten after the scan.");
        File.Delete(Path.Combine(In, "zz-swapped.md"));
        Run("mkfifo", Path.Combine(In, "zz-swapped.md"));
        var growing = Path.Combine(In, "zz-growing.md");
        _ = Task.Run(async () =>
        {
            var line = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("The envoy kept talking. ", 400)) + "\n");
            await using var file = new FileStream(growing, FileMode.Append, FileAccess.Write, FileShare.ReadWrite);
            for (var written = 0L; written < 4 * MaxArticleBytes && !stopGrowing.IsCancellationRequested; written += line.Length)
            {
                await file.WriteAsync(line, CancellationToken.None);
                await file.FlushAsync(CancellationToken.None);
            }
        }, CancellationToken.None);
    }

    private static bool Matches(Outcome expected, List<Article> written, List<Graph.Ingestion.Reading.SetAside> problems, out string actual)
    {
        actual = written.Count > 0 ? $"written {written.Count}x ({string.Join(", ", written.Select(a => a.Title))})"
            : problems.Count > 0 ? $"set aside: {string.Join(" | ", problems.Select(p => p.Reason))}"
            : "skipped";
        return expected switch
        {
            Written w => written.Count == 1 && written[0].Title == w.Title && problems.Count == 0,
            SetAsideFor s => written.Count == 0 && problems.Count == 1 && problems[0].Reason.StartsWith(s.Reason, StringComparison.Ordinal),
            Skipped => written.Count == 0 && problems.Count == 0,
            Either e => Matches(e.First, written, problems, out _) || Matches(e.Second, written, problems, out _),
            _ => false,
        };
    }

    private void Socket(string path)
    {
        var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        socket.Bind(new UnixDomainSocketEndPoint(path));
        _held.Add(socket);
    }

    private static void Encoded(string path, string encodingName, bool bom, string text)
    {
        var encoding = Encoding.GetEncoding(encodingName);
        File.WriteAllBytes(path, [.. bom ? encoding.GetPreamble() : [], .. encoding.GetBytes(text)]);
    }

    /// <summary>4 GiB that take no disk space: only its size is ever looked at.</summary>
    private static void Sparse(string path)
    {
        using var file = new FileStream(path, FileMode.CreateNew);
        file.SetLength(4L << 30);
    }

    /// <summary>
    /// Made and removed by the shell tools: .NET takes half a minute to create them one by one on a loaded machine
    /// and over two minutes to delete them recursively, the tools a second or two.
    /// </summary>
    private void ManySmallFiles(string folder)
    {
        Directory.CreateDirectory(folder);
        Run("sh", "-c", $"cd '{folder}' && seq -f 'n%06.0f.dat' 0 {ManyFiles - 1} | xargs touch");
        Assert.Equal(ManyFiles, Directory.EnumerateFiles(folder).Count());
        _held.Add(new Removal(folder));
    }

    private sealed class Removal(string folder) : IDisposable
    {
        public void Dispose() => Run("rm", "-rf", folder);
    }

    /// <summary>False when this process reads a file whatever its permissions say (root, CAP_DAC_OVERRIDE).</summary>
    private bool PermissionsApply()
    {
        var probe = _folder.Write("probe.txt", "x");
        File.SetUnixFileMode(probe, UnixFileMode.None);
        try
        {
            File.ReadAllBytes(probe);
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return true;
        }
    }

    private static void Run(string program, params string[] arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(program, arguments) { UseShellExecute = false })!;
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
    }

    /// <summary>Records every article written, and acts once, at the first write.</summary>
    private sealed class RecordingSink(Action onFirstWrite) : IArticleSink
    {
        private int _writes;

        public List<Article> Articles { get; } = [];

        public string Description => "recording sink";

        public Task<IReadOnlyList<ArticleWriteOutcome>> WriteAsync(IReadOnlyList<ArticleDocument> articles, CancellationToken cancellationToken)
        {
            if (Interlocked.Increment(ref _writes) == 1)
                onFirstWrite();
            Articles.AddRange(articles.Select(a => a.Article));
            return Task.FromResult<IReadOnlyList<ArticleWriteOutcome>>(
                articles.Select(a => new ArticleWriteOutcome(a.Article.Id, ArticleWriteStatus.Written)).ToList());
        }

        public bool IsUnavailable(Exception exception) => false;

        public Task CompleteAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
