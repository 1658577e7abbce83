using Graph.Extraction.Events;
using static Graph.Extraction.Tests.Events.Cast;

namespace Graph.Extraction.Tests.Events;

public sealed class EventExtractorInputTests
{
    [Fact]
    public void Extract_EmptyArticle_NoEvents() => Assert.Empty(new EventExtractor().Extract(Builder().Build("")));

    [Fact]
    public void Extract_NoMentions_NoEvents() =>
        Assert.Empty(new AnalysisBuilder().Events("The minister met her counterpart and said the talks went well."));

    [Fact]
    public void Extract_LongRunOnSentence_Finishes()
    {
        var text = string.Join(", and ", Enumerable.Repeat("Lindqvist met Adler in Oslo while Chile accused Brazil of delays", 60)) + ".";
        var events = new EventExtractor().Extract(Builder().Build(text));
        Assert.NotEmpty(events);
        Assert.Equal(events.Count, events.Select(e => e.Id).Distinct().Count());
    }

    [Fact]
    public void Extract_UnclosedQuote_QuotedWordsAssertNothing()
    {
        var events = Builder().Events("Adler said: \"Chile attacked Brazil and nobody cared.\n\nKenya denied it.");
        EventAssert.None(events, Graph.Core.Model.EventType.MilitaryAction);
        EventAssert.Single(events, Graph.Core.Model.EventType.Denial);
    }
}
