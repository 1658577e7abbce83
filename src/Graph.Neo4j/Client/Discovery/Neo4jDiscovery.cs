using Graph.Neo4j.Client.Protocol;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Graph.Neo4j.Client.Discovery;

/// <summary>
/// Finds the HTTP API to use from <c>GET /</c> (and, on 3.x, <c>GET /db/data/</c>). The first success is cached;
/// failures are not, so the next attempt discovers again.
/// </summary>
internal sealed class Neo4jDiscovery(IOptions<Neo4jOptions> options, ILogger<Neo4jDiscovery> logger) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private Neo4jEndpoints? _endpoints;

    /// <summary>The endpoints, discovered on first use.</summary>
    public async Task<Neo4jEndpoints> GetAsync(HttpClient http, CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _endpoints) is { } known) return known;

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_endpoints is { } raced) return raced;
            var endpoints = await DiscoverAsync(http, options.Value, cancellationToken).ConfigureAwait(false);
            Volatile.Write(ref _endpoints, endpoints);
            return endpoints;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <inheritdoc />
    public void Dispose() => _gate.Dispose();

    private async Task<Neo4jEndpoints> DiscoverAsync(HttpClient http, Neo4jOptions settings, CancellationToken cancellationToken)
    {
        var baseUri = BaseUri(settings);
        var root = await GetRootAsync(http, baseUri, settings, cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            // Aura does not serve discovery; when Query API v2 is asked for, its documented path is enough.
            var fallback = EndpointSelector.DefaultQueryEndpoint(baseUri, settings.Database);
            Log.DiscoveryFallback(logger, baseUri, fallback.Endpoint);
            return fallback;
        }

        if (root.IsLegacyRoot)
        {
            // 3.x: the root only points at the data document, which needs authentication.
            var data = DiscoveryDocument.Parse(await GetJsonAsync(http, EndpointSelector.Rebase(baseUri, root.Data!), settings.Username, cancellationToken).ConfigureAwait(false));
            root = root with { Transaction = data.Transaction, Version = data.Version ?? root.Version };
        }

        var endpoints = EndpointSelector.Select(baseUri, settings.Database, settings.Api, root);
        Log.Discovered(logger, baseUri, endpoints.ReportedVersion ?? "(not reported)", endpoints.Api, endpoints.Endpoint);
        return endpoints;
    }

    /// <summary>The root document, or null when Query API v2 is forced and the server does not answer discovery.</summary>
    private static async Task<DiscoveryDocument?> GetRootAsync(HttpClient http, Uri baseUri, Neo4jOptions settings, CancellationToken cancellationToken)
    {
        try
        {
            var root = DiscoveryDocument.Parse(await GetJsonAsync(http, baseUri, settings.Username, cancellationToken).ConfigureAwait(false));
            return settings.Api == Neo4jApiPreference.QueryV2 && root is { Query: null, Transaction: null, Data: null } ? null : root;
        }
        catch (Neo4jException ex) when (settings.Api == Neo4jApiPreference.QueryV2 && ex.Code == Neo4jErrorCodes.UnexpectedResponse)
        {
            return null;
        }
    }

    /// <summary>The configured URI with a trailing slash, so that relative URLs resolve under its path.</summary>
    internal static Uri BaseUri(Neo4jOptions settings)
    {
        var text = settings.Uri ?? throw new InvalidOperationException($"{Neo4jConfiguration.UriKey} is not set.");
        return new Uri(text.EndsWith('/') ? text : text + "/");
    }

    private static async Task<System.Text.Json.JsonElement> GetJsonAsync(HttpClient http, Uri uri, string username, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        var reply = await Neo4jHttp.SendAsync(http, request, username, cancellationToken).ConfigureAwait(false);
        return reply.Json;
    }
}
