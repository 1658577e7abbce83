using Graph.Core.Model;
using Graph.Extraction.Events;
using static Graph.Extraction.Tests.Events.Cast;

namespace Graph.Extraction.Tests.Events;

public sealed class EventIdTests
{
    private const string Text = "Lindqvist met Adler in Oslo on Monday. Chile accused Brazil of violating the agreement. \"We will not give up,\" Lindqvist said.";

    [Fact]
    public void Extract_SameArticleTwice_SameIdsAndEvents()
    {
        var first = new EventExtractor().Extract(Builder().Build(Text));
        var second = new EventExtractor().Extract(Builder().Build(Text));
        Assert.Equal(3, first.Count);
        Assert.Equal(first.Select(e => e.Id), second.Select(e => e.Id));
        Assert.Equal(first.Select(e => e.Confidence), second.Select(e => e.Confidence));
    }

    [Fact]
    public void Extract_Ids_UniqueAndPrefixed()
    {
        var events = new EventExtractor().Extract(Builder().Build(Text));
        Assert.All(events, e => Assert.StartsWith("event:", e.Id, StringComparison.Ordinal));
        Assert.Equal(events.Count, events.Select(e => e.Id).Distinct().Count());
    }

    [Fact]
    public void Extract_OtherArticleId_OtherIds()
    {
        var a = new EventExtractor().Extract(Builder().Build(Text, id: "a"));
        var b = new EventExtractor().Extract(Builder().Build(Text, id: "b"));
        Assert.Empty(a.Select(e => e.Id).Intersect(b.Select(e => e.Id)));
    }

    [Fact]
    public void Extract_Event_EvidenceIsItsSentence()
    {
        var analysis = Builder().Build(Text);
        var e = EventAssert.Single(new EventExtractor().Extract(analysis), EventType.Accusation);
        Assert.Equal("Chile accused Brazil of violating the agreement.", e.Evidence);
        Assert.Equal(e.Evidence, Text[e.Start..e.End]);
        Assert.Equal("test-article", e.Article);
        Assert.InRange(e.Confidence, 0.05, 0.99);
    }
}
