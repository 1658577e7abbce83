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
    public void Of_Repaired_ScoresTheParseTheExtractionReads()
    {
        // The shipped parser reads "cash-strapped" as a clause of "deal" with "Zambia" its object; the repair of a
        // hyphenated participle makes it a modifier of "Zambia", as the gold has it.
        var sentence = ConlluReader.Read(new StringReader("""
            # text = Kenya signed a deal with cash-strapped Zambia on Monday.
            1	Kenya	_	PROPN	NNP	_	2	nsubj	_	_
            2	signed	_	VERB	VBD	_	0	root	_	_
            3	a	_	DET	DT	_	4	det	_	_
            4	deal	_	NOUN	NN	_	2	obj	_	_
            5	with	_	ADP	IN	_	9	case	_	_
            6	cash	_	NOUN	NN	_	8	compound	_	SpaceAfter=No
            7	-	_	PUNCT	HYPH	_	8	punct	_	SpaceAfter=No
            8	strapped	_	VERB	VBN	_	9	amod	_	_
            9	Zambia	_	PROPN	NNP	_	4	nmod	_	_
            10	on	_	ADP	IN	_	11	case	_	_
            11	Monday	_	PROPN	NNP	_	2	obl	_	SpaceAfter=No
            12	.	_	PUNCT	.	_	2	punct	_	_

            """));
        var shipped = new SyntaxAnalyzer(SyntaxModel.Default, new SyntaxOptions());

        var plain = TokenisedEvaluation.Of(shipped, sentence);
        var repaired = TokenisedEvaluation.Of(shipped, sentence, repaired: true);

        Assert.True(plain.Uas < 1.0);
        Assert.Equal(1.0, repaired.Uas);
        Assert.True(repaired.Repaired);
        Assert.Contains("with the extraction's repairs", repaired.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Of_SentenceWithoutText_FailsWithAClearMessage()
    {
        var error = Assert.Throws<InvalidDataException>(() => TokenisedEvaluation.Of(Analyzer, [fixture.Sentences[1]]));

        Assert.Equal("A sentence has no '# text = ' comment to tokenise.", error.Message);
    }
}
