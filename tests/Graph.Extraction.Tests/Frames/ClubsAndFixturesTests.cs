using Graph.Core.Model;

namespace Graph.Extraction.Tests.Frames;

/// <summary>Clubs named after their towns, and fixtures the parser hangs on the side met: sentences of our own.</summary>
public class ClubsAndFixturesTests
{
    [Theory]
    [InlineData("Chile's Colo-Colo met Lima in the Copa Libertadores semi-final on Wednesday.")]
    [InlineData("Peru hosted Chile in a friendly match in Lima on Friday.")]
    [InlineData("Valparaiso met Cusco at the national stadium on Tuesday.")]
    public void Extract_SportsFixtureOrClubsNamedAfterTowns_NoMeeting(string sentence) =>
        Assert.DoesNotContain(Parsed.Events(sentence), e => e.Type == EventType.Meeting);

    [Theory]
    [InlineData("Chilean President Ana Ruiz met Peruvian President Luis Soto in the final round of talks in Lima on Friday.")]
    [InlineData("Chilean President Ana Ruiz met Peruvian President Luis Soto at the summit in Lima on Friday.")]
    public void Extract_MeetingAtTalksOrASummit_Meeting(string sentence) =>
        Assert.Contains(Parsed.Events(sentence), e => e.Type == EventType.Meeting);
}
