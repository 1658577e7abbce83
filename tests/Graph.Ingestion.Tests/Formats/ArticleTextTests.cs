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
    public void Decode_ControlCharacters_AreReplacedBySpacesKeepingOffsets()
    {
        var text = ArticleText.Decode(Encoding.UTF8.GetBytes("Aid\u0007 was\u001b pledged\u0085.\tDone\r\n"));

        Assert.Equal("Aid  was  pledged .\tDone\r\n", text);
    }

    [Fact]
    public void Decode_OnlyWhiteSpace_IsRejectedAsEmpty()
    {
        var error = Assert.Throws<BadInputException>(() => ArticleText.Decode(Encoding.UTF8.GetBytes(" \n\t\n")));

        Assert.Contains("empty", error.Message);
    }
}
