using System.Runtime.CompilerServices;
using Graph.Core.Articles;
using Graph.Ingestion.Formats;
using Graph.Ingestion.Formats.Html;
using Microsoft.Extensions.Options;

namespace Graph.Ingestion.Reading;

/// <summary>
/// Reads articles from files and folders. Arguments are read in the order given, folders recursively in
/// ordinal path order (files with other extensions and hidden entries skipped), each file once. Every
/// problem (missing path, empty, binary, too large, malformed, duplicate id) becomes a <see cref="SetAside"/>.
/// </summary>
public sealed class ArticleReader(IOptions<IngestionOptions> options) : IArticleReader
{
    private readonly int _maxBytes = options.Value.MaxArticleBytes;

    public async IAsyncEnumerable<ReadResult> ReadAsync(
        IEnumerable<string> paths,
        ArticleReadOptions options,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var filesRead = new HashSet<string>(StringComparer.Ordinal);
        var idsRead = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            cancellationToken.ThrowIfCancellationRequested();
            IReadOnlyList<InputFile> files = [];
            string? failure = null;
            try
            {
                files = InputFiles.Expand(path);
            }
            catch (BadInputException e)
            {
                failure = e.Message;
            }
            if (failure is not null)
                yield return new SetAside(path, failure);
            foreach (var file in files.Where(f => filesRead.Add(f.FullPath)))
            {
                await foreach (var result in ReadFileAsync(file, options, idsRead, cancellationToken))
                    yield return result;
            }
        }
    }

    /// <summary>
    /// Reads one file. With <paramref name="idsRead"/> (ids already read in this run, and where) a second article
    /// with a seen id is set aside; without it every article is returned (the inbox, where a later file with the
    /// same id is a newer version).
    /// </summary>
    internal async IAsyncEnumerable<ReadResult> ReadFileAsync(
        InputFile file,
        ArticleReadOptions options,
        Dictionary<string, string>? idsRead,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var (result, line) in ReadFileAsync(file, cancellationToken))
            yield return Accept(result, line, options, idsRead);
    }

    /// <summary>Applies the run's defaults and keeps article ids unique: a second article with a seen id is set aside.</summary>
    private static ReadResult Accept(ReadResult result, int? line, ArticleReadOptions options, Dictionary<string, string>? idsRead)
    {
        if (result is not ArticleRead { Article: var article })
            return result;
        var where = line is { } number ? $"{article.Source}:{number}" : article.Source;
        if (idsRead is not null && !idsRead.TryAdd(article.Id, where))
            return new SetAside(article.Source, $"duplicate article id '{article.Id}' (already read from {idsRead[article.Id]})", line);
        return article.Published is null && options.DefaultPublished is { } published
            ? new ArticleRead(article with { Published = published })
            : result;
    }

    private async IAsyncEnumerable<(ReadResult Result, int? Line)> ReadFileAsync(
        InputFile file,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        switch (ArticleFormats.ForPath(file.FullPath))
        {
            case null when file.Named:
                yield return (new SetAside(file.Source, $"unsupported file type (read: {ArticleFormats.Supported})"), null);
                break;
            case null:
                break;
            case ArticleFormat.JsonLines:
                await foreach (var lineResult in ReadJsonLinesAsync(file, cancellationToken))
                    yield return lineResult;
                break;
            case ArticleFormat format:
                yield return (await ReadSingleAsync(file, format, cancellationToken), null);
                break;
        }
    }

    private async Task<ReadResult> ReadSingleAsync(InputFile file, ArticleFormat format, CancellationToken cancellationToken)
    {
        try
        {
            CheckSize(new FileInfo(file.FullPath).Length, "file");
            var text = ArticleText.Decode(await File.ReadAllBytesAsync(file.FullPath, cancellationToken));
            var fields = format switch
            {
                ArticleFormat.Json => JsonArticleFormat.Parse(text),
                ArticleFormat.Html => HtmlArticleFormat.Parse(text),
                _ => TextArticleFormat.Parse(text),
            };
            return new ArticleRead(Build(fields, file.Source, file.IdPath, Path.GetFileNameWithoutExtension(file.FullPath)));
        }
        catch (BadInputException e)
        {
            return new SetAside(file.Source, e.Message);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new SetAside(file.Source, $"cannot be read: {e.Message}");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return Unexpected(file, e, line: null);
        }
    }

    /// <summary>A fault in a format parser sets aside only the input that caused it; the run goes on.</summary>
    private static SetAside Unexpected(InputFile file, Exception e, int? line) =>
        new(file.Source, $"could not be read ({e.GetType().Name}: {e.Message})", line);

    /// <summary>One article a line; a bad line is set aside with its number and the other lines are read.</summary>
    private async IAsyncEnumerable<(ReadResult Result, int? Line)> ReadJsonLinesAsync(
        InputFile file,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        FileStream? stream = null;
        string? failure = null;
        try
        {
            stream = new FileStream(file.FullPath, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.Asynchronous | FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            failure = $"cannot be read: {e.Message}";
        }
        if (stream is null)
        {
            yield return (new SetAside(file.Source, failure ?? "cannot be read"), null);
            yield break;
        }

        await using (stream)
        {
            var lines = new Utf8LineReader(stream, _maxBytes);
            var records = 0;
            while (true)
            {
                Utf8Line? next = null;
                try
                {
                    next = await lines.ReadLineAsync(cancellationToken);
                }
                catch (IOException e)
                {
                    failure = $"cannot be read: {e.Message}";
                }
                if (failure is not null)
                {
                    yield return (new SetAside(file.Source, failure), null);
                    yield break;
                }
                if (next is not { } line)
                    break;
                if (ReadJsonLine(file, line) is { } result)
                {
                    records++;
                    yield return (result, line.Number);
                }
            }
            if (records == 0)
                yield return (new SetAside(file.Source, "empty file: no JSON lines"), null);
        }
    }

    private ReadResult? ReadJsonLine(InputFile file, Utf8Line line)
    {
        try
        {
            if (line.Bytes is not { } bytes)
                throw TooLarge(line.Length, "line");
            var content = line.Number == 1 && bytes.AsSpan().StartsWith("\uFEFF"u8) ? bytes.AsSpan(3) : bytes;
            if (content.Trim(" \t"u8).IsEmpty)
                return null;
            var fields = JsonArticleFormat.Parse(ArticleText.Decode(bytes));
            var id = $"{file.IdPath}#{line.Number}";
            return new ArticleRead(Build(fields, file.Source, id, id));
        }
        catch (BadInputException e)
        {
            return new SetAside(file.Source, e.Message, line.Number) { Content = line.Bytes };
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return Unexpected(file, e, line.Number) with { Content = line.Bytes };
        }
    }

    private void CheckSize(long bytes, string what)
    {
        if (bytes == 0)
            throw new BadInputException($"empty {what}");
        if (bytes > _maxBytes)
            throw TooLarge(bytes, what);
    }

    private BadInputException TooLarge(long bytes, string what) => new(
        $"too large: the {what} has {bytes} bytes, more than the limit of {_maxBytes} ({IngestionOptions.Section}:{nameof(IngestionOptions.MaxArticleBytes)})");

    private static Article Build(ArticleFields fields, string source, string fallbackId, string fallbackTitle) => new(
        Id: fields.Url ?? fields.Id ?? fallbackId,
        Title: fields.Title ?? fallbackTitle,
        Published: fields.Published,
        Url: fields.Url,
        Source: source,
        Text: fields.Text,
        BodyStart: fields.BodyStart)
    {
        Byline = fields.Byline,
        Language = fields.Language,
    };
}
