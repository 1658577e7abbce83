using Graph.Core.Model;

namespace Graph.Extraction.Tests.Frames;

/// <summary>
/// Deeds another side is said to have done that allege wrongdoing: done on purpose or against the law, force named by
/// the verb's object, refuge given to fighters, people held hostage (sentences written for these tests; the
/// thirty-eighth extraction pass).
/// </summary>
public sealed class ReportedWrongsTests
{
    [Theory]
    [InlineData("The Chilean navy said a Peruvian trawler had deliberately rammed its patrol boat near Arica.")]
    [InlineData("Chile said Peruvian troops illegally crossed the border on Sunday.")]
    [InlineData("Chile said on Monday that Peruvian jets intentionally entered its airspace.")]
    [InlineData("Chile's defence minister said Peruvian troops had opened fire on Chilean positions near Arica.")]
    [InlineData("Chile said Peru had sheltered rebel fighters.")]
    [InlineData("Chile said Peru was holding three Chilean fishermen hostage.")]
    public void Extract_ToldDeedOfAnotherThatWrongs_AccusationOfItsDoer(string sentence) =>
        Assert.Equal("accused=Peru", Assert.Single(Parsed.Sides(sentence, EventType.Accusation)).Split(' ')[0]);

    [Theory]
    [InlineData("Chile said Peru had rightly delayed the vote.")]
    [InlineData("Chile said it had deliberately delayed the vote.")]
    [InlineData("Chile said Peruvian rebels were fleeing a Bolivian offensive.")]
    [InlineData("Chile's defence minister said Chilean troops had opened fire on rebel positions.")]
    public void Extract_ToldDeedPlainOwnOrSuffered_NoAccusation(string sentence) =>
        Assert.Empty(Parsed.Sides(sentence, EventType.Accusation));

    [Theory]
    [InlineData("Chile accused Peru of supplying drones to the rebels, and imposed sanctions on Peru.")]
    [InlineData("Chile denied the allegations and expelled six Peruvian diplomats.")]
    public void Extract_DeedJoinedAfterAnAccusationOrDenial_SanctionOfTheSameSubject(string sentence) =>
        Assert.Equal(["imposer=Chile target=Peru"], Parsed.Sides(sentence, EventType.Sanction));
}
