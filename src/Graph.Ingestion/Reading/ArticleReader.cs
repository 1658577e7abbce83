using System.Runtime.CompilerServices;
using Graph.Core.Articles;
using Graph.Core.Text;
using Graph.Ingestion.Formats;
using Graph.Ingestion.Formats.Html;
using Graph.Ingestion.Reading.Files;
using Microsoft.Extensions.Options;

namespace Graph.Ingestion.Reading;

/// <summary>
/// Reads articles from files and folders. Arguments are read in the order given, folders as <see cref="FolderWalk"/>
/// walks them, each file once. Every problem (missing path, not a regular file, symbolic link, empty, binary, too
/// large, malformed, duplicate id) becomes a <see cref="SetAside"/>.
/// </summary>
public sealed class ArticleReader(IOptions<IngestionOptions> options) : IArticleReader
{
    private readonly IngestionOptions _options = options.Value;
    private readonly int _maxBytes = options.Value.MaxArticleBytes;

    /// <summary>A walk of one run: each folder and file once, within the configured bounds.</summary>
    internal FolderWalk NewWalk() => new(_options);

    public async IAsyncEnumerable<ReadResult> ReadAsync(
        IEnumerable<string> paths,
        ArticleReadOptions options,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var walk = NewWalk();
        var idsRead = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            cancellationToken.ThrowIfCancellationRequested();
            IReadOnlyList<InputFile> files = [];
            string? failure = null;
            try
            {
                files = walk.Expand(path, cancellationToken);
            }
            catch (BadInputException e)
            {
                failure = e.Message;
            }
            if (failure is not null)
                yield return new SetAside(path, failure);
            foreach (var file in files)
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
        if (file.Problem is { } problem)
        {
            yield return (new SetAside(file.Source, problem), null);
            yield break;
        }
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
            byte[] bytes;
            using (var handle = await BoundedFile.OpenAsync(file, _options.ReadTimeout, cancellationToken))
            {
                CheckSize(RandomAccess.GetLength(handle), "file");
                bytes = await BoundedFile.ReadAsync(handle, _maxBytes, _options.ReadTimeout, cancellationToken);
            }
            if (bytes.Length > _maxBytes)
                throw new BadInputException($"too large: the file grew past the limit of {_maxBytes} bytes while it was read ({IngestionOptions.Section}:{nameof(IngestionOptions.MaxArticleBytes)})");
            CheckSize(bytes.Length, "file");
            var text = ArticleText.Decode(bytes);
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
            stream = new FileStream(await BoundedFile.OpenAsync(file, _options.ReadTimeout, cancellationToken), FileAccess.Read, 1);
        }
        catch (BadInputException e)
        {
            failure = e.Message;
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
            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            while (true)
            {
                Utf8Line? next = null;
                try
                {
                    deadline.CancelAfter(_options.ReadTimeout);
                    next = await lines.ReadLineAsync(deadline.Token);
                }
                catch (IOException e)
                {
                    failure = $"cannot be read: {e.Message}";
                }
                catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
                {
                    failure = BoundedFile.TimedOut(_options.ReadTimeout).Message;
                }
                if (next is { Number: 1, Bytes: { } first } && ByteOrderMark.Detect(first) is ({ } encoding, _))
                    failure = $"JSON Lines are read as UTF-8 only, and this file is {encoding.WebName.ToUpperInvariant()} (byte order mark): save it as UTF-8";
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

    /// <summary>Metadata is one line of plain text: control characters in it are cleaned here, whatever the format.</summary>
    private static Article Build(ArticleFields fields, string source, string fallbackId, string fallbackTitle) => new(
        Id: ControlCharacters.CleanField(fields.Url ?? fields.Id ?? fallbackId),
        Title: ControlCharacters.CleanField(fields.Title ?? fallbackTitle),
        Published: fields.Published,
        Url: fields.Url is null ? null : ControlCharacters.CleanField(fields.Url),
        Source: source,
        Text: fields.Text,
        BodyStart: fields.BodyStart)
    {
        Byline = fields.Byline,
        Language = fields.Language,
    };
}
