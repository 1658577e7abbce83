using Graph.Extraction.Syntax;
using Graph.Extraction.Syntax.Conllu;
using Graph.Extraction.Syntax.Training;

namespace Graph.Extraction.Tests.Syntax;

public class TokenisedEvaluationTests(SyntaxFixture fixture) : IClassFixture<SyntaxFixture>
{
    private SyntaxAnalyzer Analyzer => new(fixture.Model, new SyntaxOptions());

    [Fact]
    public void Of_TextTokenisedLikeTheGold_ScoresAsOnGoldWords()
    {
        var evaluation = TokenisedEvaluation.Of(Analyzer, [fixture.Sentences[0]]);

        Assert.Equal((4, 4), (evaluation.GoldWords, evaluation.PredictedWords));
        Assert.Equal((1.0, 1.0, 1.0, 1.0), (evaluation.Words, evaluation.Upos, evaluation.Uas, evaluation.Las));
    }

    [Fact]
    public void Of_GoldWordsTheTokenizerSplitsOtherwise_CountAgainstWordsF1()
    {
        // The gold keeps "Ana-Ivo" whole; the project's words split it around the hyphen.
        var sentence = ConlluReader.Read(new StringReader("""
            # text = Ana-Ivo met.
            1	Ana-Ivo	_	PROPN	NNP	_	2	nsubj	_	_
            2	met	_	VERB	VBD	_	0	root	_	SpaceAfter=No
            3	.	_	PUNCT	.	_	2	punct	_	_

            """));

        var evaluation = TokenisedEvaluation.Of(Analyzer, sentence);

        Assert.Equal((3, 5), (evaluation.GoldWords, evaluation.PredictedWords));
        Assert.Equal(2 * 2 / 8.0, evaluation.Words);
    }

    [Fact]
    public void Of_SentenceWithoutText_FailsWithAClearMessage()
    {
        var error = Assert.Throws<InvalidDataException>(() => TokenisedEvaluation.Of(Analyzer, [fixture.Sentences[1]]));

        Assert.Equal("A sentence has no '# text = ' comment to tokenise.", error.Message);
    }
}
