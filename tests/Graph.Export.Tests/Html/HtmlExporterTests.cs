using System.Text;
using Graph.Core.Model;
using Graph.Export.Formats;
using Graph.Export.Html;
using Graph.Export.Model;
using Graph.Export.Tests.Support;
using Graph.Extraction.Identity;

namespace Graph.Export.Tests.Html;

/// <summary>The HTML page as a file: self-contained, and no text of the data can break out of it.</summary>
public sealed class HtmlExporterTests
{
    [Fact]
    public async Task Write_HostileText_StaysData()
    {
        var document = DocumentIdentity.Resolve(TinyWorld.Document());
        var hostile = "</script><script>alert('x')</script> & <b>";
        document.Events[0] = document.Events[0] with { Evidence = hostile };
        var page = await WriteAsync(DocumentGraphBuilder.Build(document), "<title> & \"quotes\"");

        Assert.DoesNotContain("<script>alert", page);
        Assert.Contains("\\u003C/script\\u003E\\u003Cscript\\u003Ealert", page);
        Assert.Contains("<title>&lt;title&gt; &amp; &quot;quotes&quot;</title>", page);
        // The page's own scripts and the library: three script elements, none loaded from elsewhere.
        Assert.Equal(3, CountOf(page, "<script"));
        Assert.Equal(3, CountOf(page, "</script>"));
        Assert.DoesNotContain("<script src", page);
        Assert.DoesNotContain("<link", page);
    }

    [Fact]
    public void View_Tiny_ActorsLinksAndEventsAsThePageDrawsThem()
    {
        var view = HtmlView.From(DocumentGraphBuilder.Build(DocumentIdentity.Resolve(TinyWorld.Document())), "t");

        // Every entity takes part in an event, is visited or holds a role, except Alpha City, a meeting place only.
        Assert.Equal(7, view.Actors.Count);
        Assert.DoesNotContain(view.Actors, a => a.Id == TinyWorld.AlphaCity);
        Assert.Equal(9, view.Events.Count); // e4 is the summit's second report
        var summit = view.Events.Single(e => e.Id == "event:e1-summit");
        Assert.Equal(("Alpha City", 2), (summit.PlaceName, summit.Reports.Count));
        var sanction = Assert.Single(view.Links, l => l.Ref == "event:e6-sanction");
        Assert.Equal((TinyWorld.Aland, TinyWorld.Bexland, true, -8.0), (sanction.Source, sanction.Target, sanction.Directed, sanction.Goldstein));
        var visit = Assert.Single(view.Links, l => l.Ref == "event:e8-visit");
        Assert.Equal((TinyWorld.Cid, TinyWorld.Aland), (visit.Source, visit.Target));
        Assert.False(view.Links.Single(l => l.Ref == "event:e1-summit").Directed);
        Assert.DoesNotContain(view.Links, l => l.Ref == "event:e3-peace");
        Assert.Equal(5, view.Links.Count(l => l.Kind == "role"));
    }

    private static async Task<string> WriteAsync(ExportGraph graph, string title)
    {
        using var stream = new MemoryStream();
        await new HtmlExporter().WriteAsync(graph, new ExportOptions(title), stream, CancellationToken.None);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + 1, StringComparison.Ordinal))
            count++;
        return count;
    }
}
