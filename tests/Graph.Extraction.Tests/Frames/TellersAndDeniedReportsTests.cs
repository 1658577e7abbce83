using Graph.Core.Model;

namespace Graph.Extraction.Tests.Frames;

/// <summary>
/// Tellers described before their name or by a relative clause, whom they told, and reports denied whose source is named:
/// sentences of our own.
/// </summary>
public class TellersAndDeniedReportsTests
{
    [Theory]
    [InlineData("The agency's chief, Tomas Ferreira, told ZBC that the roads were closed.")]
    [InlineData("The ministry's spokesman, Tomas Ferreira, told the BBC on Monday that the roads were closed.")]
    [InlineData("\"The roads are closed,\" the agency's chief, Tomas Ferreira, told state broadcaster ZBC.")]
    [InlineData("\"The roads are closed,\" the agency's chief, Tomas Ferreira, told reporters.")]
    public void Extract_DescribedTellerWithTheNameInApposition_TheNamedSpeakerOnly(string sentence)
    {
        var document = Parsed.Extract(sentence);
        var names = document.Entities.ToDictionary(e => e.Id, e => e.Name, StringComparer.Ordinal);

        var speakers = document.Events.Where(e => e.Type == EventType.Statement).SelectMany(e => e.Participants).Where(p => p.Role == "speaker").Select(p => names[p.Entity]);
        Assert.Equal(["Tomas Ferreira"], speakers.Distinct());
    }

    [Fact]
    public void Extract_QuoteClosedBySaidAndTheName_TheNameSpeaks() =>
        Assert.Equal(["speaker=Tomas Ferreira"], Parsed.Sides("\"The roads are closed,\" said Tomas Ferreira.", EventType.Statement));

    [Theory]
    [InlineData("Chilean President Ana Ruiz returned to Santiago on Monday. Her office denied a report by a local magazine that she had met Peruvian President Luis Soto in Lima.")]
    [InlineData("The Chilean government denied a report in a local newspaper that President Ana Ruiz had met Peruvian President Luis Soto in Lima.")]
    public void Extract_MeetingInAReportDeniedWhoseSourceIsNamed_NoMeeting(string text) =>
        Assert.DoesNotContain(Parsed.Events(text), e => e.Type == EventType.Meeting);

    [Theory]
    [InlineData("Chile, which also borders Bolivia, said on Monday it would close two border crossings.")]
    [InlineData("Chile, which hosts the summit, said on Monday it would close two border crossings.")]
    public void Extract_SpeakerDescribedByARelativeClause_TheSpeakerOnly(string sentence) =>
        Assert.Equal(["speaker=Chile"], Parsed.Sides(sentence, EventType.Statement));
}
