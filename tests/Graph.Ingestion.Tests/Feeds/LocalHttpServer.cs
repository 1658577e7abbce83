using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Graph.Core.Articles;

namespace Graph.Ingestion.Tests.Feeds;

/// <summary>
/// A real HTTP server on 127.0.0.1 (HttpListener) for feed tests: serves documents set by the test, sends an ETag
/// for each and answers 304 to a matching If-None-Match (unless <see cref="HonourETags"/> is off), and records
/// every request.
/// </summary>
public sealed class LocalHttpServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly ConcurrentDictionary<string, Document> _documents = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<Request> _requests = new();
    private readonly Task _loop;

    public LocalHttpServer()
    {
        var port = FreePort();
        BaseUri = new Uri($"http://127.0.0.1:{port}/");
        _listener.Prefixes.Add(BaseUri.AbsoluteUri);
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public Uri BaseUri { get; }

    /// <summary>False makes the server answer 200 with the whole document even to a matching If-None-Match.</summary>
    public bool HonourETags { get; set; } = true;

    public Uri Url(string path) => new(BaseUri, path);

    public void Serve(string path, string contentType, string body, HttpStatusCode status = HttpStatusCode.OK) =>
        _documents["/" + path.TrimStart('/')] = new Document(status, contentType, Encoding.UTF8.GetBytes(body));

    public IReadOnlyList<Request> Requests => _requests.ToArray();

    /// <summary>Requests for <paramref name="path"/>, oldest first.</summary>
    public IReadOnlyList<Request> RequestsFor(string path) => Requests.Where(r => r.Path == "/" + path.TrimStart('/')).ToList();

    public void Dispose()
    {
        // Close alone: on Linux, Stop and then Close unregister the prefix twice, and the second time binds the port
        // again, which fails with "Address already in use" when another process has taken it meanwhile.
        _listener.Close();
        _loop.ContinueWith(_ => { }, TaskScheduler.Default).Wait();
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            Answer(context);
        }
    }

    private void Answer(HttpListenerContext context)
    {
        var path = context.Request.Url!.AbsolutePath;
        var ifNoneMatch = context.Request.Headers["If-None-Match"];
        using var response = context.Response;
        if (!_documents.TryGetValue(path, out var document))
        {
            _requests.Enqueue(new Request(path, ifNoneMatch, 404));
            response.StatusCode = 404;
            return;
        }
        var etag = $"\"{ContentHashing.ShortId(Encoding.UTF8.GetString(document.Body))}\"";
        if (HonourETags && document.Status == HttpStatusCode.OK && ifNoneMatch == etag)
        {
            _requests.Enqueue(new Request(path, ifNoneMatch, 304));
            response.StatusCode = 304;
            return;
        }
        _requests.Enqueue(new Request(path, ifNoneMatch, (int)document.Status));
        response.StatusCode = (int)document.Status;
        response.ContentType = document.ContentType;
        if (document.Status == HttpStatusCode.OK)
            response.Headers["ETag"] = etag;
        response.ContentLength64 = document.Body.Length;
        response.OutputStream.Write(document.Body);
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private sealed record Document(HttpStatusCode Status, string ContentType, byte[] Body);

    /// <summary>One request: the path, the If-None-Match it sent, the status it got.</summary>
    public sealed record Request(string Path, string? IfNoneMatch, int Status);
}
