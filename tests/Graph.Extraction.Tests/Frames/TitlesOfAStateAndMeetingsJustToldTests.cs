using Graph.Core.Model;

namespace Graph.Extraction.Tests.Frames;

/// <summary>
/// Titles with an "of" phrase before a name (the protocol style of state agencies), envoys' postings, a meeting a later
/// sentence names again or both sides deny, speeches, congratulations, what an accusation's participle tells, attacks
/// claimed and expulsions from a capital (sentences written for these tests; the forty-first extraction pass).
/// </summary>
public sealed class TitlesOfAStateAndMeetingsJustToldTests
{
    [Fact]
    public void Extract_CallWithATitleOfAStateBeforeTheName_PhoneCall() =>
        Assert.Equal(["participant=John Mahama participant=William Ruto"],
            Parsed.Sides("Kenyan President William Ruto held a telephone conversation with President of the Republic of Ghana John Mahama on Monday.", EventType.PhoneCall));

    [Fact]
    public void Extract_AgentsWithTitlesOfAMinistryBeforeTheirNames_Agreement() =>
        Assert.Equal(["participant=Lise Dahl participant=Luis Vega"],
            Parsed.Sides("The accord was signed by Minister of Foreign Affairs Lise Dahl and Peruvian Foreign Minister Luis Vega.", EventType.Agreement));

    [Fact]
    public void Extract_ObjectWithATitleOfAStateBeforeTheName_MeetingAndRole()
    {
        const string sentence = "Kenyan President Omar Wekesa received Prime Minister of Peru Luis Vega in Nairobi on Monday.";
        Assert.Equal(["participant=Luis Vega participant=Omar Wekesa"], Parsed.Sides(sentence, EventType.Meeting));
        Assert.Contains(Parsed.Roles(sentence), r => r.Contains("Luis Vega", StringComparison.Ordinal) && r.Contains("Peru", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_MeetingNamedAgainInTheNextSentence_OneMeeting()
    {
        var events = Parsed.Events("Kenyan President Omar Wekesa met Peruvian President Luis Vega in Lima on Monday. During the meeting, Kenya and Peru signed three agreements.");
        Assert.Single(events, e => e.Type == EventType.Meeting);
        Assert.Single(events, e => e.Type == EventType.Agreement);
    }

    [Fact]
    public void Extract_MeetingNamedWithNoneToldBefore_Meeting() =>
        Assert.Equal(["participant=Kenya participant=Peru"], Parsed.Sides("During the meeting, Kenya and Peru signed three agreements.", EventType.Meeting));

    [Fact]
    public void Extract_Felicitated_Statement() =>
        Assert.Contains("speaker=Omar Wekesa", Parsed.Sides("Kenyan President Omar Wekesa felicitated Peruvian President Luis Vega on his election victory.", EventType.Statement)[0], StringComparison.Ordinal);

    [Fact]
    public void Extract_ParticipleOfAnAccusation_NoActionOfTheAccuser()
    {
        const string sentence = "Peru accused Chile of shelling the town of Tacna overnight, killing two civilians.";
        Assert.Empty(Parsed.Sides(sentence, EventType.MilitaryAction));
        Assert.Equal(["accused=Chile accuser=Peru"], Parsed.Sides(sentence, EventType.Accusation));
    }

    [Theory]
    [InlineData("Chile's Ambassador to Peru Ana Ruiz attended the ceremony on Monday.", "Ana Ruiz / Ambassador / Chile")]
    [InlineData("Peruvian Ambassador to Chile Luis Vega attended the ceremony on Monday.", "Luis Vega / Ambassador / Peru")]
    [InlineData("Kenya's High Commissioner to Ghana Omar Wekesa attended the ceremony on Monday.", "Omar Wekesa / High Commissioner / Kenya")]
    public void Extract_EnvoysPostingBetweenTitleAndName_RoleOfTheSender(string sentence, string role) =>
        Assert.Contains(role, Parsed.Roles(sentence));

    [Theory]
    [InlineData("Kenyan President Omar Wekesa addressed the summit on Monday.")]
    [InlineData("The summit was also addressed by Kenyan President Omar Wekesa.")]
    [InlineData("Kenyan President Omar Wekesa addressed the UN General Assembly on Tuesday.")]
    public void Extract_SpeechToAGathering_Statement(string sentence) =>
        Assert.Equal(["speaker=Omar Wekesa"], Parsed.Sides(sentence, EventType.Statement));

    [Theory]
    [InlineData("Kenyan President Omar Wekesa addressed the concerns of farmers on Tuesday.")]
    [InlineData("Kenyan President Omar Wekesa will address the nation on Tuesday.")]
    public void Extract_MatterAddressedOrSpeechToCome_NoStatement(string sentence) =>
        Assert.Empty(Parsed.Sides(sentence, EventType.Statement));

    [Fact]
    public void Extract_MeetingDeniedByBothSides_NoMeeting()
    {
        var events = Parsed.Events("A meeting between Chilean and Peruvian officials in Quito, reported by several outlets last month, was denied by both sides.");
        Assert.DoesNotContain(events, e => e.Type == EventType.Meeting);
        Assert.Equal(2, events.Count(e => e.Type == EventType.Denial));
    }

    [Fact]
    public void Extract_AttackDenied_TheAttackStays() =>
        Assert.Single(Parsed.Events("Peru denied the attack on the Chilean base."), e => e.Type == EventType.MilitaryAction);

    [Fact]
    public void Extract_WarnedItWouldHitACity_Threat() =>
        Assert.Equal(["target=Hezbollah threatener=Lise Dahl"],
            Parsed.Sides("Defence Minister Lise Dahl warned that Israel would hit Beirut if Hezbollah fired again.", EventType.Threat));

    [Fact]
    public void Extract_WarnedTariffsWouldHitTheEconomy_NoThreat() =>
        Assert.Empty(Parsed.Sides("The new tariffs would hit the economy hard, Kenyan President Omar Wekesa warned.", EventType.Threat));

    [Fact]
    public void Extract_FertiliserProvided_Offer() =>
        Assert.Equal(["giver=China recipient=North Korea"], Parsed.Sides("China provided 50,000 tonnes of fertiliser to North Korea on Monday.", EventType.Offer));

    [Fact]
    public void Extract_AgreementRenewed_Agreement() =>
        Assert.Equal(["participant=Argentina participant=China"], Parsed.Sides("Argentina and China renewed their currency swap agreement on Tuesday.", EventType.Agreement));

    [Fact]
    public void Extract_CallForTalksRenewed_NoMeeting() =>
        Assert.Empty(Parsed.Sides("Argentina renewed its call for talks with Britain.", EventType.Meeting));

    [Fact]
    public void Extract_AttackClaimedByAGroupThatDamagedAShip_OneActionOfTheGroup() =>
        Assert.Equal(["actor=Houthis target=Greece"], Parsed.Sides("The attack, claimed by the Houthis, damaged a Greek-owned tanker.", EventType.MilitaryAction));

    [Fact]
    public void Extract_ExpulsionFromACapital_SanctionByItsState() =>
        Assert.Contains("imposer=Nicaragua target=Brazil",
            Parsed.Sides("Brazil recalled its envoy in response to the expulsion of the Brazilian ambassador from Managua.", EventType.Sanction));
}
