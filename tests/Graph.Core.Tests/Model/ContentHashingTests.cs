using Graph.Core.Articles;

namespace Graph.Core.Tests.Model;

public class ContentHashingTests
{
    [Fact]
    public void ContentHash_SameText_SameHashAndAnyEditChangesIt()
    {
        var a = new Article("x", "T", null, null, "x.md", "Leaders met in Oslo.");
        var b = a with { Id = "y" };
        var edited = new Article("x", "T", null, null, "x.md", "Leaders met in Oslo!");

        Assert.Equal(a.ContentHash, b.ContentHash);
        Assert.NotEqual(a.ContentHash, edited.ContentHash);
        Assert.Equal(64, a.ContentHash.Length);
    }

    [Fact]
    public void ShortId_PartsInOrder_AreStableAndOrderSensitive()
    {
        Assert.Equal(ContentHashing.ShortId("a", "b"), ContentHashing.ShortId("a", "b"));
        Assert.NotEqual(ContentHashing.ShortId("a", "b"), ContentHashing.ShortId("b", "a"));
        // The separator keeps ("ab", "c") and ("a", "bc") apart.
        Assert.NotEqual(ContentHashing.ShortId("ab", "c"), ContentHashing.ShortId("a", "bc"));
        Assert.Equal(16, ContentHashing.ShortId("a").Length);
    }
}
