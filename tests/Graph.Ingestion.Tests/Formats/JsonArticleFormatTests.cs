using Graph.Ingestion.Formats;
using Graph.Ingestion.Reading;

namespace Graph.Ingestion.Tests.Formats;

public class JsonArticleFormatTests
{
    [Fact]
    public void Parse_AllFields_AreRead()
    {
        const string json = """
            {"id": "wire-17", "title": "Deal signed", "published": "2023-09-12", "url": "https://news.example/deal",
             "text": "The two governments signed a trade deal on Tuesday.", "section": "world"}
            """;

        var fields = JsonArticleFormat.Parse(json);

        Assert.Equal("wire-17", fields.Id);
        Assert.Equal("Deal signed", fields.Title);
        Assert.Equal(new DateOnly(2023, 9, 12), fields.Published);
        Assert.Equal("https://news.example/deal", fields.Url);
        Assert.Equal("The two governments signed a trade deal on Tuesday.", fields.Text);
        Assert.Equal(0, fields.BodyStart);
    }

    [Fact]
    public void Parse_NumericIdAndNoTitle_KeepsIdAndUsesTitleLine()
    {
        var fields = JsonArticleFormat.Parse("""{"id": 42, "text": "Border talks resume\n\nDelegates met in Geneva."}""");

        Assert.Equal("42", fields.Id);
        Assert.Equal("Border talks resume", fields.Title);
        Assert.Equal("Delegates met in Geneva.", fields.Text[fields.BodyStart..]);
    }

    [Theory]
    [InlineData("""[{"title": "a", "text": "b"}]""", ".jsonl")]
    [InlineData("""{"title": "No text"}""", "no \"text\" string")]
    [InlineData("""{"title": "T", "text": "B", "published": 2024}""", "\"published\" must be a string")]
    [InlineData("""{"title": "T", "text": "B", "published": "yesterday"}""", "not an ISO date")]
    [InlineData("""{"title": "T", "text": "B",""", "malformed JSON")]
    [InlineData("""{"title": "T", "text": "A\u0000B"}""", "binary")]
    [InlineData("""{"title": "T", "text": "   "}""", "empty")]
    public void Parse_BadArticle_IsRejectedWithReason(string json, string reason)
    {
        var error = Assert.Throws<BadInputException>(() => JsonArticleFormat.Parse(json));

        Assert.Contains(reason, error.Message);
    }
}
