using Graph.Core.Model;
using Graph.Extraction.Tests.Frames;

namespace Graph.Extraction.Tests.Mentions;

/// <summary>A sentence's closing source ("…, officials said") says nothing of the name before its comma.</summary>
public class ClosingSourceTests
{
    private static List<(EntityType Type, string Name)> Entities(string body) =>
        [.. Parsed.Extract(body).Entities.Select(e => (e.Type, e.Name)).Order()];

    [Theory]
    [InlineData("Government troops shelled the town of Dar Kulma, officials said.")]
    [InlineData("Government troops shelled the town of Dar Kulma, senior officials said on Tuesday.")]
    public void Extract_PlaceBeforeAClosingSource_StaysAPlace(string body)
    {
        var entities = Entities(body);

        Assert.Contains((EntityType.Location, "Dar Kulma"), entities);
        Assert.DoesNotContain((EntityType.Person, "Dar Kulma"), entities);
    }

    [Fact]
    public void Extract_NameBeforeARoleInCommas_APerson() =>
        Assert.Contains((EntityType.Person, "Amara Tesfaye"), Entities("The talks were led by Amara Tesfaye, the foreign minister, on Monday."));
}
