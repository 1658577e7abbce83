using Graph.Core.Text;

namespace Graph.Core.Tests.Text;

public class ControlCharactersTests
{
    [Fact]
    public void CleanField_ControlsInsideAName_AreRemovedAndLineBreaksBecomeSpaces()
    {
        var cleaned = ControlCharacters.CleanField("Sol\u0007vang\u001b[2J of\tNorway\r\nsaid\u0085so\u009b");

        Assert.Equal("Solvang[2J of Norway  said so", cleaned);
    }

    [Fact]
    public void CleanField_PlainText_IsReturnedAsItIs()
    {
        const string title = "Ministers meet in Ålesund";

        Assert.Same(title, ControlCharacters.CleanField(title));
    }

    [Fact]
    public void Escape_StoredControls_AreShownAsEscapes()
    {
        var escaped = ControlCharacters.Escape("Clear\u001b[2J\u0007 screen\n\tnow\u009b");

        Assert.Equal("Clear\\x1B[2J\\x07 screen\\n\\tnow\\u009B", escaped);
    }
}
