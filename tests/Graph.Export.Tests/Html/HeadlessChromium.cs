using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Graph.Export.Tests.Html;

/// <summary>
/// Debian's Chromium, headless, driven over the DevTools protocol (one WebSocket, flattened page session): no
/// browser download, no driver package. Chromium runs offline, with a fresh profile, and is killed on dispose.
/// </summary>
internal sealed partial class HeadlessChromium : IAsyncDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    private readonly Process _process;
    private readonly string _profile;
    private readonly ClientWebSocket _socket = new();
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonElement>> _pending = new();
    private readonly ConcurrentQueue<string> _requests = new();
    private readonly CancellationTokenSource _stop = new();
    private Task? _reader;
    private string? _session;
    private int _nextId;

    private HeadlessChromium(Process process, string profile)
    {
        _process = process;
        _profile = profile;
    }

    /// <summary>Every URL the page requested (Network domain), to prove the page needs no network.</summary>
    public IReadOnlyCollection<string> Requests => _requests;

    public static string ExecutablePath => Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    /// <summary>Starts Chromium with a page of <paramref name="width"/>×<paramref name="height"/> CSS pixels.</summary>
    public static async Task<HeadlessChromium> StartAsync(int width, int height)
    {
        if (!File.Exists(ExecutablePath))
            throw new InvalidOperationException($"No Chromium at {ExecutablePath}: apt-get install chromium (or set CHROMIUM_PATH).");
        var profile = Directory.CreateTempSubdirectory("graph-chromium-").FullName;
        var start = new ProcessStartInfo(ExecutablePath)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
                 {
                     "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                     "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--remote-debugging-port=0",
                     $"--user-data-dir={profile}", $"--window-size={width},{height}", "about:blank",
                 })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {ExecutablePath}.");
        var browser = new HeadlessChromium(process, profile);
        try
        {
            await browser.ConnectAsync(width, height);
            return browser;
        }
        catch
        {
            await browser.DisposeAsync();
            throw;
        }
    }

    /// <summary>Opens <paramref name="file"/> and waits until <paramref name="readyExpression"/> is true.</summary>
    public async Task OpenAsync(string file, string readyExpression)
    {
        await SendAsync("Page.navigate", new JsonObject { ["url"] = new Uri(file).AbsoluteUri });
        var deadline = DateTime.UtcNow + Timeout;
        while (!await EvaluateAsync<bool>(readyExpression))
        {
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"The page never got ready ({readyExpression}).");
            await Task.Delay(100);
        }
    }

    /// <summary>Evaluates JavaScript in the page and returns its value.</summary>
    public async Task<T> EvaluateAsync<T>(string expression)
    {
        var result = await SendAsync("Runtime.evaluate", new JsonObject { ["expression"] = expression, ["returnByValue"] = true, ["awaitPromise"] = true });
        if (result.TryGetProperty("exceptionDetails", out var exception))
            throw new InvalidOperationException($"The page threw on {expression}: {exception}");
        var value = result.GetProperty("result");
        return value.TryGetProperty("value", out var v) ? v.Deserialize<T>()! : default!;
    }

    /// <summary>A real left click at page coordinates (CSS pixels).</summary>
    public async Task ClickAsync(double x, double y)
    {
        foreach (var type in new[] { "mouseMoved", "mousePressed", "mouseReleased" })
        {
            await SendAsync("Input.dispatchMouseEvent", new JsonObject
            {
                ["type"] = type, ["x"] = x, ["y"] = y, ["button"] = type == "mouseMoved" ? "none" : "left", ["clickCount"] = type == "mouseMoved" ? 0 : 1,
            });
        }
    }

    /// <summary>Types text into the focused element, as a keyboard would.</summary>
    public Task TypeAsync(string text) => SendAsync("Input.insertText", new JsonObject { ["text"] = text });

    public async Task<byte[]> ScreenshotAsync()
    {
        var result = await SendAsync("Page.captureScreenshot", new JsonObject { ["format"] = "png" });
        return Convert.FromBase64String(result.GetProperty("data").GetString()!);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        if (!_process.HasExited)
            _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        if (_reader is not null)
            await _reader.ContinueWith(_ => { }, TaskScheduler.Default);
        _socket.Dispose();
        _process.Dispose();
        _stop.Dispose();
        Directory.Delete(_profile, recursive: true);
    }

    private async Task ConnectAsync(int width, int height)
    {
        var endpoint = await ReadDevToolsEndpointAsync();
        using (var connect = new CancellationTokenSource(Timeout))
            await _socket.ConnectAsync(endpoint, connect.Token);
        _reader = Task.Run(ReadLoopAsync);
        var target = await SendAsync("Target.createTarget", new JsonObject { ["url"] = "about:blank" });
        var attached = await SendAsync("Target.attachToTarget", new JsonObject { ["targetId"] = target.GetProperty("targetId").GetString(), ["flatten"] = true });
        _session = attached.GetProperty("sessionId").GetString();
        await SendAsync("Page.enable", []);
        await SendAsync("Runtime.enable", []);
        await SendAsync("Network.enable", []);
        await SendAsync("Emulation.setDeviceMetricsOverride", new JsonObject
        {
            ["width"] = width, ["height"] = height, ["deviceScaleFactor"] = 1, ["mobile"] = false,
        });
    }

    /// <summary>Chromium prints "DevTools listening on ws://…" on stderr once it is ready.</summary>
    private async Task<Uri> ReadDevToolsEndpointAsync()
    {
        using var timeout = new CancellationTokenSource(Timeout);
        var seen = new StringBuilder();
        while (await _process.StandardError.ReadLineAsync(timeout.Token) is { } line)
        {
            seen.AppendLine(line);
            var match = DevToolsLine().Match(line);
            if (match.Success)
            {
                // Keep draining stderr so Chromium never blocks on a full pipe.
                _ = _process.StandardError.ReadToEndAsync(_stop.Token);
                _ = _process.StandardOutput.ReadToEndAsync(_stop.Token);
                return new Uri(match.Groups[1].Value);
            }
        }

        throw new InvalidOperationException($"Chromium exited without a DevTools endpoint:\n{seen}");
    }

    private async Task<JsonElement> SendAsync(string method, JsonObject parameters)
    {
        var id = Interlocked.Increment(ref _nextId);
        var message = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = parameters };
        if (_session is not null && !method.StartsWith("Target.", StringComparison.Ordinal))
            message["sessionId"] = _session;
        var reply = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = reply;
        await _socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, true, _stop.Token);
        return await reply.Task.WaitAsync(Timeout);
    }

    private async Task ReadLoopAsync()
    {
        var buffer = new byte[1 << 16];
        var message = new MemoryStream();
        while (!_stop.IsCancellationRequested && _socket.State == WebSocketState.Open)
        {
            var received = await _socket.ReceiveAsync(buffer, _stop.Token);
            if (received.MessageType == WebSocketMessageType.Close)
                break;
            message.Write(buffer, 0, received.Count);
            if (!received.EndOfMessage)
                continue;
            using var json = JsonDocument.Parse(message.ToArray());
            message.SetLength(0);
            var root = json.RootElement;
            if (root.TryGetProperty("id", out var id) && _pending.TryRemove(id.GetInt32(), out var reply))
            {
                if (root.TryGetProperty("error", out var error))
                    reply.SetException(new InvalidOperationException($"DevTools error: {error}"));
                else
                    reply.SetResult(root.GetProperty("result").Clone());
            }
            else if (root.TryGetProperty("method", out var method) && method.GetString() == "Network.requestWillBeSent")
            {
                _requests.Enqueue(root.GetProperty("params").GetProperty("request").GetProperty("url").GetString()!);
            }
        }
    }

    [GeneratedRegex(@"DevTools listening on (ws://\S+)")]
    private static partial Regex DevToolsLine();
}
