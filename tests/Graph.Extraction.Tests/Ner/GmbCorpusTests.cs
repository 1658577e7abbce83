using Graph.Extraction.Gazetteers;
using Graph.Extraction.Ner;
using Graph.Extraction.Ner.Training;

namespace Graph.Extraction.Tests.Ner;

public class GmbCorpusTests
{
    private const string Csv =
        "Sentence #,Word,POS,Tag\r\n"
        + "Sentence: 1,President,NNP,B-per\r\n"
        + ",Ilsa,NNP,I-per\r\n"
        + ",Brenner,NNP,I-per\r\n"
        + ",visited,VBD,O\r\n"
        + ",Korvath,NNP,B-geo\r\n"
        + ",on,IN,O\r\n"
        + ",Monday,NNP,B-tim\r\n"
        + ",\",\",\",\",O\r\n"
        + ",\"\"\"\",``,O\r\n"
        + "Sentence: 2,Kurdish,JJ,B-gpe\r\n"
        + ",and,CC,O\r\n"
        + ",Velmar,NNP,I-org\r\n"
        + ",Union,NNP,I-org\r\n"
        + ",troops,NNS,O\r\n"
        + ",joined,VBD,O\r\n"
        + ",Operation,NNP,B-eve\r\n"
        + ",Dawn,NNP,I-eve\r\n";

    [Fact]
    public void Read_GmbRows_GroupsSentencesAndMapsTags()
    {
        var sentences = GmbCorpus.Read(new StringReader(Csv));

        Assert.Equal(2, sentences.Count);
        Assert.Equal(["President", "Ilsa", "Brenner", "visited", "Korvath", "on", "Monday", ",", "\""], sentences[0].Words);
        Assert.Equal(["B-PER", "I-PER", "I-PER", "O", "B-LOC", "O", "O", "O", "O"], sentences[0].Labels.Select(NerLabels.Name));
        // An inside tag that continues nothing begins a name.
        Assert.Equal(["B-NAT", "O", "B-ORG", "I-ORG", "O", "O", "B-OTH", "I-OTH"], sentences[1].Labels.Select(NerLabels.Name));
    }

    [Fact]
    public void Read_WrongHeader_ThrowsInvalidData()
    {
        Assert.Throws<InvalidDataException>(() => GmbCorpus.Read(new StringReader("Word,Tag\r\nx,O\r\n")));
    }

    [Fact]
    public void Strip_TitleOpeningAPersonName_LeavesTheNameAlone()
    {
        var sentence = GmbCorpus.Read(new StringReader(Csv))[0];

        PersonTitles.Strip(sentence, Gazetteer.Default);

        Assert.Equal(["O", "B-PER", "I-PER", "O", "B-LOC", "O", "O", "O", "O"], sentence.Labels.Select(NerLabels.Name));
    }
}
