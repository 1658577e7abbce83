using Graph.Core.Model;

namespace Graph.Extraction.Tests.Frames;

/// <summary>
/// Passive participles opening a sentence, participles before a passive, habits told with a bare present, talks due to
/// begin, launches into open water reported by the other side, aircraft without a named side, joining and attending a
/// sitting, plans signed, and an entry barred to a counted group (sentences written for these tests; the forty-first
/// extraction pass).
/// </summary>
public sealed class FrontedParticiplesJoinsAndLaunchesTests
{
    [Fact]
    public void Extract_CalledByOpeningTheSentence_PhoneCallWithTheClausesSubject() =>
        Assert.Equal(["participant=Ana Ruiz participant=Luis Vega"],
            Parsed.Sides("Called by Chilean Foreign Minister Ana Ruiz late on Monday, Peruvian President Luis Vega discussed the border dispute.", EventType.PhoneCall));

    [Fact]
    public void Extract_ExpelledByOpeningTheSentence_SanctionOnTheSubjectsState() =>
        Assert.Equal(["imposer=Mali target=Denmark"],
            Parsed.Sides("Expelled by Mali last month, the Danish ambassador returned to Copenhagen.", EventType.Sanction));

    [Fact]
    public void Extract_ReceivedByOpeningTheSentence_MeetingWithTheAgent()
    {
        var sides = Parsed.Sides("Received by Kenyan President Omar Wekesa at State House, the Ethiopian envoy delivered a message.", EventType.Meeting);
        Assert.Equal(["participant=Ethiopia participant=Omar Wekesa"], sides);
    }

    [Fact]
    public void Extract_ParticipleBeforeAPassive_TheSubjectVisitsAndIsMet()
    {
        const string sentence = "Arriving in Lima on Tuesday, Kenyan President Omar Wekesa was welcomed by Peruvian President Luis Vega.";
        Assert.Equal(["visitor=Omar Wekesa"], Parsed.Sides(sentence, EventType.Visit));
        Assert.Equal(["participant=Luis Vega participant=Omar Wekesa"], Parsed.Sides(sentence, EventType.Meeting));
    }

    [Fact]
    public void Extract_BrokeredByOpeningTheSentence_TheBrokerIsAParty() =>
        Assert.Equal(["participant=Chile participant=Ghana participant=Peru"],
            Parsed.Sides("Brokered by Ghana, the deal between Chile and Peru took effect on Sunday.", EventType.Agreement));

    [Fact]
    public void Extract_BarePresentOfAHabit_NoMeeting() =>
        Assert.Empty(Parsed.Sides("Leaders of the East African Community usually meet twice a year.", EventType.Meeting));

    [Theory]
    [InlineData("Peace talks between Kenya and Somalia are due to begin in Nairobi on Saturday.")]
    [InlineData("The summit between Chile and Peru is set to open in Lima next week.")]
    [InlineData("The summit between Chile and Peru is slated to begin in Lima next week.")]
    public void Extract_TalksDueToBegin_NoMeeting(string sentence) =>
        Assert.Empty(Parsed.Sides(sentence, EventType.Meeting));

    [Fact]
    public void Extract_TalksThatBegan_Meeting() =>
        Assert.Equal(["participant=Kenya participant=Somalia"],
            Parsed.Sides("Peace talks between Kenya and Somalia began in Nairobi on Saturday.", EventType.Meeting));

    [Fact]
    public void Extract_LaunchIntoTheSeaOnADayReportedByTheOtherSide_NoAccusation()
    {
        const string sentence = "North Korea launched two ballistic missiles into the sea on Sunday, South Korea's military said.";
        Assert.Empty(Parsed.Sides(sentence, EventType.Accusation));
        Assert.Equal(["actor=North Korea"], Parsed.Sides(sentence, EventType.MilitaryAction));
    }

    [Fact]
    public void Extract_LaunchAtATownReportedByTheOtherSide_Accusation() =>
        Assert.Equal(["accused=Russia accuser=Ukraine"],
            Parsed.Sides("Russia launched two missiles at Odesa on Sunday, Ukraine said.", EventType.Accusation));

    [Theory]
    [InlineData("Warplanes bombed a monastery in Mandalay on Monday.")]
    [InlineData("A military jet bombed a market in Mandalay on Monday.")]
    public void Extract_AircraftWithoutANamedSide_MilitaryActionAtThePlace(string sentence)
    {
        var action = Assert.Single(Parsed.Events(sentence), e => e.Type == EventType.MilitaryAction);
        Assert.Empty(action.Participants);
        Assert.Equal("loc:mandalay", action.Location);
    }

    [Fact]
    public void Extract_APlaneThatHitAHouse_NoMilitaryAction() =>
        Assert.DoesNotContain(Parsed.Events("A small plane hit a house in Mandalay on Monday."), e => e.Type == EventType.MilitaryAction);

    [Fact]
    public void Extract_JoinedOthersForTalks_MeetingWithEach() =>
        Assert.Equal(["participant=Ana Ruiz participant=Lise Dahl", "participant=Lise Dahl participant=Luis Vega"],
            Parsed.Sides("Norwegian Prime Minister Lise Dahl joined Chilean President Ana Ruiz and Peruvian President Luis Vega for talks in Lima on Monday.", EventType.Meeting));

    [Fact]
    public void Extract_SessionAttendedByTwoSides_Meeting() =>
        Assert.Equal(["participant=African Union participant=Norway"],
            Parsed.Sides("The session was also attended by representatives of the African Union and Norway.", EventType.Meeting));

    [Fact]
    public void Extract_JoinedAnAlliance_NoMeeting() =>
        Assert.Empty(Parsed.Sides("Kenya joined the alliance in 2020.", EventType.Meeting));

    [Fact]
    public void Extract_TwoSidesSignedARoadmap_Agreement() =>
        Assert.Equal(["participant=Ethiopia participant=Kenya"],
            Parsed.Sides("Kenya and Ethiopia signed a roadmap for border trade on Tuesday.", EventType.Agreement));

    [Fact]
    public void Extract_OneSideSignedAPlan_NoAgreement() =>
        Assert.Empty(Parsed.Sides("The Kenyan president signed a plan to build new roads.", EventType.Agreement));

    [Fact]
    public void Extract_EntryBarredToACountedGroup_Sanction() =>
        Assert.Equal(["imposer=Russia target=European Union"],
            Parsed.Sides("Russia barred entry to 21 EU officials on Tuesday.", EventType.Sanction));
}
