using System.Net;
using System.Text;
using System.Text.Json;

namespace Graph.Neo4j.Client.Protocol;

/// <summary>
/// Sends one request and reads its JSON answer, turning every failure into a <see cref="Neo4jException"/>:
/// Neo4j's own <c>errors</c> array (HTTP 200 on the transactional API, 4xx on Query API v2), 401, 5xx and
/// network failures.
/// </summary>
internal static class Neo4jHttp
{
    /// <summary>Header by which a Query API v2 cluster pins an explicit transaction to one member.</summary>
    public const string ClusterAffinityHeader = "neo4j-cluster-affinity";

    private const int MaxBodyExcerpt = 300;

    /// <summary>The parsed JSON body (detached from its document), after checking status and <c>errors</c>.</summary>
    public static async Task<Neo4jReply> SendAsync(HttpClient http, HttpRequestMessage request, string username, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            var json = TryParse(body);
            ThrowOnFailure(response.StatusCode, json, body, request, username);
            var affinity = response.Headers.TryGetValues(ClusterAffinityHeader, out var values) ? values.FirstOrDefault() : null;
            return new Neo4jReply(json ?? EmptyObject(), affinity);
        }
        catch (HttpRequestException ex)
        {
            throw new Neo4jException(Neo4jErrorCodes.NetworkFailure, $"{request.Method} {request.RequestUri} failed: {ex.Message}", isRetryable: true, ex);
        }
        catch (IOException ex)
        {
            throw new Neo4jException(Neo4jErrorCodes.NetworkFailure, $"{request.Method} {request.RequestUri} failed while reading the answer: {ex.Message}", isRetryable: true, ex);
        }
    }

    private static void ThrowOnFailure(HttpStatusCode status, JsonElement? json, byte[] body, HttpRequestMessage request, string username)
    {
        var error = json is { } root ? FirstError(root) : null;

        if (status == HttpStatusCode.Unauthorized)
        {
            // The server's message ("Invalid username or password.") never contains the password; neither does ours.
            var detail = error?.Message is { Length: > 0 } m ? $" ({m})" : "";
            throw new Neo4jException(
                error?.Code ?? Neo4jErrorCodes.Unauthorized,
                $"Neo4j at {request.RequestUri!.GetLeftPart(UriPartial.Authority)} refused the credentials for user '{username}'{detail}. " +
                $"Check {Neo4jConfiguration.UsernameKey} and {Neo4jConfiguration.PasswordKey}.",
                isRetryable: false);
        }

        if (error is { } e) throw new Neo4jException(e.Code, e.Message, Neo4jErrorCodes.IsRetryable(e.Code));

        var code = (int)status;
        if (code >= 500 || status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests)
            throw new Neo4jException(Neo4jErrorCodes.ServerUnavailable, $"{request.Method} {request.RequestUri} answered {code} {status}: {Excerpt(body)}", isRetryable: true);

        if (code >= 400)
        {
            var hint = status == HttpStatusCode.NotFound
                ? $" Check {Neo4jConfiguration.UriKey}, {Neo4jConfiguration.DatabaseKey} and {Neo4jConfiguration.ApiKey}."
                : "";
            throw new Neo4jException(Neo4jErrorCodes.UnexpectedResponse, $"{request.Method} {request.RequestUri} answered {code} {status}: {Excerpt(body)}.{hint}", isRetryable: false);
        }

        // A commit may answer 2xx with no body at all; anything else must be JSON.
        if (json is null && body.Length > 0)
            throw new Neo4jException(Neo4jErrorCodes.UnexpectedResponse, $"{request.Method} {request.RequestUri} did not answer JSON: {Excerpt(body)}", isRetryable: false);
    }

    /// <summary>The first entry of a non-empty <c>errors</c> array, with all messages joined when there are several.</summary>
    internal static Neo4jError? FirstError(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("errors", out var errors)
            || errors.ValueKind != JsonValueKind.Array || errors.GetArrayLength() == 0)
            return null;

        string? code = null;
        var messages = new List<string>();
        foreach (var error in errors.EnumerateArray())
        {
            if (error.ValueKind != JsonValueKind.Object) continue;
            code ??= error.TryGetProperty("code", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString() : null;
            if (error.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String && m.GetString() is { Length: > 0 } text)
                messages.Add(text);
        }

        return new Neo4jError(code ?? Neo4jErrorCodes.UnexpectedResponse, messages.Count == 0 ? "(no message)" : string.Join(" | ", messages));
    }

    private static JsonElement? TryParse(byte[] body)
    {
        if (body.Length == 0) return null;
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static JsonElement EmptyObject()
    {
        using var document = JsonDocument.Parse("{}");
        return document.RootElement.Clone();
    }

    private static string Excerpt(byte[] body)
    {
        if (body.Length == 0) return "(empty body)";
        var text = Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, MaxBodyExcerpt * 4)).ReplaceLineEndings(" ").Trim();
        return text.Length <= MaxBodyExcerpt ? text : text[..MaxBodyExcerpt] + "…";
    }
}
