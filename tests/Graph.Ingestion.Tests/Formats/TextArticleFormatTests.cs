using Graph.Ingestion.Formats;
using Graph.Ingestion.Reading;

namespace Graph.Ingestion.Tests.Formats;

public class TextArticleFormatTests
{
    [Fact]
    public void Parse_FrontMatter_ReadsFieldsAndBodyStartsAfterIt()
    {
        const string text = "---\ntitle: Ministers meet in Lisbon\npublished: 2024-03-05\nurl: https://news.example/lisbon\n---\n\n"
            + "The foreign ministers of Portugal and Chile met on Monday.\n";

        var fields = TextArticleFormat.Parse(text);

        Assert.Equal("Ministers meet in Lisbon", fields.Title);
        Assert.Equal(new DateOnly(2024, 3, 5), fields.Published);
        Assert.Equal("https://news.example/lisbon", fields.Url);
        Assert.Same(text, fields.Text);
        Assert.Equal("The foreign ministers of Portugal and Chile met on Monday.\n", text[fields.BodyStart..]);
    }

    [Fact]
    public void Parse_QuotedValuesAndUnknownKeys_AreUnquotedAndIgnored()
    {
        const string text = "---\ntitle: \"Talks: a new round\"\nauthor: Desk\npublished: '2023-11-20'\n---\nBody text here.";

        var fields = TextArticleFormat.Parse(text);

        Assert.Equal("Talks: a new round", fields.Title);
        Assert.Equal(new DateOnly(2023, 11, 20), fields.Published);
        Assert.Null(fields.Url);
        Assert.Equal("Body text here.", text[fields.BodyStart..]);
    }

    [Fact]
    public void Parse_FirstLineFollowedByBlankLine_IsTheTitle()
    {
        const string text = "Envoy visits Nairobi\n\nThe envoy arrived on Tuesday for a three-day visit.";

        var fields = TextArticleFormat.Parse(text);

        Assert.Equal("Envoy visits Nairobi", fields.Title);
        Assert.Equal(text.IndexOf("The envoy", StringComparison.Ordinal), fields.BodyStart);
        Assert.Null(fields.Published);
    }

    [Fact]
    public void Parse_FirstLineWithoutBlankLine_IsPartOfTheBody()
    {
        const string text = "The envoy arrived on Tuesday.\nShe met the minister.";

        var fields = TextArticleFormat.Parse(text);

        Assert.Null(fields.Title);
        Assert.Equal(0, fields.BodyStart);
    }

    [Fact]
    public void Parse_MarkdownHeading_IsTheTitleEvenWithoutBlankLine()
    {
        const string text = "# Sanctions widened ##\nThe council widened sanctions on Friday.";

        var fields = TextArticleFormat.Parse(text);

        Assert.Equal("Sanctions widened", fields.Title);
        Assert.Equal("The council widened sanctions on Friday.", text[fields.BodyStart..]);
    }

    [Fact]
    public void Parse_CrLfLineEndings_AreHandled()
    {
        const string text = "---\r\ntitle: Call between ministers\r\npublished: 2022-07-01\r\n---\r\n\r\nThe two ministers spoke by phone.\r\n";

        var fields = TextArticleFormat.Parse(text);

        Assert.Equal("Call between ministers", fields.Title);
        Assert.Equal(new DateOnly(2022, 7, 1), fields.Published);
        Assert.Equal("The two ministers spoke by phone.\r\n", text[fields.BodyStart..]);
    }

    [Fact]
    public void Parse_FrontMatterWithoutTitle_UsesTheTitleLineAfterIt()
    {
        const string text = "---\npublished: 2021-01-15\n---\nAid pledged to flood victims\n\nThe donors pledged aid on Thursday.";

        var fields = TextArticleFormat.Parse(text);

        Assert.Equal("Aid pledged to flood victims", fields.Title);
        Assert.Equal("The donors pledged aid on Thursday.", text[fields.BodyStart..]);
    }

    [Fact]
    public void Parse_PublishedDateTime_TakesTheDatePart()
    {
        var fields = TextArticleFormat.Parse("---\ntitle: T\npublished: 2020-05-06T23:10:00Z\n---\nBody.");

        Assert.Equal(new DateOnly(2020, 5, 6), fields.Published);
    }

    [Fact]
    public void Parse_VeryLongFirstLine_IsNotATitle()
    {
        var paragraph = string.Join(' ', Enumerable.Repeat("The minister spoke at length.", 20));
        var text = paragraph + "\n\nA second paragraph.";

        var fields = TextArticleFormat.Parse(text);

        Assert.Null(fields.Title);
        Assert.Equal(0, fields.BodyStart);
    }

    [Theory]
    [InlineData("---\ntitle: Open\nBody without a closing fence.", "not closed")]
    [InlineData("---\ntitle: T\npublished: 5 March 2024\n---\nBody.", "not an ISO date")]
    [InlineData("---\ntitle: T\n---\n\n  \n", "no body text")]
    [InlineData("Only a title\n\n", "no body text")]
    public void Parse_BadArticle_IsRejectedWithReason(string text, string reason)
    {
        var error = Assert.Throws<BadInputException>(() => TextArticleFormat.Parse(text));

        Assert.Contains(reason, error.Message);
    }
}
