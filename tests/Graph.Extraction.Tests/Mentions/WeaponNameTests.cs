using Graph.Core.Model;
using Graph.Extraction.Tests.Frames;

namespace Graph.Extraction.Tests.Mentions;

/// <summary>A weapon's or a craft's model name is no entity (annotation guidelines), and no side of what is done with it.</summary>
public sealed class WeaponNameTests
{
    [Theory]
    [InlineData("Chile delivered two more VORAN-T systems to Peru on Monday.", "VORAN-T")]
    [InlineData("Chile scrambled K-16 fighters after a Peruvian patrol plane approached on Monday.", "K-16")]
    [InlineData("Chile sent TALPA missiles to Peru in January.", "TALPA")]
    public void Extract_ModelNameBeforeItsWeapon_NoEntity(string body, string model) =>
        Assert.DoesNotContain(Parsed.Entities(body), e => e.Name == model);

    [Fact]
    public void Extract_ModelNameBeforeMissilesSent_NoRecipient() =>
        Assert.Equal(["giver=Chile recipient=Peru"], Parsed.Sides("Chile sent TALPA missiles to Peru in January.", EventType.Offer));

    [Fact]
    public void Extract_FightersOfAPeople_StillNamed() =>
        Assert.Contains((EntityType.Organization, "Hamas"), Parsed.Entities("Hamas fighters attacked a post near Gaza on Monday."));
}
