using System.Globalization;
using System.Text;
using System.Text.Json;
using Graph.Core.Articles;
using Graph.Core.Files;
using Graph.Core.Text;
using Graph.Ingestion.Reading;
using Graph.Ingestion.Reading.Files;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Graph.Ingestion.DeadLetter;

/// <summary>
/// Keeps set-aside input in the dead-letter folder: a copy of the offending input (the file, the JSON Lines
/// record, the fetched page, or the article as JSON when it was read but could not be extracted or written) and
/// beside it <c>NAME.error.txt</c> saying where it came from and why. Names derive from the source, so setting
/// the same input aside again replaces its entry rather than adding one. Sources themselves are never touched.
/// </summary>
public sealed class DeadLetterFolder(IOptions<IngestionOptions> options, TimeProvider time, ILogger<DeadLetterFolder> logger)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The folder, as configured.</summary>
    public string Folder => options.Value.DeadLetter;

    /// <summary>Keeps input the reader set aside; returns the path of the error file.</summary>
    public async Task<string> AddAsync(SetAside problem, CancellationToken cancellationToken)
    {
        var name = EntryName(problem.Source, problem.Line, Extension(problem));
        var entry = Path.Combine(Folder, name);
        Directory.CreateDirectory(Folder);
        if (problem.Content is { } content)
            await AtomicFile.WriteAllBytesAsync(entry, content, cancellationToken).ConfigureAwait(false);
        else
            CopyIfFile(problem.Source, entry);
        return await WriteReasonAsync(entry, problem.Source, problem.Line, problem.Reason, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Keeps an article that was read but could not be extracted or written, as a JSON article that can be dropped into the inbox again.</summary>
    public async Task<string> AddAsync(Article article, string reason, CancellationToken cancellationToken)
    {
        var entry = Path.Combine(Folder, EntryName(article.Source + "#" + article.Id, line: null, ".json"));
        Directory.CreateDirectory(Folder);
        var json = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, string?>
        {
            ["id"] = article.Id,
            ["title"] = article.Title,
            ["published"] = article.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["url"] = article.Url,
            ["text"] = article.Text,
        });
        await AtomicFile.WriteAllBytesAsync(entry, json, cancellationToken).ConfigureAwait(false);
        return await WriteReasonAsync(entry, $"{article.Source} (article {article.Id})", null, reason, cancellationToken).ConfigureAwait(false);
    }

    private async Task<string> WriteReasonAsync(string entry, string source, int? line, string reason, CancellationToken cancellationToken)
    {
        var text = new StringBuilder()
            .Append("source: ").Append(source).Append('\n');
        if (line is { } number)
            text.Append("line: ").Append(number.ToString(CultureInfo.InvariantCulture)).Append('\n');
        text.Append("reason: ").Append(reason).Append('\n')
            .Append("set aside at: ").Append(time.GetUtcNow().ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)).Append('\n');
        var path = entry + ".error.txt";
        await AtomicFile.WriteAllBytesAsync(path, Utf8.GetBytes(text.ToString()), cancellationToken).ConfigureAwait(false);
        Log.LogSetAside(logger, ControlCharacters.Escape(source), line, ControlCharacters.Escape(reason), path);
        return path;
    }

    /// <summary>
    /// Copies only a regular file within the size limit, without following a link: a FIFO would block the copy, a device
    /// or a huge file never end it, and a link may point anywhere. The error file still says where the input is.
    /// </summary>
    private void CopyIfFile(string source, string entry)
    {
        try
        {
            if (FileSystemStatus.Lstat(source) is { Kind: FileKind.Regular } status && status.Size <= options.Value.MaxArticleBytes)
                File.Copy(source, entry, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Log.LogCopyFailed(logger, ControlCharacters.Escape(source), e.Message);
        }
    }

    /// <summary>A JSON Lines record is one JSON object; a fetched page is HTML; a file keeps its own extension.</summary>
    private static string Extension(SetAside problem) => problem switch
    {
        { Line: not null } => ".json",
        { Content: not null } when Uri.TryCreate(problem.Source, UriKind.Absolute, out var uri) && uri.Scheme.StartsWith("http", StringComparison.Ordinal)
            => problem.Reason.StartsWith("not a readable feed", StringComparison.Ordinal) ? ".xml" : ".html",
        _ => SafeExtension(Path.GetExtension(problem.Source)),
    };

    private static string SafeExtension(string extension) =>
        extension.Length is > 1 and <= 10 && extension.Skip(1).All(char.IsAsciiLetterOrDigit) ? extension.ToLowerInvariant() : ".bin";

    /// <summary>A readable, file-system-safe name from the source, made unique by a short hash of the source and line.</summary>
    internal static string EntryName(string source, int? line, string extension)
    {
        var stem = Path.GetFileNameWithoutExtension(source.Replace('\\', '/').TrimEnd('/').Split('/')[^1]);
        var safe = new StringBuilder();
        foreach (var c in stem)
            safe.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '_');
        var readable = safe.Length == 0 ? "input" : safe.ToString(0, Math.Min(safe.Length, 60));
        var hash = ContentHashing.ShortId(source, line?.ToString(CultureInfo.InvariantCulture) ?? "")[..10];
        var lineSuffix = line is { } number ? $".line-{number.ToString(CultureInfo.InvariantCulture)}" : "";
        return $"{readable}.{hash}{lineSuffix}{extension}";
    }
}
