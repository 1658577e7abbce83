using Graph.Core.Model;

namespace Graph.Extraction.Tests.Frames;

/// <summary>
/// Fire a side gives, units that arrive, aid asked for, expected or offered on a condition, talks on an exchange of
/// prisoners, a verb after "helped" read as a noun, and a bare title facing a subject told by a pronoun (sentences written
/// for these tests; the forty-second extraction pass).
/// </summary>
public sealed class GunfireUnitsAndAidAskedForTests
{
    [Theory]
    [InlineData("Four Kenyan soldiers were killed by Somali fire near Mandera on Sunday.")]
    [InlineData("Somali fire killed four Kenyan soldiers near Mandera on Sunday.")]
    [InlineData("Four Kenyan soldiers were killed by Somali artillery fire near Mandera on Sunday.")]
    public void Extract_KilledByASidesFire_MilitaryActionOfTheSide(string sentence) =>
        Assert.Contains("actor=Somalia", Parsed.Sides(sentence, EventType.MilitaryAction).Single(), StringComparison.Ordinal);

    [Fact]
    public void Extract_KilledByAFire_NoMilitaryAction() =>
        Assert.Empty(Parsed.Sides("A fire killed four people at a market in Mombasa on Sunday.", EventType.MilitaryAction));

    [Theory]
    [InlineData("The 12th Mechanised Brigade arrived in Latvia on Monday.")]
    [InlineData("The Third Fleet arrived in Manila on Monday.")]
    public void Extract_UnitArrived_NoVisit(string sentence) =>
        Assert.Empty(Parsed.Sides(sentence, EventType.Visit));

    [Theory]
    [InlineData("Peru urged Chile to provide food aid to Bolivia.")]
    [InlineData("Chile is expected to pledge $10 million to Bolivia.")]
    [InlineData("If asked, Chile would send food aid to Bolivia.")]
    public void Extract_AidAskedForExpectedOrOnACondition_NoOffer(string sentence) =>
        Assert.Empty(Parsed.Sides(sentence, EventType.Offer));

    [Fact]
    public void Extract_AidPledgedAfterAnotherUrgedIt_Offer() =>
        Assert.Equal(["giver=Chile recipient=Bolivia"], Parsed.Sides("After Peru urged it to act, Chile pledged food aid to Bolivia.", EventType.Offer));

    [Fact]
    public void Extract_TalksOnAPrisonerExchange_Negotiation() =>
        Assert.Equal(["participant=Armenia participant=Azerbaijan"],
            Parsed.Sides("Armenian and Azerbaijani officials held talks in Tbilisi on a prisoner exchange.", EventType.Negotiation));

    [Fact]
    public void Extract_HelpedBrokerADeal_AgreementWithTheBroker() =>
        Assert.Equal(["participant=Chile participant=Norway participant=Peru"],
            Parsed.Sides("Norway helped broker a deal between Chile and Peru.", EventType.Agreement));

    [Fact]
    public void Extract_BareTitleFacingAPronounsPerson_NotThatPersonsCountry()
    {
        var roles = Parsed.Roles("Kenyan President Omar Wekesa arrived in Lima on Tuesday for talks on Peru's copper exports, his first trip to Peru. "
            + "He is expected to meet President Luis Vega on Wednesday, a Kenyan official said.");
        Assert.Contains("Luis Vega / President / Peru", roles);
        Assert.DoesNotContain("Luis Vega / President / Kenya", roles);
    }

    [Fact]
    public void Extract_BareTitleInWhatAPronounSays_SpeakersCountryNotExcluded() =>
        Assert.DoesNotContain("Ali Hassan / Sergeant / Peru",
            Parsed.Roles("Kenyan President Omar Wekesa spoke in Nairobi on Tuesday. He said Peru had detained Kenyan citizens, including Sergeant Ali Hassan."));

    [Fact]
    public void Extract_GiftNamingNoRecipientAfterAidToAState_OfferToThatState() =>
        Assert.Equal(["giver=Germany recipient=Sudan", "giver=Japan recipient=Sudan"],
            Parsed.Sides("Germany pledged 150 million euros in aid to Sudan on Monday. Japan offered $60 million, officials said.", EventType.Offer));

    [Fact]
    public void Extract_GiftNamingNoRecipientLongAfter_NoOffer() =>
        Assert.Equal(["giver=Germany recipient=Sudan"],
            Parsed.Sides("Germany pledged 150 million euros in aid to Sudan on Monday. The conference in Geneva heard appeals from Chad. "
                + "Kenya said on Tuesday that talks on Darfur would resume. Egypt hosted a meeting on the Nile. Japan offered $60 million, officials said.", EventType.Offer));

    [Fact]
    public void Extract_GiftToAnotherRecipientNotNamedAsAnEntity_NotTheEarlierState() =>
        Assert.Equal(["giver=Germany recipient=Sudan"],
            Parsed.Sides("Germany pledged 150 million euros in aid to Sudan on Monday. Japan offered $60 million to a fund for refugees.", EventType.Offer));

    [Fact]
    public void Extract_OfficeHoldersRightAfterTheyMet_ThePair() =>
        Assert.Equal(["participant=Jeje Odongo participant=Musalia Mudavadi"],
            Parsed.Sides("Kenyan Foreign Minister Musalia Mudavadi met his Ugandan counterpart Jeje Odongo in Nairobi on Monday. "
                + "The ministers signed a memorandum of understanding on trade.", EventType.Agreement));

    [Fact]
    public void Extract_OfficeHoldersAfterAnotherMeeting_NotThePair() =>
        Assert.DoesNotContain("participant=Jeje Odongo participant=Musalia Mudavadi",
            Parsed.Sides("Kenyan Foreign Minister Musalia Mudavadi met his Ugandan counterpart Jeje Odongo in Nairobi on Monday. "
                + "EU foreign ministers met in Brussels on Tuesday. The ministers signed a declaration on trade.", EventType.Agreement));

    [Theory]
    [InlineData("President Omar Wekesa meets Peruvian President Luis Vega at the State House on Friday.")]
    [InlineData("Kenyan President Omar Wekesa and Peruvian President Luis Vega hold talks in Nairobi on Friday.")]
    public void Extract_MeetingInThePresentWithItsDay_NoMeeting(string sentence) =>
        Assert.Empty(Parsed.Sides(sentence, EventType.Meeting));

    [Fact]
    public void Extract_StatementInThePresentWithItsDay_Statement() =>
        Assert.Equal(["speaker=Kenya"], Parsed.Sides("In a statement on Friday, Kenya says it has recalled its ambassador from Peru for consultations.", EventType.Statement));

    [Theory]
    [InlineData("Commission President Lise Dahl said Hungary must respect the rule of law.")]
    [InlineData("Bank President Lise Dahl said Hungary must cut its deficit.")]
    public void Extract_TitleOfABodyNamedBeforeIt_NoStatesRole(string sentence) =>
        Assert.DoesNotContain("Lise Dahl / President / Hungary", Parsed.Roles(sentence));

    [Fact]
    public void Extract_ResponseAnnouncedByExpelling_Threat()
    {
        const string sentence = "Chile will respond by expelling Peruvian diplomats.";
        Assert.Equal(["target=Peru threatener=Chile"], Parsed.Sides(sentence, EventType.Threat));
        Assert.Empty(Parsed.Sides(sentence, EventType.Sanction));
    }

    [Fact]
    public void Extract_RetaliatedByExpelling_Sanction() =>
        Assert.Equal(["imposer=Chile target=Peru"], Parsed.Sides("Chile retaliated by expelling two Peruvian diplomats.", EventType.Sanction));

    [Fact]
    public void Extract_WeaponsSold_Offer() =>
        Assert.Equal(["giver=Chile recipient=Peru"], Parsed.Sides("Chile sold 40 anti-tank missiles to Peru last year.", EventType.Offer));

    [Theory]
    [InlineData("Chile sold 40,000 tonnes of copper to Peru last year.")]
    [InlineData("Chile sold 20 passenger jets to Peru last year.")]
    public void Extract_GoodsSold_NoOffer(string sentence) =>
        Assert.Empty(Parsed.Sides(sentence, EventType.Offer));

    [Fact]
    public void Extract_MoneyPackageSecuredFrom_Offer() =>
        Assert.Equal(["giver=World Bank recipient=Kenya"], Parsed.Sides("Kenya has secured a $50 million package from the World Bank.", EventType.Offer));

    [Fact]
    public void Extract_RecallOfAnEnvoyAnnounced_Sanction() =>
        Assert.Equal(["imposer=Chile target=Peru"], Parsed.Sides("Chile announced the recall of its ambassador from Lima on Monday.", EventType.Sanction));

    [Fact]
    public void Extract_PledgeSubjectToApproval_NoOffer() =>
        Assert.Empty(Parsed.Sides("Chile said it would provide $30 million to Peru later in the year, subject to parliamentary approval.", EventType.Offer));

    [Fact]
    public void Extract_AskedWhetherSanctionsWouldBeImposed_NoThreat() =>
        Assert.Empty(Parsed.Sides("Asked whether Chile would impose new sanctions on Peru, Foreign Minister Ana Ruiz said the government was watching closely.", EventType.Threat));

    [Fact]
    public void Extract_JourneyInThePresentOnAPartOfItsDay_NoVisit() =>
        Assert.Empty(Parsed.Sides("On Saturday evening, Kenyan President Omar Wekesa flies to Lima for talks.", EventType.Visit));

    [Fact]
    public void Extract_ReceivedAfterACommaAndAnd_Meeting() =>
        Assert.Equal(["participant=Luis Vega participant=Omar Wekesa"],
            Parsed.Sides("Kenyan President Omar Wekesa arrived in Lima on Monday evening, and was received by Peruvian President Luis Vega at the palace.", EventType.Meeting));
}
