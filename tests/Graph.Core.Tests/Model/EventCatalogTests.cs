using Graph.Core.Model;

namespace Graph.Core.Tests.Model;

public class EventCatalogTests
{
    [Fact]
    public void Kinds_EveryEventType_HasAKindWithRolesAndAThreeDigitCameoCode()
    {
        foreach (var type in Enum.GetValues<EventType>())
        {
            var kind = EventCatalog.Kinds[type];
            Assert.Equal(type, kind.Type);
            Assert.NotEmpty(kind.Roles);
            Assert.Matches("^[0-2][0-9]{2}$", kind.Cameo);
            Assert.InRange(kind.Goldstein, -10.0, 10.0);
        }
    }

    [Theory]
    [InlineData(EventType.Meeting, true)]
    [InlineData(EventType.PhoneCall, true)]
    [InlineData(EventType.Agreement, true)]
    [InlineData(EventType.Visit, false)]
    [InlineData(EventType.Accusation, false)]
    public void Kinds_Symmetry_MatchesWhetherParticipantOrderCarriesMeaning(EventType type, bool symmetric) =>
        Assert.Equal(symmetric, EventCatalog.Kinds[type].Symmetric);
}
