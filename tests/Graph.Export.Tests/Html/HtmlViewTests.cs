using System.Text.Json;
using Graph.Core.Model;
using Graph.Export.Formats;
using Graph.Export.Html;
using Graph.Export.Model;
using Graph.Export.Tests.Support;

namespace Graph.Export.Tests.Html;

/// <summary>
/// The HTML export of the samples, opened from a file in headless Chromium with no network: what it draws, what a
/// click shows, the search box and the filters. The test also takes the README's screenshot (written to
/// GRAPH_SCREENSHOT_PATH when set, e.g. docs/screenshots/html-view.png; otherwise to a temporary file).
/// </summary>
[Collection(nameof(HtmlViewTests))]
public sealed class HtmlViewTests : IAsyncLifetime
{
    private const int Width = 1400;
    private const int Height = 860;
    private const string Ready = "!!document.body && document.body.dataset.ready === 'true'";

    private readonly string _folder = Directory.CreateTempSubdirectory("graph-html-").FullName;
    private GraphDocument _document = null!;
    private HeadlessChromium _browser = null!;

    public async Task InitializeAsync()
    {
        _document = await Samples.DocumentAsync();
        var file = Path.Combine(_folder, "samples.html");
        await using (var stream = File.Create(file))
            await new HtmlExporter().WriteAsync(DocumentGraphBuilder.Build(_document), new ExportOptions("Sample articles"), stream, CancellationToken.None);
        _browser = await HeadlessChromium.StartAsync(Width, Height);
        await _browser.OpenAsync(file, Ready);
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Open_Samples_DrawsEveryActorOfAnEventOrRoleAndNeedsNoNetwork()
    {
        var expected = Drawn().Count;

        Assert.Equal(expected, await _browser.EvaluateAsync<int>("graphView.cy.nodes().not('.hidden').length"));
        Assert.StartsWith($"{expected} actors, ", await _browser.EvaluateAsync<string>("document.getElementById('status').textContent"));
        Assert.Equal($"{_document.Events.Count} of {_document.Events.Count} events",
            (await _browser.EvaluateAsync<string>("document.getElementById('status').textContent")).Split(", ")[^1]);
        Assert.Equal("Sample articles", await _browser.EvaluateAsync<string>("document.title"));
        // The page itself and inline data: nothing from a network.
        Assert.All(_browser.Requests, url => Assert.True(url.StartsWith("file:", StringComparison.Ordinal) || url.StartsWith("data:", StringComparison.Ordinal), url));
    }

    [Fact]
    public async Task Click_Actor_ShowsTheEvidenceSentencesAndTheirArticles()
    {
        var meeting = _document.Events.First(e => e.Type == EventType.Meeting && e.Participants.Count >= 2);
        var actor = meeting.Participants[0].Entity;
        var title = _document.Articles.Single(a => a.Id == meeting.Article).Title;

        var (x, y) = await RenderedPositionAsync(actor);
        await _browser.ClickAsync(x, y);

        var panel = await _browser.EvaluateAsync<string>("document.getElementById('details').innerText");
        Assert.Contains(_document.Entities.Single(e => e.Id == actor).Name, panel);
        Assert.Contains(meeting.Evidence, panel);
        Assert.Contains(title, panel);
        var own = _document.Events.Count(e => e.Participants.Any(p => p.Entity == actor));
        Assert.Equal(own, await _browser.EvaluateAsync<int>("document.querySelectorAll('#details .event[data-event]').length"));

        var screenshot = await _browser.ScreenshotAsync();
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], screenshot[..4]);
        var path = Environment.GetEnvironmentVariable("GRAPH_SCREENSHOT_PATH") is { Length: > 0 } configured
            ? configured
            : Path.Combine(_folder, "html-view.png");
        await File.WriteAllBytesAsync(path, screenshot);
    }

    [Fact]
    public async Task Click_Link_ShowsThatEventsEvidence()
    {
        var sanction = _document.Events.First(e => e.Type == EventType.Sanction && e.Participants.Count >= 2);

        var (x, y) = await _browser.EvaluateAsync<double[]>($$"""
            (() => {
              const edge = graphView.cy.edges().filter(e => e.data('ref') === {{JsonSerializer.Serialize(sanction.Id)}})[0];
              const p = edge.renderedMidpoint();
              const box = graphView.cy.container().getBoundingClientRect();
              return [box.left + p.x, box.top + p.y];
            })()
            """) switch { var p => (p[0], p[1]) };
        await _browser.ClickAsync(x, y);

        var panel = await _browser.EvaluateAsync<string>("document.getElementById('details').innerText");
        Assert.StartsWith("Sanction: ", panel);
        Assert.Contains(sanction.Evidence, panel);
    }

    [Fact]
    public async Task Search_PartOfAName_MarksTheMatchingActors()
    {
        var person = _document.Entities.First(e => e.Type == EntityType.Person && _document.Events.Any(v => v.Participants.Any(p => p.Entity == e.Id)));
        var part = person.Name.Split(' ')[^1].ToLowerInvariant();
        var expected = Drawn().Where(id => Names(id).Contains(part, StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal);

        await _browser.EvaluateAsync<bool>("document.getElementById('search').focus() || true");
        await _browser.TypeAsync(part);

        var matched = await _browser.EvaluateAsync<string[]>("graphView.cy.nodes('.match').map(n => n.id())");
        Assert.Contains(person.Id, matched);
        Assert.Equal(expected, matched.Order(StringComparer.Ordinal));
        Assert.Equal(matched.Length == 1 ? "1 actor" : $"{matched.Length} actors",
            await _browser.EvaluateAsync<string>("document.getElementById('search-result').textContent"));
    }

    [Fact]
    public async Task Filters_OnlyMeetingsNoRoles_LeaveTheMeetingParticipants()
    {
        await _browser.EvaluateAsync<bool>("""
            (() => {
              document.querySelectorAll('#types input[data-type]').forEach(i => { if ((i.dataset.type === 'Meeting') !== i.checked) i.click(); });
              document.getElementById('roles').click();
              return true;
            })()
            """);

        var expected = _document.Events.Where(e => e.Type == EventType.Meeting).SelectMany(e => e.Participants.Select(p => p.Entity))
            .Distinct().Order(StringComparer.Ordinal);
        Assert.Equal(expected, (await _browser.EvaluateAsync<string[]>("graphView.cy.nodes().not('.hidden').map(n => n.id())")).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Filters_DateRange_HidesEventsOutsideItAndUndated()
    {
        await _browser.EvaluateAsync<bool>("""
            (() => {
              const set = (id, value) => { const i = document.getElementById(id); i.value = value; i.dispatchEvent(new Event('change')); };
              set('date-from', '2024-01-01');
              set('date-to', '2024-12-31');
              document.getElementById('undated').click();
              return true;
            })()
            """);

        var shown = _document.Events.Count(e => e.Date is { } d && string.CompareOrdinal(d, "2024-01-01") >= 0 && string.CompareOrdinal(d, "2024-12-31") <= 0);
        Assert.EndsWith($", {shown} of {_document.Events.Count} events", await _browser.EvaluateAsync<string>("document.getElementById('status').textContent"));
        var visibleEvents = await _browser.EvaluateAsync<string[]>("graphView.cy.edges('.event').not('.hidden').map(e => e.data('ref'))");
        Assert.All(visibleEvents, id => Assert.StartsWith("2024-", _document.Events.First(e => e.Id == id).Date));
    }

    /// <summary>The actors the page draws: participants of events, places visited, and both ends of roles.</summary>
    private HashSet<string> Drawn() =>
        _document.Events.SelectMany(e => e.Participants.Select(p => p.Entity).Concat(e.Type == EventType.Visit && e.Location is not null ? [e.Location] : []))
            .Concat(_document.Relations.SelectMany(r => new[] { r.Source, r.Target }))
            .ToHashSet(StringComparer.Ordinal);

    private string Names(string id)
    {
        var entity = _document.Entities.Single(e => e.Id == id);
        return string.Join('|', entity.Aliases.Prepend(entity.Name));
    }

    private async Task<(double X, double Y)> RenderedPositionAsync(string id)
    {
        var point = await _browser.EvaluateAsync<double[]>($$"""
            (() => {
              const p = graphView.cy.getElementById({{JsonSerializer.Serialize(id)}}).renderedPosition();
              const box = graphView.cy.container().getBoundingClientRect();
              return [box.left + p.x, box.top + p.y];
            })()
            """);
        return (point[0], point[1]);
    }
}
