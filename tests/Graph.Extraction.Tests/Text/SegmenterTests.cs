using Graph.Extraction.Text;

namespace Graph.Extraction.Tests.Text;

public class SegmenterTests
{
    private static List<string> Sentences(string body) =>
        Segmenter.Segment(TestArticles.Body(body)).Sentences.Select(s => s.Text).ToList();

    [Fact]
    public void Segment_Abbreviations_DoNotEndSentences()
    {
        var sentences = Sentences(
            "Gen. Ada Crane met Mr. Bo Lind and Dr. Ruth Ek in Washington, D.C. on Jan. 4 at 9 a.m. local time. " +
            "The U.S. and the U.N. said No. 3 was next, vs. the E.U. plan. It ended there.");

        Assert.Equal(3, sentences.Count);
        Assert.StartsWith("Gen. Ada Crane", sentences[0], StringComparison.Ordinal);
        Assert.StartsWith("The U.S. and", sentences[1], StringComparison.Ordinal);
        Assert.Equal("It ended there.", sentences[2]);
    }

    [Fact]
    public void Segment_AbbreviationBeforeSentenceStart_EndsSentence()
    {
        var sentences = Sentences("The talks moved to the U.S. The next round starts soon.");

        Assert.Equal(["The talks moved to the U.S.", "The next round starts soon."], sentences);
    }

    [Fact]
    public void Segment_Initials_StayInsideTheName()
    {
        var sentences = Sentences("The report by J. K. Harlan was read aloud. Nobody objected.");

        Assert.Equal(2, sentences.Count);
        Assert.Contains("J. K. Harlan", sentences[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"We will not move,\" she said. \"Nothing has changed.\" Then she left.", 3)]
    [InlineData("\u201CWe will not move.\u201D He then left the room.", 2)]
    [InlineData("\"Is this the end?\" asked the envoy. Nobody answered.", 2)]
    public void Segment_Quotes_EndAfterTheClosingQuote(string body, int expected)
    {
        var sentences = Sentences(body);

        Assert.Equal(expected, sentences.Count);
        Assert.DoesNotContain(sentences, s => s.StartsWith('"') && s.Length == 1);
    }

    [Fact]
    public void Segment_SentenceEndingInsideQuotes_KeepsTheQuoteWithIt()
    {
        var sentences = Sentences("He said, \"The danger is real for the region itself.\" He argued for patience.");

        Assert.Equal("He said, \"The danger is real for the region itself.\"", sentences[0]);
        Assert.Equal("He argued for patience.", sentences[1]);
    }

    [Fact]
    public void Segment_ParagraphBreaksAndSubheadings_EndSentences()
    {
        var sentences = Sentences("The first paragraph has no full stop\n\nTrade talks resume in spring\n\nA new paragraph starts here.");

        Assert.Equal(["The first paragraph has no full stop", "Trade talks resume in spring", "A new paragraph starts here."], sentences);
    }

    [Fact]
    public void Segment_TitleLine_IsItsOwnSentence()
    {
        var article = TestArticles.WithTitle("Ministers meet in Oslo", "The ministers met on Monday.");
        var segmentation = Segmenter.Segment(article);

        Assert.Equal(1, segmentation.TitleSentences);
        Assert.Equal(["Ministers meet in Oslo", "The ministers met on Monday."], segmentation.Sentences.Select(s => s.Text));
        Assert.Equal([0, 1], segmentation.Sentences.Select(s => s.Index));
    }

    [Fact]
    public void Segment_Offsets_PointAtTheirText()
    {
        var article = TestArticles.WithTitle("A headline", "Sentence one is here. Sentence two \u2014 with a dash -- ends.\n\nThree.");

        foreach (var sentence in Segmenter.Segment(article).Sentences)
        {
            Assert.Equal(sentence.Text, article.Text[sentence.Start..sentence.End]);
            foreach (var token in sentence.Tokens)
                Assert.Equal(token.Text, article.Text[token.Start..token.End]);
        }
    }

    [Fact]
    public void Segment_OneLetterNameBeforeAPronoun_EndsTheSentence() =>
        Assert.Equal(["\"We are leaving,\" she wrote on X.", "She added that talks were over."],
            Sentences("\"We are leaving,\" she wrote on X. She added that talks were over."));

    [Fact]
    public void Segment_LineLinkingToAnotherStory_Left()
    {
        var sentences = Sentences("Chile expelled a diplomat.\n\nRead more: Peru and Bolivia sign trade deal\n\nThe ministry said so.");

        Assert.Equal(["Chile expelled a diplomat.", "The ministry said so."], sentences);
    }

    [Fact]
    public void Segment_ListUnderALinksLabel_Left()
    {
        var sentences = Sentences("Chile expelled a diplomat.\n\nRelated stories:\n\n\u2022 Peru and Bolivia hold talks\n\n\u2022 Chile strikes a port\n\nThe ministry said so.");

        Assert.Equal(["Chile expelled a diplomat.", "The ministry said so."], sentences);
    }

    [Fact]
    public void Segment_LineOpeningWithALabelsWordWithoutItsColon_Kept() =>
        Assert.Equal(["Chile expelled a diplomat.", "Related talks went on."], Sentences("Chile expelled a diplomat.\n\nRelated talks went on."));

    [Fact]
    public void Segment_PostedOnAPlatformNamedByALetter_EndsTheSentence() =>
        Assert.Equal(["The minister wrote on X.", "Chile and Peru issued statements."], Sentences("The minister wrote on X. Chile and Peru issued statements."));
}
