using System.Text;
using Graph.Ingestion.Formats;
using Graph.Ingestion.Reading;

namespace Graph.Ingestion.Tests.Formats;

public class ArticleTextTests
{
    [Fact]
    public void Decode_ByteOrderMark_IsDroppedAndTextStartsAfterIt()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("Talks in Oslo\n\nThe envoys met.")).ToArray();

        var text = ArticleText.Decode(bytes);

        Assert.Equal("Talks in Oslo\n\nThe envoys met.", text);
    }

    [Fact]
    public void Decode_NulByte_IsRejectedAsBinary()
    {
        var error = Assert.Throws<BadInputException>(() => ArticleText.Decode([0x41, 0x00, 0x42]));

        Assert.Contains("binary", error.Message);
    }

    [Fact]
    public void Decode_InvalidUtf8_IsRejectedWithTheOffset()
    {
        var bytes = Encoding.Latin1.GetBytes("Le président a parlé.");

        var error = Assert.Throws<BadInputException>(() => ArticleText.Decode(bytes));

        Assert.Contains("not valid UTF-8", error.Message);
        Assert.Contains("offset 5", error.Message);
    }

    [Fact]
    public void Decode_ControlCharacters_AreRemovedSoNoWordIsSplit()
    {
        var text = ArticleText.Decode(Encoding.UTF8.GetBytes("Aid\u0007 was\u001b pledged by Hal\u0007vard Brekke\u0085.\fDone\tnow\r\n"));

        Assert.Equal("Aid was pledged by Halvard Brekke . Done\tnow\r\n", text);
    }

    [Theory]
    [InlineData("utf-16LE")]
    [InlineData("utf-16BE")]
    [InlineData("utf-32LE")]
    [InlineData("utf-32BE")]
    public void Decode_UnicodeWithByteOrderMark_IsConvertedAndTextStartsAfterTheMark(string encodingName)
    {
        var encoding = Encoding.GetEncoding(encodingName);
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes("Gipfel in Bergen\n\nDie Ministerin kam an.")).ToArray();

        var text = ArticleText.Decode(bytes);

        Assert.Equal("Gipfel in Bergen\n\nDie Ministerin kam an.", text);
    }

    [Theory]
    [InlineData("utf-16LE", "UTF-16LE")]
    [InlineData("utf-16BE", "UTF-16BE")]
    [InlineData("utf-32LE", "UTF-32LE")]
    public void Decode_UnicodeWithoutByteOrderMark_IsSetAsideNamingTheLikelyEncoding(string encodingName, string named)
    {
        var bytes = Encoding.GetEncoding(encodingName).GetBytes("Talks resumed in Geneva on Tuesday.\n\nBoth delegations attended.");

        var error = Assert.Throws<BadInputException>(() => ArticleText.Decode(bytes));

        Assert.StartsWith($"looks like {named} text without a byte order mark", error.Message);
    }

    [Fact]
    public void Decode_Latin1_IsSetAsideNamingIt()
    {
        var error = Assert.Throws<BadInputException>(() => ArticleText.Decode(Encoding.Latin1.GetBytes("Le président a parlé.")));

        Assert.Contains("it looks like ISO-8859-1/Windows-1252 text: save it as UTF-8", error.Message);
    }

    [Fact]
    public void Decode_OnlyWhiteSpace_IsRejectedAsEmpty()
    {
        var error = Assert.Throws<BadInputException>(() => ArticleText.Decode(Encoding.UTF8.GetBytes(" \n\t\n")));

        Assert.Contains("empty", error.Message);
    }
}
