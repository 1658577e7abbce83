using Graph.Extraction.Events;
using Graph.Extraction.Gazetteers;
using Graph.Extraction.Syntax;
using Graph.Extraction.Syntax.Conllu;

namespace Graph.Extraction.Tests.Syntax;

public class AnalyzeSyntaxTests(SyntaxFixture fixture) : IClassFixture<SyntaxFixture>
{
    [Fact]
    public void Analyze_WithAnalyzer_ParsesEverySentenceWithOffsetsIntoTheArticle()
    {
        var extractor = new GraphExtractor(Gazetteer.Default, new EventExtractor(), null, new SyntaxAnalyzer(fixture.Model, new SyntaxOptions()));
        var article = TestArticles.WithTitle("Ana met Ivo", "The envoy will visit Lima. Talks were held in Oslo.");

        var analysis = extractor.Analyze(article, CancellationToken.None);

        Assert.Equal(analysis.Sentences.Count, analysis.Parses.Count);
        for (var k = 0; k < analysis.Parses.Count; k++)
        {
            var parse = analysis.Parses[k];
            Assert.Same(analysis.Sentences[k], parse.Sentence);
            Assert.Equal(ParseOutcome.Parsed, parse.Outcome);
            Assert.All(parse.Words, w => Assert.Equal(w.Form, article.Text[w.Start..w.End]));
            Assert.All(parse.Words, w => Assert.Equal(parse.Sentence.Tokens[w.Token].Text, w.Form));
        }
    }

    [Fact]
    public void Analyze_WithoutAnalyzer_HasNoParses()
    {
        Assert.Empty(TestArticles.Analyze("The envoy will visit Lima.").Parses);
    }

    [Fact]
    public void Read_LineWithoutTenColumns_NamesTheLine()
    {
        var error = Assert.Throws<InvalidDataException>(() => ConlluReader.Read(new StringReader("# x\n1\tAna\tAna\n")));

        Assert.Equal("line 2: 3 columns, CoNLL-U has 10.", error.Message);
    }
}
