using Graph.Extraction.Syntax;
using Graph.Extraction.Syntax.Conllu;
using Graph.Extraction.Syntax.Training;

namespace Graph.Extraction.Tests.Syntax;

/// <summary>A tiny treebank written for these tests, and a model trained on it once.</summary>
public sealed class SyntaxFixture
{
    public const string Treebank = """
        # sent_id = 1
        # text = Ana met Ivo.
        1	Ana	Ana	PROPN	NNP	_	2	nsubj	_	_
        2	met	meet	VERB	VBD	_	0	root	_	_
        3	Ivo	Ivo	PROPN	NNP	_	2	obj	_	SpaceAfter=No
        4	.	.	PUNCT	.	_	2	punct	_	_

        # sent_id = 2
        1	The	the	DET	DT	_	2	det	_	_
        2	envoy	envoy	NOUN	NN	_	4	nsubj	_	_
        3	will	will	AUX	MD	_	4	aux	_	_
        4	visit	visit	VERB	VB	_	0	root	_	_
        5	Lima	Lima	PROPN	NNP	_	4	obj	_	_
        6	.	.	PUNCT	.	_	4	punct	_	_

        # sent_id = 3
        1	Talks	talk	NOUN	NNS	_	3	nsubj:pass	_	_
        2	were	be	AUX	VBD	_	3	aux:pass	_	_
        3	held	hold	VERB	VBN	_	0	root	_	_
        4	in	in	ADP	IN	_	5	case	_	_
        5	Oslo	Oslo	PROPN	NNP	_	3	obl	_	_
        6	.	.	PUNCT	.	_	3	punct	_	_

        # sent_id = 4
        1-2	didn't	_	_	_	_	_	_	_	_
        1	did	do	AUX	VBD	_	3	aux	_	_
        2	n't	not	PART	RB	_	3	advmod	_	_
        3	sign	sign	VERB	VB	_	0	root	_	_
        4	.	.	PUNCT	.	_	3	punct	_	_

        # sent_id = 5
        1	Ghana	Ghana	PROPN	NNP	_	4	nsubj	_	_
        2	and	and	CCONJ	CC	_	3	cc	_	_
        3	Laos	Laos	PROPN	NNP	_	1	conj	_	_
        4	agreed	agree	VERB	VBD	_	0	root	_	_
        4.1	_	_	_	_	_	_	_	_	_

        """;

    public static readonly SyntaxTrainerOptions Options = new() { TaggerEpochs = 5, ParserEpochs = 10, Folds = 0, MinFeatureCount = 1, Prune = 0, Seed = 3 };

    public SyntaxFixture()
    {
        Sentences = ConlluReader.Read(new StringReader(Treebank));
        Model = Train();
    }

    public IReadOnlyList<ConlluSentence> Sentences { get; }

    public SyntaxModel Model { get; }

    public SyntaxModel Train(SyntaxTrainerOptions? options = null) => new SyntaxTrainer(options ?? Options).Train(Sentences, [], [], null, CancellationToken.None);

    public static byte[] Bytes(SyntaxModel model)
    {
        using var stream = new MemoryStream();
        model.Save(stream);
        return stream.ToArray();
    }
}
