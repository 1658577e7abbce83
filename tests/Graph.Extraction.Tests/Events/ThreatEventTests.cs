using Graph.Core.Model;
using static Graph.Extraction.Tests.Events.Cast;

namespace Graph.Extraction.Tests.Events;

public sealed class ThreatEventTests
{
    [Fact]
    public void Extract_ThreatenedWithSanctions_ThreatOfSanctions()
    {
        var e = EventAssert.Single(Builder().Events("Kenya threatened Chile with sanctions."), EventType.Threat);
        EventAssert.Participants(e, (Kenya, ParticipantRoles.Threatener), (Chile, ParticipantRoles.Target));
        Assert.Equal("1312", e.Cameo);
    }

    [Fact]
    public void Extract_ThreatenedToAttack_ThreatOfForce()
    {
        var events = Builder().Events("Japan threatened to attack Brazilian ships.");
        var e = EventAssert.Single(events, EventType.Threat);
        EventAssert.Participants(e, (Japan, ParticipantRoles.Threatener), (Brazil, ParticipantRoles.Target));
        Assert.Equal("138", e.Cameo);
        EventAssert.None(events, EventType.MilitaryAction);
    }

    [Fact]
    public void Extract_ConsequencesIf_ConditionalThreat()
    {
        var e = EventAssert.Single(Builder().Events("Norway warned of serious consequences if Chile continues the tests."), EventType.Threat);
        EventAssert.Participants(e, (Norway, ParticipantRoles.Threatener), (Chile, ParticipantRoles.Target));
    }

    [Fact]
    public void Extract_ResponseMeasuresIf_ThreatByTheMainSubject()
    {
        var e = EventAssert.Single(Builder().Events("Finland says it is ready with strong response measures if Norway closes the border."), EventType.Threat);
        EventAssert.Participants(e, (Finland, ParticipantRoles.Threatener), (Norway, ParticipantRoles.Target));
    }

    [Fact]
    public void Extract_Ultimatum_UltimatumCode()
    {
        var e = EventAssert.Single(Builder().Events("Brazil issued an ultimatum to Kenya."), EventType.Threat);
        EventAssert.Participants(e, (Brazil, ParticipantRoles.Threatener), (Kenya, ParticipantRoles.Target));
        Assert.Equal("139", e.Cameo);
    }

    [Fact]
    public void Extract_ThreatAsNoun_NoThreat() =>
        EventAssert.None(Builder().Events("The threat to Chile has receded."), EventType.Threat);

    [Fact]
    public void Extract_Negated_NoThreat() =>
        EventAssert.None(Builder().Events("Japan did not threaten Brazil."), EventType.Threat);

    [Fact]
    public void Extract_ThreatInsideQuote_NoThreat() =>
        EventAssert.None(Builder().Events("\"They threatened Chile,\" Adler said."), EventType.Threat);

    [Fact]
    public void Extract_ThreatenedForceIfTheOtherActs_ThreatOfForceAgainstTheCondition()
    {
        var e = EventAssert.Single(Builder().Events("Japan has threatened to use military force if Brazil sends ships to the islands."), EventType.Threat);
        EventAssert.Participants(e, (Japan, ParticipantRoles.Threatener), (Brazil, ParticipantRoles.Target));
        Assert.Equal("138", e.Cameo);
    }

    [Theory]
    [InlineData("Maria Lindqvist is threatening to quit the cabinet.")]
    [InlineData("Maria Lindqvist said the dispute is threatening peace in the region.")]
    public void Extract_ThreatOfNoHarmToNoOne_NoThreat(string body) =>
        EventAssert.None(Builder().Events(body), EventType.Threat);
}
