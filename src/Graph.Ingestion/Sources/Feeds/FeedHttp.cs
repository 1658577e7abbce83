using System.Net;
using Graph.Ingestion.Ledger;
using Graph.Ingestion.Reading;
using Microsoft.Extensions.Options;

namespace Graph.Ingestion.Sources.Feeds;

/// <summary>GETs feeds and pages: politely spaced per host, conditional when validators are known, size-limited.</summary>
internal sealed class FeedHttp(IHttpClientFactory httpClientFactory, HostGate gate, IOptions<IngestionOptions> ingestion)
{
    public const string HttpClientName = "Graph.Ingestion.Feeds";

    public async Task<Fetched> GetAsync(Uri uri, FeedValidators? validators, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(uri, cancellationToken).ConfigureAwait(false);
        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        if (validators?.ETag is { } etag)
            request.Headers.TryAddWithoutValidation("If-None-Match", etag);
        if (validators?.LastModified is { } modified)
            request.Headers.TryAddWithoutValidation("If-Modified-Since", modified);

        var http = httpClientFactory.CreateClient(HttpClientName);
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            if (response.StatusCode == HttpStatusCode.NotModified)
                return new NotModified();
            if (!response.IsSuccessStatusCode)
                return new FetchFailed($"HTTP {(int)response.StatusCode} {response.ReasonPhrase}", Permanent: IsPermanent(response.StatusCode));

            var limit = ingestion.Value.MaxArticleBytes;
            if (response.Content.Headers.ContentLength > limit)
                return TooLarge(response.Content.Headers.ContentLength.Value, limit);
            await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            var body = await ReadUpToAsync(stream, limit + 1L, cancellationToken).ConfigureAwait(false);
            if (body.Length > limit)
                return TooLarge(body.Length, limit);

            var type = response.Content.Headers.ContentType;
            var validatorsSent = new FeedValidators(
                response.Headers.ETag?.ToString(),
                response.Content.Headers.LastModified?.ToString("R"));
            return new FetchedContent(response.RequestMessage?.RequestUri ?? uri, body, type?.MediaType, type?.CharSet, validatorsSent);
        }
        catch (HttpRequestException e)
        {
            return new FetchFailed($"request failed: {e.Message}", Permanent: false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new FetchFailed("request timed out", Permanent: false);
        }
        catch (IOException e)
        {
            return new FetchFailed($"connection failed: {e.Message}", Permanent: false);
        }
    }

    /// <summary>Client errors will not heal by asking again; timeouts, throttling and server errors may.</summary>
    private static bool IsPermanent(HttpStatusCode status) =>
        (int)status is >= 400 and < 500 && status is not (HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests);

    private static FetchFailed TooLarge(long bytes, int limit) => new(
        $"too large: more than the limit of {limit} bytes ({IngestionOptions.Section}:{nameof(IngestionOptions.MaxArticleBytes)}; at least {bytes} bytes)",
        Permanent: true);

    private static async Task<byte[]> ReadUpToAsync(Stream stream, long limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while (buffer.Length < limit && (read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            buffer.Write(chunk, 0, read);
        return buffer.ToArray();
    }
}
