using Graph.Core.Model;

namespace Graph.Extraction.Tests.Frames;

/// <summary>
/// Restrictions on what flows to or from a state, signings and ratifications named by their nouns, assets to be frozen
/// whose owner is named after "of", counted members spelled out, and a joined clause's subject that is no target of the
/// first (sentences written for these tests; the thirty-eighth extraction pass).
/// </summary>
public sealed class RestrictedFlowsSigningsAndAssetsTests
{
    [Theory]
    [InlineData("Norway imposed restrictions on exports to Belarus on Tuesday.")]
    [InlineData("Norway imposed a ban on imports from Belarus on Tuesday.")]
    [InlineData("Norway imposed curbs on trade with Belarus.")]
    [InlineData("Norway imposed curbs on exports of fertiliser to Belarus.")]
    public void Extract_RestrictionsOnAFlowToAState_SanctionOnThatState(string sentence) =>
        Assert.Equal(["imposer=Norway target=Belarus"], Parsed.Sides(sentence, EventType.Sanction));

    [Theory]
    [InlineData("The city council imposed a ban on flights by drones.")]
    [InlineData("Norway lifted curbs on trade with Belarus.")]
    public void Extract_RestrictionsOnNoStateOrLifted_NoSanction(string sentence) =>
        Assert.Empty(Parsed.Sides(sentence, EventType.Sanction));

    [Theory]
    [InlineData("Norway will freeze the assets of Belarusian banks.", "target=Belarus threatener=Norway")]
    [InlineData("Norway announced on Monday it would freeze the assets of Belarus's central bank.", "target=Belarus threatener=Norway")]
    public void Extract_AssetsOfAnOwnerToBeFrozen_Threat(string sentence, string sides) =>
        Assert.Equal([sides], Parsed.Sides(sentence, EventType.Threat));

    [Fact]
    public void Extract_AssetsOfAnOwnerFrozen_Sanction() =>
        Assert.Equal(["imposer=Norway target=Belarus"], Parsed.Sides("Norway froze the assets of Belarus's central bank on Monday.", EventType.Sanction));

    [Theory]
    [InlineData("The signing of the fishing accord by Ghana and Togo took place in Lome on Friday.")]
    [InlineData("Ghana and Togo's signing of the fishing accord was welcomed by traders.")]
    [InlineData("The ratification of the border treaty by Ghana and Togo ended a long quarrel.")]
    public void Extract_SigningByItsParties_Agreement(string sentence) =>
        Assert.Equal(["participant=Ghana participant=Togo"], Parsed.Sides(sentence, EventType.Agreement));

    [Theory]
    [InlineData("The signing of the fishing accord by Ghana and Togo is expected next week.")]
    [InlineData("The ceremony marked the signing of the fishing accord.")]
    public void Extract_SigningPlannedOrWithoutParties_NoAgreement(string sentence) =>
        Assert.Empty(Parsed.Sides(sentence, EventType.Agreement));

    [Theory]
    [InlineData("The African Union suspended two members, Chad and Niger, on Friday.")]
    [InlineData("The African Union suspended two members on Friday: Chad and Niger.")]
    [InlineData("The African Union has suspended two members since 2021: Chad and Niger.")]
    public void Extract_CountedMembersSpelledOut_SanctionOnEach(string sentence) =>
        Assert.Equal(["imposer=African Union target=Chad", "imposer=African Union target=Niger"], Parsed.Sides(sentence, EventType.Sanction));

    [Fact]
    public void Extract_SubjectOfAJoinedClause_NoTargetOfTheFirst() =>
        Assert.Equal(["imposer=Germany target=Rwanda", "imposer=Norway target=Rwanda"],
            Parsed.Sides("Norway suspended aid to Rwanda and Germany recalled its ambassador from Kigali.", EventType.Sanction));

    [Fact]
    public void Extract_OneMemberSpelledOut_Sanction() =>
        Assert.Equal(["imposer=African Union target=Niger"], Parsed.Sides("The African Union suspended one member, Niger, on Friday.", EventType.Sanction));
}
