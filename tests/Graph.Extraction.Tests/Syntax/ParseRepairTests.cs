using Graph.Core.Articles;
using Graph.Core.Model;
using Graph.Extraction.Syntax;
using Graph.Extraction.Tests.Frames;

namespace Graph.Extraction.Tests.Syntax;

/// <summary>Readings the parser gives that UD does not allow, taken for the construction they stand for (<c>ParseRepair</c>), and datelines parsed apart.</summary>
public sealed class ParseRepairTests
{
    private static SentenceParse ParseOf(string text)
    {
        var article = new Article("repair", "", new DateOnly(2025, 3, 12), null, "repair.txt", text);
        return Assert.Single(Parsed.Extractor.Analyze(article, CancellationToken.None).Parses);
    }

    private static SyntaxWord Word(SentenceParse parse, string form) => parse.Words.First(w => w.Form == form);

    [Theory]
    [InlineData("with", "Bolivia", "PROPN", "NNP", 4, "parataxis")]
    [InlineData("in", "secret", "NOUN", "NN", 6, "nmod")]
    public void Repair_PassiveSubjectOfAVerbWithItsObjectLast_SubjectAndObject(string preposition, string oblique, string upos, string xpos, int objectHead, string objectRelation)
    {
        // The object after the oblique, read as a loose clause of the verb or as a modifier of the oblique.
        var parse = GivenParse.Of(
            ("Ruiz", "PROPN", "NNP", 2, "nsubj"), ("said", "VERB", "VBD", 0, "root"), ("Peru", "PROPN", "NNP", 4, "nsubj:pass"),
            ("planned", "VERB", "VBD", 2, "ccomp"), (preposition, "ADP", "IN", 6, "case"), (oblique, upos, xpos, 4, "obl"),
            ("the", "DET", "DT", 8, "det"), ("attack", "NOUN", "NN", objectHead, objectRelation));

        Assert.Equal("nsubj", Word(parse, "Peru").Relation);
        Assert.Equal(("obj", "planned"), (Word(parse, "attack").Relation, parse.HeadOf(Word(parse, "attack"))?.Form));
    }

    [Fact]
    public void Repair_IndirectObjectOfAVerbOfWelcomingWithoutAnObject_Object()
    {
        var parse = GivenParse.Of(
            ("Ruiz", "PROPN", "NNP", 2, "nsubj"), ("welcomed", "VERB", "VBD", 0, "root"), ("Salas", "PROPN", "NNP", 2, "iobj"),
            ("in", "ADP", "IN", 5, "case"), ("Lima", "PROPN", "NNP", 3, "nmod"));

        Assert.Equal(("obj", "welcomed"), (Word(parse, "Salas").Relation, parse.HeadOf(Word(parse, "Salas"))?.Form));
    }

    [Fact]
    public void Repair_NameAsThePredicateOfCalledWithoutAnObject_Object()
    {
        var parse = GivenParse.Of(
            ("Ruiz", "PROPN", "NNP", 3, "nsubj"), ("later", "ADV", "RBR", 3, "advmod"), ("called", "VERB", "VBN", 0, "root"),
            ("Omar", "PROPN", "NNP", 3, "xcomp"), ("Diallo", "PROPN", "NNP", 4, "flat"));

        Assert.Equal("obj", Word(parse, "Omar").Relation);
    }

    [Fact]
    public void Repair_NameAsThePredicateOfAPassiveCalled_StaysThePredicate()
    {
        var parse = GivenParse.Of(
            ("Tacna", "PROPN", "NNP", 3, "nsubj:pass"), ("was", "AUX", "VBD", 3, "aux:pass"), ("called", "VERB", "VBN", 0, "root"),
            ("Port", "PROPN", "NNP", 3, "xcomp"), ("Royal", "PROPN", "NNP", 4, "flat"));

        Assert.Equal("xcomp", Word(parse, "Port").Relation);
    }

    [Fact]
    public void Repair_SubjectOfACopularComplementReadAsTheReports_TheComplementsWithItsCopula()
    {
        // "Ruiz is due to travel, an official said", read with "Ruiz" and "is" hung on "said".
        var parse = GivenParse.Of(
            ("Ruiz", "PROPN", "NNP", 9, "nsubj"), ("is", "AUX", "VBZ", 9, "cop"), ("due", "ADJ", "JJ", 9, "ccomp"), ("to", "PART", "TO", 5, "mark"),
            ("travel", "VERB", "VB", 3, "xcomp"), (",", "PUNCT", ",", 8, "punct"), ("an", "DET", "DT", 8, "det"), ("official", "NOUN", "NN", 9, "nsubj"),
            ("said", "VERB", "VBD", 0, "root"));

        Assert.Equal(("nsubj", "due"), (Word(parse, "Ruiz").Relation, parse.HeadOf(Word(parse, "Ruiz"))?.Form));
        Assert.Equal(("cop", "due"), (Word(parse, "is").Relation, parse.HeadOf(Word(parse, "is"))?.Form));
    }

    [Fact]
    public void Repair_PlacesNameAfterAnOpeningPlaceNounReadAsTheSubject_TheNameAfterTheCommaIsTheSubject()
    {
        // "In the capital Lima, Ruiz met Salas", read with "Lima" the subject and "Ruiz" its apposition.
        var parse = GivenParse.Of(
            ("In", "ADP", "IN", 3, "case"), ("the", "DET", "DT", 3, "det"), ("capital", "NOUN", "NN", 7, "obl"), ("Lima", "PROPN", "NNP", 7, "nsubj"),
            (",", "PUNCT", ",", 6, "punct"), ("Ruiz", "PROPN", "NNP", 4, "appos"), ("met", "VERB", "VBD", 0, "root"), ("Salas", "PROPN", "NNP", 7, "obj"));

        Assert.Equal(("nsubj", "met"), (Word(parse, "Ruiz").Relation, parse.HeadOf(Word(parse, "Ruiz"))?.Form));
        Assert.Equal(("appos", "capital"), (Word(parse, "Lima").Relation, parse.HeadOf(Word(parse, "Lima"))?.Form));
    }

    [Fact]
    public void Repair_GerundOpeningTheSentenceReadAsAnAuxiliary_TheVerbsSubject()
    {
        var parse = GivenParse.Of(
            ("Fighting", "VERB", "VBG", 2, "aux:pass"), ("erupted", "VERB", "VBD", 0, "root"), ("between", "ADP", "IN", 4, "case"), ("Chile", "PROPN", "NNP", 2, "obl"),
            ("and", "CCONJ", "CC", 6, "cc"), ("Peru", "PROPN", "NNP", 4, "conj"));

        Assert.Equal(("nsubj", "NOUN"), (Word(parse, "Fighting").Relation, Word(parse, "Fighting").Upos));
    }

    [Fact]
    public void Repair_BeingOpeningTheSentence_StaysTheAuxiliary()
    {
        var parse = GivenParse.Of(("Being", "AUX", "VBG", 2, "aux"), ("watched", "VERB", "VBN", 0, "root"), ("closely", "ADV", "RB", 2, "advmod"));

        Assert.Equal("aux", Word(parse, "Being").Relation);
    }

    [Fact]
    public void Repair_TargetOfAnAttackHungOnTheVerbThatCondemnsIt_TheAttacksTarget()
    {
        var parse = GivenParse.Of(
            ("Oman", "PROPN", "NNP", 2, "nsubj"), ("condemned", "VERB", "VBD", 0, "root"), ("the", "DET", "DT", 4, "det"),
            ("strike", "NOUN", "NN", 2, "obj"), ("on", "ADP", "IN", 7, "case"), ("the", "DET", "DT", 7, "det"), ("compound", "NOUN", "NN", 2, "obl"));

        Assert.Equal(("nmod", "strike"), (Word(parse, "compound").Relation, parse.HeadOf(Word(parse, "compound"))?.Form));
    }

    [Fact]
    public void Repair_DayAfterAnAttackCondemned_StaysTheVerbs()
    {
        var parse = GivenParse.Of(
            ("Oman", "PROPN", "NNP", 2, "nsubj"), ("condemned", "VERB", "VBD", 0, "root"), ("the", "DET", "DT", 4, "det"),
            ("strike", "NOUN", "NN", 2, "obj"), ("on", "ADP", "IN", 6, "case"), ("Monday", "PROPN", "NNP", 2, "obl"));

        Assert.Equal(("obl", "condemned"), (Word(parse, "Monday").Relation, parse.HeadOf(Word(parse, "Monday"))?.Form));
    }

    [Theory]
    [InlineData("VERB", "VBZ")]
    [InlineData("NOUN", "NNS")]
    public void Repair_PluralObjectWithAnObjectOfItsOwn_NounAndTheFirstVerbsPredicate(string upos, string xpos)
    {
        var parse = GivenParse.Of(
            ("Oman", "PROPN", "NNP", 2, "nsubj"), ("declared", "VERB", "VBD", 0, "root"), ("two", "NUM", "CD", 5, "nummod"),
            ("Dutch", "ADJ", "JJ", 5, "amod"), ("envoys", upos, xpos, 2, "obj"), ("unwelcome", "NOUN", "NN", 5, "obj"));

        Assert.Equal(("NOUN", "obj"), (Word(parse, "envoys").Upos, Word(parse, "envoys").Relation));
        Assert.Equal(("xcomp", "declared"), (Word(parse, "unwelcome").Relation, parse.HeadOf(Word(parse, "unwelcome"))?.Form));
    }

    [Fact]
    public void Repair_HeadlineKilledWithoutWere_PassiveWithItsAgent()
    {
        var parse = GivenParse.Of(
            ("4", "NUM", "CD", 3, "nummod"), ("Greek", "ADJ", "JJ", 3, "amod"), ("sailors", "NOUN", "NNS", 4, "nsubj"), ("killed", "VERB", "VBD", 0, "root"),
            ("by", "ADP", "IN", 7, "case"), ("Libyan", "ADJ", "JJ", 7, "amod"), ("gunmen", "NOUN", "NNS", 4, "obl"));

        Assert.Equal("nsubj:pass", Word(parse, "sailors").Relation);
        Assert.Equal("obl:agent", Word(parse, "gunmen").Relation);
    }

    [Theory]
    [InlineData("five", "NUM", "CD", "nummod")]
    [InlineData("in", "ADP", "IN", "case")]
    public void Repair_KilledWithAnObjectOrInARelativeClause_StaysActive(string next, string upos, string xpos, string relation)
    {
        // "troops killed five …" (an object the parser hung elsewhere) and "areas troops captured in 1967" (a gapped object).
        var parse = GivenParse.Of(
            ("areas", "NOUN", "NNS", 0, "root"), ("troops", "NOUN", "NNS", 3, "nsubj"), ("captured", "VERB", "VBD", 1, next == "in" ? "acl:relcl" : "ccomp"),
            (next, upos, xpos, 5, relation), ("villages", "NOUN", "NNS", 3, "obl"));

        Assert.Equal("nsubj", Word(parse, "troops").Relation);
    }

    [Fact]
    public void Repair_AgentWithoutByOfAnActiveVerb_Object()
    {
        var parse = GivenParse.Of(
            ("prosecutors", "NOUN", "NNS", 2, "nsubj"), ("indicted", "VERB", "VBD", 0, "root"), ("Mayor", "PROPN", "NNP", 4, "nmod:desc"),
            ("Aydin", "PROPN", "NNP", 2, "obl:agent"), ("on", "ADP", "IN", 6, "case"), ("charges", "NOUN", "NNS", 2, "obl"));

        Assert.Equal(("obj", "indicted"), (Word(parse, "Aydin").Relation, parse.HeadOf(Word(parse, "Aydin"))?.Form));
    }

    [Fact]
    public void Repair_AgentWithByOfAPassive_StaysTheAgent()
    {
        var parse = GivenParse.Of(
            ("Aydin", "PROPN", "NNP", 3, "nsubj:pass"), ("was", "AUX", "VBD", 3, "aux:pass"), ("indicted", "VERB", "VBN", 0, "root"),
            ("by", "ADP", "IN", 5, "case"), ("prosecutors", "NOUN", "NNS", 3, "obl:agent"));

        Assert.Equal("obl:agent", Word(parse, "prosecutors").Relation);
    }

    [Fact]
    public void Repair_NameReadAsThePossessorOfANounAcrossItsPreposition_ObjectOfTheVerbAndTheNounItsOblique()
    {
        var parse = GivenParse.Of(
            ("judges", "NOUN", "NNS", 2, "nsubj"), ("charged", "VERB", "VBD", 0, "root"), ("Ruiz", "PROPN", "NNP", 6, "nmod:poss"),
            ("with", "ADP", "IN", 5, "case"), ("tax", "NOUN", "NN", 6, "compound"), ("fraud", "NOUN", "NN", 2, "obj"));

        Assert.Equal(("obj", "charged"), (Word(parse, "Ruiz").Relation, parse.HeadOf(Word(parse, "Ruiz"))?.Form));
        Assert.Equal(("obl", "charged"), (Word(parse, "fraud").Relation, parse.HeadOf(Word(parse, "fraud"))?.Form));
        Assert.Equal(("case", "fraud"), (Word(parse, "with").Relation, parse.HeadOf(Word(parse, "with"))?.Form));
    }

    [Fact]
    public void Repair_NameReadAsACompoundOfAnAdjective_ObjectAndPredicateOfTheVerb()
    {
        var parse = GivenParse.Of(
            ("Ruiz", "PROPN", "NNP", 2, "nsubj"), ("held", "VERB", "VBD", 0, "root"), ("Chile", "PROPN", "NNP", 4, "compound"),
            ("responsible", "ADJ", "JJ", 2, "advmod"), ("for", "ADP", "IN", 7, "case"), ("the", "DET", "DT", 7, "det"), ("attack", "NOUN", "NN", 4, "obl"));

        Assert.Equal(("obj", "held"), (Word(parse, "Chile").Relation, parse.HeadOf(Word(parse, "Chile"))?.Form));
        Assert.Equal(("xcomp", "held"), (Word(parse, "responsible").Relation, parse.HeadOf(Word(parse, "responsible"))?.Form));
    }

    [Fact]
    public void Repair_NameWithItsOwnPrepositionReadAsACompoundOfTheNextPhrase_PhraseOfTheVerb()
    {
        var parse = GivenParse.Of(
            ("Ruiz", "PROPN", "NNP", 2, "nsubj"), ("met", "VERB", "VBD", 0, "root"), ("Vega", "PROPN", "NNP", 2, "obj"),
            ("in", "ADP", "IN", 5, "case"), ("Lima", "PROPN", "NNP", 7, "compound"), ("on", "ADP", "IN", 7, "case"), ("Monday", "PROPN", "NNP", 2, "obl"));

        Assert.Equal(("obl", "met"), (Word(parse, "Lima").Relation, parse.HeadOf(Word(parse, "Lima"))?.Form));
        Assert.Equal(("obl", "met"), (Word(parse, "Monday").Relation, parse.HeadOf(Word(parse, "Monday"))?.Form));
    }

    [Fact]
    public void Repair_PhraseWithAPrepositionReadAsAListItem_ModifierOfTheName()
    {
        var parse = GivenParse.Of(
            ("Ruiz", "PROPN", "NNP", 2, "nsubj"), ("met", "VERB", "VBD", 0, "root"), ("Vega", "PROPN", "NNP", 2, "obj"),
            ("in", "ADP", "IN", 5, "case"), ("Lima", "PROPN", "NNP", 3, "list"));

        Assert.Equal(("nmod", "Vega"), (Word(parse, "Lima").Relation, parse.HeadOf(Word(parse, "Lima"))?.Form));
    }

    [Fact]
    public void Repair_NameListedAfterItsTitleInAFrontedClause_TitledNameIsTheVerbsSubject()
    {
        var parse = GivenParse.Of(
            ("Without", "SCONJ", "IN", 2, "mark"), ("consulting", "VERB", "VBG", 8, "advcl"), ("Rome", "PROPN", "NNP", 2, "obj"), (",", "PUNCT", ",", 6, "punct"),
            ("Prime", "ADJ", "JJ", 6, "amod"), ("Minister", "PROPN", "NNP", 3, "conj"), ("Kovacs", "PROPN", "NNP", 3, "list"), ("met", "VERB", "VBD", 0, "root"),
            ("Volkov", "PROPN", "NNP", 8, "obj"));

        Assert.Equal(("nsubj", "met"), (Word(parse, "Kovacs").Relation, parse.HeadOf(Word(parse, "Kovacs"))?.Form));
        Assert.Equal(("nmod:desc", "Kovacs"), (Word(parse, "Minister").Relation, parse.HeadOf(Word(parse, "Minister"))?.Form));
    }

    [Fact]
    public void Repair_CompanionAndItsNameHungOnTheNamedPlace_ObliqueOfTheVerbWithItsApposition()
    {
        var parse = GivenParse.Of(
            ("Ruiz", "PROPN", "NNP", 2, "nsubj"), ("met", "VERB", "VBD", 0, "root"), ("in", "ADP", "IN", 4, "case"),
            ("Lima", "PROPN", "NNP", 2, "obl"), ("with", "ADP", "IN", 7, "case"), ("the", "DET", "DT", 7, "det"),
            ("minister", "NOUN", "NN", 4, "nmod"), (",", "PUNCT", ",", 9, "punct"), ("Vega", "PROPN", "NNP", 4, "conj"));

        Assert.Equal(("obl", "met"), (Word(parse, "minister").Relation, parse.HeadOf(Word(parse, "minister"))?.Form));
        Assert.Equal(("appos", "minister"), (Word(parse, "Vega").Relation, parse.HeadOf(Word(parse, "Vega"))?.Form));
    }

    [Fact]
    public void Repair_NameAfterTheTitlesOwnerReadAsItsModifier_AppositionOfTheTitle()
    {
        var parse = GivenParse.Of(
            ("Ruiz", "PROPN", "NNP", 2, "nsubj"), ("met", "VERB", "VBD", 0, "root"), ("with", "ADP", "IN", 5, "case"), ("the", "DET", "DT", 5, "det"),
            ("Minister", "PROPN", "NNP", 2, "obl"), ("of", "ADP", "IN", 7, "case"), ("Peru", "PROPN", "NNP", 5, "nmod"),
            (",", "PUNCT", ",", 9, "punct"), ("Vega", "PROPN", "NNP", 5, "nmod"));

        Assert.Equal(("appos", "Minister"), (Word(parse, "Vega").Relation, parse.HeadOf(Word(parse, "Vega"))?.Form));
    }

    [Fact]
    public void Repair_ListOfNamesReadAsAnApposition_ConjunctsOfTheFirstName()
    {
        var parse = GivenParse.Of(
            ("Ruiz", "PROPN", "NNP", 2, "nsubj"), ("received", "VERB", "VBD", 0, "root"), ("Berg", "PROPN", "NNP", 2, "obj"),
            (",", "PUNCT", ",", 5, "punct"), ("Mensah", "PROPN", "NNP", 3, "appos"), ("and", "CCONJ", "CC", 7, "cc"),
            ("Holm", "PROPN", "NNP", 5, "conj"), (".", "PUNCT", ".", 2, "punct"));

        Assert.Equal(("conj", "Berg"), Arc(parse, "Mensah"));
        Assert.Equal(("conj", "Berg"), Arc(parse, "Holm"));
    }

    [Fact]
    public void Repair_DescriptionWithTwoNounsInApposition_StaysAnApposition()
    {
        var parse = GivenParse.Of(
            ("Ruiz", "PROPN", "NNP", 2, "nsubj"), ("received", "VERB", "VBD", 0, "root"), ("Berg", "PROPN", "NNP", 2, "obj"),
            (",", "PUNCT", ",", 6, "punct"), ("a", "DET", "DT", 6, "det"), ("lawyer", "NOUN", "NN", 3, "appos"), ("and", "CCONJ", "CC", 8, "cc"),
            ("activist", "NOUN", "NN", 6, "conj"), (".", "PUNCT", ".", 2, "punct"));

        Assert.Equal(("appos", "Berg"), Arc(parse, "lawyer"));
        Assert.Equal(("conj", "lawyer"), Arc(parse, "activist"));
    }

    [Fact]
    public void Repair_CompanionOfACommonNoun_StaysOnTheNoun()
    {
        var parse = GivenParse.Of(
            ("Ruiz", "PROPN", "NNP", 2, "nsubj"), ("lives", "VERB", "VBZ", 0, "root"), ("in", "ADP", "IN", 5, "case"),
            ("a", "DET", "DT", 5, "det"), ("town", "NOUN", "NN", 2, "obl"), ("with", "ADP", "IN", 8, "case"), ("a", "DET", "DT", 8, "det"),
            ("port", "NOUN", "NN", 5, "nmod"));

        Assert.Equal(("nmod", "town"), (Word(parse, "port").Relation, parse.HeadOf(Word(parse, "port"))?.Form));
    }

    [Fact]
    public void Repair_HyphenatedParticipleReadAsAClause_ModifierOfTheNounAfterIt()
    {
        // "with cash-strapped Zambia" read as a clause: "strapped" hung on "deal", "Zambia" its object, "with" its marker.
        var parse = GivenParse.Of(
            ("Kenya", "PROPN", "NNP", 2, "nsubj"), ("signed", "VERB", "VBD", 0, "root"), ("a", "DET", "DT", 4, "det"), ("deal", "NOUN", "NN", 2, "obj"),
            ("with", "ADP", "IN", 8, "mark"), ("cash", "NOUN", "NN", 8, "compound"), ("-", "PUNCT", "HYPH", 8, "punct"), ("strapped", "VERB", "VBN", 4, "acl"),
            ("Zambia", "PROPN", "NNP", 8, "obj"), ("on", "ADP", "IN", 11, "case"), ("Monday", "PROPN", "NNP", 8, "obl"));

        Assert.Equal(("amod", "Zambia"), (Word(parse, "strapped").Relation, parse.HeadOf(Word(parse, "strapped"))?.Form));
        Assert.Equal(("nmod", "deal"), (Word(parse, "Zambia").Relation, parse.HeadOf(Word(parse, "Zambia"))?.Form));
        Assert.Equal(("case", "Zambia"), (Word(parse, "with").Relation, parse.HeadOf(Word(parse, "with"))?.Form));
        Assert.Equal(("compound", "strapped"), (Word(parse, "cash").Relation, parse.HeadOf(Word(parse, "cash"))?.Form));
        Assert.True(ParseRepair.IsTree(parse));
    }

    [Fact]
    public void Repair_HyphenatedParticipleWithItsSubjectBeforeTheHyphen_ModifierOfTheSubjectNoun()
    {
        // "Iran-backed rebels attacked": "Iran" read as the subject of "backed", "backed" as a clause of "attacked".
        var parse = GivenParse.Of(
            ("Iran", "PROPN", "NNP", 3, "nsubj"), ("-", "PUNCT", "HYPH", 3, "punct"), ("backed", "VERB", "VBN", 5, "advcl"),
            ("rebels", "NOUN", "NNS", 5, "nsubj"), ("attacked", "VERB", "VBD", 0, "root"), ("the", "DET", "DT", 7, "det"), ("port", "NOUN", "NN", 5, "obj"));

        Assert.Equal(("amod", "rebels"), (Word(parse, "backed").Relation, parse.HeadOf(Word(parse, "backed"))?.Form));
        Assert.Equal(("compound", "backed"), (Word(parse, "Iran").Relation, parse.HeadOf(Word(parse, "Iran"))?.Form));
        Assert.Equal(("nsubj", "attacked"), (Word(parse, "rebels").Relation, parse.HeadOf(Word(parse, "rebels"))?.Form));
    }

    [Fact]
    public void Repair_HyphenatedWordsWithSpacesAround_Unchanged()
    {
        // "Kenya - backed by Peru - attacked": a dash between spaced words is no hyphenated modifier.
        var parse = GivenParse.Of(
            ("Kenya", "PROPN", "NNP", 5, "nsubj"), ("--", "PUNCT", ":", 3, "punct"), ("backed", "VERB", "VBN", 1, "acl"),
            ("Peru", "PROPN", "NNP", 3, "obj"), ("attacked", "VERB", "VBD", 0, "root"));

        Assert.Equal(("acl", "Kenya"), (Word(parse, "backed").Relation, parse.HeadOf(Word(parse, "backed"))?.Form));
    }

    [Theory]
    [InlineData("appos", 4)]
    [InlineData("conj", 2)]
    public void Repair_QuotedAdjectiveAfterTheObject_WhatTheVerbSaysOfIt(string relation, int head)
    {
        var parse = GivenParse.Of(
            ("Peru", "PROPN", "NNP", 2, "nsubj"), ("called", "VERB", "VBD", 0, "root"), ("the", "DET", "DT", 4, "det"), ("claim", "NOUN", "NN", 2, "obj"),
            ("'", "PUNCT", "``", 6, "punct"), ("absurd", "ADJ", "JJ", head, relation), ("'", "PUNCT", "''", 6, "punct"));

        Assert.Equal(("xcomp", "called"), (Word(parse, "absurd").Relation, parse.HeadOf(Word(parse, "absurd"))?.Form));
    }

    [Fact]
    public void Repair_AdjectiveAfterACommaAndTheObject_StaysWhereItIs()
    {
        var parse = GivenParse.Of(
            ("Peru", "PROPN", "NNP", 2, "nsubj"), ("met", "VERB", "VBD", 0, "root"), ("the", "DET", "DT", 4, "det"), ("envoy", "NOUN", "NN", 2, "obj"),
            (",", "PUNCT", ",", 6, "punct"), ("relaxed", "ADJ", "JJ", 2, "conj"));

        Assert.Equal(("conj", "met"), (Word(parse, "relaxed").Relation, parse.HeadOf(Word(parse, "relaxed"))?.Form));
    }

    [Fact]
    public void IsTree_ATreeAndALoop_TellsThemApart()
    {
        var tree = GivenParse.Unrepaired(("Kenya", "PROPN", "NNP", 2, "nsubj"), ("left", "VERB", "VBD", 0, "root"), ("Peru", "PROPN", "NNP", 2, "obj"));
        var loop = GivenParse.Unrepaired(("Kenya", "PROPN", "NNP", 3, "nsubj"), ("left", "VERB", "VBD", 1, "acl"), ("Peru", "PROPN", "NNP", 2, "obj"));

        Assert.True(ParseRepair.IsTree(tree));
        Assert.False(ParseRepair.IsTree(loop));
    }

    [Theory]
    [InlineData("Iran-backed rebels attacked a ship off war-torn Yemen on Monday.")]
    [InlineData("Russia supplied Russian-made missiles to cash-strapped, war-torn Syria.")]
    [InlineData("The Saudi-led coalition and the US-brokered truce talks left the so-called red line state-owned.")]
    public void Analyze_HyphenatedModifiers_EverySentenceStaysATree(string text) =>
        Assert.True(ParseRepair.IsTree(ParseOf(text)));

    [Fact]
    public void Repair_PassiveWithItsAuxiliaryAndAnObject_StaysPassive()
    {
        var parse = GivenParse.Of(
            ("Peru", "PROPN", "NNP", 3, "nsubj:pass"), ("was", "AUX", "VBD", 3, "aux:pass"), ("given", "VERB", "VBN", 0, "root"),
            ("a", "DET", "DT", 5, "det"), ("warning", "NOUN", "NN", 3, "obj"));

        Assert.Equal("nsubj:pass", Word(parse, "Peru").Relation);
    }

    [Fact]
    public void Analyze_NameAfterAnOpeningParticipleReadAsSubject_ObjectOfTheParticiple()
    {
        var parse = ParseOf("Accusing Uganda of arming the rebels, Kenya expelled two diplomats.");

        Assert.Equal(("obj", "Accusing"), (Word(parse, "Uganda").Relation, parse.HeadOf(Word(parse, "Uganda"))?.Form));
        Assert.Equal(("nsubj", "expelled"), (Word(parse, "Kenya").Relation, parse.HeadOf(Word(parse, "Kenya"))?.Form));
    }

    [Fact]
    public void Analyze_HyphenatedNounReadAsTheObject_ModifierOfTheNounAfterIt()
    {
        var parse = ParseOf("Chile held large-scale military exercises around Peru.");

        Assert.Equal(("obj", "held"), (Word(parse, "exercises").Relation, parse.HeadOf(Word(parse, "exercises"))?.Form));
        Assert.Equal("exercises", parse.HeadOf(Word(parse, "scale"))?.Form);
    }

    [Fact]
    public void Analyze_ThatClauseAfterADayReadAsItsComplement_ComplementOfTheVerb()
    {
        var parse = ParseOf("Ghana's president denied on Friday that Accra had supplied weapons to rebels in Togo.");

        Assert.Equal(("ccomp", "denied"), (Word(parse, "supplied").Relation, parse.HeadOf(Word(parse, "supplied"))?.Form));
    }

    [Fact]
    public void Analyze_SecondSubjectOpeningWithAnd_ConjunctOfTheFirst()
    {
        var parse = ParseOf("The Chilean foreign minister, Ana Ruiz, and her Peruvian counterpart discussed the border talks by phone on Saturday.");

        Assert.Equal(("conj", "minister"), (Word(parse, "counterpart").Relation, parse.HeadOf(Word(parse, "counterpart"))?.Form));
    }

    [Fact]
    public void Analyze_TitledNameRightAfterTheVerbReadAsOblique_ObjectOfTheVerb()
    {
        var parse = ParseOf("Ghana's President John Mahama received Chilean Foreign Minister Ana Ruiz in Accra on Wednesday.");

        Assert.Equal(("obj", "received"), (Word(parse, "Ruiz").Relation, parse.HeadOf(Word(parse, "Ruiz"))?.Form));
    }

    [Fact]
    public void Analyze_ParticipleInMeetingBetweenCommas_ModifierOfTheSubject()
    {
        var parse = ParseOf("The ECOWAS leaders, meeting in Ghana, agreed to send a mission to Mali.");

        Assert.Equal(("acl", "VBG"), (Word(parse, "meeting").Relation, Word(parse, "meeting").Xpos));
    }

    [Fact]
    public void Analyze_NameAfterTheObjectBeforeAClosingSource_AppositionOfTheObject()
    {
        var parse = ParseOf("Chile expelled Peru's ambassador, Archbishop Luis Vega, the Peruvian government said.");

        // The name's head is either of its words, the other a flat part of it.
        var name = Word(parse, "Vega") is { Relation: "flat" } part ? parse.HeadOf(part)! : Word(parse, "Vega");
        Assert.Equal(("appos", "ambassador"), (name.Relation, parse.HeadOf(name)?.Form));
        Assert.Equal(("nsubj", "said"), (Word(parse, "government").Relation, parse.HeadOf(Word(parse, "government"))?.Form));
    }

    [Fact]
    public void Analyze_AfterReadAsAPrepositionBeforeAVerb_ClauseWithItsSubject()
    {
        var parse = ParseOf("Chile's president spoke on Sunday after Peru sent 30 warplanes toward the islands.");

        Assert.Equal(("nsubj", "sent"), (Word(parse, "Peru").Relation, parse.HeadOf(Word(parse, "Peru"))?.Form));
        Assert.Equal(("mark", "sent"), (Word(parse, "after").Relation, parse.HeadOf(Word(parse, "after"))?.Form));
    }

    [Fact]
    public void Analyze_ThatReadAsTheObjectOfAlleged_MarkerOfTheClauseTold()
    {
        var parse = ParseOf("The Peruvian government alleged that Chilean agents had spied on its officials.");

        Assert.Equal(("ccomp", "alleged"), (Word(parse, "spied").Relation, parse.HeadOf(Word(parse, "spied"))?.Form));
        Assert.Equal(("nsubj", "spied"), (Word(parse, "agents").Relation, parse.HeadOf(Word(parse, "agents"))?.Form));
    }

    [Fact]
    public void Analyze_ToTheUNReadAsAMarkerAndASubject_ModifierOfTheSubject()
    {
        var parse = ParseOf("Chile's ambassador to the UN said Peru's accusations were baseless.");

        Assert.Equal(("nmod", "ambassador"), (Word(parse, "UN").Relation, parse.HeadOf(Word(parse, "UN"))?.Form));
        Assert.Equal(("case", "UN"), (Word(parse, "to").Relation, parse.HeadOf(Word(parse, "to"))?.Form));
    }

    [Fact]
    public void Analyze_SourceInAppositionAfterAQuote_SubjectOfSaid()
    {
        var parse = ParseOf("\"Togo has shelled our villages,\" the Ghanaian defence minister, Kofi Mensah, said.");

        Assert.Equal(("nsubj", "said"), (Word(parse, "minister").Relation, parse.HeadOf(Word(parse, "minister"))?.Form));
    }

    [Fact]
    public void Analyze_SourceBetweenTheQuoteAndSaid_SubjectOfSaidWithTheNameInApposition()
    {
        var parse = ParseOf("\"We are ready to talk,\" the foreign minister of Chile, Ana Ruiz, said.");

        Assert.Equal(("nsubj", "said"), (Word(parse, "minister").Relation, parse.HeadOf(Word(parse, "minister"))?.Form));
        Assert.Equal(("appos", "minister"), (Word(parse, "Ruiz").Relation, parse.HeadOf(Word(parse, "Ruiz"))?.Form));
    }

    [Fact]
    public void Analyze_PhraseWithItsOwnPrepositionAfterAnApposition_ObliqueOfTheVerb()
    {
        var parse = ParseOf("Ghana forced the UN refugee agency, UNHCR, out of the country following the relief operation.");

        Assert.Equal(("obl", "forced"), (Word(parse, "country").Relation, parse.HeadOf(Word(parse, "country"))?.Form));
    }

    [Fact]
    public void Analyze_VerbReadAsTheAuxiliaryOfAClosingSaid_TheReportWithItsObject()
    {
        var parse = ParseOf("Security forces killed three militants in a raid in Kashmir, police said.");

        Assert.Equal(("ccomp", "said"), (Word(parse, "killed").Relation, parse.HeadOf(Word(parse, "killed"))?.Form));
        Assert.Equal(("obj", "killed"), (Word(parse, "militants").Relation, parse.HeadOf(Word(parse, "militants"))?.Form));
    }

    [Fact]
    public void Analyze_FrontedTimeThenCoordinatedNames_FirstNameIsTheSubject()
    {
        var parse = ParseOf("On Thursday, Kenya and Peru agreed to reopen the border.");

        Assert.Equal(("nsubj", "agreed"), (Word(parse, "Kenya").Relation, parse.HeadOf(Word(parse, "Kenya"))?.Form));
        Assert.Equal(("conj", "Kenya"), (Word(parse, "Peru").Relation, parse.HeadOf(Word(parse, "Peru"))?.Form));
    }

    [Fact]
    public void Analyze_ListOpeningWithABareName_KeepsTheWholeListAsSubject()
    {
        var parse = ParseOf("Saudi Arabia, Egypt, Bahrain and the United Arab Emirates announced today they were cutting ties with Qatar.");

        var subject = Assert.Single(parse.ChildrenOf(Word(parse, "announced")), c => c.Relation == "nsubj");
        Assert.Equal(["Arabia", "Bahrain", "Egypt", "Emirates"], parse.Subtree(subject).Where(w => w.Upos == "PROPN" && w.Form != "Saudi" && w.Form != "United" && w.Form != "Arab").Select(w => w.Form).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Analyze_PastParticipleBeforeObjectWithSubject_IsThePredicate()
    {
        var parse = ParseOf("The European Union imposed sanctions Friday on 30 officials suspected of vote fraud.");

        var imposed = Word(parse, "imposed");
        Assert.Equal("imposed", parse.HeadOf(Word(parse, "Union"))?.Form);
        Assert.Equal(("obj", "imposed"), (Word(parse, "sanctions").Relation, parse.HeadOf(Word(parse, "sanctions"))?.Form));
        Assert.Equal([imposed.Index], parse.Roots);
    }

    [Fact]
    public void Analyze_AgencyDateline_ParsedApartFromTheSentence()
    {
        var parse = ParseOf("LIMA (AP) — The minister met envoys from Chile on Monday.");

        Assert.Equal(2, parse.Roots.Count);
        Assert.Equal("nsubj", Word(parse, "minister").Relation);
        Assert.All(parse.Words.Take(5), w => Assert.True(w.Head < 5, $"{w} hangs outside the dateline"));
        Assert.Equal("met", parse.Words[parse.Roots[1]].Form);
    }

    [Fact]
    public void Analyze_CapitalsAndColonDateline_ParsedApart()
    {
        var parse = ParseOf("NEW DELHI: India on Wednesday extended a line of credit to Sri Lanka.");

        Assert.Equal(["DELHI", "extended"], parse.Roots.Select(r => parse.Words[r].Form));
        Assert.Equal(("nsubj", "extended"), (Word(parse, "India").Relation, parse.HeadOf(Word(parse, "India"))?.Form));
    }

    [Fact]
    public void Analyze_CapitalsAndHyphenDateline_ParsedApart()
    {
        var parse = ParseOf("LIMA - Chilean jets struck a depot near the border on Sunday.");

        Assert.Equal(2, parse.Roots.Count);
        Assert.Equal(("nsubj", "struck"), (Word(parse, "jets").Relation, parse.HeadOf(Word(parse, "jets"))?.Form));
    }

    [Theory]
    [InlineData("12:03 GMT — The minister will meet envoys from Chile on Thursday.")]
    [InlineData("9:40 a.m. — The minister will meet envoys from Chile on Thursday.")]
    public void Analyze_LiveBlogTimeStamp_ParsedApart(string text)
    {
        var parse = ParseOf(text);

        Assert.Equal(2, parse.Roots.Count);
        Assert.Equal(("nsubj", "meet"), (Word(parse, "minister").Relation, parse.HeadOf(Word(parse, "minister"))?.Form));
    }

    [Fact]
    public void Analyze_FutureDayBeforeAnUnnamedSource_StatementNotDated() =>
        Assert.All(Parsed.Events("Peruvian envoy Luis Vega will visit Santiago on Thursday, a foreign ministry official said."), e => Assert.Null(e.Date));

    [Fact]
    public void Analyze_LiveBlogTimeStamp_FutureDayNotDated() =>
        Assert.All(Parsed.Events("12:03 GMT — Chile will join the talks on Thursday, a spokesperson for the foreign ministry, Ana Ruiz, said."), e => Assert.Null(e.Date));

    [Fact]
    public void Analyze_CapitalsAndHyphenBeforeLowerCase_NoDateline()
    {
        var parse = ParseOf("NATO - based in Brussels - met on Monday.");

        Assert.Single(parse.Roots);
    }

    [Fact]
    public void Analyze_PlaceCommaDateDashDateline_ParsedApart()
    {
        var parse = ParseOf("SANTIAGO, June 3 - Chilean and Peruvian troops exchanged fire near the border.");

        Assert.Equal(2, parse.Roots.Count);
        Assert.Equal(("nsubj", "exchanged"), (Word(parse, "troops").Relation, parse.HeadOf(Word(parse, "troops"))?.Form));
    }

    [Fact]
    public void Analyze_NameAndDashWithoutADate_NoDateline()
    {
        var parse = ParseOf("Lima - the capital of Peru - hosted the summit on Monday.");

        Assert.Single(parse.Roots);
    }

    [Fact]
    public void Analyze_NameAndHerCounterpartNamedAsSubjects_CounterpartIsAConjunctWithTheNameInApposition()
    {
        var parse = ParseOf("President Ana Ruiz and her Chilean counterpart Luis Vega met in Lima on Monday.");

        Assert.Equal(("nsubj", "met"), Arc(parse, "Ana"));
        Assert.Equal(("conj", "Ana"), Arc(parse, "counterpart"));
        Assert.Equal(("appos", "counterpart"), Arc(parse, "Luis"));
    }

    [Fact]
    public void Analyze_MetHerCounterpartByName_HerIsThePossessiveOfTheObject()
    {
        var parse = ParseOf("Ana Ruiz met her Chilean counterpart Luis Vega in Lima.");

        Assert.Equal(("obj", "met"), Arc(parse, "counterpart"));
        Assert.Equal(("nmod:poss", "counterpart"), Arc(parse, "her"));
        Assert.Equal(("appos", "counterpart"), Arc(parse, "Luis"));
    }

    [Fact]
    public void Analyze_GaveHerABook_HerStaysAnObject()
    {
        var parse = ParseOf("The minister gave her a book on Monday.");

        Assert.NotEqual("nmod:poss", Word(parse, "her").Relation);
    }

    [Fact]
    public void Analyze_NameWithPartyInParentheses_NoDateline()
    {
        var parse = ParseOf("Senator Ana Ruiz (R) said the vote would pass.");

        Assert.Single(parse.Roots);
    }

    [Fact]
    public void Analyze_NameHungOnTheVerbAfterANounAndComma_ApposedToTheNoun()
    {
        var parse = ParseOf("The Chilean government on Monday imposed sanctions on Venezuela's oil firm, stepping up pressure on the country's embattled president, Nicolas Ruiz.");

        Assert.Equal(("appos", "president"), (Word(parse, "Ruiz").Relation, parse.HeadOf(Word(parse, "Ruiz"))?.Form));
    }

    [Fact]
    public void Analyze_NamesHungInsideAFrontedPhrase_OpenTheSubject()
    {
        var parse = ParseOf("In a tense meeting held in Lima on Thursday, Chile President Ana Ruiz and Peru President Luis Vega reaffirmed their commitment to peace.");

        var subject = Assert.Single(parse.ChildrenOf(Word(parse, "reaffirmed")), c => c.Relation == "nsubj");
        Assert.Contains(subject.Form, new[] { "Ana", "Ruiz" });
        Assert.Contains(Word(parse, "Luis"), parse.Subtree(subject));
    }

    [Fact]
    public void Extract_AgencyCreditedInTheDateline_NoEntityButThePlaceStays()
    {
        var names = Parsed.Extract("LIMA (AP) — Chile's president Ana Ruiz met Peru's president Luis Vega on Monday.").Entities.Select(e => e.Name).ToList();

        Assert.DoesNotContain("Associated Press", names);
        Assert.Contains("Lima", names);
    }

    [Fact]
    public void Extract_AgencyNamedInTheStory_StaysAnEntity() =>
        Assert.Contains("Associated Press", Parsed.Extract("Chile's president Ana Ruiz told the Associated Press on Monday that talks would go on.").Entities.Select(e => e.Name));

    [Fact]
    public void Repair_PastReadAsAnAdjectiveOfTheRootsObject_TheSentencesVerb()
    {
        // The subject read as the root with the object its own, the past an adjective of the object.
        var parse = GivenParse.Of(
            ("Chile", "PROPN", "NNP", 3, "nmod:poss"), ("'s", "PART", "POS", 1, "case"), ("navy", "NOUN", "NN", 0, "root"),
            ("downed", "ADJ", "JJ", 6, "amod"), ("two", "NUM", "CD", 6, "nummod"), ("drones", "NOUN", "NNS", 3, "obj"),
            ("on", "ADP", "IN", 8, "case"), ("Sunday", "PROPN", "NNP", 3, "nmod"));

        Assert.Equal(("root", null), Arc(parse, "downed"));
        Assert.Equal(("nsubj", "downed"), Arc(parse, "navy"));
        Assert.Equal(("obj", "downed"), Arc(parse, "drones"));
        Assert.Equal(("obl", "downed"), Arc(parse, "Sunday"));
        Assert.Equal("VERB", Word(parse, "downed").Upos);
    }

    [Fact]
    public void Repair_PastReadAsAnAdjectiveOfTheRootWithASubject_TheSentencesVerb()
    {
        // The object read as the root with the subject its own.
        var parse = GivenParse.Of(
            ("Chile", "PROPN", "NNP", 3, "nmod:poss"), ("'s", "PART", "POS", 1, "case"), ("navy", "NOUN", "NN", 6, "nsubj"),
            ("downed", "ADJ", "JJ", 6, "amod"), ("two", "NUM", "CD", 6, "nummod"), ("drones", "NOUN", "NNS", 0, "root"),
            ("on", "ADP", "IN", 8, "case"), ("Sunday", "PROPN", "NNP", 6, "nmod"));

        Assert.Equal(("root", null), Arc(parse, "downed"));
        Assert.Equal(("nsubj", "downed"), Arc(parse, "navy"));
        Assert.Equal(("obj", "downed"), Arc(parse, "drones"));
        Assert.Equal(("obl", "downed"), Arc(parse, "Sunday"));
    }

    [Fact]
    public void Repair_PastReadAsAnAdjectiveBetweenTwoClausesOfAReport_TheReportedVerb()
    {
        // "Chilean jets downed two drones overnight, the navy said", with the subject and the object two clauses of "said".
        var parse = GivenParse.Of(
            ("Chilean", "ADJ", "JJ", 2, "amod"), ("jets", "NOUN", "NNS", 10, "ccomp"), ("downed", "ADJ", "JJ", 5, "amod"),
            ("two", "NUM", "CD", 5, "nummod"), ("drones", "NOUN", "NNS", 10, "ccomp"), ("overnight", "ADV", "RB", 5, "advmod"),
            (",", "PUNCT", ",", 9, "punct"), ("the", "DET", "DT", 9, "det"), ("navy", "NOUN", "NN", 10, "nsubj"),
            ("said", "VERB", "VBD", 0, "root"), (".", "PUNCT", ".", 10, "punct"));

        Assert.Equal(("ccomp", "said"), Arc(parse, "downed"));
        Assert.Equal(("nsubj", "downed"), Arc(parse, "jets"));
        Assert.Equal(("obj", "downed"), Arc(parse, "drones"));
        Assert.Equal(("advmod", "downed"), Arc(parse, "overnight"));
        Assert.Equal("VERB", Word(parse, "downed").Upos);
    }

    [Fact]
    public void Repair_SpanOfDaysReadAsTheSubjectWithTheNounAnOblique_ClauseCountedFromTheDay()
    {
        // "Chile recalled its envoy on Monday, days after Peru expelled a diplomat", with the clause a complement.
        var parse = GivenParse.Of(
            ("Chile", "PROPN", "NNP", 2, "nsubj"), ("recalled", "VERB", "VBD", 0, "root"), ("its", "PRON", "PRP$", 4, "nmod:poss"),
            ("envoy", "NOUN", "NN", 2, "obj"), ("on", "ADP", "IN", 6, "case"), ("Monday", "PROPN", "NNP", 2, "obl"), (",", "PUNCT", ",", 6, "punct"),
            ("days", "NOUN", "NNS", 11, "nsubj"), ("after", "ADP", "IN", 10, "case"), ("Peru", "PROPN", "NNP", 11, "obl"),
            ("expelled", "VERB", "VBD", 2, "ccomp"), ("a", "DET", "DT", 13, "det"), ("diplomat", "NOUN", "NN", 11, "obj"), (".", "PUNCT", ".", 2, "punct"));

        Assert.Equal(("advcl", "recalled"), Arc(parse, "expelled"));
        Assert.Equal(("nsubj", "expelled"), Arc(parse, "Peru"));
        Assert.Equal(("mark", "expelled"), Arc(parse, "after"));
        Assert.Equal(("obl:npmod", "expelled"), Arc(parse, "days"));
    }

    [Fact]
    public void Repair_ParticipleOfANounJoinedToTheReportsObject_TheReportedVerb()
    {
        // "Lima said Chilean forces shelled homes in Tacna", with "forces" the object of "said" and "homes" its conjunct.
        var parse = GivenParse.Of(
            ("Lima", "PROPN", "NNP", 2, "nsubj"), ("said", "VERB", "VBD", 0, "root"), ("Chilean", "ADJ", "JJ", 4, "amod"),
            ("forces", "NOUN", "NNS", 2, "obj"), ("shelled", "VERB", "VBN", 6, "amod"), ("homes", "NOUN", "NNS", 4, "conj"),
            ("in", "ADP", "IN", 8, "case"), ("Tacna", "PROPN", "NNP", 4, "nmod"), (".", "PUNCT", ".", 2, "punct"));

        Assert.Equal(("ccomp", "said"), Arc(parse, "shelled"));
        Assert.Equal(("nsubj", "shelled"), Arc(parse, "forces"));
        Assert.Equal(("obj", "shelled"), Arc(parse, "homes"));
        Assert.Equal(("obl", "shelled"), Arc(parse, "Tacna"));
    }

    [Fact]
    public void Repair_ClauseReadAsAPhraseOfItsSubjectsNoun_TheNounIsTheSubject()
    {
        // "The imposition of duties angered traders", with "imposition" the root and "duties" the subject of "angered".
        var parse = GivenParse.Of(
            ("The", "DET", "DT", 2, "det"), ("imposition", "NOUN", "NN", 0, "root"), ("of", "ADP", "IN", 4, "case"),
            ("duties", "NOUN", "NNS", 5, "nsubj"), ("angered", "VERB", "VBD", 2, "nmod"), ("traders", "NOUN", "NNS", 5, "obj"),
            (".", "PUNCT", ".", 2, "punct"));

        Assert.Equal(("root", null), Arc(parse, "angered"));
        Assert.Equal(("nsubj", "angered"), Arc(parse, "imposition"));
        Assert.Equal(("nmod", "imposition"), Arc(parse, "duties"));
        Assert.Equal(("punct", "angered"), Arc(parse, "."));
    }

    [Fact]
    public void Repair_AdjectiveInEdNotRightAfterTheSubject_Kept()
    {
        // "navy is trusted partner": the copula between the subject and the adjective makes the noun a predicate.
        var parse = GivenParse.Of(
            ("navy", "NOUN", "NN", 4, "nsubj"), ("is", "AUX", "VBZ", 4, "cop"), ("trusted", "ADJ", "JJ", 4, "amod"), ("partner", "NOUN", "NN", 0, "root"));

        Assert.Equal(("amod", "partner"), Arc(parse, "trusted"));
    }

    [Fact]
    public void Repair_HavingReadAsTheVerbOfThePerfect_AuxiliaryOfAnAdverbialClause()
    {
        // "Having" read as the main verb's clausal subject, with "met" its complement.
        var parse = GivenParse.Of(
            ("Having", "VERB", "VBG", 8, "csubj"), ("met", "VERB", "VBD", 1, "xcomp"), ("Vega", "PROPN", "NNP", 2, "obj"), ("in", "ADP", "IN", 5, "case"),
            ("Lima", "PROPN", "NNP", 3, "nmod"), (",", "PUNCT", ",", 3, "punct"), ("Ruiz", "PROPN", "NNP", 8, "nsubj"), ("flew", "VERB", "VBD", 0, "root"),
            ("to", "ADP", "IN", 10, "case"), ("Quito", "PROPN", "NNP", 8, "obl"));

        Assert.Equal(("aux", "met"), Arc(parse, "Having"));
        Assert.Equal(("advcl", "flew"), Arc(parse, "met"));
        Assert.Equal(("obj", "met"), Arc(parse, "Vega"));
        Assert.Equal("VBN", Word(parse, "met").Xpos);
    }

    [Fact]
    public void Repair_HavingReadAsTheSubjectOfThePerfect_Auxiliary()
    {
        var parse = GivenParse.Of(
            ("Having", "VERB", "VBG", 2, "csubj"), ("signed", "VERB", "VBD", 7, "advcl"), ("the", "DET", "DT", 4, "det"), ("accord", "NOUN", "NN", 2, "obj"),
            (",", "PUNCT", ",", 2, "punct"), ("Chile", "PROPN", "NNP", 7, "nsubj"), ("lifted", "VERB", "VBD", 0, "root"), ("sanctions", "NOUN", "NNS", 7, "obj"));

        Assert.Equal(("aux", "signed"), Arc(parse, "Having"));
        Assert.Equal(("advcl", "lifted"), Arc(parse, "signed"));
    }

    [Fact]
    public void Repair_OpeningPerfectReadAsTheRoot_AdverbialClauseOfTheMainVerb()
    {
        // "Having held talks with Vega, Ruiz travelled to Quito", read with "held" the root, the main verb its clause and
        // the subject hung on the object.
        var parse = GivenParse.Of(
            ("Having", "AUX", "VBG", 2, "aux"), ("held", "VERB", "VBN", 0, "root"), ("talks", "NOUN", "NNS", 2, "obj"), ("with", "ADP", "IN", 5, "case"),
            ("Vega", "PROPN", "NNP", 3, "nmod"), (",", "PUNCT", ",", 7, "punct"), ("Ruiz", "PROPN", "NNP", 5, "appos"), ("travelled", "VERB", "VBD", 2, "parataxis"),
            ("to", "ADP", "IN", 10, "case"), ("Quito", "PROPN", "NNP", 8, "obl"));

        Assert.Equal(("root", null), Arc(parse, "travelled"));
        Assert.Equal(("advcl", "travelled"), Arc(parse, "held"));
        Assert.Equal(("nsubj", "travelled"), Arc(parse, "Ruiz"));
        Assert.Equal(("aux", "held"), Arc(parse, "Having"));
        Assert.Equal(("nmod", "talks"), Arc(parse, "Vega"));
    }

    private static (string Relation, string? Head) Arc(SentenceParse parse, string form) =>
        (Word(parse, form).Relation, parse.HeadOf(Word(parse, form))?.Form);

    [Fact]
    public void Analyze_TitleBeforeANameInCommas_TitleIsTheSubjectAndTheNameItsApposition()
    {
        var parse = ParseOf("Kenya's defence chief, Omar Wekesa, arrived in Accra on Tuesday.");

        Assert.Equal(("nsubj", "arrived"), Arc(parse, "chief"));
        Assert.Equal(("appos", "chief"), Arc(parse, "Omar"));
    }

    [Fact]
    public void Analyze_NameInCommasAfterTheObject_ApposedToTheObject()
    {
        var parse = ParseOf("The minister met Kenya's defence chief, Omar Wekesa, in Accra.");

        Assert.Equal(("obj", "met"), Arc(parse, "chief"));
        Assert.Equal(("appos", "chief"), Arc(parse, "Omar"));
    }

    [Fact]
    public void Analyze_DescriptionInCommasAfterTheObject_ApposedToTheObject()
    {
        var parse = ParseOf("The ministry sanctioned Omar Haddad, a commander with the Rapid Support Forces, on Monday.");

        Assert.Equal(("appos", "Omar"), Arc(parse, "commander"));
        Assert.Equal(("nmod", "commander"), Arc(parse, "Forces"));
    }

    [Fact]
    public void Analyze_PossessorAfterAPreposition_OwnsTheNounAfterIt()
    {
        var parse = ParseOf("The court fined Ali Hassan, a commander with Sudan's paramilitary Rapid Support Forces (RSF).");

        Assert.Equal(("nmod", "commander"), Arc(parse, "Forces"));
        Assert.Equal(("nmod:poss", "Forces"), Arc(parse, "Sudan"));
        Assert.Equal(("case", "Forces"), Arc(parse, "with"));
    }

    [Fact]
    public void Analyze_RelativeClauseAfterTheSubject_DescribesItAndTheNextVerbIsThePredicate()
    {
        var parse = ParseOf("Chile, which Kenya accused of arming the rebels, denied the charge on Monday.");

        Assert.Equal(("nsubj", "denied"), Arc(parse, "Chile"));
        Assert.Equal(("acl:relcl", "Chile"), Arc(parse, "accused"));
        Assert.Equal(("nsubj", "accused"), Arc(parse, "Kenya"));
    }

    [Fact]
    public void Analyze_SubjectAfterARelativePronoun_IsTheVerbs()
    {
        var parse = ParseOf("The Treasury sanctioned the Chilean army, which it accused of abuses.");

        Assert.Equal(("nsubj", "accused"), Arc(parse, "it"));
    }

    [Fact]
    public void Analyze_CalledTheObjectAnAdjective_ObjectAndPredicate()
    {
        var parse = ParseOf("Chile on Monday called the accusations by Peru false and baseless.");

        Assert.Equal(("obj", "called"), Arc(parse, "accusations"));
        Assert.Equal(("xcomp", "called"), Arc(parse, "false"));
    }

    [Fact]
    public void Analyze_NounThenThatClause_ClauseCompletesTheNoun()
    {
        var parse = ParseOf("Norway rejected the accusation by Chile that Kenya had armed the rebels.");

        Assert.Equal(("obj", "rejected"), Arc(parse, "accusation"));
        Assert.Equal(("acl", "accusation"), Arc(parse, "armed"));
        Assert.Equal(("nsubj", "armed"), Arc(parse, "Kenya"));
        Assert.Equal(("mark", "armed"), Arc(parse, "that"));
    }

    [Fact]
    public void Analyze_HeadlineNameThenPluralThenNounPhrase_PluralIsTheVerb()
    {
        var parse = ParseOf("Chile sanctions Peru mining firm");

        Assert.Equal("VERB", Word(parse, "sanctions").Upos);
        Assert.Equal(("nsubj", "sanctions"), Arc(parse, "Chile"));
        Assert.Equal(("obj", "sanctions"), Arc(parse, "firm"));
    }

    [Fact]
    public void Analyze_ThatBeforeAPluralNoun_OpensTheClause()
    {
        var parse = ParseOf("Daniel Otieno, the Kenyan spokesman, revealed that drone strikes in Turkana have killed four herders.");

        Assert.Equal(("mark", "killed"), Arc(parse, "that"));
        Assert.Equal(("nsubj", "killed"), Arc(parse, "strikes"));
        Assert.Equal(("ccomp", "revealed"), Arc(parse, "killed"));
    }

    [Fact]
    public void Apply_NameInCommasBeforeAVerbWithoutSubject_IsTheSubject()
    {
        var parse = GivenParse.Of(
            ("Chilean", "ADJ", "JJ", 2, "amod"), ("President", "PROPN", "NNP", 0, "root"), (",", "PUNCT", ",", 4, "punct"),
            ("Ruiz", "PROPN", "NNP", 6, "obl:unmarked"), (",", "PUNCT", ",", 6, "punct"), ("landed", "VERB", "VBD", 2, "acl"),
            ("in", "ADP", "IN", 8, "case"), ("Quito", "PROPN", "NNP", 6, "obl"));

        Assert.Equal(("nsubj", "landed"), Arc(parse, "Ruiz"));
    }

    [Fact]
    public void Apply_ObjectOfAParticipleReadAsTheSubject_NounBeforeTheParticipleIsTheSubject()
    {
        // "Peruvian jets using cluster bombs hit the camp", read with the jets a bare oblique and the bombs the subject.
        var parse = GivenParse.Of(
            ("Peruvian", "ADJ", "JJ", 2, "amod"), ("jets", "NOUN", "NNS", 6, "obl"), ("using", "VERB", "VBG", 2, "acl"),
            ("cluster", "NOUN", "NN", 3, "obj"), ("bombs", "NOUN", "NNS", 6, "nsubj"), ("hit", "VERB", "VBD", 0, "root"),
            ("the", "DET", "DT", 8, "det"), ("camp", "NOUN", "NN", 6, "obj"));

        Assert.Equal(("nsubj", "hit"), Arc(parse, "jets"));
        Assert.Equal(("obj", "using"), Arc(parse, "bombs"));
        Assert.Equal(("compound", "bombs"), Arc(parse, "cluster"));
    }

    [Fact]
    public void Apply_DayReadAsTheSubjectAfterAParticiple_NoObjectOfTheParticiple()
    {
        // "Ministers meeting in Lima Monday voted …": a day is no object of the participle.
        var parse = GivenParse.Of(
            ("Ministers", "NOUN", "NNS", 6, "obl"), ("meeting", "VERB", "VBG", 1, "acl"), ("in", "ADP", "IN", 4, "case"),
            ("Lima", "PROPN", "NNP", 2, "obl"), ("Monday", "PROPN", "NNP", 6, "nsubj"), ("voted", "VERB", "VBD", 0, "root"));

        Assert.NotEqual(("obj", "meeting"), Arc(parse, "Monday"));
    }

    [Fact]
    public void Apply_SubjectWithAnArticleAfterAParticiple_StaysTheSubject()
    {
        // "Days using the old maps, the scouts found the camp": a subject with its own article opens a phrase of its own.
        var parse = GivenParse.Of(
            ("Days", "NOUN", "NNS", 7, "obl"), ("using", "VERB", "VBG", 1, "acl"), ("maps", "NOUN", "NNS", 2, "obj"),
            (",", "PUNCT", ",", 7, "punct"), ("the", "DET", "DT", 6, "det"), ("scouts", "NOUN", "NNS", 7, "nsubj"),
            ("found", "VERB", "VBD", 0, "root"), ("camp", "NOUN", "NN", 7, "obj"));

        Assert.Equal(("nsubj", "found"), Arc(parse, "scouts"));
        Assert.Equal(("obl", "found"), Arc(parse, "Days"));
    }

    [Fact]
    public void Apply_SpeakerReadAsAConjunctOfTheLastNoun_SubjectOfTheClosingVerb()
    {
        // "Chile will send tanks to Peru, Minister Ana Ruiz said on Monday.", with the minister a conjunct of Peru.
        var parse = GivenParse.Of(
            ("Chile", "PROPN", "NNP", 3, "nsubj"), ("will", "AUX", "MD", 3, "aux"), ("send", "VERB", "VB", 0, "root"),
            ("tanks", "NOUN", "NNS", 3, "obj"), ("to", "ADP", "IN", 6, "case"), ("Peru", "PROPN", "NNP", 3, "obl"),
            (",", "PUNCT", ",", 9, "punct"), ("Minister", "PROPN", "NNP", 9, "nmod:desc"), ("Ana", "PROPN", "NNP", 6, "conj"),
            ("Ruiz", "PROPN", "NNP", 9, "flat"), ("said", "VERB", "VBD", 3, "xcomp"), ("on", "ADP", "IN", 13, "case"),
            ("Monday", "PROPN", "NNP", 11, "obl"), (".", "PUNCT", ".", 3, "punct"));

        Assert.Equal(("nsubj", "said"), Arc(parse, "Ana"));
        Assert.Equal(("ccomp", "said"), Arc(parse, "send"));
        Assert.Equal(("root", null), Arc(parse, "said"));
    }

    [Fact]
    public void Apply_ObjectReadAsACompoundOfAnAdjective_ObjectAndPredicate()
    {
        // "Chile holds Peru responsible for the attack", read with Peru a compound of "responsible", an oblique.
        var parse = GivenParse.Of(
            ("Chile", "PROPN", "NNP", 2, "nsubj"), ("holds", "VERB", "VBZ", 0, "root"), ("Peru", "PROPN", "NNP", 4, "compound"),
            ("responsible", "ADJ", "JJ", 2, "obl"), ("for", "ADP", "IN", 7, "case"), ("the", "DET", "DT", 7, "det"),
            ("attack", "NOUN", "NN", 4, "obl"));

        Assert.Equal(("obj", "holds"), Arc(parse, "Peru"));
        Assert.Equal(("xcomp", "holds"), Arc(parse, "responsible"));
    }

    [Fact]
    public void Apply_DayReadAsTheSubjectOfAnAfterClause_TheNounAfterAfterIsTheSubject()
    {
        // "Peru recalled its envoy, a day after Chile accused Lima of …", with the day the subject of "accused".
        var parse = GivenParse.Of(
            ("Peru", "PROPN", "NNP", 2, "nsubj"), ("recalled", "VERB", "VBD", 0, "root"), ("envoy", "NOUN", "NN", 2, "obj"),
            (",", "PUNCT", ",", 6, "punct"), ("a", "DET", "DT", 6, "det"), ("day", "NOUN", "NN", 9, "nsubj"),
            ("after", "ADP", "IN", 8, "case"), ("Chile", "PROPN", "NNP", 6, "nmod"), ("accused", "VERB", "VBD", 2, "conj"),
            ("Lima", "PROPN", "NNP", 9, "obj"));

        Assert.Equal(("nsubj", "accused"), Arc(parse, "Chile"));
        Assert.Equal(("mark", "accused"), Arc(parse, "after"));
        Assert.Equal(("advcl", "recalled"), Arc(parse, "accused"));
        Assert.Equal(("obl:npmod", "accused"), Arc(parse, "day"));
    }

    [Fact]
    public void Apply_PastAfterAfterReadAsAParticipleOfTheNoun_ClauseOfTheVerb()
    {
        // "The row comes weeks after Chilean troops crossed into Peru", with "crossed" a participle on the troops.
        var parse = GivenParse.Of(
            ("The", "DET", "DT", 2, "det"), ("row", "NOUN", "NN", 3, "nsubj"), ("comes", "VERB", "VBZ", 0, "root"),
            ("weeks", "NOUN", "NNS", 3, "obj"), ("after", "ADP", "IN", 7, "case"), ("Chilean", "ADJ", "JJ", 7, "amod"),
            ("troops", "NOUN", "NNS", 4, "nmod"), ("crossed", "VERB", "VBN", 7, "acl"), ("into", "ADP", "IN", 10, "case"),
            ("Peru", "PROPN", "NNP", 8, "obl"));

        Assert.Equal(("nsubj", "crossed"), Arc(parse, "troops"));
        Assert.Equal(("advcl", "comes"), Arc(parse, "crossed"));
        Assert.Equal(("mark", "crossed"), Arc(parse, "after"));
    }

    [Fact]
    public void Apply_ParticipleAfterAfterWithAVerbLater_StaysAParticiple()
    {
        // "weeks after troops stationed in Peru fired …": the later verb is the troops' own.
        var parse = GivenParse.Of(
            ("It", "PRON", "PRP", 2, "nsubj"), ("came", "VERB", "VBD", 0, "root"), ("weeks", "NOUN", "NNS", 2, "obj"),
            ("after", "ADP", "IN", 5, "case"), ("troops", "NOUN", "NNS", 3, "nmod"), ("stationed", "VERB", "VBN", 5, "acl"),
            ("in", "ADP", "IN", 8, "case"), ("Peru", "PROPN", "NNP", 6, "obl"), ("fired", "VERB", "VBD", 2, "conj"),
            ("shots", "NOUN", "NNS", 9, "obj"));

        Assert.Equal(("acl", "troops"), Arc(parse, "stationed"));
    }

    [Fact]
    public void Apply_RelativeClauseReadAsAComplementOfTheLaterVerb_ClauseOfTheNounAndTheNounTheSubject()
    {
        // "Peru, which has sent troops to its border, said …", with Peru a vocative and the clause a complement of "said".
        var parse = GivenParse.Of(
            ("Peru", "PROPN", "NNP", 5, "vocative"), (",", "PUNCT", ",", 1, "punct"), ("which", "PRON", "WDT", 5, "nsubj"),
            ("has", "AUX", "VBZ", 5, "aux"), ("sent", "VERB", "VBN", 10, "ccomp"), ("troops", "NOUN", "NNS", 5, "obj"),
            ("to", "ADP", "IN", 8, "case"), ("border", "NOUN", "NN", 5, "obl"), (",", "PUNCT", ",", 5, "punct"),
            ("said", "VERB", "VBD", 0, "root"), ("more", "ADJ", "JJR", 12, "amod"), ("migrants", "NOUN", "NNS", 10, "obj"));

        Assert.Equal(("nsubj", "said"), Arc(parse, "Peru"));
        Assert.Equal(("acl:relcl", "Peru"), Arc(parse, "sent"));
    }

    [Fact]
    public void Apply_AgentReadAsAnAppositionOfTheOblique_AgentOfThePassive()
    {
        // "Ruiz was welcomed at the airport by Vega", with "by Vega" an apposition of the airport.
        var parse = GivenParse.Of(
            ("Ruiz", "PROPN", "NNP", 3, "nsubj:pass"), ("was", "AUX", "VBD", 3, "aux:pass"), ("welcomed", "VERB", "VBN", 0, "root"),
            ("at", "ADP", "IN", 6, "case"), ("the", "DET", "DT", 6, "det"), ("airport", "NOUN", "NN", 3, "obl"),
            ("by", "ADP", "IN", 8, "case"), ("Vega", "PROPN", "NNP", 6, "appos"));

        Assert.Equal(("obl:agent", "welcomed"), Arc(parse, "Vega"));
    }

    [Fact]
    public void Apply_BareDayBeforeAVerbWithoutSubject_StaysAnOblique()
    {
        var parse = GivenParse.Of(("Monday", "PROPN", "NNP", 3, "obl:unmarked"), (",", "PUNCT", ",", 3, "punct"), ("landed", "VERB", "VBD", 0, "root"));

        Assert.Equal(("obl:unmarked", "landed"), Arc(parse, "Monday"));
    }

    [Fact]
    public void Apply_NameReadAsConjunctOfTheNounBeforeIt_Apposition()
    {
        var parse = GivenParse.Of(
            ("Kenyan", "ADJ", "JJ", 2, "amod"), ("news", "NOUN", "NN", 5, "nsubj"), ("agency", "NOUN", "NN", 4, "compound"),
            ("KNA", "PROPN", "NNP", 2, "conj"), ("said", "VERB", "VBD", 0, "root"));

        Assert.Equal(("appos", "news"), Arc(parse, "KNA"));
    }

    [Fact]
    public void Apply_NameAfterAndReadAsConjunct_StaysAConjunct()
    {
        var parse = GivenParse.Of(
            ("officials", "NOUN", "NNS", 4, "nsubj"), ("and", "CCONJ", "CC", 3, "cc"), ("Kenya", "PROPN", "NNP", 1, "conj"), ("met", "VERB", "VBD", 0, "root"));

        Assert.Equal(("conj", "officials"), Arc(parse, "Kenya"));
    }

    [Fact]
    public void Analyze_WhichAfterANameEndingALongPhrase_DescribesTheName()
    {
        var parse = ParseOf("The European Union imposed sanctions Friday on 25 officials suspected of vote rigging and a violent crackdown on students in Moldova, which quickly retaliated by expelling two diplomats.");

        Assert.Equal(("acl:relcl", "Moldova"), Arc(parse, "retaliated"));
    }

    [Fact]
    public void Apply_AgentReadAsTheSubjectOfSaid_AgentOfTheParticipleAndSaidReports()
    {
        // "A Chilean official cited by Reuters said the country closed …", with "by" the mark of "said" and "said" under "closed".
        var parse = GivenParse.Of(
            ("A", "DET", "DT", 3, "det"), ("Chilean", "ADJ", "JJ", 3, "amod"), ("official", "NOUN", "NN", 7, "nsubj"), ("cited", "VERB", "VBN", 3, "acl"),
            ("by", "ADP", "IN", 7, "mark"), ("Reuters", "PROPN", "NNP", 7, "nsubj"), ("said", "VERB", "VBD", 10, "advcl"),
            ("the", "DET", "DT", 9, "det"), ("country", "NOUN", "NN", 10, "nsubj"), ("closed", "VERB", "VBD", 0, "root"),
            ("its", "PRON", "PRP$", 12, "nmod:poss"), ("border", "NOUN", "NN", 10, "obj"));

        Assert.Equal(("obl:agent", "cited"), Arc(parse, "Reuters"));
        Assert.Equal(("case", "Reuters"), Arc(parse, "by"));
        Assert.Equal(("root", null), Arc(parse, "said"));
        Assert.Equal(("ccomp", "said"), Arc(parse, "closed"));
    }

    [Fact]
    public void Apply_SubjectSetOffBeforeTheSpeaker_SubjectOfWhatWasSaid()
    {
        // "Peru, Ruiz said, is stalling", with both names subjects of "said".
        var parse = GivenParse.Of(
            ("Peru", "PROPN", "NNP", 4, "nsubj"), (",", "PUNCT", ",", 1, "punct"), ("Ruiz", "PROPN", "NNP", 4, "nsubj"), ("said", "VERB", "VBD", 0, "root"),
            (",", "PUNCT", ",", 7, "punct"), ("is", "AUX", "VBZ", 7, "aux"), ("stalling", "VERB", "VBG", 4, "ccomp"));

        Assert.Equal(("nsubj", "stalling"), Arc(parse, "Peru"));
        Assert.Equal(("nsubj", "said"), Arc(parse, "Ruiz"));
    }

    [Fact]
    public void Apply_ReportBeforeItsSource_ReportIsWhatWasSaid()
    {
        // "Ruiz spoke to Vega, the ministry said, after …", with "spoke" an adverbial clause of "said".
        var parse = GivenParse.Of(
            ("Ruiz", "PROPN", "NNP", 2, "nsubj"), ("spoke", "VERB", "VBD", 8, "advcl"), ("to", "ADP", "IN", 4, "case"), ("Vega", "PROPN", "NNP", 2, "obl"),
            (",", "PUNCT", ",", 2, "punct"), ("the", "DET", "DT", 7, "det"), ("ministry", "NOUN", "NN", 8, "nsubj"), ("said", "VERB", "VBD", 0, "root"));

        Assert.Equal(("ccomp", "said"), Arc(parse, "spoke"));
    }

    [Fact]
    public void Apply_ModifierBetweenTheReportAndTheSaying_BelongsToTheReport()
    {
        // "Ruiz held talks with the Peruvian leader, the statement said", with "with the leader" hung on "said".
        var parse = GivenParse.Of(
            ("Ruiz", "PROPN", "NNP", 2, "nsubj"), ("held", "VERB", "VBD", 10, "ccomp"), ("talks", "NOUN", "NNS", 2, "obj"), ("with", "ADP", "IN", 6, "case"),
            ("the", "DET", "DT", 6, "det"), ("leader", "NOUN", "NN", 10, "obl"), (",", "PUNCT", ",", 6, "punct"), ("the", "DET", "DT", 9, "det"),
            ("statement", "NOUN", "NN", 10, "nsubj"), ("said", "VERB", "VBD", 0, "root"));

        Assert.Equal(("obl", "held"), Arc(parse, "leader"));
    }

    [Fact]
    public void Apply_ThatAfterATimeNounWithAnObjectAlready_ClauseOfTheVerbOfSaying()
    {
        // "Ruiz told the radio last week that Lima was taking steps", read as a relative clause on "week".
        var parse = GivenParse.Of(
            ("Ruiz", "PROPN", "NNP", 2, "nsubj"), ("told", "VERB", "VBD", 0, "root"), ("the", "DET", "DT", 4, "det"), ("radio", "NOUN", "NN", 2, "iobj"),
            ("last", "ADJ", "JJ", 6, "amod"), ("week", "NOUN", "NN", 2, "obl:unmarked"), ("that", "PRON", "WDT", 10, "obj"), ("Lima", "PROPN", "NNP", 10, "nsubj"),
            ("was", "AUX", "VBD", 10, "aux"), ("taking", "VERB", "VBG", 6, "acl:relcl"), ("steps", "NOUN", "NNS", 10, "obj"));

        Assert.Equal(("ccomp", "told"), Arc(parse, "taking"));
        Assert.Equal(("mark", "taking"), Arc(parse, "that"));
    }

    [Fact]
    public void Apply_ThatAfterTheDayOfAVerbOfSpeech_ClauseOfTheVerb()
    {
        // "The envoy said on Tuesday that talks would resume", read as a relative clause on "Tuesday".
        var parse = GivenParse.Of(
            ("The", "DET", "DT", 2, "det"), ("envoy", "NOUN", "NN", 3, "nsubj"), ("said", "VERB", "VBD", 0, "root"), ("on", "ADP", "IN", 5, "case"),
            ("Tuesday", "PROPN", "NNP", 3, "obl"), ("that", "PRON", "WDT", 9, "obj"), ("talks", "NOUN", "NNS", 9, "nsubj"), ("would", "AUX", "MD", 9, "aux"),
            ("resume", "VERB", "VB", 5, "acl:relcl"));

        Assert.Equal(("ccomp", "said"), Arc(parse, "resume"));
        Assert.Equal(("mark", "resume"), Arc(parse, "that"));
    }

    [Fact]
    public void Apply_RelativeClauseOnTheDayOfAnotherVerb_Kept()
    {
        // "The envoy arrived on the day that talks resumed": a day of arriving may have its clause.
        var parse = GivenParse.Of(
            ("The", "DET", "DT", 2, "det"), ("envoy", "NOUN", "NN", 3, "nsubj"), ("arrived", "VERB", "VBD", 0, "root"), ("on", "ADP", "IN", 6, "case"),
            ("the", "DET", "DT", 6, "det"), ("day", "NOUN", "NN", 3, "obl"), ("that", "PRON", "WDT", 9, "obj"), ("talks", "NOUN", "NNS", 9, "nsubj"),
            ("resumed", "VERB", "VBD", 6, "acl:relcl"));

        Assert.Equal(("acl:relcl", "day"), Arc(parse, "resumed"));
    }

    [Fact]
    public void Apply_PresentVerbWithAnArticle_NounOfTheVerbBefore()
    {
        // "Ghana signed a $2 billion arms deal with Brazil", read with "deal" a verb whose subject is "arms".
        var parse = GivenParse.Of(
            ("Ghana", "PROPN", "NNP", 2, "nsubj"), ("signed", "VERB", "VBD", 0, "root"), ("a", "DET", "DT", 8, "det"), ("$", "SYM", "$", 2, "obl"),
            ("2", "NUM", "CD", 6, "compound"), ("billion", "NUM", "CD", 4, "nummod"), ("arms", "NOUN", "NNS", 8, "nsubj"), ("deal", "VERB", "VBP", 2, "ccomp"),
            ("with", "ADP", "IN", 10, "case"), ("Brazil", "PROPN", "NNP", 8, "obl"));

        Assert.Equal("NOUN", Word(parse, "deal").Upos);
        Assert.Equal(("obj", "signed"), Arc(parse, "deal"));
        Assert.Equal(("compound", "deal"), Arc(parse, "arms"));
        Assert.Equal("deal", Arc(parse, "$").Head);
        Assert.Equal(("nmod", "deal"), Arc(parse, "Brazil"));
    }

    [Fact]
    public void Apply_PresentVerbWhoseSubjectHasTheArticle_StaysAVerb()
    {
        // "The ministers deal with the crisis": the article is the subject's.
        var parse = GivenParse.Of(
            ("The", "DET", "DT", 2, "det"), ("ministers", "NOUN", "NNS", 3, "nsubj"), ("deal", "VERB", "VBP", 0, "root"), ("with", "ADP", "IN", 6, "case"),
            ("the", "DET", "DT", 6, "det"), ("crisis", "NOUN", "NN", 3, "obl"));

        Assert.Equal("VERB", Word(parse, "deal").Upos);
        Assert.Equal(("nsubj", "deal"), Arc(parse, "ministers"));
    }

    [Fact]
    public void Apply_DescriptionWithTheReadAsConjunctOfAName_Apposition()
    {
        var parse = GivenParse.Of(
            ("Ana", "PROPN", "NNP", 7, "nsubj"), ("Ruiz", "PROPN", "NNP", 1, "flat"), (",", "PUNCT", ",", 5, "punct"), ("the", "DET", "DT", 5, "det"),
            ("envoy", "NOUN", "NN", 1, "conj"), (",", "PUNCT", ",", 1, "punct"), ("spoke", "VERB", "VBD", 0, "root"));

        Assert.Equal(("appos", "Ana"), Arc(parse, "envoy"));
    }

    [Fact]
    public void Apply_PhraseOpeningWithAndReadAsASibling_ConjunctOfTheSibling()
    {
        // "talks with Vega and Peruvian President Luis Rojas", with Rojas a second modifier of "talks".
        var parse = GivenParse.Of(
            ("talks", "NOUN", "NNS", 0, "root"), ("with", "ADP", "IN", 3, "case"), ("Vega", "PROPN", "NNP", 1, "nmod"), ("and", "CCONJ", "CC", 6, "cc"),
            ("Peruvian", "ADJ", "JJ", 6, "amod"), ("President", "PROPN", "NNP", 7, "nmod:desc"), ("Luis", "PROPN", "NNP", 1, "nmod"), ("Rojas", "PROPN", "NNP", 7, "flat"));

        Assert.Equal(("conj", "Vega"), Arc(parse, "Luis"));
        Assert.Equal(("cc", "Luis"), Arc(parse, "and"));
    }

    [Fact]
    public void Apply_NounRootAndAFiniteVerbUnderAnAdverb_VerbIsTheRoot()
    {
        // "A report by Ruiz earlier this week accused Peru", with "report" the root and "week" the subject.
        var parse = GivenParse.Of(
            ("A", "DET", "DT", 2, "det"), ("report", "NOUN", "NN", 0, "root"), ("by", "ADP", "IN", 4, "case"), ("Ruiz", "PROPN", "NNP", 2, "nmod"),
            ("earlier", "ADV", "RBR", 2, "advmod"), ("this", "DET", "DT", 7, "det"), ("week", "NOUN", "NN", 8, "nsubj"), ("accused", "VERB", "VBD", 5, "advcl"),
            ("Peru", "PROPN", "NNP", 8, "obj"));

        Assert.Equal(("root", null), Arc(parse, "accused"));
        Assert.Equal(("nsubj", "accused"), Arc(parse, "report"));
        Assert.Equal(("obl:tmod", "accused"), Arc(parse, "week"));
    }

    [Fact]
    public void Apply_NounRootAndAVerbWithItsOwnSubject_Unchanged()
    {
        var parse = GivenParse.Of(
            ("Talks", "NOUN", "NNS", 0, "root"), (",", "PUNCT", ",", 4, "punct"), ("Ruiz", "PROPN", "NNP", 4, "nsubj"), ("said", "VERB", "VBD", 1, "parataxis"));

        Assert.Equal(("root", null), Arc(parse, "Talks"));
    }

    [Fact]
    public void Apply_NounJoinedByNeitherAndNorComma_NotAConjunct()
    {
        // "The Andean Trade Council (ATC) forum agreed", with "forum" a conjunct of "Council".
        var parse = GivenParse.Of(
            ("The", "DET", "DT", 4, "det"), ("Andean", "ADJ", "JJ", 4, "amod"), ("Trade", "PROPN", "NNP", 4, "compound"), ("Council", "PROPN", "NNP", 10, "nsubj"),
            ("(", "PUNCT", "-LRB-", 6, "punct"), ("ATC", "PROPN", "NNP", 4, "appos"), (")", "PUNCT", "-RRB-", 6, "punct"), ("forum", "NOUN", "NN", 4, "conj"),
            ("has", "AUX", "VBZ", 10, "aux"), ("agreed", "VERB", "VBN", 0, "root"));

        Assert.Equal(("appos", "Council"), Arc(parse, "forum"));
    }

    [Fact]
    public void Apply_NounAfterACommaReadAsConjunct_StaysAConjunct()
    {
        var parse = GivenParse.Of(("Peru", "PROPN", "NNP", 4, "nsubj"), (",", "PUNCT", ",", 3, "punct"), ("Chile", "PROPN", "NNP", 1, "conj"), ("agreed", "VERB", "VBD", 0, "root"));

        Assert.Equal(("conj", "Peru"), Arc(parse, "Chile"));
    }

    [Fact]
    public void Apply_PossessivePronounReadAsTheObject_NounAfterItIs()
    {
        // "described his rival Luis Vega as president", with "his" the object and Luis its conjunct.
        var parse = GivenParse.Of(
            ("She", "PRON", "PRP", 2, "nsubj"), ("described", "VERB", "VBD", 0, "root"), ("his", "PRON", "PRP$", 2, "obj"), ("rival", "ADJ", "JJ", 5, "amod"),
            ("Luis", "PROPN", "NNP", 3, "conj"), ("Vega", "PROPN", "NNP", 5, "flat"), ("as", "ADP", "IN", 8, "case"), ("president", "NOUN", "NN", 5, "nmod"));

        Assert.Equal(("obj", "described"), Arc(parse, "Luis"));
        Assert.Equal(("nmod:poss", "Luis"), Arc(parse, "his"));
    }

    [Fact]
    public void Apply_PastTenseAfterAndInsideAnObject_ConjunctOfTheVerb()
    {
        // "Peru followed Chile and imposed sanctions", read as one object "Chile and imposed sanctions".
        var parse = GivenParse.Of(
            ("Peru", "PROPN", "NNP", 2, "nsubj"), ("followed", "VERB", "VBD", 0, "root"), ("Chile", "PROPN", "NNP", 6, "compound"),
            ("and", "CCONJ", "CC", 5, "cc"), ("imposed", "VERB", "VBD", 6, "amod"), ("sanctions", "NOUN", "NNS", 2, "obj"));

        Assert.Equal(("conj", "followed"), Arc(parse, "imposed"));
        Assert.Equal(("obj", "imposed"), Arc(parse, "sanctions"));
        Assert.Equal(("obj", "followed"), Arc(parse, "Chile"));
    }

    [Fact]
    public void Apply_ParataxisWithAMark_AdverbialClause()
    {
        // "dismissed the claims as ridiculous", with "ridiculous" a parataxis marked by "as".
        var parse = GivenParse.Of(
            ("Vega", "PROPN", "NNP", 2, "nsubj"), ("dismissed", "VERB", "VBD", 0, "root"), ("the", "DET", "DT", 4, "det"), ("claims", "NOUN", "NNS", 2, "obj"),
            ("as", "ADP", "IN", 6, "mark"), ("ridiculous", "ADJ", "JJ", 2, "parataxis"));

        Assert.Equal(("advcl", "dismissed"), Arc(parse, "ridiculous"));
    }

    [Fact]
    public void Repair_SourceHungAsAppositionBeforeClosingSaid_BecomesItsSubject()
    {
        // "Troops killed 30 fighters in Lower Juba, the defence ministry said.", read with the ministry in apposition
        // to the place and "fighters" the subject of "said".
        var parse = GivenParse.Of(
            ("Troops", "NOUN", "NNS", 2, "nsubj"), ("killed", "VERB", "VBD", 12, "ccomp"), ("30", "NUM", "CD", 4, "nummod"),
            ("fighters", "NOUN", "NNS", 12, "nsubj"), ("in", "ADP", "IN", 7, "case"), ("Lower", "PROPN", "NNP", 7, "compound"),
            ("Juba", "PROPN", "NNP", 4, "nmod"), (",", "PUNCT", ",", 11, "punct"), ("the", "DET", "DT", 11, "det"),
            ("defence", "PROPN", "NNP", 11, "compound"), ("ministry", "PROPN", "NNP", 7, "appos"), ("said", "VERB", "VBD", 0, "root"),
            (".", "PUNCT", ".", 12, "punct"));

        Assert.Equal(("nsubj", "said"), (Word(parse, "ministry").Relation, parse.HeadOf(Word(parse, "ministry"))?.Form));
        Assert.Equal(("obj", "killed"), (Word(parse, "fighters").Relation, parse.HeadOf(Word(parse, "fighters"))?.Form));
    }

    [Fact]
    public void Repair_SaidInsideTheSentence_Untouched()
    {
        // "Troops, the ministry said, killed 30 fighters." keeps its reading: the verb of saying does not close the sentence.
        var parse = GivenParse.Of(
            ("Troops", "NOUN", "NNS", 6, "nsubj"), (",", "PUNCT", ",", 4, "punct"), ("the", "DET", "DT", 4, "det"),
            ("ministry", "NOUN", "NN", 5, "nsubj"), ("said", "VERB", "VBD", 6, "parataxis"), ("killed", "VERB", "VBD", 0, "root"),
            ("30", "NUM", "CD", 8, "nummod"), ("fighters", "NOUN", "NNS", 6, "obj"), (".", "PUNCT", ".", 6, "punct"));

        Assert.Equal(("nsubj", "said"), (Word(parse, "ministry").Relation, parse.HeadOf(Word(parse, "ministry"))?.Form));
        Assert.Equal(("nsubj", "killed"), (Word(parse, "Troops").Relation, parse.HeadOf(Word(parse, "Troops"))?.Form));
    }

    [Fact]
    public void Repair_PassiveAgentHungOnTheOblique_IsTheVerbsAgent()
    {
        var parse = GivenParse.Of(
            ("Sanctions", "NOUN", "NNS", 3, "nsubj:pass"), ("were", "AUX", "VBD", 3, "aux:pass"), ("imposed", "VERB", "VBN", 0, "root"),
            ("on", "ADP", "IN", 5, "case"), ("Belarus", "PROPN", "NNP", 3, "obl"), ("by", "ADP", "IN", 8, "case"),
            ("the", "DET", "DT", 8, "det"), ("EU", "PROPN", "NNP", 5, "nmod"), (".", "PUNCT", ".", 3, "punct"));

        Assert.Equal(("obl:agent", "imposed"), (Word(parse, "EU").Relation, parse.HeadOf(Word(parse, "EU"))?.Form));
    }

    [Fact]
    public void Repair_ByPhraseOnAnObliqueOfAnActiveVerb_Untouched()
    {
        // "Kenya sent a book by Orwell to Peru": an active verb has no agent to take.
        var parse = GivenParse.Of(
            ("Kenya", "PROPN", "NNP", 2, "nsubj"), ("sent", "VERB", "VBD", 0, "root"), ("a", "DET", "DT", 4, "det"),
            ("book", "NOUN", "NN", 2, "obj"), ("by", "ADP", "IN", 6, "case"), ("Orwell", "PROPN", "NNP", 4, "nmod"),
            (".", "PUNCT", ".", 2, "punct"));

        Assert.Equal(("nmod", "book"), (Word(parse, "Orwell").Relation, parse.HeadOf(Word(parse, "Orwell"))?.Form));
    }

    [Fact]
    public void Repair_NameReadAsCompoundOfASubjectlessVerb_IsItsSubject()
    {
        var parse = GivenParse.Of(
            ("Peru", "PROPN", "NNP", 4, "compound"), ("test", "NOUN", "NN", 4, "compound"), ("-", "PUNCT", "HYPH", 2, "punct"),
            ("fired", "VERB", "VBN", 0, "root"), ("a", "DET", "DT", 6, "det"), ("missile", "NOUN", "NN", 4, "obj"), (".", "PUNCT", ".", 4, "punct"));

        Assert.Equal("nsubj", Word(parse, "Peru").Relation);
        Assert.Equal("compound", Word(parse, "test").Relation);
    }

    [Fact]
    public void Repair_SubjectHungOnTheAuxiliary_IsTheVerbs()
    {
        var parse = GivenParse.Of(
            ("Ghana", "PROPN", "NNP", 2, "nsubj"), ("said", "VERB", "VBD", 0, "root"), ("Togo", "PROPN", "NNP", 4, "nsubj"),
            ("had", "AUX", "VBD", 5, "aux"), ("armed", "VERB", "VBN", 2, "ccomp"), ("rebels", "NOUN", "NNS", 5, "obj"), (".", "PUNCT", ".", 2, "punct"));

        Assert.Equal(("nsubj", "armed"), (Word(parse, "Togo").Relation, parse.HeadOf(Word(parse, "Togo"))?.Form));
    }

    [Fact]
    public void Repair_NameAfterTheObjectReadAsSecondSubject_IsInAppositionToTheObject()
    {
        var parse = GivenParse.Of(
            ("Kenya", "PROPN", "NNP", 2, "nsubj"), ("warned", "VERB", "VBD", 0, "root"), ("its", "PRON", "PRP$", 4, "nmod:poss"),
            ("neighbour", "NOUN", "NN", 2, "obj"), (",", "PUNCT", ",", 2, "punct"), ("Ana", "PROPN", "NNP", 13, "nsubj"),
            ("Ruiz", "PROPN", "NNP", 6, "flat"), (",", "PUNCT", ",", 13, "punct"), ("that", "SCONJ", "IN", 13, "mark"),
            ("the", "DET", "DT", 11, "det"), ("army", "NOUN", "NN", 13, "nsubj"), ("would", "AUX", "MD", 13, "aux"),
            ("act", "VERB", "VB", 2, "ccomp"), (".", "PUNCT", ".", 2, "punct"));

        Assert.Equal(("appos", "neighbour"), (Word(parse, "Ana").Relation, parse.HeadOf(Word(parse, "Ana"))?.Form));
        Assert.Equal(["army"], parse.ChildrenOf(Word(parse, "act"), "nsubj").Select(w => w.Form));
    }

    [Fact]
    public void Repair_ToldClauseReadAsParatacticOnTheAddressee_IsWhatWasTold()
    {
        var parse = GivenParse.Of(
            ("Ruiz", "PROPN", "NNP", 2, "nsubj"), ("told", "VERB", "VBD", 0, "root"), ("reporters", "NOUN", "NNS", 2, "iobj"),
            ("the", "DET", "DT", 5, "det"), ("army", "NOUN", "NN", 7, "nsubj"), ("was", "AUX", "VBD", 7, "aux"),
            ("watching", "VERB", "VBG", 3, "parataxis"), (".", "PUNCT", ".", 2, "punct"));

        Assert.Equal(("ccomp", "told"), (Word(parse, "watching").Relation, parse.HeadOf(Word(parse, "watching"))?.Form));
    }

    [Fact]
    public void Repair_HeadlineSubjectsListedWithAComma_SecondIsAConjunct()
    {
        var parse = GivenParse.Of(
            ("Kenya", "PROPN", "NNP", 4, "nsubj"), (",", "PUNCT", ",", 1, "punct"), ("Somalia", "PROPN", "NNP", 4, "nsubj"),
            ("sign", "VERB", "VBP", 0, "root"), ("deal", "NOUN", "NN", 4, "obj"));

        Assert.Equal(("conj", "Kenya"), (Word(parse, "Somalia").Relation, parse.HeadOf(Word(parse, "Somalia"))?.Form));
        Assert.Equal(["Kenya"], parse.ChildrenOf(Word(parse, "sign"), "nsubj").Select(w => w.Form));
    }

    [Fact]
    public void Repair_FirstOfTheListReadAsObjectOfSays_OpensTheSubject()
    {
        var parse = GivenParse.Of(
            ("Qatar", "PROPN", "NNP", 2, "nsubj"), ("says", "VERB", "VBZ", 0, "root"), ("Israel", "PROPN", "NNP", 2, "obj"),
            (",", "PUNCT", ",", 6, "punct"), ("Hamas", "PROPN", "NNP", 6, "nsubj"), ("agree", "VERB", "VBP", 2, "ccomp"));

        Assert.Equal(("nsubj", "agree"), (Word(parse, "Israel").Relation, parse.HeadOf(Word(parse, "Israel"))?.Form));
        Assert.Equal(("conj", "Israel"), (Word(parse, "Hamas").Relation, parse.HeadOf(Word(parse, "Hamas"))?.Form));
    }

    [Fact]
    public void Repair_VerbAfterWhatTheRootCountsReadAsModifier_VerbOfTheSentence()
    {
        // "A battalion of Chilean paratroopers landed in Lima.", read as one noun phrase.
        var parse = GivenParse.Of(
            ("A", "DET", "DT", 2, "det"), ("battalion", "NOUN", "NN", 0, "root"), ("of", "ADP", "IN", 5, "case"), ("Chilean", "ADJ", "JJ", 5, "amod"),
            ("paratroopers", "NOUN", "NNS", 2, "nmod"), ("landed", "VERB", "VBD", 5, "acl"), ("in", "ADP", "IN", 8, "case"),
            ("Lima", "PROPN", "NNP", 6, "obl"), (".", "PUNCT", ".", 2, "punct"));

        Assert.Equal("landed", parse.Root?.Form);
        Assert.Equal(("nsubj", "landed"), (Word(parse, "battalion").Relation, parse.HeadOf(Word(parse, "battalion"))?.Form));
        Assert.Equal(("nmod", "battalion"), (Word(parse, "paratroopers").Relation, parse.HeadOf(Word(parse, "paratroopers"))?.Form));
    }

    [Fact]
    public void Repair_ObjectOfAParticipleReadAsTheVerbsSubject_TheNounBeforeIsTheSubject()
    {
        // "Chilean jets using missiles struck the depot.", read with "jets" at the root and "missiles" the subject.
        var parse = GivenParse.Of(
            ("Chilean", "ADJ", "JJ", 2, "amod"), ("jets", "NOUN", "NNS", 0, "root"), ("using", "VERB", "VBG", 2, "acl"),
            ("missiles", "NOUN", "NNS", 5, "nsubj"), ("struck", "VERB", "VBD", 3, "advcl"), ("the", "DET", "DT", 7, "det"),
            ("depot", "NOUN", "NN", 5, "obj"), (".", "PUNCT", ".", 2, "punct"));

        Assert.Equal("struck", parse.Root?.Form);
        Assert.Equal(("nsubj", "struck"), (Word(parse, "jets").Relation, parse.HeadOf(Word(parse, "jets"))?.Form));
        Assert.Equal(("obj", "using"), (Word(parse, "missiles").Relation, parse.HeadOf(Word(parse, "missiles"))?.Form));
        Assert.Equal(("acl", "jets"), (Word(parse, "using").Relation, parse.HeadOf(Word(parse, "using"))?.Form));
    }

    [Fact]
    public void Repair_NameReadAsTheObjectOfAPreposition_ThePrepositionIsItsCase()
    {
        // "hosted a dinner for Minister Vega", read with "for" heading the name as its object.
        var parse = GivenParse.Of(
            ("Ruiz", "PROPN", "NNP", 2, "nsubj"), ("hosted", "VERB", "VBD", 0, "root"), ("a", "DET", "DT", 4, "det"), ("dinner", "NOUN", "NN", 2, "obj"),
            ("for", "ADP", "IN", 4, "nmod"), ("Minister", "PROPN", "NNP", 7, "nmod:desc"), ("Vega", "PROPN", "NNP", 5, "obj"), (".", "PUNCT", ".", 2, "punct"));

        Assert.Equal(("nmod", "dinner"), (Word(parse, "Vega").Relation, parse.HeadOf(Word(parse, "Vega"))?.Form));
        Assert.Equal(("case", "Vega"), (Word(parse, "for").Relation, parse.HeadOf(Word(parse, "for"))?.Form));
    }

    [Fact]
    public void Repair_PrepositionHungOnANumberOfASecondObject_ObliqueWithItsCase()
    {
        // "supplied Peru with 40 million dollars", read with "with" on the number and the dollars a second object.
        var parse = GivenParse.Of(
            ("Chile", "PROPN", "NNP", 2, "nsubj"), ("supplied", "VERB", "VBD", 0, "root"), ("Peru", "PROPN", "NNP", 2, "obj"),
            ("with", "ADP", "IN", 6, "case"), ("40", "NUM", "CD", 6, "compound"), ("million", "NUM", "CD", 7, "nummod"),
            ("dollars", "NOUN", "NNS", 2, "obj"), (".", "PUNCT", ".", 2, "punct"));

        Assert.Equal(("obl", "supplied"), (Word(parse, "dollars").Relation, parse.HeadOf(Word(parse, "dollars"))?.Form));
        Assert.Equal(("case", "dollars"), (Word(parse, "with").Relation, parse.HeadOf(Word(parse, "with"))?.Form));
    }

    [Fact]
    public void Repair_ClosingReportReadAsAClauseOfAPredicate_RootWithThePredicateItsComplement()
    {
        // "Chile is behind the attack, Peru claimed.", read with "claimed" a clause of "attack".
        var parse = GivenParse.Of(
            ("Chile", "PROPN", "NNP", 5, "nsubj"), ("is", "AUX", "VBZ", 5, "cop"), ("behind", "ADP", "IN", 5, "case"), ("the", "DET", "DT", 5, "det"),
            ("attack", "NOUN", "NN", 0, "root"), (",", "PUNCT", ",", 8, "punct"), ("Peru", "PROPN", "NNP", 8, "nsubj"), ("claimed", "VERB", "VBD", 5, "acl"),
            (".", "PUNCT", ".", 8, "punct"));

        Assert.Equal("claimed", parse.Root?.Form);
        Assert.Equal(("ccomp", "claimed"), (Word(parse, "attack").Relation, parse.HeadOf(Word(parse, "attack"))?.Form));
    }

    [Fact]
    public void Repair_NameAfterAPlacePhraseReadAsItsObject_AppositionOfTheNoun()
    {
        // "Peru's ambassador in Santiago, Luis Vega, was summoned", read with the name the object of "Santiago".
        var parse = GivenParse.Of(
            ("Peru", "PROPN", "NNP", 3, "nmod:poss"), ("'s", "PART", "POS", 1, "case"), ("ambassador", "NOUN", "NN", 11, "nsubj:pass"),
            ("in", "ADP", "IN", 5, "case"), ("Santiago", "PROPN", "NNP", 3, "nmod"), (",", "PUNCT", ",", 5, "punct"),
            ("Luis", "PROPN", "NNP", 5, "obj"), ("Vega", "PROPN", "NNP", 7, "flat"), (",", "PUNCT", ",", 3, "punct"),
            ("was", "AUX", "VBD", 11, "aux:pass"), ("summoned", "VERB", "VBN", 0, "root"), ("on", "ADP", "IN", 13, "case"),
            ("Monday", "PROPN", "NNP", 11, "obl"), (".", "PUNCT", ".", 11, "punct"));

        Assert.Equal(("appos", "ambassador"), (Word(parse, "Luis").Relation, parse.HeadOf(Word(parse, "Luis"))?.Form));
        Assert.Equal(("nmod", "ambassador"), (Word(parse, "Santiago").Relation, parse.HeadOf(Word(parse, "Santiago"))?.Form));
    }

    [Fact]
    public void Repair_VerbReadAsAPartOfTheNameBeforeIt_TheNameIsItsSubject()
    {
        // "weeks after President Ruiz hosted Vega", read with "hosted" a part of the name "Ruiz".
        var parse = GivenParse.Of(
            ("It", "PRON", "PRP", 2, "nsubj"), ("came", "VERB", "VBD", 0, "root"), ("weeks", "NOUN", "NNS", 2, "obl:unmarked"),
            ("after", "ADP", "IN", 6, "case"), ("President", "PROPN", "NNP", 6, "nmod:desc"), ("Ruiz", "PROPN", "NNP", 3, "nmod"),
            ("hosted", "VERB", "VBD", 6, "flat"), ("Vega", "PROPN", "NNP", 7, "obj"), (".", "PUNCT", ".", 2, "punct"));

        Assert.Equal(("acl", "weeks"), (Word(parse, "hosted").Relation, parse.HeadOf(Word(parse, "hosted"))?.Form));
        Assert.Equal(("nsubj", "hosted"), (Word(parse, "Ruiz").Relation, parse.HeadOf(Word(parse, "Ruiz"))?.Form));
        Assert.Equal(("mark", "hosted"), (Word(parse, "after").Relation, parse.HeadOf(Word(parse, "after"))?.Form));
    }

    [Fact]
    public void Repair_PastTenseReadAsModifierBeforeATrailingParticiple_VerbOfTheSentenceWithTheParticiple()
    {
        // "Chilean troops crossed into Peru, killing two herders.", read as one noun phrase with two participles.
        var parse = GivenParse.Of(
            ("Chilean", "ADJ", "JJ", 2, "amod"), ("troops", "NOUN", "NNS", 0, "root"), ("crossed", "VERB", "VBD", 2, "acl"),
            ("into", "ADP", "IN", 5, "case"), ("Peru", "PROPN", "NNP", 3, "obl"), (",", "PUNCT", ",", 7, "punct"),
            ("killing", "VERB", "VBG", 2, "acl"), ("two", "NUM", "CD", 9, "nummod"), ("herders", "NOUN", "NNS", 7, "obj"),
            (".", "PUNCT", ".", 2, "punct"));

        Assert.Equal("crossed", parse.Root?.Form);
        Assert.Equal(("advcl", "crossed"), (Word(parse, "killing").Relation, parse.HeadOf(Word(parse, "killing"))?.Form));
    }

    [Fact]
    public void Repair_PastTenseReadAsModifierBeforeATrailingClause_VerbOfTheSentenceWithTheClause()
    {
        // "Chilean and Peruvian troops clashed on Monday, leaving six dead.", with the participle a clause of the noun.
        var parse = GivenParse.Of(
            ("Chilean", "ADJ", "JJ", 4, "amod"), ("and", "CCONJ", "CC", 3, "cc"), ("Peruvian", "ADJ", "JJ", 1, "conj"),
            ("troops", "NOUN", "NNS", 0, "root"), ("clashed", "VERB", "VBD", 4, "acl"), ("on", "ADP", "IN", 7, "case"),
            ("Monday", "PROPN", "NNP", 5, "obl"), (",", "PUNCT", ",", 9, "punct"), ("leaving", "VERB", "VBG", 4, "advcl"),
            ("six", "NUM", "CD", 9, "obj"), ("dead", "ADJ", "JJ", 9, "xcomp"), (".", "PUNCT", ".", 4, "punct"));

        Assert.Equal("clashed", parse.Root?.Form);
        Assert.Equal(("nsubj", "clashed"), Arc(parse, "troops"));
        Assert.Equal(("advcl", "clashed"), Arc(parse, "leaving"));
    }

    [Fact]
    public void Repair_SecondAgentAsABareObliqueWithItsAnd_ConjunctOfTheFirstAgent()
    {
        // "The pact was signed by the minister, Ruiz, and her counterpart, Vega.", with the counterpart an oblique of the verb.
        var parse = GivenParse.Of(
            ("The", "DET", "DT", 2, "det"), ("pact", "NOUN", "NN", 4, "nsubj:pass"), ("was", "AUX", "VBD", 4, "aux:pass"),
            ("signed", "VERB", "VBN", 0, "root"), ("by", "ADP", "IN", 7, "case"), ("the", "DET", "DT", 7, "det"),
            ("minister", "NOUN", "NN", 4, "obl:agent"), (",", "PUNCT", ",", 9, "punct"), ("Ruiz", "PROPN", "NNP", 7, "appos"),
            (",", "PUNCT", ",", 13, "punct"), ("and", "CCONJ", "CC", 13, "cc"), ("her", "PRON", "PRP$", 13, "nmod:poss"),
            ("counterpart", "NOUN", "NN", 4, "obl"), (",", "PUNCT", ",", 15, "punct"), ("Vega", "PROPN", "NNP", 13, "appos"),
            (".", "PUNCT", ".", 4, "punct"));

        Assert.Equal(("conj", "minister"), Arc(parse, "counterpart"));
    }

    [Fact]
    public void Repair_HerReadAsObjectWithTheCounterpartAPredicative_HerIsThePossessive()
    {
        // "Ruiz met her Peruvian counterpart, Luis Vega, in Lima.", read with "her" the object and the counterpart its
        // predicative, the place hung on the apposed name with its preposition.
        var parse = GivenParse.Of(
            ("Ruiz", "PROPN", "NNP", 2, "nsubj"), ("met", "VERB", "VBD", 0, "root"), ("her", "PRON", "PRP", 2, "obj"),
            ("Peruvian", "ADJ", "JJ", 5, "amod"), ("counterpart", "NOUN", "NN", 2, "xcomp"), (",", "PUNCT", ",", 8, "punct"),
            ("Luis", "PROPN", "NNP", 8, "compound"), ("Vega", "PROPN", "NNP", 5, "appos"), (",", "PUNCT", ",", 11, "punct"),
            ("in", "ADP", "IN", 11, "case"), ("Lima", "PROPN", "NNP", 8, "nmod:unmarked"), (".", "PUNCT", ".", 2, "punct"));

        Assert.Equal(("obj", "met"), Arc(parse, "counterpart"));
        Assert.Equal(("nmod:poss", "counterpart"), Arc(parse, "her"));
        Assert.Equal(("obl", "met"), Arc(parse, "Lima"));
    }

    [Fact]
    public void Repair_NameHungOnTheCommaAfterAPhrase_AppositionOfThePhrase()
    {
        // "The head of the mission, Ana Ruiz, left.", read with the name hung on the comma.
        var parse = GivenParse.Of(
            ("The", "DET", "DT", 2, "det"), ("head", "NOUN", "NN", 10, "nsubj"), ("of", "ADP", "IN", 5, "case"),
            ("the", "DET", "DT", 5, "det"), ("mission", "NOUN", "NN", 2, "nmod"), (",", "PUNCT", ",", 2, "punct"),
            ("Ana", "PROPN", "NNP", 6, "obj"), ("Ruiz", "PROPN", "NNP", 7, "flat"), (",", "PUNCT", ",", 2, "punct"),
            ("left", "VERB", "VBD", 0, "root"), (".", "PUNCT", ".", 10, "punct"));

        Assert.Equal(("appos", "head"), Arc(parse, "Ana"));
    }

    [Fact]
    public void Repair_NameHungOnACommaNotClosed_HungOnTheCommasHead()
    {
        // "Ruiz met the minister, Vega said.": no comma closes the name, so it is no apposition.
        var parse = GivenParse.Of(
            ("Ruiz", "PROPN", "NNP", 2, "nsubj"), ("met", "VERB", "VBD", 0, "root"), ("the", "DET", "DT", 4, "det"),
            ("minister", "NOUN", "NN", 2, "obj"), (",", "PUNCT", ",", 2, "punct"), ("Vega", "PROPN", "NNP", 5, "nsubj"),
            ("said", "VERB", "VBD", 2, "parataxis"), (".", "PUNCT", ".", 2, "punct"));

        Assert.Equal(("nsubj", "met"), Arc(parse, "Vega"));
    }

    [Fact]
    public void Repair_OwnedNounAsThePredicativeOfAVerbWithoutObject_Object()
    {
        // "Ruiz met her counterpart in Lima.", read with the counterpart a predicative.
        var parse = GivenParse.Of(
            ("Ruiz", "PROPN", "NNP", 2, "nsubj"), ("met", "VERB", "VBD", 0, "root"), ("her", "PRON", "PRP$", 4, "nmod:poss"),
            ("counterpart", "NOUN", "NN", 2, "xcomp"), ("in", "ADP", "IN", 6, "case"), ("Lima", "PROPN", "NNP", 2, "obl"),
            (".", "PUNCT", ".", 2, "punct"));

        Assert.Equal(("obj", "met"), Arc(parse, "counterpart"));
    }

    [Fact]
    public void Repair_OwnedNounAsThePredicativeOfALinkingVerb_StaysThePredicative()
    {
        var parse = GivenParse.Of(
            ("Ruiz", "PROPN", "NNP", 2, "nsubj"), ("became", "VERB", "VBD", 0, "root"), ("his", "PRON", "PRP$", 4, "nmod:poss"),
            ("deputy", "NOUN", "NN", 2, "xcomp"), (".", "PUNCT", ".", 2, "punct"));

        Assert.Equal(("xcomp", "became"), Arc(parse, "deputy"));
    }

    [Fact]
    public void Repair_AfterClauseOnTheObject_ClauseOfTheVerb()
    {
        // "Ruiz told reporters after meeting Vega.", with the "after" clause describing the reporters.
        var parse = GivenParse.Of(
            ("Ruiz", "PROPN", "NNP", 2, "nsubj"), ("told", "VERB", "VBD", 0, "root"), ("reporters", "NOUN", "NNS", 2, "iobj"),
            ("after", "SCONJ", "IN", 5, "mark"), ("meeting", "VERB", "VBG", 3, "acl"), ("Vega", "PROPN", "NNP", 5, "obj"),
            (".", "PUNCT", ".", 2, "punct"));

        Assert.Equal(("advcl", "told"), Arc(parse, "meeting"));
    }

    [Fact]
    public void Repair_TellerAfterAQuoteReadAsItsComplement_RootWithTheQuoteItsComplement()
    {
        // "\"We agree,\" Ruiz told reporters.", read with "told" a complement of the quoted verb.
        var parse = GivenParse.Of(
            ("\"", "PUNCT", "``", 3, "punct"), ("We", "PRON", "PRP", 3, "nsubj"), ("agree", "VERB", "VBP", 0, "root"),
            (",", "PUNCT", ",", 3, "punct"), ("\"", "PUNCT", "''", 3, "punct"), ("Ruiz", "PROPN", "NNP", 7, "nsubj"),
            ("told", "VERB", "VBD", 3, "xcomp"), ("reporters", "NOUN", "NNS", 7, "iobj"), (".", "PUNCT", ".", 3, "punct"));

        Assert.Equal("told", parse.Root?.Form);
        Assert.Equal(("ccomp", "told"), Arc(parse, "agree"));
    }

    [Fact]
    public void Repair_NameHungOnTheCommaAfterADescribedSubject_AppositionOfTheSubject()
    {
        // "The head of a panel looking into the matter, Ana Ruiz, left.", the name hung on the comma.
        var parse = GivenParse.Of(
            ("The", "DET", "DT", 2, "det"), ("head", "NOUN", "NN", 14, "nsubj"), ("of", "ADP", "IN", 5, "case"),
            ("a", "DET", "DT", 5, "det"), ("panel", "NOUN", "NN", 2, "nmod"), ("looking", "VERB", "VBG", 5, "acl"),
            ("into", "ADP", "IN", 9, "case"), ("the", "DET", "DT", 9, "det"), ("matter", "NOUN", "NN", 6, "obl"),
            (",", "PUNCT", ",", 2, "punct"), ("Ana", "PROPN", "NNP", 10, "obj"), ("Ruiz", "PROPN", "NNP", 11, "flat"),
            (",", "PUNCT", ",", 2, "punct"), ("left", "VERB", "VBD", 0, "root"), (".", "PUNCT", ".", 14, "punct"));

        Assert.Equal(("appos", "head"), Arc(parse, "Ana"));
    }

    [Fact]
    public void Repair_ThatClauseOnTheStatementSaidIn_ComplementOfTheVerb()
    {
        // "Peru said in a statement on Monday that Chile had left.", the clause hung on the day.
        var parse = GivenParse.Of(
            ("Peru", "PROPN", "NNP", 2, "nsubj"), ("said", "VERB", "VBD", 0, "root"), ("in", "ADP", "IN", 5, "case"),
            ("a", "DET", "DT", 5, "det"), ("statement", "NOUN", "NN", 2, "obl"), ("on", "ADP", "IN", 7, "case"),
            ("Monday", "PROPN", "NNP", 5, "nmod"), ("that", "SCONJ", "IN", 11, "mark"), ("Chile", "PROPN", "NNP", 11, "nsubj"),
            ("had", "AUX", "VBD", 11, "aux"), ("left", "VERB", "VBN", 7, "acl:relcl"), (".", "PUNCT", ".", 2, "punct"));

        Assert.Equal(("ccomp", "said"), Arc(parse, "left"));
    }

    [Fact]
    public void Repair_SubjectOfTheReportReadAsTheObjectOfSay_SubjectOfTheReport()
    {
        // "Witnesses say a missile struck a car.", with the missile the object of "say".
        var parse = GivenParse.Of(
            ("Witnesses", "NOUN", "NNS", 2, "nsubj"), ("say", "VERB", "VBP", 0, "root"), ("a", "DET", "DT", 4, "det"),
            ("missile", "NOUN", "NN", 2, "obj"), ("struck", "VERB", "VBD", 2, "ccomp"), ("a", "DET", "DT", 7, "det"),
            ("car", "NOUN", "NN", 5, "obj"), (".", "PUNCT", ".", 2, "punct"));

        Assert.Equal(("nsubj", "struck"), Arc(parse, "missile"));
    }

    [Fact]
    public void Repair_HerWithAPredicativeOfANamingVerb_HerStaysTheObject()
    {
        // "The president named her defence minister.": a naming verb takes the object and what it becomes.
        var parse = GivenParse.Of(
            ("The", "DET", "DT", 2, "det"), ("president", "NOUN", "NN", 3, "nsubj"), ("named", "VERB", "VBD", 0, "root"),
            ("her", "PRON", "PRP", 3, "obj"), ("defence", "NOUN", "NN", 6, "compound"), ("minister", "NOUN", "NN", 3, "xcomp"),
            (".", "PUNCT", ".", 3, "punct"));

        Assert.Equal(("obj", "named"), Arc(parse, "her"));
        Assert.Equal(("xcomp", "named"), Arc(parse, "minister"));
    }

    [Fact]
    public void Repair_VerbWithAnAuxiliaryReadAsModifierOfTheComplement_VerbOfTheComplement()
    {
        // "Chile said Peru had violated international law", read with "violated" a modifier of "law" and "Peru" the object of "said".
        var parse = GivenParse.Of(
            ("Chile", "PROPN", "NNP", 2, "nsubj"), ("said", "VERB", "VBD", 0, "root"), ("Peru", "PROPN", "NNP", 2, "obj"),
            ("had", "AUX", "VBD", 5, "aux"), ("violated", "VERB", "VBN", 7, "amod"), ("international", "ADJ", "JJ", 7, "amod"),
            ("law", "NOUN", "NN", 2, "ccomp"), (".", "PUNCT", ".", 2, "punct"));

        Assert.Equal(("ccomp", "said"), (Word(parse, "violated").Relation, parse.HeadOf(Word(parse, "violated"))?.Form));
        Assert.Equal(("nsubj", "violated"), (Word(parse, "Peru").Relation, parse.HeadOf(Word(parse, "Peru"))?.Form));
        Assert.Equal(("obj", "violated"), (Word(parse, "law").Relation, parse.HeadOf(Word(parse, "law"))?.Form));
    }

    [Fact]
    public void Repair_ReportReadAsTheObjectOfSaid_IsItsComplement()
    {
        var parse = GivenParse.Of(
            ("Ukraine", "PROPN", "NNP", 2, "nsubj"), ("said", "VERB", "VBD", 0, "root"), ("missiles", "NOUN", "NNS", 2, "obj"),
            ("struck", "VERB", "VBN", 3, "acl"), ("a", "DET", "DT", 6, "det"), ("block", "NOUN", "NN", 4, "obj"), (".", "PUNCT", ".", 2, "punct"));

        Assert.Equal(("ccomp", "said"), (Word(parse, "struck").Relation, parse.HeadOf(Word(parse, "struck"))?.Form));
        Assert.Equal(("nsubj", "struck"), (Word(parse, "missiles").Relation, parse.HeadOf(Word(parse, "missiles"))?.Form));
    }

    [Fact]
    public void Repair_ParticipleDescribingTheObjectOfReported_Untouched()
    {
        // "The army reported missiles fired from Belarus.": a participle with no object describes.
        var parse = GivenParse.Of(
            ("The", "DET", "DT", 2, "det"), ("army", "NOUN", "NN", 3, "nsubj"), ("reported", "VERB", "VBD", 0, "root"),
            ("missiles", "NOUN", "NNS", 3, "obj"), ("fired", "VERB", "VBN", 4, "acl"), ("from", "ADP", "IN", 7, "case"),
            ("Belarus", "PROPN", "NNP", 5, "obl"), (".", "PUNCT", ".", 3, "punct"));

        Assert.Equal(("acl", "missiles"), (Word(parse, "fired").Relation, parse.HeadOf(Word(parse, "fired"))?.Form));
    }

    [Fact]
    public void Repair_ListOfOwnersWithItsAndChained_NoApposition()
    {
        // "Leaders of Bahrain, Kuwait and Qatar joined …", with the conjuncts chained: a list, not a title and its holder.
        var parse = GivenParse.Of(
            ("Leaders", "NOUN", "NNS", 8, "nsubj"), ("of", "ADP", "IN", 3, "case"), ("Bahrain", "PROPN", "NNP", 1, "nmod"),
            (",", "PUNCT", ",", 5, "punct"), ("Kuwait", "PROPN", "NNP", 3, "conj"), ("and", "CCONJ", "CC", 7, "cc"),
            ("Qatar", "PROPN", "NNP", 5, "conj"), ("joined", "VERB", "VBD", 0, "root"));

        Assert.Equal(("conj", "Bahrain"), (Word(parse, "Kuwait").Relation, parse.HeadOf(Word(parse, "Kuwait"))?.Form));
    }

    [Fact]
    public void Repair_ThatClauseHungOnTheDayOfSaying_IsWhatWasSaid()
    {
        var parse = GivenParse.Of(
            ("The", "DET", "DT", 2, "det"), ("army", "NOUN", "NN", 3, "nsubj"), ("said", "VERB", "VBD", 0, "root"),
            ("on", "ADP", "IN", 5, "case"), ("Sunday", "PROPN", "NNP", 3, "obl"), ("that", "SCONJ", "IN", 9, "mark"),
            ("troops", "NOUN", "NNS", 9, "nsubj"), ("had", "AUX", "VBD", 9, "aux"), ("shelled", "VERB", "VBN", 5, "acl"),
            ("a", "DET", "DT", 11, "det"), ("village", "NOUN", "NN", 9, "obj"), (".", "PUNCT", ".", 3, "punct"));

        Assert.Equal(("ccomp", "said"), (Word(parse, "shelled").Relation, parse.HeadOf(Word(parse, "shelled"))?.Form));
    }
    [Fact]
    public void Repair_ArticleReadAsTheObjectOfAParticiple_ParticipleModifiesTheNounAfterIt()
    {
        // "received the visiting envoy in Lima": "the" read as the object, "visiting" a clause on it with the envoy its object.
        var parse = GivenParse.Of(
            ("Ruiz", "PROPN", "NNP", 2, "nsubj"), ("received", "VERB", "VBD", 0, "root"), ("the", "DET", "DT", 2, "obj"),
            ("visiting", "VERB", "VBG", 3, "acl"), ("envoy", "NOUN", "NN", 4, "obj"), ("in", "ADP", "IN", 7, "case"), ("Lima", "PROPN", "NNP", 4, "obl"));

        Assert.Equal(("obj", "received"), (Word(parse, "envoy").Relation, parse.HeadOf(Word(parse, "envoy"))?.Form));
        Assert.Equal(("amod", "envoy"), (Word(parse, "visiting").Relation, parse.HeadOf(Word(parse, "visiting"))?.Form));
        Assert.Equal(("det", "envoy"), (Word(parse, "the").Relation, parse.HeadOf(Word(parse, "the"))?.Form));
        Assert.Equal(("obl", "received"), (Word(parse, "Lima").Relation, parse.HeadOf(Word(parse, "Lima"))?.Form));
        Assert.True(ParseRepair.IsTree(parse));
    }

    [Fact]
    public void Repair_PossessorReadAsTheSubjectOfAParticiple_PossessorOfTheNounAfterIt()
    {
        // "met the fund's managing director": the possessor read as the object, "managing" a clause on it.
        var parse = GivenParse.Of(
            ("Ruiz", "PROPN", "NNP", 2, "nsubj"), ("met", "VERB", "VBD", 0, "root"), ("the", "DET", "DT", 4, "det"), ("fund", "NOUN", "NN", 2, "obj"),
            ("'s", "PART", "POS", 4, "case"), ("managing", "VERB", "VBG", 4, "acl"), ("director", "NOUN", "NN", 6, "obj"));

        Assert.Equal(("obj", "met"), (Word(parse, "director").Relation, parse.HeadOf(Word(parse, "director"))?.Form));
        Assert.Equal(("nmod:poss", "director"), (Word(parse, "fund").Relation, parse.HeadOf(Word(parse, "fund"))?.Form));
        Assert.Equal(("amod", "director"), (Word(parse, "managing").Relation, parse.HeadOf(Word(parse, "managing"))?.Form));
    }

    [Fact]
    public void Repair_ParticipleBetweenAnArticleAndItsNoun_ModifierOfTheNoun()
    {
        // "The visiting envoy was received": "visiting" read as the subject, with the envoy its object.
        var parse = GivenParse.Of(
            ("The", "DET", "DT", 2, "det"), ("visiting", "VERB", "VBG", 5, "nsubj:pass"), ("envoy", "NOUN", "NN", 2, "obj"),
            ("was", "AUX", "VBD", 5, "aux:pass"), ("received", "VERB", "VBN", 0, "root"));

        Assert.Equal(("nsubj:pass", "received"), (Word(parse, "envoy").Relation, parse.HeadOf(Word(parse, "envoy"))?.Form));
        Assert.Equal(("amod", "envoy"), (Word(parse, "visiting").Relation, parse.HeadOf(Word(parse, "visiting"))?.Form));
        Assert.Equal(("det", "envoy"), (Word(parse, "The").Relation, parse.HeadOf(Word(parse, "The"))?.Form));
    }

    [Fact]
    public void Repair_ObjectReadAsTheAgentOfAParticiple_SubjectAndObjectOfTheVerb()
    {
        // "Strikes on Lima killed at least 20 people, officials said": "killed" read as a passive participle of the strikes.
        var parse = GivenParse.Of(
            ("Strikes", "NOUN", "NNS", 11, "ccomp"), ("on", "ADP", "IN", 3, "case"), ("Lima", "PROPN", "NNP", 1, "nmod"), ("killed", "VERB", "VBD", 1, "acl"),
            ("at", "ADP", "IN", 6, "case"), ("least", "ADJ", "JJS", 7, "nmod"), ("20", "NUM", "CD", 8, "nummod"), ("people", "NOUN", "NNS", 4, "obl:agent"),
            (",", "PUNCT", ",", 1, "punct"), ("officials", "NOUN", "NNS", 11, "nsubj"), ("said", "VERB", "VBD", 0, "root"));

        Assert.Equal(("ccomp", "said"), (Word(parse, "killed").Relation, parse.HeadOf(Word(parse, "killed"))?.Form));
        Assert.Equal(("nsubj", "killed"), (Word(parse, "Strikes").Relation, parse.HeadOf(Word(parse, "Strikes"))?.Form));
        Assert.Equal(("obj", "killed"), (Word(parse, "people").Relation, parse.HeadOf(Word(parse, "people"))?.Form));
        Assert.True(ParseRepair.IsTree(parse));
    }

    [Theory]
    [InlineData("obl")]
    [InlineData("obl:agent")]
    public void Repair_AtLeastReadAsAnObliqueOfTheVerb_BoundOfTheNumberAndTheCountedObject(string counted)
    {
        // "Gunmen killed at least five soldiers": "least" hung on the verb, the soldiers an oblique or an agent without "by".
        var parse = GivenParse.Of(
            ("Gunmen", "NOUN", "NNS", 2, "nsubj"), ("killed", "VERB", "VBD", 0, "root"), ("at", "ADP", "IN", 4, "case"), ("least", "ADJ", "JJS", 2, "obl"),
            ("five", "NUM", "CD", 6, "nummod"), ("soldiers", "NOUN", "NNS", 2, counted));

        Assert.Equal(("nmod", "five"), Arc(parse, "least"));
        Assert.Equal(("obj", "killed"), Arc(parse, "soldiers"));
        Assert.True(ParseRepair.IsTree(parse));
    }

    [Fact]
    public void Repair_AtLeastBeforeACountedSubject_OnlyTheBound()
    {
        // "At least five soldiers were killed": the soldiers stay the passive subject.
        var parse = GivenParse.Of(
            ("At", "ADP", "IN", 2, "case"), ("least", "ADJ", "JJS", 6, "obl"), ("five", "NUM", "CD", 4, "nummod"), ("soldiers", "NOUN", "NNS", 6, "nsubj:pass"),
            ("were", "AUX", "VBD", 6, "aux:pass"), ("killed", "VERB", "VBN", 0, "root"));

        Assert.Equal(("nmod", "five"), Arc(parse, "least"));
        Assert.Equal(("nsubj:pass", "killed"), Arc(parse, "soldiers"));
    }

    [Fact]
    public void Repair_SecondSubjectRightAfterATitleJoinedToTheFirst_NameOfThatTitle()
    {
        // "Chilean President Ana Ruiz and Prime Minister Luis Vega marked the day", read with two subjects.
        var parse = GivenParse.Of(
            ("Chilean", "ADJ", "JJ", 2, "amod"), ("President", "PROPN", "NNP", 3, "nmod:desc"), ("Ana", "PROPN", "NNP", 10, "nsubj"), ("Ruiz", "PROPN", "NNP", 3, "flat"),
            ("and", "CCONJ", "CC", 7, "cc"), ("Prime", "ADJ", "JJ", 7, "amod"), ("Minister", "PROPN", "NNP", 3, "conj"), ("Luis", "PROPN", "NNP", 10, "nsubj"),
            ("Vega", "PROPN", "NNP", 8, "flat"), ("marked", "VERB", "VBD", 0, "root"), ("the", "DET", "DT", 12, "det"), ("day", "NOUN", "NN", 10, "obj"));

        Assert.Equal(("nsubj", "marked"), Arc(parse, "Ana"));
        Assert.Equal(("flat", "Minister"), Arc(parse, "Luis"));
        Assert.True(ParseRepair.IsTree(parse));
    }

    [Fact]
    public void Repair_NameAfterTheDayOfAVisitBeforeAVerbWithoutSubject_TheSubject()
    {
        // "Speaking on the last day of a visit to Peru, Ana Ruiz said trade would grow": the name in apposition to the visit.
        var parse = GivenParse.Of(
            ("Speaking", "VERB", "VBG", 14, "advcl"), ("on", "ADP", "IN", 5, "case"), ("the", "DET", "DT", 5, "det"), ("last", "ADJ", "JJ", 5, "amod"),
            ("day", "NOUN", "NN", 1, "obl"), ("of", "ADP", "IN", 8, "case"), ("a", "DET", "DT", 8, "det"), ("visit", "NOUN", "NN", 5, "nmod"),
            ("to", "ADP", "IN", 10, "case"), ("Peru", "PROPN", "NNP", 8, "nmod"), (",", "PUNCT", ",", 12, "punct"), ("Ana", "PROPN", "NNP", 8, "appos"),
            ("Ruiz", "PROPN", "NNP", 12, "flat"), ("said", "VERB", "VBD", 0, "root"), ("trade", "NOUN", "NN", 17, "nsubj"), ("would", "AUX", "MD", 17, "aux"),
            ("grow", "VERB", "VB", 14, "ccomp"));

        Assert.Equal(("nsubj", "said"), Arc(parse, "Ana"));
        Assert.True(ParseRepair.IsTree(parse));
    }

    [Fact]
    public void Repair_NameBeforeARelativeClauseReadAsAddressed_SubjectOfTheVerb()
    {
        // "Vega, who arrived on Monday, met Ruiz": the name read as addressed, the clause as loose.
        var parse = GivenParse.Of(
            ("Vega", "PROPN", "NNP", 4, "vocative"), (",", "PUNCT", ",", 1, "punct"), ("who", "PRON", "WP", 4, "nsubj"), ("arrived", "VERB", "VBD", 8, "parataxis"),
            ("on", "ADP", "IN", 6, "case"), ("Monday", "PROPN", "NNP", 4, "obl"), (",", "PUNCT", ",", 4, "punct"), ("met", "VERB", "VBD", 0, "root"),
            ("Ruiz", "PROPN", "NNP", 8, "obj"));

        Assert.Equal(("nsubj", "met"), Arc(parse, "Vega"));
        Assert.Equal(("acl:relcl", "Vega"), Arc(parse, "arrived"));
        Assert.True(ParseRepair.IsTree(parse));
    }

    [Theory]
    [InlineData(4, "nmod")]
    [InlineData(6, "appos")]
    public void Repair_NameAfterTheOwnerOfATitleAndItsPlace_AppositionOfTheTitle(int head, string relation)
    {
        // "The head of the mission in Congo, Ana Ruiz, said": the name hung on the mission or on its place.
        var parse = GivenParse.Of(
            ("The", "DET", "DT", 2, "det"), ("head", "NOUN", "NN", 12, "nsubj"), ("of", "ADP", "IN", 4, "case"), ("mission", "NOUN", "NN", 2, "nmod"),
            ("in", "ADP", "IN", 6, "case"), ("Congo", "PROPN", "NNP", 4, "nmod"), (",", "PUNCT", ",", 9, "punct"), ("Ana", "PROPN", "NNP", 9, "compound"),
            ("Ruiz", "PROPN", "NNP", head, relation), (",", "PUNCT", ",", 2, "punct"), ("has", "AUX", "VBZ", 12, "aux"), ("said", "VERB", "VBN", 0, "root"));

        Assert.Equal(("appos", "head"), Arc(parse, "Ruiz"));
    }

    [Fact]
    public void Repair_SecondPossessorReadAsAConjunctOfTheFirstName_BothNamesSubjects()
    {
        // "Chile's Ruiz and Peru's Vega met", read with two subjects and Peru a conjunct of Ruiz carrying the second "'s".
        var parse = GivenParse.Of(
            ("Chile", "PROPN", "NNP", 3, "nmod:poss"), ("'s", "PART", "POS", 1, "case"), ("Ruiz", "PROPN", "NNP", 8, "nsubj"), ("and", "CCONJ", "CC", 5, "cc"),
            ("Peru", "PROPN", "NNP", 3, "conj"), ("'s", "PART", "POS", 3, "case"), ("Vega", "PROPN", "NNP", 8, "nsubj"), ("met", "VERB", "VBD", 0, "root"));

        Assert.Equal(("nsubj", "met"), Arc(parse, "Ruiz"));
        Assert.Equal(("conj", "Ruiz"), Arc(parse, "Vega"));
        Assert.Equal(("nmod:poss", "Vega"), Arc(parse, "Peru"));
        Assert.True(ParseRepair.IsTree(parse));
    }

    [Fact]
    public void Repair_SecondPossessorWithTheNextNameHungOnTheFirst_ConjunctNames()
    {
        // "Mensah and Togo's Vega attended", read with Togo a conjunct of Mensah carrying the "'s" and Vega a list item.
        var parse = GivenParse.Of(
            ("Mensah", "PROPN", "NNP", 6, "nsubj"), ("and", "CCONJ", "CC", 3, "cc"), ("Togo", "PROPN", "NNP", 1, "conj"), ("'s", "PART", "POS", 1, "case"),
            ("Vega", "PROPN", "NNP", 1, "list"), ("attended", "VERB", "VBD", 0, "root"));

        Assert.Equal(("conj", "Mensah"), Arc(parse, "Vega"));
        Assert.Equal(("nmod:poss", "Vega"), Arc(parse, "Togo"));
        Assert.True(ParseRepair.IsTree(parse));
    }

    [Fact]
    public void Repair_SecondPossessorWithTheFirstNameACompoundOfTheNext_ConjunctNames()
    {
        // "President Ruiz and Peru's Vega met", read with the titled first name a compound of Vega.
        var parse = GivenParse.Of(
            ("President", "PROPN", "NNP", 2, "nmod:desc"), ("Ruiz", "PROPN", "NNP", 6, "compound"), ("and", "CCONJ", "CC", 4, "cc"),
            ("Peru", "PROPN", "NNP", 2, "conj"), ("'s", "PART", "POS", 2, "case"), ("Vega", "PROPN", "NNP", 7, "nsubj"), ("met", "VERB", "VBD", 0, "root"));

        Assert.Equal(("nsubj", "met"), Arc(parse, "Ruiz"));
        Assert.Equal(("conj", "Ruiz"), Arc(parse, "Vega"));
        Assert.Equal(("nmod:poss", "Vega"), Arc(parse, "Peru"));
        Assert.Equal(("nmod:desc", "Ruiz"), Arc(parse, "President"));
        Assert.True(ParseRepair.IsTree(parse));
    }

    [Fact]
    public void Repair_SecondPossessorWithTheFirstNamesPhraseASecondSubject_ConjunctNames()
    {
        // "Talks between Ruiz and Peru's Vega ended", read with the talks and Vega two subjects of "ended".
        var parse = GivenParse.Of(
            ("Talks", "NOUN", "NNS", 8, "nsubj"), ("between", "ADP", "IN", 3, "case"), ("Ruiz", "PROPN", "NNP", 1, "nmod"), ("and", "CCONJ", "CC", 5, "cc"),
            ("Peru", "PROPN", "NNP", 3, "conj"), ("'s", "PART", "POS", 3, "case"), ("Vega", "PROPN", "NNP", 8, "nsubj"), ("ended", "VERB", "VBD", 0, "root"));

        Assert.Equal(("conj", "Ruiz"), Arc(parse, "Vega"));
        Assert.Equal(("nmod:poss", "Vega"), Arc(parse, "Peru"));
        Assert.Equal(("nsubj", "ended"), Arc(parse, "Talks"));
        Assert.True(ParseRepair.IsTree(parse));
    }

    [Fact]
    public void Repair_TwoNamesOwningACommonNounJointly_OnePossessorPhrase()
    {
        // "Chile and Peru's relations improved": the relations are both countries'.
        var parse = GivenParse.Of(
            ("Chile", "PROPN", "NNP", 5, "nmod:poss"), ("and", "CCONJ", "CC", 3, "cc"), ("Peru", "PROPN", "NNP", 1, "conj"), ("'s", "PART", "POS", 1, "case"),
            ("relations", "NOUN", "NNS", 6, "nsubj"), ("improved", "VERB", "VBD", 0, "root"));

        Assert.Equal(("nmod:poss", "relations"), Arc(parse, "Chile"));
        Assert.Equal(("conj", "Chile"), Arc(parse, "Peru"));
    }

    [Fact]
    public void Repair_NameReadAsACompoundAcrossOf_ObjectAndOblique()
    {
        // "Peru accused Chile of rights violations", read with Chile a compound of "violations".
        var parse = GivenParse.Of(
            ("Peru", "PROPN", "NNP", 2, "nsubj"), ("accused", "VERB", "VBD", 0, "root"), ("Chile", "PROPN", "NNP", 6, "compound"), ("of", "ADP", "IN", 5, "case"),
            ("rights", "NOUN", "NNS", 6, "compound"), ("violations", "NOUN", "NNS", 2, "obj"));

        Assert.Equal(("obj", "accused"), Arc(parse, "Chile"));
        Assert.Equal(("obl", "accused"), Arc(parse, "violations"));
        Assert.Equal(("case", "violations"), Arc(parse, "of"));
        Assert.True(ParseRepair.IsTree(parse));
    }

    [Fact]
    public void Repair_DayReadAsTheHeadOfTheNounBeforeIt_TheNounHeads()
    {
        // "Ruiz spoke after talks Wednesday with Vega", read with "talks" a compound of the day.
        var parse = GivenParse.Of(
            ("Ruiz", "PROPN", "NNP", 2, "nsubj"), ("spoke", "VERB", "VBD", 0, "root"), ("after", "ADP", "IN", 5, "case"), ("talks", "NOUN", "NNS", 5, "compound"),
            ("Wednesday", "PROPN", "NNP", 2, "obl"), ("with", "ADP", "IN", 7, "case"), ("Vega", "PROPN", "NNP", 5, "nmod"));

        Assert.Equal(("obl", "spoke"), Arc(parse, "talks"));
        Assert.Equal(("nmod", "talks"), Arc(parse, "Vega"));
        Assert.Equal(("case", "talks"), Arc(parse, "after"));
        Assert.True(ParseRepair.IsTree(parse));
    }

    [Fact]
    public void Repair_AgentWithBy_Unchanged()
    {
        // "an offer made by the rebels": a true agent.
        var parse = GivenParse.Of(
            ("Ruiz", "PROPN", "NNP", 2, "nsubj"), ("rejected", "VERB", "VBD", 0, "root"), ("an", "DET", "DT", 4, "det"), ("offer", "NOUN", "NN", 2, "obj"),
            ("made", "VERB", "VBN", 4, "acl"), ("by", "ADP", "IN", 7, "case"), ("rebels", "NOUN", "NNS", 5, "obl:agent"));

        Assert.Equal(("obl:agent", "made"), (Word(parse, "rebels").Relation, parse.HeadOf(Word(parse, "rebels"))?.Form));
        Assert.Equal(("acl", "offer"), (Word(parse, "made").Relation, parse.HeadOf(Word(parse, "made"))?.Form));
    }

    [Fact]
    public void Repair_NameBetweenCommasReadAsTheSubjectOfAnInfinitive_AppositionOfTheObject()
    {
        // "met the director, Vega, in Lima to discuss the loan": the name read as the subject of "discuss".
        var parse = GivenParse.Of(
            ("Ruiz", "PROPN", "NNP", 2, "nsubj"), ("met", "VERB", "VBD", 0, "root"), ("the", "DET", "DT", 4, "det"), ("director", "NOUN", "NN", 2, "obj"),
            (",", "PUNCT", ",", 11, "punct"), ("Vega", "PROPN", "NNP", 11, "nsubj"), (",", "PUNCT", ",", 9, "punct"), ("in", "ADP", "IN", 9, "case"),
            ("Lima", "PROPN", "NNP", 6, "nmod"), ("to", "PART", "TO", 11, "mark"), ("discuss", "VERB", "VB", 2, "advcl"), ("the", "DET", "DT", 13, "det"),
            ("loan", "NOUN", "NN", 11, "obj"));

        Assert.Equal(("appos", "director"), (Word(parse, "Vega").Relation, parse.HeadOf(Word(parse, "Vega"))?.Form));
        Assert.Equal(("obl", "met"), (Word(parse, "Lima").Relation, parse.HeadOf(Word(parse, "Lima"))?.Form));
    }
    [Fact]
    public void Repair_SecondTitledNameReadAsAPartOfTheFirst_ItsConjunct()
    {
        // "Minister Ana Ruiz and King Luis Vega": "Vega" read as a part of "Ana"'s name, the "and" on its title.
        var parse = GivenParse.Of(
            ("Minister", "PROPN", "NNP", 2, "nmod:desc"), ("Ana", "PROPN", "NNP", 8, "nsubj"), ("Ruiz", "PROPN", "NNP", 2, "flat"), ("and", "CCONJ", "CC", 5, "cc"),
            ("King", "PROPN", "NNP", 7, "nmod:desc"), ("Luis", "PROPN", "NNP", 7, "compound"), ("Vega", "PROPN", "NNP", 2, "flat"), ("met", "VERB", "VBD", 0, "root"));

        Assert.Equal(("conj", "Ana"), (Word(parse, "Vega").Relation, parse.HeadOf(Word(parse, "Vega"))?.Form));
        Assert.Equal(("cc", "Vega"), (Word(parse, "and").Relation, parse.HeadOf(Word(parse, "and"))?.Form));
        Assert.Equal(("flat", "Ana"), (Word(parse, "Ruiz").Relation, parse.HeadOf(Word(parse, "Ruiz"))?.Form));
    }
    [Theory]
    [InlineData("imposed", "obj", "NOUN")]
    [InlineData("said", "ccomp", "VERB")]
    [InlineData("announced", "obj", "NOUN")]
    public void Repair_BareNounAndPluralAfterAVerb_ObjectUnlessTheVerbTakesAClause(string verb, string relation, string upos)
    {
        // "Chile imposed visa bans on Peru", read with "visa" the subject of "bans"; after "said" the clause may be one.
        var parse = GivenParse.Of(
            ("Chile", "PROPN", "NNP", 2, "nsubj"), (verb, "VERB", "VBD", 0, "root"), ("visa", "NOUN", "NN", 4, "nsubj"), ("bans", "VERB", "VBZ", 2, "ccomp"),
            ("on", "ADP", "IN", 6, "case"), ("Peru", "PROPN", "NNP", 4, "obl"));

        Assert.Equal((relation, upos), (Word(parse, "bans").Relation, Word(parse, "bans").Upos));
    }
    [Fact]
    public void Repair_ObjectOfSayingWithAnAppositionBeforeAVerb_SubjectOfTheClauseSaid()
    {
        // "Lima says a group, the Front, claimed the attack": the group read as the object of "says", "claimed" its conjunct.
        var parse = GivenParse.Of(
            ("Lima", "PROPN", "NNP", 2, "nsubj"), ("says", "VERB", "VBZ", 0, "root"), ("a", "DET", "DT", 4, "det"), ("group", "NOUN", "NN", 2, "obj"),
            (",", "PUNCT", ",", 7, "punct"), ("the", "DET", "DT", 7, "det"), ("Front", "PROPN", "NNP", 4, "appos"), (",", "PUNCT", ",", 9, "punct"),
            ("claimed", "VERB", "VBD", 2, "conj"), ("the", "DET", "DT", 11, "det"), ("attack", "NOUN", "NN", 9, "obj"));

        Assert.Equal(("ccomp", "says"), (Word(parse, "claimed").Relation, parse.HeadOf(Word(parse, "claimed"))?.Form));
        Assert.Equal(("nsubj", "claimed"), (Word(parse, "group").Relation, parse.HeadOf(Word(parse, "group"))?.Form));
    }

    [Fact]
    public void Repair_ObjectOfSayingThenAVerbJoinedByAnd_Unchanged()
    {
        // "Lima thanked the group, the Front, and praised its work": "and" joins the two verbs.
        var parse = GivenParse.Of(
            ("Lima", "PROPN", "NNP", 2, "nsubj"), ("says", "VERB", "VBZ", 0, "root"), ("a", "DET", "DT", 4, "det"), ("group", "NOUN", "NN", 2, "obj"),
            (",", "PUNCT", ",", 7, "punct"), ("the", "DET", "DT", 7, "det"), ("Front", "PROPN", "NNP", 4, "appos"), (",", "PUNCT", ",", 10, "punct"),
            ("and", "CCONJ", "CC", 10, "cc"), ("praised", "VERB", "VBD", 2, "conj"), ("its", "PRON", "PRP$", 12, "nmod:poss"), ("work", "NOUN", "NN", 10, "obj"));

        Assert.Equal(("conj", "says"), (Word(parse, "praised").Relation, parse.HeadOf(Word(parse, "praised"))?.Form));
        Assert.Equal(("obj", "says"), (Word(parse, "group").Relation, parse.HeadOf(Word(parse, "group"))?.Form));
    }
    [Fact]
    public void Repair_ClosingReportReadAsAClauseOfTheReport_RootWithTheReportItsComplement()
    {
        // "Vega arrived late on Monday, the ministry said.": "said" read as an adverbial clause of "arrived", "late" on "said".
        var parse = GivenParse.Of(
            ("Vega", "PROPN", "NNP", 2, "nsubj"), ("arrived", "VERB", "VBD", 0, "root"), ("late", "ADV", "RB", 9, "advmod"), ("on", "ADP", "IN", 5, "case"),
            ("Monday", "PROPN", "NNP", 3, "obl"), (",", "PUNCT", ",", 5, "punct"), ("the", "DET", "DT", 8, "det"), ("ministry", "NOUN", "NN", 9, "nsubj"),
            ("said", "VERB", "VBD", 2, "advcl"), (".", "PUNCT", ".", 9, "punct"));

        Assert.Equal("root", Word(parse, "said").Relation);
        Assert.Equal(("ccomp", "said"), (Word(parse, "arrived").Relation, parse.HeadOf(Word(parse, "arrived"))?.Form));
        Assert.Equal(("advmod", "arrived"), (Word(parse, "late").Relation, parse.HeadOf(Word(parse, "late"))?.Form));
        Assert.True(ParseRepair.IsTree(parse));
    }

    [Fact]
    public void Repair_CopulaClauseWithWhoReadAsApposition_RelativeClause()
    {
        var parse = GivenParse.Of(
            ("Ruiz", "PROPN", "NNP", 9, "nsubj"), (",", "PUNCT", ",", 7, "punct"), ("who", "PRON", "WP", 7, "nsubj"), ("is", "AUX", "VBZ", 7, "cop"),
            ("on", "ADP", "IN", 7, "case"), ("a", "DET", "DT", 7, "det"), ("visit", "NOUN", "NN", 1, "appos"), (",", "PUNCT", ",", 7, "punct"),
            ("met", "VERB", "VBD", 0, "root"), ("Vega", "PROPN", "NNP", 9, "obj"));

        Assert.Equal(("acl:relcl", "Ruiz"), (Word(parse, "visit").Relation, parse.HeadOf(Word(parse, "visit"))?.Form));
    }

    [Fact]
    public void Repair_OrganisationTaggedAsPronounBeforeTheApposition_ApposKept()
    {
        var parse = GivenParse.Of(
            ("Vega", "PROPN", "NNP", 8, "nsubj"), (",", "PUNCT", ",", 6, "punct"), ("WHO", "PRON", "WP", 6, "nsubj"), ("'s", "AUX", "VBZ", 6, "cop"),
            ("top", "ADJ", "JJ", 6, "amod"), ("envoy", "NOUN", "NN", 1, "appos"), (",", "PUNCT", ",", 6, "punct"), ("said", "VERB", "VBD", 0, "root"));

        Assert.Equal("appos", Word(parse, "envoy").Relation);
    }

    [Fact]
    public void Repair_SecondSubjectWithAndReadAsAClauseOfTheFirst_BothSubjectsOfTheVerb()
    {
        var parse = GivenParse.Of(
            ("The", "DET", "DT", 2, "det"), ("president", "NOUN", "NN", 0, "root"), (",", "PUNCT", ",", 4, "punct"), ("Ruiz", "PROPN", "NNP", 2, "appos"),
            (",", "PUNCT", ",", 9, "punct"), ("and", "CCONJ", "CC", 9, "cc"), ("the", "DET", "DT", 8, "det"), ("chancellor", "NOUN", "NN", 9, "nsubj"),
            ("met", "VERB", "VBD", 2, "acl:relcl"), ("in", "ADP", "IN", 11, "case"), ("Lima", "PROPN", "NNP", 9, "obl"), (".", "PUNCT", ".", 2, "punct"));

        Assert.Equal("root", Word(parse, "met").Relation);
        Assert.Equal(("nsubj", "met"), (Word(parse, "president").Relation, parse.HeadOf(Word(parse, "president"))?.Form));
        Assert.Equal(("conj", "president"), (Word(parse, "chancellor").Relation, parse.HeadOf(Word(parse, "chancellor"))?.Form));
        Assert.Equal("met", parse.HeadOf(Word(parse, "."))?.Form);
    }

    [Fact]
    public void Repair_InAPlaceReadAsAMarkerAndASubject_ModifierOfTheWordBefore()
    {
        var parse = GivenParse.Of(
            ("The", "DET", "DT", 2, "det"), ("director", "NOUN", "NN", 8, "nsubj"), ("of", "ADP", "IN", 5, "case"), ("the", "DET", "DT", 5, "det"),
            ("museum", "NOUN", "NN", 2, "nmod"), ("in", "ADP", "IN", 8, "mark"), ("Lima", "PROPN", "NNP", 8, "nsubj"), ("says", "VERB", "VBZ", 0, "root"),
            ("it", "PRON", "PRP", 10, "nsubj"), ("agreed", "VERB", "VBD", 8, "ccomp"));

        Assert.Equal(("nmod", "museum"), (Word(parse, "Lima").Relation, parse.HeadOf(Word(parse, "Lima"))?.Form));
        Assert.Equal(("case", "Lima"), (Word(parse, "in").Relation, parse.HeadOf(Word(parse, "in"))?.Form));
        Assert.Equal(["director"], parse.ChildrenOf(Word(parse, "says"), "nsubj").Select(w => w.Form));
    }

    [Fact]
    public void Repair_SourceReadAsACompoundOfTheSubject_ObliqueOfTheVerb()
    {
        var parse = GivenParse.Of(
            ("According", "VERB", "VBG", 8, "case"), ("to", "ADP", "IN", 1, "fixed"), ("the", "DET", "DT", 8, "det"), ("Chilean", "ADJ", "JJ", 8, "amod"),
            ("army", "NOUN", "NN", 8, "compound"), (",", "PUNCT", ",", 8, "punct"), ("Peruvian", "ADJ", "JJ", 8, "amod"), ("drones", "NOUN", "NNS", 9, "nsubj"),
            ("struck", "VERB", "VBD", 0, "root"), ("a", "DET", "DT", 11, "det"), ("base", "NOUN", "NN", 9, "obj"), (".", "PUNCT", ".", 9, "punct"));

        Assert.Equal(("obl", "struck"), (Word(parse, "army").Relation, parse.HeadOf(Word(parse, "army"))?.Form));
        Assert.Equal(["According", "the", "Chilean", ","], parse.ChildrenOf(Word(parse, "army")).Select(w => w.Form));
        Assert.Equal(["Peruvian"], parse.ChildrenOf(Word(parse, "drones")).Select(w => w.Form));
    }

    [Fact]
    public void Repair_SingularNounWithAnObjectAfterItsSubject_VerbInThePast()
    {
        var parse = GivenParse.Of(
            ("Chile", "PROPN", "NNP", 4, "nmod:poss"), ("'s", "PART", "POS", 1, "case"), ("army", "NOUN", "NN", 4, "compound"), ("retook", "NOUN", "NN", 0, "root"),
            ("the", "DET", "DT", 6, "det"), ("town", "NOUN", "NN", 4, "obj"), (".", "PUNCT", ".", 4, "punct"));

        Assert.Equal(("VERB", "VBD"), (Word(parse, "retook").Upos, Word(parse, "retook").Xpos));
        Assert.Equal(("nsubj", "retook"), (Word(parse, "army").Relation, parse.HeadOf(Word(parse, "army"))?.Form));
        Assert.Equal(("nmod:poss", "army"), (Word(parse, "Chile").Relation, parse.HeadOf(Word(parse, "Chile"))?.Form));
    }

    [Fact]
    public void Repair_NounWithAnArticleAndAnObject_StaysANoun()
    {
        var parse = GivenParse.Of(
            ("the", "DET", "DT", 3, "det"), ("army", "NOUN", "NN", 3, "compound"), ("retook", "NOUN", "NN", 0, "root"), ("the", "DET", "DT", 5, "det"),
            ("town", "NOUN", "NN", 3, "obj"));

        Assert.Equal("NOUN", Word(parse, "retook").Upos);
    }

    [Fact]
    public void Repair_NameJoinedToADayAfterTheObject_ConjunctOfTheObject()
    {
        var parse = GivenParse.Of(
            ("Ruiz", "PROPN", "NNP", 2, "nsubj"), ("met", "VERB", "VBD", 0, "root"), ("Vega", "PROPN", "NNP", 2, "obj"), ("on", "ADP", "IN", 5, "case"),
            ("Monday", "PROPN", "NNP", 2, "obl"), ("and", "CCONJ", "CC", 7, "cc"), ("Otieno", "PROPN", "NNP", 5, "conj"), ("on", "ADP", "IN", 9, "case"),
            ("Tuesday", "PROPN", "NNP", 5, "nmod"), (".", "PUNCT", ".", 2, "punct"));

        Assert.Equal(("conj", "Vega"), (Word(parse, "Otieno").Relation, parse.HeadOf(Word(parse, "Otieno"))?.Form));
    }

    [Fact]
    public void Repair_DayJoinedToADay_Kept()
    {
        var parse = GivenParse.Of(
            ("Ruiz", "PROPN", "NNP", 2, "nsubj"), ("met", "VERB", "VBD", 0, "root"), ("Vega", "PROPN", "NNP", 2, "obj"), ("on", "ADP", "IN", 5, "case"),
            ("Monday", "PROPN", "NNP", 2, "obl"), ("and", "CCONJ", "CC", 7, "cc"), ("Tuesday", "PROPN", "NNP", 5, "conj"));

        Assert.Equal(("conj", "Monday"), (Word(parse, "Tuesday").Relation, parse.HeadOf(Word(parse, "Tuesday"))?.Form));
    }
    [Fact]
    public void Repair_ConjunctWithAPhraseOfTheSamePreposition_ConjunctOfTheOwner()
    {
        var parse = GivenParse.Of(
            ("Ruiz", "PROPN", "NNP", 8, "nsubj"), ("of", "ADP", "IN", 3, "case"), ("Chile", "PROPN", "NNP", 1, "nmod"), ("and", "CCONJ", "CC", 5, "cc"),
            ("Vega", "PROPN", "NNP", 3, "conj"), ("of", "ADP", "IN", 7, "case"), ("Peru", "PROPN", "NNP", 5, "nmod"), ("signed", "VERB", "VBD", 0, "root"));

        Assert.Equal(("conj", "Ruiz"), (Word(parse, "Vega").Relation, parse.HeadOf(Word(parse, "Vega"))?.Form));
    }

    [Theory]
    [InlineData("in")]
    [InlineData(null)]
    public void Repair_ConjunctWithoutAPhraseOfTheSamePreposition_StaysOnTheObject(string? preposition)
    {
        // "the envoy of Chile and Peru in Lima", "the envoy of Chile and Peru's capital": Peru is Chile's conjunct.
        (string, string, string, int, string)[] tail = preposition is null
            ? [("capital", "NOUN", "NN", 1, "obl")]
            : [(preposition, "ADP", "IN", 7, "case"), ("Lima", "PROPN", "NNP", 5, "nmod")];
        var parse = GivenParse.Of([
            ("envoy", "NOUN", "NN", 0, "root"), ("of", "ADP", "IN", 3, "case"), ("Chile", "PROPN", "NNP", 1, "nmod"),
            ("and", "CCONJ", "CC", 5, "cc"), ("Peru", "PROPN", "NNP", 3, "conj"), .. tail]);

        Assert.Equal(("conj", "Chile"), (Word(parse, "Peru").Relation, parse.HeadOf(Word(parse, "Peru"))?.Form));
    }

    [Fact]
    public void Repair_PlaceAfterTheCommaClosingAnApposition_ObliqueOfTheVerb()
    {
        var parse = GivenParse.Of(
            ("Mensah", "PROPN", "NNP", 2, "nsubj"), ("received", "VERB", "VBD", 0, "root"), ("his", "PRON", "PRP$", 4, "nmod:poss"),
            ("counterpart", "NOUN", "NN", 2, "obj"), (",", "PUNCT", ",", 6, "punct"), ("Adjo", "PROPN", "NNP", 4, "appos"),
            (",", "PUNCT", ",", 9, "punct"), ("in", "ADP", "IN", 9, "case"), ("Accra", "PROPN", "NNP", 6, "nmod"));

        Assert.Equal(("obl", "received"), (Word(parse, "Accra").Relation, parse.HeadOf(Word(parse, "Accra"))?.Form));
    }

    [Fact]
    public void Repair_PhraseOfTheApposedNameWithoutAComma_StaysOnTheName()
    {
        var parse = GivenParse.Of(
            ("Mensah", "PROPN", "NNP", 2, "nsubj"), ("received", "VERB", "VBD", 0, "root"), ("his", "PRON", "PRP$", 4, "nmod:poss"),
            ("counterpart", "NOUN", "NN", 2, "obj"), (",", "PUNCT", ",", 6, "punct"), ("Adjo", "PROPN", "NNP", 4, "appos"),
            ("of", "ADP", "IN", 8, "case"), ("Togo", "PROPN", "NNP", 6, "nmod"));

        Assert.Equal(("nmod", "Adjo"), (Word(parse, "Togo").Relation, parse.HeadOf(Word(parse, "Togo"))?.Form));
    }

    [Fact]
    public void Repair_NameAfterTheObjectReadAsAConjunctOfTheVerb_AppositionOfTheObject()
    {
        var parse = GivenParse.Of(
            ("Ruiz", "PROPN", "NNP", 2, "nsubj"), ("met", "VERB", "VBD", 0, "root"), ("his", "PRON", "PRP$", 4, "nmod:poss"),
            ("counterpart", "NOUN", "NN", 2, "obj"), (",", "PUNCT", ",", 6, "punct"), ("Vega", "PROPN", "NNP", 2, "conj"),
            (",", "PUNCT", ",", 9, "punct"), ("in", "ADP", "IN", 9, "case"), ("Lima", "PROPN", "NNP", 6, "nmod"));

        Assert.Equal(("appos", "counterpart"), (Word(parse, "Vega").Relation, parse.HeadOf(Word(parse, "Vega"))?.Form));
        Assert.Equal(("obl", "met"), (Word(parse, "Lima").Relation, parse.HeadOf(Word(parse, "Lima"))?.Form));
    }

    [Fact]
    public void Repair_NameJoinedToTheVerbWithAnAnd_StaysAConjunct()
    {
        // "Ruiz met the envoy, and Vega …": a conjunct with its "and" is no apposition.
        var parse = GivenParse.Of(
            ("Ruiz", "PROPN", "NNP", 2, "nsubj"), ("met", "VERB", "VBD", 0, "root"), ("the", "DET", "DT", 4, "det"),
            ("envoy", "NOUN", "NN", 2, "obj"), (",", "PUNCT", ",", 7, "punct"), ("and", "CCONJ", "CC", 7, "cc"), ("Vega", "PROPN", "NNP", 2, "conj"));

        Assert.Equal(("conj", "met"), (Word(parse, "Vega").Relation, parse.HeadOf(Word(parse, "Vega"))?.Form));
    }
    [Fact]
    public void Repair_NameAfterACommaReadAsTheObjectOfANoun_Apposition()
    {
        // "The envoy to the UN, Ruiz, said": the name is the envoy's, not the object of the UN.
        var parse = GivenParse.Of(
            ("The", "DET", "DT", 2, "det"), ("envoy", "NOUN", "NN", 9, "nsubj"), ("to", "ADP", "IN", 5, "case"), ("the", "DET", "DT", 5, "det"),
            ("UN", "PROPN", "NNP", 2, "nmod"), (",", "PUNCT", ",", 7, "punct"), ("Ruiz", "PROPN", "NNP", 5, "obj"), (",", "PUNCT", ",", 7, "punct"),
            ("said", "VERB", "VBD", 0, "root"));

        Assert.Equal("appos", Word(parse, "Ruiz").Relation);
    }

    [Fact]
    public void Repair_NameRightAfterANounReadAsItsObject_Kept()
    {
        // No comma sets the name off: left to the other repairs.
        var parse = GivenParse.Of(
            ("The", "DET", "DT", 2, "det"), ("envoy", "NOUN", "NN", 4, "nsubj"), ("Ruiz", "PROPN", "NNP", 2, "obj"), ("said", "VERB", "VBD", 0, "root"));

        Assert.NotEqual("appos", Word(parse, "Ruiz").Relation);
    }

    [Fact]
    public void Repair_SecondNameSplitAcrossTwoHeads_OneNameJoinedToTheFirst()
    {
        // "Ruiz of Chile and Luis Vega of Peru", read with Luis a conjunct of Chile and Vega a bare modifier of Ruiz.
        var parse = GivenParse.Of(
            ("Ruiz", "PROPN", "NNP", 9, "nsubj"), ("of", "ADP", "IN", 3, "case"), ("Chile", "PROPN", "NNP", 1, "nmod"), ("and", "CCONJ", "CC", 5, "cc"),
            ("Luis", "PROPN", "NNP", 3, "conj"), ("Vega", "PROPN", "NNP", 1, "nmod"), ("of", "ADP", "IN", 8, "case"), ("Peru", "PROPN", "NNP", 6, "nmod"),
            ("signed", "VERB", "VBD", 0, "root"));

        Assert.Equal(("flat", "Luis"), Arc(parse, "Vega"));
        Assert.Equal(("conj", "Ruiz"), Arc(parse, "Luis"));
        Assert.Equal(("nmod", "Luis"), Arc(parse, "Peru"));
        Assert.True(ParseRepair.IsTree(parse));
    }

    [Fact]
    public void Repair_PossessorsHungOnTheVerb_OwnTheNamesAfterTheirMarks()
    {
        // "Chile's Ruiz and Peru's Vega discussed …", read with Chile and Ruiz (with the second "'s") owning the verb.
        var parse = GivenParse.Of(
            ("Chile", "PROPN", "NNP", 8, "nmod:poss"), ("'s", "PART", "POS", 1, "case"), ("Ruiz", "PROPN", "NNP", 8, "nmod:poss"), ("and", "CCONJ", "CC", 5, "cc"),
            ("Peru", "PROPN", "NNP", 3, "conj"), ("'s", "PART", "POS", 3, "case"), ("Vega", "PROPN", "NNP", 8, "nsubj"), ("discussed", "VERB", "VBD", 0, "root"),
            ("trade", "NOUN", "NN", 8, "obj"));

        Assert.Equal(("nmod:poss", "Ruiz"), Arc(parse, "Chile"));
        Assert.Equal(("nsubj", "discussed"), Arc(parse, "Ruiz"));
        Assert.Equal(("conj", "Ruiz"), Arc(parse, "Vega"));
        Assert.Equal(("nmod:poss", "Vega"), Arc(parse, "Peru"));
        Assert.True(ParseRepair.IsTree(parse));
    }
    [Fact]
    public void Repair_ObjectRelativeClauseReadAsWhatTheVerbReports_ClauseOfTheSubject()
    {
        // "Vega, whom Ruiz met, said …", read with Vega the subject of "met" and "met" reported by "said".
        var parse = GivenParse.Of(
            ("Vega", "PROPN", "NNP", 5, "nsubj"), (",", "PUNCT", ",", 5, "punct"), ("whom", "PRON", "WP", 5, "obl"), ("Ruiz", "PROPN", "NNP", 5, "nsubj"),
            ("met", "VERB", "VBD", 7, "ccomp"), (",", "PUNCT", ",", 7, "punct"), ("said", "VERB", "VBD", 0, "root"), ("so", "ADV", "RB", 7, "advmod"));

        Assert.Equal(("nsubj", "said"), Arc(parse, "Vega"));
        Assert.Equal(("acl:relcl", "Vega"), Arc(parse, "met"));
        Assert.Equal(("obj", "met"), Arc(parse, "whom"));
        Assert.True(ParseRepair.IsTree(parse));
    }

    [Fact]
    public void Repair_ReportedClauseAfterTheSpeakersOwnSubject_Kept()
    {
        // "Vega said Ruiz met him": "said" has its subject, and no pronoun opens the reported clause.
        var parse = GivenParse.Of(
            ("Vega", "PROPN", "NNP", 2, "nsubj"), ("said", "VERB", "VBD", 0, "root"), ("Ruiz", "PROPN", "NNP", 4, "nsubj"), ("met", "VERB", "VBD", 2, "ccomp"),
            ("him", "PRON", "PRP", 4, "obj"));

        Assert.Equal(("ccomp", "said"), Arc(parse, "met"));
    }
    [Fact]
    public void Repair_ParticipleAfterAPossessorReadAsTheRoot_ModifierOfTheNounThatIsTheSubject()
    {
        // "Peru's newly appointed minister visited Lima", read with "appointed" the root taking the minister as object.
        var parse = GivenParse.Of(
            ("Peru", "PROPN", "NNP", 4, "nmod:poss"), ("'s", "PART", "POS", 1, "case"), ("newly", "ADV", "RB", 4, "advmod"), ("appointed", "VERB", "VBN", 0, "root"),
            ("minister", "NOUN", "NN", 4, "obj"), ("visited", "VERB", "VBD", 4, "conj"), ("Lima", "PROPN", "NNP", 6, "obj"), (".", "PUNCT", ".", 4, "punct"));

        Assert.Equal(("amod", "minister"), Arc(parse, "appointed"));
        Assert.Equal(("nmod:poss", "minister"), Arc(parse, "Peru"));
        Assert.Equal(("nsubj", "visited"), Arc(parse, "minister"));
        Assert.Equal("root", Word(parse, "visited").Relation);
        Assert.Equal(("punct", "visited"), Arc(parse, "."));
        Assert.True(ParseRepair.IsTree(parse));
    }

    [Fact]
    public void Repair_ParticipleAfterAPossessorReadAsAClauseOfTheVerb_ModifierOfTheSubject()
    {
        // "Peru's newly chosen leader visited Chile", read with "chosen" an adverbial clause of "visited".
        var parse = GivenParse.Of(
            ("Peru", "PROPN", "NNP", 4, "nmod:poss"), ("'s", "PART", "POS", 1, "case"), ("newly", "ADV", "RB", 4, "advmod"), ("chosen", "VERB", "VBN", 6, "advcl"),
            ("leader", "NOUN", "NN", 6, "nsubj"), ("visited", "VERB", "VBD", 0, "root"), ("Chile", "PROPN", "NNP", 6, "obj"));

        Assert.Equal(("amod", "leader"), Arc(parse, "chosen"));
        Assert.Equal(("nmod:poss", "leader"), Arc(parse, "Peru"));
        Assert.Equal(("nsubj", "visited"), Arc(parse, "leader"));
        Assert.True(ParseRepair.IsTree(parse));
    }

    [Fact]
    public void Repair_ParticipleThatIsTheVerbAfterItsSubject_Kept()
    {
        // "Peru's minister appointed envoys": the possessor owns the subject, not the participle.
        var parse = GivenParse.Of(
            ("Peru", "PROPN", "NNP", 3, "nmod:poss"), ("'s", "PART", "POS", 1, "case"), ("minister", "NOUN", "NN", 4, "nsubj"), ("appointed", "VERB", "VBN", 0, "root"),
            ("envoys", "NOUN", "NNS", 4, "obj"));

        Assert.Equal("root", Word(parse, "appointed").Relation);
        Assert.Equal(("obj", "appointed"), Arc(parse, "envoys"));
    }
    [Fact]
    public void Repair_RelativeClauseWithoutACommaOnAPlaceName_ClauseOfTheNounAboveIt()
    {
        // "an attack at a resort in Peru which killed five", read with the clause describing Peru.
        var parse = GivenParse.Of(
            ("an", "DET", "DT", 2, "det"), ("attack", "NOUN", "NN", 0, "root"), ("at", "ADP", "IN", 5, "case"), ("a", "DET", "DT", 5, "det"),
            ("resort", "NOUN", "NN", 2, "nmod"), ("in", "ADP", "IN", 7, "case"), ("Peru", "PROPN", "NNP", 5, "nmod"), ("which", "PRON", "WDT", 9, "nsubj"),
            ("killed", "VERB", "VBD", 7, "acl:relcl"), ("five", "NUM", "CD", 9, "obj"));

        Assert.Equal(("acl:relcl", "attack"), Arc(parse, "killed"));
    }

    [Fact]
    public void Repair_RelativeClauseAfterACommaOnAPlaceName_Kept()
    {
        // "talks in Peru, which hosted them": a name takes a clause set off by a comma.
        var parse = GivenParse.Of(
            ("talks", "NOUN", "NNS", 0, "root"), ("in", "ADP", "IN", 3, "case"), ("Peru", "PROPN", "NNP", 1, "nmod"), (",", "PUNCT", ",", 6, "punct"),
            ("which", "PRON", "WDT", 6, "nsubj"), ("hosted", "VERB", "VBD", 3, "acl:relcl"), ("them", "PRON", "PRP", 6, "obj"));

        Assert.Equal(("acl:relcl", "Peru"), Arc(parse, "hosted"));
    }
    [Fact]
    public void Dominates_WordsAboveAndBeside_OnlyItsAncestors()
    {
        var parse = GivenParse.Unrepaired(
            ("Ruiz", "PROPN", "NNP", 2, "nsubj"), ("met", "VERB", "VBD", 0, "root"), ("the", "DET", "DT", 4, "det"), ("envoy", "NOUN", "NN", 2, "obj"));

        Assert.True(parse.Dominates(Word(parse, "met"), Word(parse, "the")));
        Assert.True(parse.Dominates(Word(parse, "envoy"), Word(parse, "envoy")));
        Assert.False(parse.Dominates(Word(parse, "Ruiz"), Word(parse, "the")));
        Assert.False(parse.Dominates(Word(parse, "the"), Word(parse, "met")));
    }

    [Fact]
    public void Repair_TimeNounAtTheRootBeforeAClause_VerbIsTheRoot()
    {
        // "Hours after the attack, Chilean jets struck Arica.", read with "Hours" the root and the verb a clause of "jets".
        var parse = GivenParse.Of(
            ("Hours", "NOUN", "NNS", 0, "root"), ("after", "ADP", "IN", 4, "case"), ("the", "DET", "DT", 4, "det"),
            ("attack", "NOUN", "NN", 1, "nmod"), (",", "PUNCT", ",", 7, "punct"), ("Chilean", "ADJ", "JJ", 7, "amod"),
            ("jets", "NOUN", "NNS", 4, "conj"), ("struck", "VERB", "VBN", 7, "acl"), ("Arica", "PROPN", "NNP", 8, "obj"),
            (".", "PUNCT", ".", 1, "punct"));

        Assert.Equal("struck", parse.Root!.Form);
        Assert.Equal(("nsubj", "struck"), Arc(parse, "jets"));
        Assert.Equal(("obl:tmod", "struck"), Arc(parse, "Hours"));
    }

    [Fact]
    public void Repair_ClauseOfANounAfterATimeNounWithItsOwnRelative_Unchanged()
    {
        // "Days of talks, which ended on Monday." stays a noun phrase: the clause has its relative word.
        var parse = GivenParse.Of(
            ("Days", "NOUN", "NNS", 0, "root"), ("of", "ADP", "IN", 3, "case"), ("talks", "NOUN", "NNS", 1, "nmod"),
            (",", "PUNCT", ",", 5, "punct"), ("which", "PRON", "WDT", 6, "nsubj"), ("ended", "VERB", "VBD", 3, "acl:relcl"),
            ("on", "ADP", "IN", 8, "case"), ("Monday", "PROPN", "NNP", 6, "obl"), (".", "PUNCT", ".", 1, "punct"));

        Assert.Equal("Days", parse.Root!.Form);
        Assert.Equal(("acl:relcl", "talks"), Arc(parse, "ended"));
    }

    [Fact]
    public void Repair_DescriptionReadAsACompoundOfTheNameAcrossAComma_NameIsItsApposition()
    {
        // "Peru's new envoy to Chile, Luis Vega, arrived.", read with "envoy" a compound of "Vega".
        var parse = GivenParse.Of(
            ("Peru", "PROPN", "NNP", 9, "nmod:poss"), ("'s", "PART", "POS", 1, "case"), ("new", "ADJ", "JJ", 9, "amod"),
            ("envoy", "NOUN", "NN", 9, "compound"), ("to", "ADP", "IN", 6, "case"), ("Chile", "PROPN", "NNP", 4, "nmod"),
            (",", "PUNCT", ",", 8, "punct"), ("Luis", "PROPN", "NNP", 9, "compound"), ("Vega", "PROPN", "NNP", 11, "nsubj"),
            (",", "PUNCT", ",", 11, "punct"), ("arrived", "VERB", "VBD", 0, "root"), (".", "PUNCT", ".", 11, "punct"));

        Assert.Equal(("nsubj", "arrived"), Arc(parse, "envoy"));
        Assert.Equal(("appos", "envoy"), Arc(parse, "Vega"));
        Assert.Equal(("nmod:poss", "envoy"), Arc(parse, "Peru"));
        Assert.Equal(("amod", "envoy"), Arc(parse, "new"));
    }

    [Fact]
    public void Repair_CompoundOfANameWithoutAComma_StaysACompound()
    {
        // "The envoy Luis Vega arrived.": a description right before the name, no comma.
        var parse = GivenParse.Of(
            ("The", "DET", "DT", 4, "det"), ("envoy", "NOUN", "NN", 4, "compound"), ("Luis", "PROPN", "NNP", 4, "compound"),
            ("Vega", "PROPN", "NNP", 5, "nsubj"), ("arrived", "VERB", "VBD", 0, "root"), (".", "PUNCT", ".", 5, "punct"));

        Assert.Equal(("compound", "Vega"), Arc(parse, "envoy"));
    }

    [Fact]
    public void Repair_PrepositionOnTheFirstPartOfANameBeforeItsNoun_CaseOfTheNoun()
    {
        // "attacked by Al-Shabaab militants", read with "by" the case of "Al".
        var parse = GivenParse.Of(
            ("The", "DET", "DT", 2, "det"), ("post", "NOUN", "NN", 4, "nsubj:pass"), ("was", "AUX", "VBD", 4, "aux:pass"),
            ("attacked", "VERB", "VBN", 0, "root"), ("by", "ADP", "IN", 6, "case"), ("Al", "PROPN", "NNP", 9, "compound"),
            ("-", "PUNCT", "HYPH", 6, "punct"), ("Shabaab", "PROPN", "NNP", 6, "flat"), ("militants", "NOUN", "NNS", 4, "obl:agent"),
            (".", "PUNCT", ".", 4, "punct"));

        Assert.Equal(("case", "militants"), Arc(parse, "by"));
    }

    [Fact]
    public void Repair_PastTenseAfterANameReadAsAModifierOfItsObject_VerbWithSubjectAndObjects()
    {
        // "Chancellor Ida Holm promised Chile more tanks.", read as one noun phrase headed by the name.
        var parse = GivenParse.Of(
            ("Chancellor", "PROPN", "NNP", 2, "nmod:desc"), ("Ida", "PROPN", "NNP", 0, "root"), ("Holm", "PROPN", "NNP", 2, "flat"),
            ("promised", "VERB", "VBN", 7, "amod"), ("Chile", "PROPN", "NNP", 7, "compound"), ("more", "ADJ", "JJR", 7, "amod"),
            ("tanks", "NOUN", "NNS", 2, "orphan"), (".", "PUNCT", ".", 2, "punct"));

        Assert.Equal("promised", parse.Root!.Form);
        Assert.Equal(("nsubj", "promised"), Arc(parse, "Ida"));
        Assert.Equal(("iobj", "promised"), Arc(parse, "Chile"));
        Assert.Equal(("obj", "promised"), Arc(parse, "tanks"));
    }

    [Fact]
    public void Repair_PastTenseAfterAPluralReadAsAModifierOfItsObject_VerbWithTheObliqueAfterIt()
    {
        // "Rebel militias fired rockets at a base.", read as one noun phrase headed by the plural, the rest hung on it.
        var parse = GivenParse.Of(
            ("Rebel", "NOUN", "NN", 2, "compound"), ("militias", "NOUN", "NNS", 0, "root"), ("fired", "VERB", "VBN", 4, "amod"),
            ("rockets", "NOUN", "NNS", 2, "appos"), ("at", "ADP", "IN", 7, "case"), ("a", "DET", "DT", 7, "det"),
            ("base", "NOUN", "NN", 2, "nmod"), (".", "PUNCT", ".", 2, "punct"));

        Assert.Equal("fired", parse.Root!.Form);
        Assert.Equal(("nsubj", "fired"), Arc(parse, "militias"));
        Assert.Equal(("obj", "fired"), Arc(parse, "rockets"));
        Assert.Equal(("obl", "fired"), Arc(parse, "base"));
    }

    [Fact]
    public void Repair_SingularNounBeforeAParticiple_LeftAsANounPhrase()
    {
        // "A militia armed rebels.": only a plural or a name heads a clause this repair makes; a singular common noun may be
        // a headline's noun phrase ("A report leaked documents" is rarer than "a militia-armed rebel group").
        var parse = GivenParse.Of(
            ("A", "DET", "DT", 2, "det"), ("militia", "NOUN", "NN", 0, "root"), ("armed", "VERB", "VBN", 4, "amod"),
            ("rebels", "NOUN", "NNS", 2, "appos"), (".", "PUNCT", ".", 2, "punct"));

        Assert.Equal("militia", parse.Root!.Form);
    }

    [Fact]
    public void Repair_ThatReadAsTheObjectOfTheVerb_MarkOfItsComplement()
    {
        // "Chile charged that Peru armed rebels.", read with "that" the object and the clause hung on it.
        var parse = GivenParse.Of(
            ("Chile", "PROPN", "NNP", 2, "nsubj"), ("charged", "VERB", "VBD", 0, "root"), ("that", "SCONJ", "IN", 2, "obj"),
            ("Peru", "PROPN", "NNP", 5, "nsubj"), ("armed", "VERB", "VBD", 3, "ccomp"), ("rebels", "NOUN", "NNS", 5, "obj"), (".", "PUNCT", ".", 2, "punct"));

        Assert.Equal(("ccomp", "charged"), Arc(parse, "armed"));
        Assert.Equal(("mark", "armed"), Arc(parse, "that"));
    }

    [Fact]
    public void Repair_TitleBeforeTheSubjectReadAsAClause_TitleOfTheName()
    {
        // "Chilean President Ana Vega hosted leaders.", read with "President" a clause of "hosted".
        var parse = GivenParse.Of(
            ("Chilean", "ADJ", "JJ", 2, "amod"), ("President", "NOUN", "NN", 5, "ccomp"), ("Ana", "PROPN", "NNP", 5, "nsubj"), ("Vega", "PROPN", "NNP", 3, "flat"),
            ("hosted", "VERB", "VBD", 0, "root"), ("leaders", "NOUN", "NNS", 5, "obj"), (".", "PUNCT", ".", 5, "punct"));

        Assert.Equal(("nmod:desc", "Ana"), Arc(parse, "President"));
        Assert.Equal(("amod", "President"), Arc(parse, "Chilean"));
    }

    [Fact]
    public void Repair_NounClauseBeforeTheSubjectWithASubjectOfItsOwn_Kept()
    {
        // "Peace is Priority One Ana Vega said.": the capitalised noun before the name is a clause with its own subject.
        var parse = GivenParse.Of(
            ("Peace", "NOUN", "NN", 4, "nsubj"), ("is", "AUX", "VBZ", 4, "cop"), ("Priority", "NOUN", "NN", 4, "compound"), ("One", "NOUN", "NN", 7, "ccomp"),
            ("Ana", "PROPN", "NNP", 7, "nsubj"), ("Vega", "PROPN", "NNP", 5, "flat"), ("said", "VERB", "VBD", 0, "root"), (".", "PUNCT", ".", 7, "punct"));

        Assert.Equal(("ccomp", "said"), Arc(parse, "One"));
    }

    [Fact]
    public void Repair_NameReadAsACompoundOfNextMonth_NameHeadsThePhraseAndTheTimeIsTheVerbs()
    {
        // "Chile will send ships to the Red Sea next month.", read with "Red Sea" compounds of "month".
        var parse = GivenParse.Of(
            ("Chile", "PROPN", "NNP", 3, "nsubj"), ("will", "AUX", "MD", 3, "aux"), ("send", "VERB", "VB", 0, "root"), ("ships", "NOUN", "NNS", 3, "obj"),
            ("to", "ADP", "IN", 10, "case"), ("the", "DET", "DT", 10, "det"), ("Red", "PROPN", "NNP", 8, "amod"), ("Sea", "PROPN", "NNP", 10, "compound"),
            ("next", "ADJ", "JJ", 10, "amod"), ("month", "NOUN", "NN", 3, "obl"), (".", "PUNCT", ".", 3, "punct"));

        Assert.Equal(("obl", "send"), Arc(parse, "Sea"));
        Assert.Equal(("case", "Sea"), Arc(parse, "to"));
        Assert.Equal(("det", "Sea"), Arc(parse, "the"));
        Assert.Equal(("obl:unmarked", "send"), Arc(parse, "month"));
        Assert.Equal(("amod", "month"), Arc(parse, "next"));
    }

    [Fact]
    public void Repair_AddingAfterAClauseSaidReadOnItsVerb_AddingIsTheSayers()
    {
        // "Peru said Chile agreed, adding that talks would go on.", read with "adding" and what it adds on "agreed".
        var parse = GivenParse.Of(
            ("Peru", "PROPN", "NNP", 2, "nsubj"), ("said", "VERB", "VBD", 0, "root"), ("Chile", "PROPN", "NNP", 4, "nsubj"), ("agreed", "VERB", "VBD", 2, "ccomp"),
            (",", "PUNCT", ",", 6, "punct"), ("adding", "VERB", "VBG", 4, "advcl"), ("that", "SCONJ", "IN", 11, "mark"), ("talks", "NOUN", "NNS", 11, "nsubj"),
            ("would", "AUX", "MD", 11, "aux"), ("go", "VERB", "VB", 11, "compound"), ("on", "ADV", "RB", 4, "ccomp"), (".", "PUNCT", ".", 2, "punct"));

        Assert.Equal(("advcl", "said"), Arc(parse, "adding"));
        Assert.Equal(("ccomp", "adding"), Arc(parse, "on"));
    }

    [Fact]
    public void Repair_SayingAfterANamedSidesClause_KeptOnThatClause()
    {
        // "Peru said Chile defended the raid, saying rebels hid there.": the named side defends and says.
        var parse = GivenParse.Of(
            ("Peru", "PROPN", "NNP", 2, "nsubj"), ("said", "VERB", "VBD", 0, "root"), ("Chile", "PROPN", "NNP", 4, "nsubj"), ("defended", "VERB", "VBD", 2, "ccomp"),
            ("the", "DET", "DT", 6, "det"), ("raid", "NOUN", "NN", 4, "obj"), (",", "PUNCT", ",", 8, "punct"), ("saying", "VERB", "VBG", 4, "advcl"),
            ("rebels", "NOUN", "NNS", 10, "nsubj"), ("hid", "VERB", "VBD", 8, "ccomp"), ("there", "ADV", "RB", 10, "advmod"), (".", "PUNCT", ".", 2, "punct"));

        Assert.Equal(("advcl", "defended"), Arc(parse, "saying"));
    }

    [Fact]
    public void Repair_NameOfTheSubjectReadAsTheRoot_VerbIsTheRootAndTheNameItsSubjectsModifier()
    {
        // "K45 rebels seized Tarma.", read with the name as the root and the verb its conjunct.
        var parse = GivenParse.Of(
            ("K45", "PROPN", "ADD", 0, "root"), ("rebels", "NOUN", "NNS", 3, "nsubj"), ("seized", "VERB", "VBD", 1, "conj"), ("Tarma", "PROPN", "NNP", 3, "obj"),
            (".", "PUNCT", ".", 1, "punct"));

        Assert.Equal(("root", null), (Word(parse, "seized").Relation, parse.HeadOf(Word(parse, "seized"))?.Form));
        Assert.Equal(("compound", "rebels"), Arc(parse, "K45"));
        Assert.Equal(("punct", "seized"), Arc(parse, "."));
    }

    [Fact]
    public void Repair_ParticipleWithAnAgentReadAsAClauseOfTheVerb_ParticipleOfItsNounWhichIsTheSubject()
    {
        // "Peruvian forces backed by jets recaptured Tarma.", read with "forces" the subject of "backed".
        var parse = GivenParse.Of(
            ("Peruvian", "ADJ", "JJ", 2, "amod"), ("forces", "NOUN", "NNS", 3, "nsubj"), ("backed", "VERB", "VBN", 6, "advcl"), ("by", "ADP", "IN", 5, "case"),
            ("jets", "NOUN", "NNS", 3, "obl:agent"), ("recaptured", "VERB", "VBD", 0, "root"), ("Tarma", "PROPN", "NNP", 6, "obj"), (".", "PUNCT", ".", 6, "punct"));

        Assert.Equal(("nsubj", "recaptured"), Arc(parse, "forces"));
        Assert.Equal(("acl", "forces"), Arc(parse, "backed"));
    }

    [Fact]
    public void Repair_NameReadAsTheSubjectOfTheNounAfterIt_ModifierOfThatNoun()
    {
        // "K45 rebels, backed by Chile, seized Tarma.", read with "K45" the subject of "rebels".
        var parse = GivenParse.Of(
            ("K45", "X", "ADD", 2, "nsubj"), ("rebels", "NOUN", "NNS", 3, "nsubj"), ("seized", "VERB", "VBD", 0, "root"), ("Tarma", "PROPN", "NNP", 3, "obj"),
            (".", "PUNCT", ".", 3, "punct"));

        Assert.Equal(("compound", "rebels"), Arc(parse, "K45"));
    }

    [Fact]
    public void Repair_SubjectHungOnADayBeforeTheVerb_SubjectOfTheVerb()
    {
        // "Chile on Monday summoned Peru's envoy.", read with "Chile" the subject of "Monday".
        var parse = GivenParse.Of(
            ("Chile", "PROPN", "NNP", 3, "nsubj"), ("on", "ADP", "IN", 3, "case"), ("Monday", "PROPN", "NNP", 4, "obl"), ("summoned", "VERB", "VBD", 0, "root"),
            ("Peru", "PROPN", "NNP", 7, "nmod:poss"), ("'s", "PART", "POS", 5, "case"), ("envoy", "NOUN", "NN", 4, "obj"), (".", "PUNCT", ".", 4, "punct"));

        Assert.Equal(("nsubj", "summoned"), Arc(parse, "Chile"));
        Assert.Equal(("obl", "summoned"), Arc(parse, "Monday"));
    }

    [Fact]
    public void Repair_ThatReadAsARelativeObjectBesideTheVerbsOwn_MarkOfTheNounsComplement()
    {
        // "The claims that Chile sent arms prompted sanctions.", read with "that" a relative object though "sent" has one.
        var parse = GivenParse.Of(
            ("The", "DET", "DT", 2, "det"), ("claims", "NOUN", "NNS", 7, "nsubj"), ("that", "PRON", "WDT", 5, "obj"), ("Chile", "PROPN", "NNP", 5, "nsubj"),
            ("sent", "VERB", "VBD", 2, "acl:relcl"), ("arms", "NOUN", "NNS", 5, "obj"), ("prompted", "VERB", "VBD", 0, "root"), ("sanctions", "NOUN", "NNS", 7, "obj"),
            (".", "PUNCT", ".", 7, "punct"));

        Assert.Equal(("acl", "claims"), Arc(parse, "sent"));
        Assert.Equal(("mark", "sent"), Arc(parse, "that"));
    }

    [Fact]
    public void Repair_ThatTheRelativeObjectOfAVerbWithoutOne_Kept()
    {
        // "The arms that Chile sent arrived.": "that" is the only object of "sent".
        var parse = GivenParse.Of(
            ("The", "DET", "DT", 2, "det"), ("arms", "NOUN", "NNS", 6, "nsubj"), ("that", "PRON", "WDT", 5, "obj"), ("Chile", "PROPN", "NNP", 5, "nsubj"),
            ("sent", "VERB", "VBD", 2, "acl:relcl"), ("arrived", "VERB", "VBD", 0, "root"), (".", "PUNCT", ".", 6, "punct"));

        Assert.Equal(("acl:relcl", "arms"), Arc(parse, "sent"));
        Assert.Equal(("obj", "sent"), Arc(parse, "that"));
    }

    [Fact]
    public void Repair_ClosingToldReadAsAModifierOfReporters_VerbOfTheReport()
    {
        // "The talks were useful, the minister told reporters.", read with "told reporters" a phrase of the report.
        var parse = GivenParse.Of(
            ("The", "DET", "DT", 2, "det"), ("talks", "NOUN", "NNS", 4, "nsubj"), ("were", "AUX", "VBD", 4, "cop"), ("useful", "ADJ", "JJ", 0, "root"),
            (",", "PUNCT", ",", 7, "punct"), ("the", "DET", "DT", 7, "det"), ("minister", "NOUN", "NN", 8, "nsubj"), ("told", "VERB", "VBN", 9, "amod"),
            ("reporters", "NOUN", "NNS", 4, "obl"), (".", "PUNCT", ".", 4, "punct"));

        Assert.Equal("told", parse.Root!.Form);
        Assert.Equal(("ccomp", "told"), Arc(parse, "useful"));
        Assert.Equal(("nsubj", "told"), Arc(parse, "minister"));
        Assert.Equal(("obj", "told"), Arc(parse, "reporters"));
    }

    [Fact]
    public void Repair_SecondOfBetweenReadAsASubjectOfTheVerb_ConjunctOfTheFirst()
    {
        // "Clashes between the army and the rebels killed dozens.", read with "the rebels" a second subject of "killed".
        var parse = GivenParse.Of(
            ("Clashes", "NOUN", "NNS", 8, "nsubj"), ("between", "ADP", "IN", 4, "case"), ("the", "DET", "DT", 4, "det"), ("army", "NOUN", "NN", 1, "nmod"),
            ("and", "CCONJ", "CC", 8, "cc"), ("the", "DET", "DT", 7, "det"), ("rebels", "NOUN", "NNS", 8, "nsubj"), ("killed", "VERB", "VBD", 0, "root"),
            ("dozens", "NOUN", "NNS", 8, "obj"), (".", "PUNCT", ".", 8, "punct"));

        Assert.Equal(("conj", "army"), Arc(parse, "rebels"));
        Assert.Equal(("cc", "rebels"), Arc(parse, "and"));
        Assert.Equal(("nsubj", "killed"), Arc(parse, "Clashes"));
    }

    [Fact]
    public void Repair_RelativeVerbReadAsAPlural_ClauseOfTheNameThatIsTheSubject()
    {
        // "Chile, which borders both countries, did not attend.", read with "borders" a plural noun beside "which".
        var parse = GivenParse.Of(
            ("Chile", "PROPN", "NNP", 10, "advcl"), (",", "PUNCT", ",", 1, "punct"), ("which", "PRON", "WDT", 10, "nsubj"),
            ("borders", "NOUN", "NNS", 10, "nsubj"), ("both", "CCONJ", "CC", 6, "det"), ("countries", "NOUN", "NNS", 4, "conj"),
            (",", "PUNCT", ",", 3, "punct"), ("did", "AUX", "VBD", 10, "aux"), ("not", "PART", "RB", 10, "advmod"), ("attend", "VERB", "VB", 0, "root"),
            (".", "PUNCT", ".", 10, "punct"));

        Assert.Equal(("acl:relcl", "Chile"), Arc(parse, "borders"));
        Assert.Equal(("VERB", "VBZ"), (Word(parse, "borders").Upos, Word(parse, "borders").Xpos));
        Assert.Equal(("nsubj", "borders"), Arc(parse, "which"));
        Assert.Equal(("obj", "borders"), Arc(parse, "countries"));
        Assert.Equal(("nsubj", "attend"), Arc(parse, "Chile"));
    }

    [Fact]
    public void Repair_NameBetweenTheSubjectAndItsVerbSplitOverTheDescription_OneNameInApposition()
    {
        // "The head of the bank of Chile, Ana Ruiz, said …", read with "Ana" and "Ruiz" conjuncts of "Chile".
        var parse = GivenParse.Of(
            ("The", "DET", "DT", 2, "det"), ("head", "NOUN", "NN", 12, "nsubj"), ("of", "ADP", "IN", 5, "case"), ("the", "DET", "DT", 5, "det"),
            ("bank", "NOUN", "NN", 2, "nmod"), ("of", "ADP", "IN", 7, "case"), ("Chile", "PROPN", "NNP", 5, "nmod"), (",", "PUNCT", ",", 9, "punct"),
            ("Ana", "PROPN", "NNP", 7, "conj"), ("Ruiz", "PROPN", "NNP", 7, "conj"), (",", "PUNCT", ",", 2, "punct"), ("said", "VERB", "VBD", 0, "root"),
            ("it", "PRON", "PRP", 14, "nsubj"), ("rose", "VERB", "VBD", 12, "ccomp"), (".", "PUNCT", ".", 12, "punct"));

        Assert.Equal(("appos", "head"), Arc(parse, "Ana"));
        Assert.Equal(("flat", "Ana"), Arc(parse, "Ruiz"));
    }

    [Fact]
    public void Repair_ParticipleOfTheSubjectReadAsAClauseOfTheVerb_ItDescribesTheSubject()
    {
        // "A delegation led by the minister arrived in Lima.", read with "led" a clause of "arrived" and "by the minister" its oblique.
        var parse = GivenParse.Of(
            ("A", "DET", "DT", 2, "det"), ("delegation", "NOUN", "NN", 7, "nsubj"), ("led", "VERB", "VBN", 7, "advcl"), ("by", "ADP", "IN", 6, "case"),
            ("the", "DET", "DT", 6, "det"), ("minister", "NOUN", "NN", 7, "obl"), ("arrived", "VERB", "VBD", 0, "root"), ("in", "ADP", "IN", 9, "case"),
            ("Lima", "PROPN", "NNP", 7, "obl"), (".", "PUNCT", ".", 7, "punct"));

        Assert.Equal(("acl", "delegation"), Arc(parse, "led"));
        Assert.Equal(("obl:agent", "led"), Arc(parse, "minister"));
    }

    [Fact]
    public void Repair_BareNounBeforeASubjectlessPastVerb_ItsSubject()
    {
        // "The Chilean leader later travelled to Lima.", read with "leader" a bare oblique of "later".
        var parse = GivenParse.Of(
            ("The", "DET", "DT", 3, "det"), ("Chilean", "ADJ", "JJ", 3, "amod"), ("leader", "NOUN", "NN", 4, "obl:unmarked"), ("later", "ADV", "RBR", 5, "advmod"),
            ("travelled", "VERB", "VBN", 0, "root"), ("to", "ADP", "IN", 7, "case"), ("Lima", "PROPN", "NNP", 5, "obl"), (".", "PUNCT", ".", 5, "punct"));

        Assert.Equal(("nsubj", "travelled"), Arc(parse, "leader"));
        Assert.Equal("VBD", Word(parse, "travelled").Xpos);
    }

    [Fact]
    public void Repair_BareTimeNounBeforeASubjectlessVerb_LeftAsATime()
    {
        // "Last week arrived the reply.": a time word is no subject.
        var parse = GivenParse.Of(
            ("Last", "ADJ", "JJ", 2, "amod"), ("week", "NOUN", "NN", 3, "obl:unmarked"), ("arrived", "VERB", "VBD", 0, "root"), ("the", "DET", "DT", 5, "det"),
            ("reply", "NOUN", "NN", 3, "obj"), (".", "PUNCT", ".", 3, "punct"));

        Assert.Equal(("obl:unmarked", "arrived"), Arc(parse, "week"));
    }

    [Fact]
    public void Repair_GerundBeforeAVerbWithNoSubject_SubjectOfTheVerb()
    {
        // "Sending troops would lead to war.", read with the gerund an adverbial clause.
        var parse = GivenParse.Of(
            ("Sending", "VERB", "VBG", 4, "advcl"), ("troops", "NOUN", "NNS", 1, "obj"), ("would", "AUX", "MD", 4, "aux"),
            ("lead", "VERB", "VB", 0, "root"), ("to", "ADP", "IN", 6, "case"), ("war", "NOUN", "NN", 4, "obl"), (".", "PUNCT", ".", 4, "punct"));

        Assert.Equal(("csubj", "lead"), Arc(parse, "Sending"));
    }

    [Fact]
    public void Repair_GerundSetOffByACommaBeforeAVerb_StaysAnAdverbial()
    {
        // "Chile hailed the deal, calling it a step that shows both want peace." read with "calling" on "want".
        var parse = GivenParse.Of(
            ("Chile", "PROPN", "NNP", 2, "nsubj"), ("hailed", "VERB", "VBD", 0, "root"), ("the", "DET", "DT", 4, "det"),
            ("deal", "NOUN", "NN", 2, "obj"), (",", "PUNCT", ",", 6, "punct"), ("calling", "VERB", "VBG", 13, "advcl"),
            ("it", "PRON", "PRP", 6, "obj"), ("a", "DET", "DT", 9, "det"), ("step", "NOUN", "NN", 6, "obj"),
            ("that", "PRON", "WDT", 11, "nsubj"), ("shows", "VERB", "VBZ", 9, "acl:relcl"), ("both", "PRON", "DT", 11, "obj"),
            ("want", "VERB", "VBP", 2, "conj"), ("peace", "NOUN", "NN", 13, "obj"), (".", "PUNCT", ".", 2, "punct"));

        Assert.Equal(("advcl", "want"), Arc(parse, "calling"));
    }

    [Fact]
    public void Repair_HeadlineOfNamesWithTheVerbACompoundOfTheDeal_VerbIsTheRoot()
    {
        // "Chile, Peru sign deal", read as one noun phrase.
        var parse = GivenParse.Of(
            ("Chile", "PROPN", "NNP", 5, "compound"), (",", "PUNCT", ",", 1, "punct"), ("Peru", "PROPN", "NNP", 5, "compound"),
            ("sign", "NOUN", "NN", 5, "compound"), ("deal", "NOUN", "NN", 0, "root"));

        Assert.Equal("sign", parse.Root!.Form);
        Assert.Equal(("nsubj", "sign"), Arc(parse, "Chile"));
        Assert.Equal(("conj", "Chile"), Arc(parse, "Peru"));
        Assert.Equal(("obj", "sign"), Arc(parse, "deal"));
    }

    [Fact]
    public void Repair_AdjectiveTakingTheNounAfterItAsObject_ModifierOfTheObject()
    {
        // "Ruiz hosts Japanese PM", read with "Japanese" a predicate taking "PM".
        var parse = GivenParse.Of(
            ("Ruiz", "PROPN", "NNP", 2, "nsubj"), ("hosts", "VERB", "VBZ", 0, "root"), ("Japanese", "ADJ", "JJ", 2, "xcomp"),
            ("PM", "NOUN", "NN", 3, "obj"));

        Assert.Equal(("obj", "hosts"), Arc(parse, "PM"));
        Assert.Equal(("amod", "PM"), Arc(parse, "Japanese"));
    }

    [Fact]
    public void Repair_RelativeClauseReadAsTheMainClause_LaterVerbIsTheRootWithTheNounAsSubject()
    {
        // "The envoy, who met Vega, said it was over.", read with "met" the root, "envoy" its oblique and "said" a conjunct.
        var parse = GivenParse.Of(
            ("The", "DET", "DT", 2, "det"), ("envoy", "NOUN", "NN", 5, "obl"), (",", "PUNCT", ",", 2, "punct"),
            ("who", "PRON", "WP", 5, "nsubj"), ("met", "VERB", "VBD", 0, "root"), ("Vega", "PROPN", "NNP", 5, "obj"),
            (",", "PUNCT", ",", 8, "punct"), ("said", "VERB", "VBD", 5, "conj"), ("it", "PRON", "PRP", 11, "nsubj"),
            ("was", "AUX", "VBD", 11, "cop"), ("over", "ADJ", "JJ", 8, "ccomp"), (".", "PUNCT", ".", 5, "punct"));

        Assert.Equal("said", parse.Root!.Form);
        Assert.Equal(("nsubj", "said"), Arc(parse, "envoy"));
        Assert.Equal(("acl:relcl", "envoy"), Arc(parse, "met"));
    }

    [Fact]
    public void Repair_WhoseClauseReadAsTheMainClause_LaterVerbIsTheRoot()
    {
        // "Peru, whose envoys met, agreed.", read with "met" the root and "agreed" its adverbial clause.
        var parse = GivenParse.Of(
            ("Peru", "PROPN", "NNP", 6, "nsubj"), (",", "PUNCT", ",", 1, "punct"), ("whose", "PRON", "WP$", 4, "nmod:poss"),
            ("envoys", "NOUN", "NNS", 5, "nsubj"), ("met", "VERB", "VBD", 0, "root"), ("agreed", "VERB", "VBD", 5, "advcl"),
            (".", "PUNCT", ".", 5, "punct"));

        Assert.Equal("agreed", parse.Root!.Form);
        Assert.Equal(("acl:relcl", "Peru"), Arc(parse, "met"));
        Assert.Equal(("nsubj", "agreed"), Arc(parse, "Peru"));
    }

    [Fact]
    public void Repair_ParticipleWithAnAgentReadAsTheMainVerb_ParticipleDescribesTheSubject()
    {
        // "Sanctions imposed by the EU took effect.", read with "imposed" the root and "took" a clause of "EU".
        var parse = GivenParse.Of(
            ("Sanctions", "NOUN", "NNS", 2, "nsubj"), ("imposed", "VERB", "VBD", 0, "root"), ("by", "ADP", "IN", 5, "case"),
            ("the", "DET", "DT", 5, "det"), ("EU", "PROPN", "NNP", 2, "obl:agent"), ("took", "VERB", "VBD", 5, "acl"),
            ("effect", "NOUN", "NN", 6, "obj"), (".", "PUNCT", ".", 2, "punct"));

        Assert.Equal("took", parse.Root!.Form);
        Assert.Equal(("nsubj", "took"), Arc(parse, "Sanctions"));
        Assert.Equal(("acl", "Sanctions"), Arc(parse, "imposed"));
    }

    [Fact]
    public void Repair_AgentReadAsTheSubjectOfAClauseOfTheParticiple_AgentOfTheParticipleWhoseNounIsTheSubject()
    {
        // "Duties levied on Chad by Niger took effect.", read with "levied" the root and "by" marking a clause "Niger took effect".
        var parse = GivenParse.Of(
            ("Duties", "NOUN", "NNS", 2, "nsubj"), ("levied", "VERB", "VBD", 0, "root"), ("on", "ADP", "IN", 4, "case"),
            ("Chad", "PROPN", "NNP", 2, "obl"), ("by", "ADP", "IN", 7, "mark"), ("Niger", "PROPN", "NNP", 7, "nsubj"),
            ("took", "VERB", "VBD", 2, "advcl"), ("effect", "NOUN", "NN", 7, "obj"), (".", "PUNCT", ".", 2, "punct"));

        Assert.Equal("took", parse.Root!.Form);
        Assert.Equal(("nsubj", "took"), Arc(parse, "Duties"));
        Assert.Equal(("acl", "Duties"), Arc(parse, "levied"));
        Assert.Equal(("obl:agent", "levied"), Arc(parse, "Niger"));
        Assert.Equal(("case", "Niger"), Arc(parse, "by"));
        Assert.Equal(("punct", "took"), Arc(parse, "."));
    }

    [Fact]
    public void Repair_AgentReadAsTheSubjectOfAPassiveOnTheNoun_AgentOfTheParticipleAndTheNounThePassivesSubject()
    {
        // "Duties levied by Niger were lifted.", read with the noun the root and "by" marking "Niger were lifted".
        var parse = GivenParse.Of(
            ("Duties", "NOUN", "NNS", 0, "root"), ("levied", "VERB", "VBN", 1, "acl"), ("by", "ADP", "IN", 6, "mark"),
            ("Niger", "PROPN", "NNP", 6, "nsubj:pass"), ("were", "AUX", "VBD", 6, "aux:pass"), ("lifted", "VERB", "VBN", 1, "acl"),
            (".", "PUNCT", ".", 1, "punct"));

        Assert.Equal("lifted", parse.Root!.Form);
        Assert.Equal(("nsubj:pass", "lifted"), Arc(parse, "Duties"));
        Assert.Equal(("acl", "Duties"), Arc(parse, "levied"));
        Assert.Equal(("obl:agent", "levied"), Arc(parse, "Niger"));
        Assert.Equal(("punct", "lifted"), Arc(parse, "."));
    }

    [Fact]
    public void Repair_AdjectiveHeadingATitledName_NameIsTheSubjectAndTheNameAfterTheVerbItsObject()
    {
        // "Lao President Ana Ruiz welcomed Prime Minister Ida Holm.", read with the adjective heading the name and Holm the subject.
        var parse = GivenParse.Of(
            ("Lao", "ADJ", "JJ", 5, "ccomp"), ("President", "PROPN", "NNP", 3, "nmod:desc"), ("Ana", "PROPN", "NNP", 1, "appos"),
            ("Ruiz", "PROPN", "NNP", 3, "flat"), ("welcomed", "VERB", "VBD", 0, "root"), ("Prime", "PROPN", "NNP", 7, "amod"),
            ("Minister", "PROPN", "NNP", 8, "nmod:desc"), ("Ida", "PROPN", "NNP", 5, "nsubj"), ("Holm", "PROPN", "NNP", 8, "flat"),
            (".", "PUNCT", ".", 5, "punct"));

        Assert.Equal(("nsubj", "welcomed"), Arc(parse, "Ana"));
        Assert.Equal(("amod", "Ana"), Arc(parse, "Lao"));
        Assert.Equal(("obj", "welcomed"), Arc(parse, "Ida"));
    }

    [Fact]
    public void Repair_ThatReadAsTheObjectOfADayWithTheVerbFixedToIt_ClauseOfTheVerbBeforeTheDay()
    {
        // "Chad denied on Monday that it had armed rebels.", read with "that" the object of Monday and "armed" fixed to it.
        var parse = GivenParse.Of(
            ("Chad", "PROPN", "NNP", 2, "nsubj"), ("denied", "VERB", "VBD", 0, "root"), ("on", "ADP", "IN", 4, "case"),
            ("Monday", "PROPN", "NNP", 2, "obl"), ("that", "SCONJ", "IN", 4, "obj"), ("it", "PRON", "PRP", 8, "nsubj"),
            ("had", "AUX", "VBD", 8, "aux"), ("armed", "VERB", "VBN", 5, "fixed"), ("rebels", "NOUN", "NNS", 8, "obj"),
            (".", "PUNCT", ".", 2, "punct"));

        Assert.Equal(("ccomp", "denied"), Arc(parse, "armed"));
        Assert.Equal(("mark", "armed"), Arc(parse, "that"));
    }

    [Fact]
    public void Repair_ClauseWithAPronounSubjectReadAsARelativeOnADaysName_ClauseOfTheVerb()
    {
        // "Chad said on Monday it had armed rebels.", read as a relative clause on Monday.
        var parse = GivenParse.Of(
            ("Chad", "PROPN", "NNP", 2, "nsubj"), ("said", "VERB", "VBD", 0, "root"), ("on", "ADP", "IN", 4, "case"),
            ("Monday", "PROPN", "NNP", 2, "obl"), ("it", "PRON", "PRP", 7, "nsubj"), ("had", "AUX", "VBD", 7, "aux"),
            ("armed", "VERB", "VBN", 4, "acl:relcl"), ("rebels", "NOUN", "NNS", 7, "obj"), (".", "PUNCT", ".", 2, "punct"));

        Assert.Equal(("ccomp", "said"), Arc(parse, "armed"));
    }

    [Fact]
    public void Repair_ClauseWithoutAMarkerReadAsAnAdverbialAfterTheDayOfADenial_ClauseOfTheVerb()
    {
        // "Chad denied on Monday it had armed rebels.", read as an adverbial clause of "denied".
        var parse = GivenParse.Of(
            ("Chad", "PROPN", "NNP", 2, "nsubj"), ("denied", "VERB", "VBD", 0, "root"), ("on", "ADP", "IN", 4, "case"),
            ("Monday", "PROPN", "NNP", 2, "obl"), ("it", "PRON", "PRP", 7, "nsubj"), ("had", "AUX", "VBD", 7, "aux"),
            ("armed", "VERB", "VBN", 2, "advcl"), ("rebels", "NOUN", "NNS", 7, "obj"), (".", "PUNCT", ".", 2, "punct"));

        Assert.Equal(("ccomp", "denied"), Arc(parse, "armed"));
    }

    [Fact]
    public void Repair_ThatClauseOnADayReadAsTheIndirectObject_ClauseOfTheVerb()
    {
        // "Chad told reporters on Monday that Niger had armed rebels.", read with Monday an indirect object holding the clause.
        var parse = GivenParse.Of(
            ("Chad", "PROPN", "NNP", 2, "nsubj"), ("told", "VERB", "VBD", 0, "root"), ("reporters", "NOUN", "NNS", 2, "iobj"),
            ("on", "ADP", "IN", 5, "case"), ("Monday", "PROPN", "NNP", 2, "iobj"), ("that", "SCONJ", "IN", 9, "mark"),
            ("Niger", "PROPN", "NNP", 9, "nsubj"), ("had", "AUX", "VBD", 9, "aux"), ("armed", "VERB", "VBN", 5, "ccomp"),
            ("rebels", "NOUN", "NNS", 9, "obj"), (".", "PUNCT", ".", 2, "punct"));

        Assert.Equal(("ccomp", "told"), Arc(parse, "armed"));
    }

    [Fact]
    public void Repair_PastTenseOnAnApposedNameWithItsSubjectAfterIt_VerbOfTheTitledSubject()
    {
        // "The Emir of Qatar, Ali Nasser, received Ana Ruiz.", read with "Emir" the root and "received" a clause of the name.
        var parse = GivenParse.Of(
            ("The", "DET", "DT", 2, "det"), ("Emir", "PROPN", "NNP", 0, "root"), ("of", "ADP", "IN", 4, "case"), ("Qatar", "PROPN", "NNP", 2, "nmod"),
            (",", "PUNCT", ",", 7, "punct"), ("Ali", "PROPN", "NNP", 7, "compound"), ("Nasser", "PROPN", "NNP", 2, "appos"), (",", "PUNCT", ",", 7, "punct"),
            ("received", "VERB", "VBD", 7, "acl"), ("Ana", "PROPN", "NNP", 9, "nsubj"), ("Ruiz", "PROPN", "NNP", 10, "flat"), (".", "PUNCT", ".", 2, "punct"));

        Assert.Equal("received", parse.Root!.Form);
        Assert.Equal(("nsubj", "received"), Arc(parse, "Emir"));
        Assert.Equal(("obj", "received"), Arc(parse, "Ana"));
        Assert.Equal(("punct", "received"), Arc(parse, "."));
    }

    [Fact]
    public void Repair_NameAfterItsTitleReadAsTheSubjectOfTheTitle_TitlesApposition()
    {
        // "Its foreign minister, Karin Lund, said …", read with the title the subject of the name and the name the verb's.
        var parse = GivenParse.Of(
            ("Its", "PRON", "PRP$", 3, "nmod:poss"), ("foreign", "ADJ", "JJ", 3, "amod"), ("minister", "NOUN", "NN", 6, "nsubj"), (",", "PUNCT", ",", 5, "punct"),
            ("Karin", "PROPN", "NNP", 6, "nmod:desc"), ("Lund", "PROPN", "NNP", 8, "nsubj"), (",", "PUNCT", ",", 6, "punct"), ("said", "VERB", "VBD", 0, "root"),
            ("so", "ADV", "RB", 8, "advmod"), (".", "PUNCT", ".", 8, "punct"));

        Assert.Equal(("nsubj", "said"), Arc(parse, "minister"));
        Assert.Equal(("appos", "minister"), Arc(parse, "Lund"));
    }

    [Fact]
    public void Repair_SeatReadAsTheHeadOfATitledName_NameHeadsAndTheSeatNamesTheTitle()
    {
        // "Lima Mayor Ana Ruiz met …", read with Lima the subject and the titled name its list item.
        var parse = GivenParse.Of(
            ("Lima", "PROPN", "NNP", 5, "nsubj"), ("Mayor", "PROPN", "NNP", 3, "nmod:desc"), ("Ana", "PROPN", "NNP", 1, "list"),
            ("Ruiz", "PROPN", "NNP", 3, "flat"), ("met", "VERB", "VBD", 0, "root"), ("envoys", "NOUN", "NNS", 5, "obj"), (".", "PUNCT", ".", 5, "punct"));

        Assert.Equal(("nsubj", "met"), Arc(parse, "Ana"));
        Assert.Equal(("compound", "Mayor"), Arc(parse, "Lima"));
    }

    [Fact]
    public void Repair_ByBeforeAGerund_StaysTheClausesMarker()
    {
        // "Niger answered by raising duties.": "by" marks the gerund's clause.
        var parse = GivenParse.Of(
            ("Niger", "PROPN", "NNP", 2, "nsubj"), ("answered", "VERB", "VBD", 0, "root"), ("by", "SCONJ", "IN", 4, "mark"),
            ("raising", "VERB", "VBG", 2, "advcl"), ("duties", "NOUN", "NNS", 4, "obj"), (".", "PUNCT", ".", 2, "punct"));

        Assert.Equal(("mark", "raising"), Arc(parse, "by"));
        Assert.Equal(("advcl", "answered"), Arc(parse, "raising"));
    }

    [Fact]
    public void Repair_PhraseOfOnHungOnTheAgentsName_ObliqueOfTheVerb()
    {
        // "imposed by Lima on Quito", read with "on Quito" on the agent.
        var parse = GivenParse.Of(
            ("Tariffs", "NOUN", "NNS", 2, "nsubj:pass"), ("imposed", "VERB", "VBN", 0, "root"), ("by", "ADP", "IN", 4, "case"),
            ("Lima", "PROPN", "NNP", 2, "obl:agent"), ("on", "ADP", "IN", 6, "case"), ("Quito", "PROPN", "NNP", 4, "nmod"));

        Assert.Equal(("obl", "imposed"), Arc(parse, "Quito"));
    }

    [Fact]
    public void Repair_VisitingReadAsAVerbTakingATitledGuest_AdjectiveOfTheGuest()
    {
        // "Vega met visiting President Ruiz.", read with "visiting" a verb taking Ruiz.
        var parse = GivenParse.Of(
            ("Vega", "PROPN", "NNP", 2, "nsubj"), ("met", "VERB", "VBD", 0, "root"), ("visiting", "VERB", "VBG", 2, "xcomp"),
            ("President", "PROPN", "NNP", 5, "nmod:desc"), ("Ruiz", "PROPN", "NNP", 3, "obj"), (".", "PUNCT", ".", 2, "punct"));

        Assert.Equal(("obj", "met"), Arc(parse, "Ruiz"));
        Assert.Equal(("amod", "Ruiz"), Arc(parse, "visiting"));
    }

    [Fact]
    public void Repair_ActingOpeningTheSentenceReadAsAVerbTakingATitledName_AdjectiveOfTheSubject()
    {
        // "Acting President Ruiz resigned.", read with "Acting" a clausal subject taking Ruiz.
        var parse = GivenParse.Of(
            ("Acting", "VERB", "VBG", 4, "csubj"), ("President", "PROPN", "NNP", 3, "nmod:desc"), ("Ruiz", "PROPN", "NNP", 1, "obj"),
            ("resigned", "VERB", "VBD", 0, "root"), (".", "PUNCT", ".", 4, "punct"));

        Assert.Equal(("nsubj", "resigned"), Arc(parse, "Ruiz"));
        Assert.Equal(("amod", "Ruiz"), Arc(parse, "Acting"));
    }

    [Fact]
    public void Repair_ActingOnAPlace_StaysAVerb()
    {
        // "Acting in Lima helped."
        var parse = GivenParse.Of(
            ("Acting", "VERB", "VBG", 4, "csubj"), ("in", "ADP", "IN", 3, "case"), ("Lima", "PROPN", "NNP", 1, "obl"),
            ("helped", "VERB", "VBD", 0, "root"), (".", "PUNCT", ".", 4, "punct"));

        Assert.Equal(("csubj", "helped"), Arc(parse, "Acting"));
    }

    [Fact]
    public void Repair_VisitingAPlace_StaysAVerb()
    {
        // "Ruiz began visiting Lima."
        var parse = GivenParse.Of(
            ("Ruiz", "PROPN", "NNP", 2, "nsubj"), ("began", "VERB", "VBD", 0, "root"), ("visiting", "VERB", "VBG", 2, "xcomp"),
            ("Lima", "PROPN", "NNP", 3, "obj"), (".", "PUNCT", ".", 2, "punct"));

        Assert.Equal(("obj", "visiting"), Arc(parse, "Lima"));
    }

    [Fact]
    public void Repair_ReportedPastReadAsAModifierOfItsSubject_VerbOfTheReport()
    {
        // "Strikes killed 30 people, officials said.", read with "killed" a participle of "Strikes" and "people" a second report.
        var parse = GivenParse.Of(
            ("Strikes", "NOUN", "NNS", 8, "ccomp"), ("killed", "VERB", "VBN", 1, "acl"), ("30", "NUM", "CD", 4, "nummod"),
            ("people", "NOUN", "NNS", 8, "ccomp"), (",", "PUNCT", ",", 7, "punct"), ("health", "NOUN", "NN", 7, "compound"),
            ("officials", "NOUN", "NNS", 8, "nsubj"), ("said", "VERB", "VBD", 0, "root"), (".", "PUNCT", ".", 8, "punct"));

        Assert.Equal(("ccomp", "said"), Arc(parse, "killed"));
        Assert.Equal(("nsubj", "killed"), Arc(parse, "Strikes"));
        Assert.Equal(("obj", "killed"), Arc(parse, "people"));
    }

    [Fact]
    public void Repair_PossessorHungOnAModifierOfTheNoun_PossessorOfTheNoun()
    {
        // "Chile's caretaker prime minister met Vega.", read with Chile the possessor of "caretaker".
        var parse = GivenParse.Of(
            ("Chile", "PROPN", "NNP", 3, "nmod:poss"), ("'s", "PART", "POS", 1, "case"), ("caretaker", "NOUN", "NN", 5, "amod"),
            ("prime", "ADJ", "JJ", 5, "amod"), ("minister", "NOUN", "NN", 6, "nsubj"), ("met", "VERB", "VBD", 0, "root"),
            ("Vega", "PROPN", "NNP", 6, "obj"), (".", "PUNCT", ".", 6, "punct"));

        Assert.Equal(("nmod:poss", "minister"), Arc(parse, "Chile"));
    }

    [Fact]
    public void Repair_PossessorOfAModifierWithAClauseBeforeTheNoun_StaysOnTheModifier()
    {
        // "Lima, Peru's largest city where rebels staged attacks": the possessor stays where a clause stands between.
        var parse = GivenParse.Of(
            ("Peru", "PROPN", "NNP", 4, "nmod:poss"), ("'s", "PART", "POS", 1, "case"), ("largest", "ADJ", "JJS", 4, "amod"),
            ("city", "NOUN", "NN", 9, "amod"), ("where", "ADV", "WRB", 8, "advmod"), ("rebels", "NOUN", "NNS", 8, "nsubj"),
            ("had", "AUX", "VBD", 8, "aux"), ("staged", "VERB", "VBN", 9, "amod"), ("attacks", "NOUN", "NNS", 0, "root"));

        Assert.Equal(("nmod:poss", "city"), Arc(parse, "Peru"));
    }

    [Fact]
    public void Analyze_RelativeClauseReadAsAComplementWithItsObjectASecondSubject_ClauseOfTheName()
    {
        var parse = ParseOf("Ana Ruiz, who heads the Andean Community, met Luis Vega in Lima.");

        Assert.Equal(("acl:relcl", "Ruiz"), Arc(parse, "heads"));
        Assert.Equal(("obj", "heads"), Arc(parse, "Community"));
        Assert.Equal(("nsubj", "met"), Arc(parse, "Ruiz"));
    }

    [Fact]
    public void Repair_ConjunctHungOnTheJoiner_ConjunctOfThePhraseBeforeIt()
    {
        // "signed by the minister, Ana Ruiz, and the envoy", read with "envoy" a conjunct of "and".
        var parse = GivenParse.Of(
            ("signed", "VERB", "VBN", 0, "root"), ("by", "ADP", "IN", 4, "case"), ("the", "DET", "DT", 4, "det"),
            ("minister", "NOUN", "NN", 1, "obl:agent"), (",", "PUNCT", ",", 6, "punct"), ("Ana", "PROPN", "NNP", 4, "appos"),
            ("Ruiz", "PROPN", "NNP", 6, "flat"), (",", "PUNCT", ",", 7, "punct"), ("and", "CCONJ", "CC", 7, "cc"),
            ("the", "DET", "DT", 11, "det"), ("envoy", "NOUN", "NN", 9, "conj"));

        Assert.Equal(("conj", "minister"), Arc(parse, "envoy"));
        Assert.Equal(("cc", "envoy"), Arc(parse, "and"));
    }

    [Fact]
    public void Repair_SecondSubjectOfTheSayingBeforeItsComplement_SubjectOfTheComplement()
    {
        // "The ministry said President Ruiz would meet Vega", read with "Ruiz" a second subject of "said".
        var parse = GivenParse.Of(
            ("The", "DET", "DT", 2, "det"), ("ministry", "NOUN", "NN", 3, "nsubj"), ("said", "VERB", "VBD", 0, "root"),
            ("President", "PROPN", "NNP", 5, "nmod:desc"), ("Ruiz", "PROPN", "NNP", 3, "nsubj"), ("would", "AUX", "MD", 7, "aux"),
            ("meet", "VERB", "VB", 3, "ccomp"), ("Vega", "PROPN", "NNP", 7, "obj"), (".", "PUNCT", ".", 3, "punct"));

        Assert.Equal(("nsubj", "meet"), Arc(parse, "Ruiz"));
        Assert.Equal(("nsubj", "said"), Arc(parse, "ministry"));
    }

    [Fact]
    public void Repair_SubjectAfterTheSayingWithoutOneBefore_StaysTheSayingsSubject()
    {
        // "'We will win,' said Ruiz": an inverted speaker is the saying's own subject.
        var parse = GivenParse.Of(
            ("said", "VERB", "VBD", 0, "root"), ("Ruiz", "PROPN", "NNP", 1, "nsubj"), ("would", "AUX", "MD", 4, "aux"),
            ("win", "VERB", "VB", 1, "ccomp"), (".", "PUNCT", ".", 1, "punct"));

        Assert.Equal(("nsubj", "said"), Arc(parse, "Ruiz"));
    }

    [Fact]
    public void Repair_OpeningParticipleReadAsTheVerb_ModifierOfTheSubject()
    {
        // "Masked men stormed a bank in Lima", read with "Masked" the root and the rest its complement.
        var parse = GivenParse.Of(
            ("Masked", "VERB", "VBD", 0, "root"), ("men", "NOUN", "NNS", 3, "nsubj"), ("stormed", "VERB", "VBD", 1, "ccomp"),
            ("a", "DET", "DT", 5, "det"), ("bank", "NOUN", "NN", 3, "obj"), ("in", "ADP", "IN", 7, "case"),
            ("Lima", "PROPN", "NNP", 5, "nmod"), (".", "PUNCT", ".", 1, "punct"));

        Assert.Equal("stormed", parse.Root?.Form);
        Assert.Equal(("amod", "men"), Arc(parse, "Masked"));
        Assert.Equal(("punct", "stormed"), Arc(parse, "."));
    }

    [Fact]
    public void Repair_ParticipleWithAnAgentBetweenTheSubjectAndItsVerb_ModifierOfTheSubject()
    {
        // "Two delegations, led by Ruiz and Vega, met in Lima", read with "led" the root and "met" its conjunct.
        var parse = GivenParse.Of(
            ("Two", "NUM", "CD", 2, "nummod"), ("delegations", "NOUN", "NNS", 4, "vocative"), (",", "PUNCT", ",", 4, "punct"),
            ("led", "VERB", "VBN", 0, "root"), ("by", "ADP", "IN", 6, "case"), ("Ruiz", "PROPN", "NNP", 4, "obl:agent"),
            ("and", "CCONJ", "CC", 8, "cc"), ("Vega", "PROPN", "NNP", 6, "conj"), (",", "PUNCT", ",", 10, "punct"),
            ("met", "VERB", "VBD", 4, "conj"), ("in", "ADP", "IN", 12, "case"), ("Lima", "PROPN", "NNP", 10, "obl"),
            (".", "PUNCT", ".", 4, "punct"));

        Assert.Equal("met", parse.Root?.Form);
        Assert.Equal(("nsubj", "met"), Arc(parse, "delegations"));
        Assert.Equal(("acl", "delegations"), Arc(parse, "led"));
        Assert.Equal(("obl:agent", "led"), Arc(parse, "Ruiz"));
    }

    [Fact]
    public void Repair_AdjectiveAfterBeTo_VerbWithTheNounItsObject()
    {
        // "Ruiz is to open talks with Vega", read with "to" a preposition of "talks" and "open" its adjective.
        var parse = GivenParse.Of(
            ("Ruiz", "PROPN", "NNP", 5, "nsubj"), ("is", "AUX", "VBZ", 5, "cop"), ("to", "PART", "TO", 5, "case"),
            ("open", "ADJ", "JJ", 5, "amod"), ("talks", "NOUN", "NNS", 0, "root"), ("with", "ADP", "IN", 7, "case"),
            ("Vega", "PROPN", "NNP", 5, "nmod"), (".", "PUNCT", ".", 5, "punct"));

        Assert.Equal("open", parse.Root?.Form);
        Assert.Equal(("obj", "open"), Arc(parse, "talks"));
        Assert.Equal(("mark", "open"), Arc(parse, "to"));
        Assert.Equal(("nsubj", "open"), Arc(parse, "Ruiz"));
        Assert.Equal(("nmod", "talks"), Arc(parse, "Vega"));
    }

    [Fact]
    public void Repair_AdjectiveBeforeItsNounAfterAPreposition_StaysAnAdjective()
    {
        // "Ruiz is in open talks with Vega": no "to" before the adjective, no verb.
        var parse = GivenParse.Of(
            ("Ruiz", "PROPN", "NNP", 5, "nsubj"), ("is", "AUX", "VBZ", 5, "cop"), ("in", "ADP", "IN", 5, "case"),
            ("open", "ADJ", "JJ", 5, "amod"), ("talks", "NOUN", "NNS", 0, "root"), (".", "PUNCT", ".", 5, "punct"));

        Assert.Equal(("amod", "talks"), Arc(parse, "open"));
    }

    [Fact]
    public void Repair_ThatClauseOnTheNameTold_ComplementOfTheVerb()
    {
        // "Ruiz told Vega that Bolivia was ready", read with the clause a modifier of "Vega".
        var parse = GivenParse.Of(
            ("Ruiz", "PROPN", "NNP", 2, "nsubj"), ("told", "VERB", "VBD", 0, "root"), ("Vega", "PROPN", "NNP", 2, "iobj"),
            ("that", "SCONJ", "IN", 7, "mark"), ("Bolivia", "PROPN", "NNP", 7, "nsubj"), ("was", "AUX", "VBD", 7, "cop"),
            ("ready", "ADJ", "JJ", 3, "acl"), (".", "PUNCT", ".", 2, "punct"));

        Assert.Equal(("ccomp", "told"), Arc(parse, "ready"));
    }

    [Fact]
    public void Repair_RelativeThatClauseOnAName_StaysItsModifier()
    {
        // "thanked Vega that helped her": a clause whose "that" is its subject is no complement.
        var parse = GivenParse.Of(
            ("Ruiz", "PROPN", "NNP", 2, "nsubj"), ("thanked", "VERB", "VBD", 0, "root"), ("Vega", "PROPN", "NNP", 2, "obj"),
            ("that", "PRON", "WDT", 5, "nsubj"), ("helped", "VERB", "VBD", 3, "acl"), ("her", "PRON", "PRP", 5, "obj"),
            (".", "PUNCT", ".", 2, "punct"));

        Assert.Equal(("acl", "Vega"), Arc(parse, "helped"));
    }

    [Fact]
    public void Repair_MarkedClauseReadAsTheSentencesVerb_AdverbialClauseOfTheFirst()
    {
        // "Peruvian forces swept into Chile after Chilean troops tried to …", read with "tried" the root and "swept" a modifier.
        var parse = GivenParse.Of(
            ("Peruvian", "ADJ", "JJ", 2, "amod"), ("forces", "NOUN", "NNS", 9, "nsubj"), ("swept", "VERB", "VBN", 2, "acl"),
            ("into", "ADP", "IN", 5, "case"), ("Chile", "PROPN", "NNP", 3, "obl"), ("after", "SCONJ", "IN", 9, "mark"),
            ("Chilean", "ADJ", "JJ", 8, "amod"), ("troops", "NOUN", "NNS", 9, "nsubj"), ("tried", "VERB", "VBD", 0, "root"),
            ("to", "PART", "TO", 11, "mark"), ("cross", "VERB", "VB", 9, "xcomp"), (".", "PUNCT", ".", 9, "punct"));

        Assert.Equal("swept", parse.Root?.Form);
        Assert.Equal(("nsubj", "swept"), Arc(parse, "forces"));
        Assert.Equal(("advcl", "swept"), Arc(parse, "tried"));
        Assert.Equal(("punct", "swept"), Arc(parse, "."));
    }

    [Fact]
    public void Repair_TitleEndingAfterAHyphenReadAsAVerb_ModifierOfTheName()
    {
        // "met with Chilean President-elect Ana Ruiz", read with "elect" a verb taking the name as its object.
        var parse = GivenParse.Of(
            ("Vega", "PROPN", "NNP", 2, "nsubj"), ("met", "VERB", "VBD", 0, "root"), ("with", "ADP", "IN", 5, "case"),
            ("Chilean", "ADJ", "JJ", 5, "amod"), ("President", "PROPN", "NNP", 2, "obl"), ("-", "PUNCT", ",", 5, "punct"),
            ("elect", "VERB", "VB", 2, "parataxis"), ("Ana", "PROPN", "NNP", 7, "obj"), ("Ruiz", "PROPN", "NNP", 8, "flat"),
            (".", "PUNCT", ".", 2, "punct"));

        Assert.Equal(("amod", "Ana"), Arc(parse, "elect"));
        Assert.Equal("met", Arc(parse, "Ana").Head);
    }

    [Fact]
    public void Repair_SubjectBeforeAClauseMarkedSince_SubjectOfTheVerbAfterIt()
    {
        // "The Front, which has held the town since the war began, said …", read with "Front" a second subject of "began".
        var parse = GivenParse.Of(
            ("The", "DET", "DT", 2, "det"), ("Front", "PROPN", "NNP", 12, "nsubj"), (",", "PUNCT", ",", 6, "punct"),
            ("which", "PRON", "WDT", 6, "nsubj"), ("has", "AUX", "VBZ", 6, "aux"), ("held", "VERB", "VBN", 2, "acl:relcl"),
            ("the", "DET", "DT", 8, "det"), ("town", "NOUN", "NN", 6, "obj"), ("since", "SCONJ", "IN", 12, "mark"),
            ("the", "DET", "DT", 11, "det"), ("war", "NOUN", "NN", 12, "nsubj"), ("began", "VERB", "VBD", 14, "advcl"),
            (",", "PUNCT", ",", 12, "punct"), ("said", "VERB", "VBD", 0, "root"), (".", "PUNCT", ".", 14, "punct"));

        Assert.Equal(("nsubj", "said"), Arc(parse, "Front"));
        Assert.Equal(("advcl", "held"), Arc(parse, "began"));
    }

    [Fact]
    public void Repair_NameReadAsTheConjunctOfItsAdjective_SubjectDescribedByTheAdjective()
    {
        // "Chilean President Ruiz will visit Peru, the ministry said", read with "Chilean" the subject and "Ruiz" its conjunct.
        var parse = GivenParse.Of(
            ("Chilean", "ADJ", "JJ", 5, "nsubj"), ("President", "PROPN", "NNP", 3, "nmod:desc"), ("Ruiz", "PROPN", "NNP", 1, "conj"),
            ("will", "AUX", "MD", 5, "aux"), ("visit", "VERB", "VB", 0, "root"), ("Peru", "PROPN", "NNP", 5, "obj"), (".", "PUNCT", ".", 5, "punct"));

        Assert.Equal(("nsubj", "visit"), Arc(parse, "Ruiz"));
        Assert.Equal(("amod", "President"), Arc(parse, "Chilean"));
    }

    [Fact]
    public void Repair_AdjectiveJoinedToANameByAnd_StaysTheConjunction()
    {
        var parse = GivenParse.Of(
            ("Chilean", "ADJ", "JJ", 5, "nsubj"), ("and", "CCONJ", "CC", 3, "cc"), ("Ruiz", "PROPN", "NNP", 1, "conj"),
            ("will", "AUX", "MD", 5, "aux"), ("visit", "VERB", "VB", 0, "root"), (".", "PUNCT", ".", 5, "punct"));

        Assert.Equal(("conj", "Chilean"), Arc(parse, "Ruiz"));
    }

    [Fact]
    public void Repair_DuringPhraseOnTheObject_ObliqueOfTheVerb()
    {
        var parse = GivenParse.Of(
            ("Ruiz", "PROPN", "NNP", 2, "nsubj"), ("pledged", "VERB", "VBD", 0, "root"), ("support", "NOUN", "NN", 2, "obj"),
            ("during", "ADP", "IN", 6, "case"), ("a", "DET", "DT", 6, "det"), ("visit", "NOUN", "NN", 3, "nmod"),
            ("to", "ADP", "IN", 8, "case"), ("Lima", "PROPN", "NNP", 6, "nmod"));

        Assert.Equal(("obl", "pledged"), Arc(parse, "visit"));
    }

    [Fact]
    public void Repair_NameReadAsACompoundOfASpanCountedOn_ObjectOfTheVerb()
    {
        var parse = GivenParse.Of(
            ("Rebels", "NOUN", "NNS", 2, "nsubj"), ("took", "VERB", "VBD", 0, "root"), ("Bukavu", "PROPN", "NNP", 4, "compound"),
            ("weeks", "NOUN", "NNS", 2, "obj"), ("later", "ADV", "RBR", 2, "advmod"));

        Assert.Equal(("obj", "took"), Arc(parse, "Bukavu"));
        Assert.Equal(("obl:unmarked", "took"), Arc(parse, "weeks"));
    }

    [Fact]
    public void Repair_NounReadAsAVerbAfterAnArticledPlural_ObjectOfTheVerbAbove()
    {
        var parse = GivenParse.Of(
            ("Gabon", "PROPN", "NNP", 2, "nsubj"), ("sealed", "VERB", "VBD", 0, "root"), ("an", "DET", "DT", 4, "det"),
            ("arms", "NOUN", "NNS", 5, "nsubj"), ("deal", "VERB", "VBP", 2, "ccomp"), ("with", "ADP", "IN", 7, "case"), ("Congo", "PROPN", "NNP", 5, "obl"));

        Assert.Equal(("obj", "sealed"), Arc(parse, "deal"));
        Assert.Equal("NOUN", Word(parse, "deal").Upos);
        Assert.Equal(("compound", "deal"), Arc(parse, "arms"));
        Assert.Equal(("det", "deal"), Arc(parse, "an"));
        Assert.Equal(("nmod", "deal"), Arc(parse, "Congo"));
    }

    [Fact]
    public void Repair_PlaceAfterAnAppositionReadAsASecondApposition_ObliqueOfTheVerb()
    {
        var parse = GivenParse.Of(
            ("Ruiz", "PROPN", "NNP", 2, "nsubj"), ("met", "VERB", "VBD", 0, "root"), ("her", "PRON", "PRP$", 4, "nmod:poss"),
            ("counterpart", "NOUN", "NN", 2, "obj"), (",", "PUNCT", ",", 6, "punct"), ("Vega", "PROPN", "NNP", 4, "appos"),
            (",", "PUNCT", ",", 9, "punct"), ("in", "ADP", "IN", 9, "case"), ("Lima", "PROPN", "NNP", 4, "appos"));

        Assert.Equal(("obl", "met"), Arc(parse, "Lima"));
        Assert.Equal(("appos", "counterpart"), Arc(parse, "Vega"));
    }

    [Fact]
    public void Repair_PlaceReadAsTheSubjectOfAnInfinitive_ObliqueOfTheVerb()
    {
        var parse = GivenParse.Of(
            ("Ruiz", "PROPN", "NNP", 2, "nsubj"), ("met", "VERB", "VBD", 0, "root"), ("her", "PRON", "PRP$", 4, "nmod:poss"),
            ("counterpart", "NOUN", "NN", 2, "obj"), (",", "PUNCT", ",", 6, "punct"), ("Vega", "PROPN", "NNP", 4, "appos"),
            (",", "PUNCT", ",", 11, "punct"), ("in", "ADP", "IN", 9, "case"), ("Lima", "PROPN", "NNP", 11, "nsubj"),
            ("to", "PART", "TO", 11, "mark"), ("negotiate", "VERB", "VB", 2, "advcl"));

        Assert.Equal(("obl", "met"), Arc(parse, "Lima"));
    }

    [Fact]
    public void Repair_SentenceReadAsANounPhraseWithItsVerbAParticiple_TheVerbIsTheSentences()
    {
        var parse = GivenParse.Of(
            ("Delegations", "NOUN", "NNS", 0, "root"), ("from", "ADP", "IN", 3, "case"), ("Chad", "PROPN", "NNP", 1, "nmod"),
            ("and", "CCONJ", "CC", 5, "cc"), ("Niger", "PROPN", "NNP", 3, "conj"), ("held", "VERB", "VBN", 5, "acl"),
            ("talks", "NOUN", "NNS", 6, "obj"), (".", "PUNCT", ".", 1, "punct"));

        Assert.Equal("held", parse.Root?.Form);
        Assert.Equal(("nsubj", "held"), Arc(parse, "Delegations"));
        Assert.Equal(("punct", "held"), Arc(parse, "."));
    }

    [Fact]
    public void Repair_ParticipleWithAnObjectInsideAClause_StaysAParticiple()
    {
        var parse = GivenParse.Of(
            ("Reports", "NOUN", "NNS", 0, "root"), ("that", "SCONJ", "IN", 6, "mark"), ("jets", "NOUN", "NNS", 6, "nsubj"),
            ("bombed", "VERB", "VBN", 3, "acl"), ("villages", "NOUN", "NNS", 4, "obj"), ("drew", "VERB", "VBD", 1, "acl"),
            ("protests", "NOUN", "NNS", 6, "obj"));

        Assert.Equal("Reports", parse.Root?.Form);
        Assert.Equal(("acl", "jets"), Arc(parse, "bombed"));
    }

    [Fact]
    public void Repair_ReportsObjectReadAsTheSubjectOfTheSaying_ObjectOfTheReport()
    {
        var parse = GivenParse.Of(
            ("Serbia", "PROPN", "NNP", 2, "nsubj"), ("has", "VERB", "VBZ", 9, "ccomp"), ("no", "DET", "DT", 4, "det"),
            ("plans", "NOUN", "NNS", 9, "nsubj"), ("to", "PART", "TO", 6, "mark"), ("act", "VERB", "VB", 4, "acl"),
            (",", "PUNCT", ",", 8, "punct"), ("Jelic", "PROPN", "NNP", 4, "conj"), ("said", "VERB", "VBD", 0, "root"), (".", "PUNCT", ".", 9, "punct"));

        Assert.Equal(("obj", "has"), Arc(parse, "plans"));
        Assert.Equal(("nsubj", "said"), Arc(parse, "Jelic"));
    }

    [Fact]
    public void Repair_ClosingTellWithOnlyACommaBeforeIt_NoRepairAndNoFailure()
    {
        var parse = GivenParse.Of(
            ("Money", "NOUN", "NN", 2, "nsubj"), ("ran", "VERB", "VBD", 0, "root"), ("out", "ADP", "RP", 2, "compound:prt"),
            (",", "PUNCT", ",", 6, "punct"), ("told", "VERB", "VBN", 6, "amod"), ("donors", "NOUN", "NNS", 2, "obl"), (".", "PUNCT", ".", 2, "punct"));

        Assert.Equal("ran", parse.Root?.Form);
        Assert.True(ParseRepair.IsTree(parse));
    }

    [Fact]
    public void Repair_ClosingTellAfterAQuoteAndASourceReadAsTheNounsSubject_TheSourceTells()
    {
        var parse = GivenParse.Of(
            ("\"", "PUNCT", "``", 3, "punct"), ("Money", "NOUN", "NN", 3, "nsubj"), ("ran", "VERB", "VBD", 0, "root"), (",", "PUNCT", ",", 3, "punct"),
            ("\"", "PUNCT", "''", 9, "punct"), ("Berg", "PROPN", "NNP", 9, "nsubj"), (",", "PUNCT", ",", 9, "punct"), ("told", "VERB", "VBN", 9, "amod"),
            ("donors", "NOUN", "NNS", 3, "obl"), (".", "PUNCT", ".", 9, "punct"));

        Assert.Equal("told", parse.Root?.Form);
        Assert.Equal(("nsubj", "told"), Arc(parse, "Berg"));
        Assert.Equal(("obj", "told"), Arc(parse, "donors"));
        Assert.Equal(("ccomp", "told"), Arc(parse, "ran"));
    }

    [Fact]
    public void Repair_DayReadAsTheSubjectOfTheNounAfterIt_TimeOfTheVerbBefore()
    {
        var parse = GivenParse.Of(
            ("Ruiz", "PROPN", "NNP", 2, "nsubj"), ("said", "VERB", "VBD", 0, "root"), ("Monday", "PROPN", "NNP", 5, "nsubj"),
            ("the", "DET", "DT", 5, "det"), ("situation", "NOUN", "NN", 7, "nsubj"), ("had", "AUX", "VBD", 7, "aux"), ("improved", "VERB", "VBN", 2, "ccomp"));

        Assert.Equal(("obl:unmarked", "said"), Arc(parse, "Monday"));
    }

    [Fact]
    public void Repair_ClosingReportReadAsAConjunctOfThePassive_TheReportIsItsComplement()
    {
        var parse = GivenParse.Of(
            ("Envoy", "NOUN", "NN", 3, "nsubj:pass"), ("was", "AUX", "VBD", 3, "aux:pass"), ("recalled", "VERB", "VBN", 0, "root"),
            ("for", "ADP", "IN", 5, "case"), ("talks", "NOUN", "NNS", 9, "obl"), (",", "PUNCT", ",", 5, "punct"), ("the", "DET", "DT", 8, "det"),
            ("ministry", "NOUN", "NN", 9, "nsubj"), ("said", "VERB", "VBD", 3, "conj"), (".", "PUNCT", ".", 3, "punct"));

        Assert.Equal("said", parse.Root?.Form);
        Assert.Equal(("ccomp", "said"), Arc(parse, "recalled"));
        Assert.Equal(("obl", "recalled"), Arc(parse, "talks"));
    }

    [Fact]
    public void Repair_SourceReadAsAnAdverbialClauseOfTheReport_SubjectOfTheClosingVerb()
    {
        var parse = GivenParse.Of(
            ("Chile", "PROPN", "NNP", 2, "nsubj"), ("imposed", "VERB", "VBD", 9, "ccomp"), ("sanctions", "NOUN", "NNS", 2, "obj"), (",", "PUNCT", ",", 6, "punct"),
            ("its", "PRON", "PRP$", 6, "nmod:poss"), ("chief", "NOUN", "NN", 2, "advcl"), (",", "PUNCT", ",", 8, "punct"), ("Ruiz", "PROPN", "NNP", 6, "appos"),
            ("said", "VERB", "VBD", 0, "root"), (".", "PUNCT", ".", 9, "punct"));

        Assert.Equal(("nsubj", "said"), Arc(parse, "chief"));
    }

    [Fact]
    public void Repair_ClosingTellReadAsAConjunctOfTheReport_TheTellIsTheRoot()
    {
        var parse = GivenParse.Of(
            ("Chile", "PROPN", "NNP", 2, "nsubj"), ("accused", "VERB", "VBD", 0, "root"), ("Peru", "PROPN", "NNP", 2, "obj"), (",", "PUNCT", ",", 6, "punct"),
            ("spokesman", "NOUN", "NN", 6, "nmod:desc"), ("Ruiz", "PROPN", "NNP", 7, "nsubj"), ("told", "VERB", "VBD", 2, "conj"),
            ("reporters", "NOUN", "NNS", 7, "iobj"), (".", "PUNCT", ".", 2, "punct"));

        Assert.Equal("told", parse.Root?.Form);
        Assert.Equal(("ccomp", "told"), Arc(parse, "accused"));
        Assert.Equal(("iobj", "told"), Arc(parse, "reporters"));
    }

    [Fact]
    public void Repair_TitleReadAsASecondPossessorBesideTheName_DescriptionOfTheName()
    {
        var parse = GivenParse.Of(
            ("Prime", "PROPN", "NNP", 2, "amod"), ("Minister", "PROPN", "NNP", 5, "nmod:poss"), ("Sato", "PROPN", "NNP", 5, "nmod:poss"),
            ("'s", "PART", "POS", 3, "case"), ("visit", "NOUN", "NN", 6, "nsubj"), ("ended", "VERB", "VBD", 0, "root"));

        Assert.Equal(("nmod:desc", "Sato"), Arc(parse, "Minister"));
        Assert.Equal(("nmod:poss", "visit"), Arc(parse, "Sato"));
    }

    [Fact]
    public void Repair_PluralReadAsTheSubjectOfAnInfinitive_ThePluralIsTheVerb()
    {
        var parse = GivenParse.Of(
            ("Malta", "PROPN", "NNP", 2, "compound"), ("hopes", "NOUN", "NNS", 4, "nsubj"), ("to", "PART", "TO", 4, "mark"),
            ("open", "VERB", "VB", 0, "root"), ("talks", "NOUN", "NNS", 4, "obj"), (".", "PUNCT", ".", 4, "punct"));

        Assert.Equal("hopes", parse.Root?.Form);
        Assert.Equal(("nsubj", "hopes"), Arc(parse, "Malta"));
        Assert.Equal(("xcomp", "hopes"), Arc(parse, "open"));
        Assert.Equal("VERB", parse.Words[1].Upos);
    }

    [Fact]
    public void Repair_PluralWithAnArticleBeforeAnInfinitive_Unchanged()
    {
        var parse = GivenParse.Of(
            ("the", "DET", "DT", 2, "det"), ("hopes", "NOUN", "NNS", 4, "nsubj"), ("to", "PART", "TO", 4, "mark"),
            ("open", "VERB", "VB", 0, "root"), ("talks", "NOUN", "NNS", 4, "obj"), (".", "PUNCT", ".", 4, "punct"));

        Assert.Equal("open", parse.Root?.Form);
        Assert.Equal(("nsubj", "open"), Arc(parse, "hopes"));
    }

    [Fact]
    public void Repair_ModifierReadAsTheHeadOfATitledName_TheNameHeadsWithTheModifierOnTheTitle()
    {
        var parse = GivenParse.Of(
            ("Latvian", "PROPN", "NNP", 6, "nsubj"), ("Transport", "PROPN", "NNP", 3, "compound"), ("Minister", "PROPN", "NNP", 4, "nmod:desc"),
            ("Kalle", "PROPN", "NNP", 1, "flat"), ("Saar", "PROPN", "NNP", 4, "flat"), ("resigned", "VERB", "VBD", 0, "root"), (".", "PUNCT", ".", 6, "punct"));

        Assert.Equal(("nsubj", "resigned"), Arc(parse, "Kalle"));
        Assert.Equal(("amod", "Minister"), Arc(parse, "Latvian"));
        Assert.Equal(("nmod:desc", "Kalle"), Arc(parse, "Minister"));
    }

    [Fact]
    public void Repair_TitleWordReadAsTheObjectBeforeABareName_TheTitledNameIsTheObject()
    {
        // "Ruiz quoted Deputy Minister Vega as saying …", read with "Deputy" the object and "Vega" a bare oblique.
        var parse = GivenParse.Of(
            ("Ruiz", "PROPN", "NNP", 2, "nsubj"), ("quoted", "VERB", "VBD", 0, "root"), ("Deputy", "PROPN", "NNP", 2, "obj"),
            ("Minister", "PROPN", "NNP", 5, "nmod:desc"), ("Vega", "PROPN", "NNP", 2, "obl"), ("as", "SCONJ", "IN", 7, "mark"),
            ("saying", "VERB", "VBG", 2, "advcl"), ("so", "ADV", "RB", 7, "advmod"), (".", "PUNCT", ".", 2, "punct"));

        Assert.Equal(("obj", "quoted"), Arc(parse, "Vega"));
        Assert.Equal(("amod", "Minister"), Arc(parse, "Deputy"));
    }

    [Fact]
    public void Repair_PlaceObjectBeforeABareDay_Unchanged()
    {
        // "Ruiz visited Lima Monday."
        var parse = GivenParse.Of(
            ("Ruiz", "PROPN", "NNP", 2, "nsubj"), ("visited", "VERB", "VBD", 0, "root"), ("Lima", "PROPN", "NNP", 2, "obj"),
            ("Monday", "PROPN", "NNP", 2, "obl"), (".", "PUNCT", ".", 2, "punct"));

        Assert.Equal(("obj", "visited"), Arc(parse, "Lima"));
        Assert.Equal(("obl", "visited"), Arc(parse, "Monday"));
    }

    [Fact]
    public void Repair_ConditionReadAsASecondComplementOfTheSaying_ConditionOfTheFirst()
    {
        // "Chile would respond if Peru attacked, Ruiz said.", read with "attacked" a second complement of "said".
        var parse = GivenParse.Of(
            ("Chile", "PROPN", "NNP", 3, "nsubj"), ("would", "AUX", "MD", 3, "aux"), ("respond", "VERB", "VB", 9, "ccomp"),
            ("if", "SCONJ", "IN", 6, "mark"), ("Peru", "PROPN", "NNP", 6, "nsubj"), ("attacked", "VERB", "VBD", 9, "ccomp"),
            (",", "PUNCT", ",", 8, "punct"), ("Ruiz", "PROPN", "NNP", 9, "nsubj"), ("said", "VERB", "VBD", 0, "root"), (".", "PUNCT", ".", 9, "punct"));

        Assert.Equal(("advcl", "respond"), Arc(parse, "attacked"));
    }

    [Fact]
    public void Adopt_ChildOfAnotherWordThanTheFormerHeadGiven_Throws()
    {
        // A child left in its real head's children as well would make a walk of the tree go round for ever.
        var parse = GivenParse.Of(
            ("Ruiz", "PROPN", "NNP", 2, "nsubj"), ("met", "VERB", "VBD", 0, "root"), ("Vega", "PROPN", "NNP", 2, "obj"), (".", "PUNCT", ".", 2, "punct"));

        Assert.Throws<InvalidOperationException>(() => parse.Words[2].Adopt(parse.Words[0], parse.Words[3], "nmod"));
        Assert.Equal(("nsubj", "met"), Arc(parse, "Ruiz"));
    }

    [Fact]
    public void Repair_NameReadAsPartOfTheTitlesOfPhrase_TheNameHeadsWithTheTitleDescribingIt()
    {
        // "Ruiz met Minister of Trade Ana Vega.", read with the name hung on "Trade".
        var parse = GivenParse.Of(
            ("Ruiz", "PROPN", "NNP", 2, "nsubj"), ("met", "VERB", "VBD", 0, "root"), ("Minister", "PROPN", "NNP", 2, "obj"), ("of", "ADP", "IN", 5, "case"),
            ("Trade", "PROPN", "NNP", 3, "nmod"), ("Ana", "PROPN", "NNP", 7, "compound"), ("Vega", "PROPN", "NNP", 5, "nsubj"), (".", "PUNCT", ".", 2, "punct"));

        Assert.Equal(("obj", "met"), Arc(parse, "Ana"));
        Assert.Equal(("nmod:desc", "Ana"), Arc(parse, "Minister"));
        Assert.Equal(("flat", "Ana"), Arc(parse, "Vega"));
        Assert.Equal(("nmod", "Minister"), Arc(parse, "Trade"));
    }

    [Fact]
    public void Repair_ObjectAfterTheObliquesHungOnADay_TheVerbsObjectWithItsPostingAndName()
    {
        // "Ruiz received on Sunday the envoy of Chile to Peru, Vega."
        var parse = GivenParse.Of(
            ("Ruiz", "PROPN", "NNP", 2, "nsubj"), ("received", "VERB", "VBD", 0, "root"), ("on", "ADP", "IN", 4, "case"), ("Sunday", "PROPN", "NNP", 2, "obl"),
            ("the", "DET", "DT", 6, "det"), ("envoy", "NOUN", "NN", 4, "nmod"), ("of", "ADP", "IN", 8, "case"), ("Chile", "PROPN", "NNP", 6, "nmod"),
            ("to", "ADP", "IN", 10, "case"), ("Peru", "PROPN", "NNP", 2, "obl"), (",", "PUNCT", ",", 12, "punct"), ("Vega", "PROPN", "NNP", 10, "conj"),
            (".", "PUNCT", ".", 2, "punct"));

        Assert.Equal(("obj", "received"), Arc(parse, "envoy"));
        Assert.Equal(("nmod", "envoy"), Arc(parse, "Peru"));
        Assert.Equal(("appos", "envoy"), Arc(parse, "Vega"));
    }

    [Fact]
    public void Repair_BareNounOnADayOfAVerbWithAnObject_Unchanged()
    {
        // "Ruiz met Vega on Sunday the third." (a reading left alone: the verb has its object)
        var parse = GivenParse.Of(
            ("Ruiz", "PROPN", "NNP", 2, "nsubj"), ("met", "VERB", "VBD", 0, "root"), ("Vega", "PROPN", "NNP", 2, "obj"), ("on", "ADP", "IN", 5, "case"),
            ("Sunday", "PROPN", "NNP", 2, "obl"), ("the", "DET", "DT", 7, "det"), ("third", "NOUN", "NN", 5, "nmod"), (".", "PUNCT", ".", 2, "punct"));

        Assert.Equal(("nmod", "Sunday"), Arc(parse, "third"));
    }

    [Fact]
    public void Repair_NameReadAsAConjunctOfTheTitlesOfPhrase_ApposedToTheTitle()
    {
        // "Ruiz received the Minister of Trade of Peru, Vega."
        var parse = GivenParse.Of(
            ("Ruiz", "PROPN", "NNP", 2, "nsubj"), ("received", "VERB", "VBD", 0, "root"), ("the", "DET", "DT", 4, "det"), ("Minister", "PROPN", "NNP", 2, "obj"),
            ("of", "ADP", "IN", 6, "case"), ("Trade", "PROPN", "NNP", 4, "nmod"), ("of", "ADP", "IN", 8, "case"), ("Peru", "PROPN", "NNP", 6, "nmod"),
            (",", "PUNCT", ",", 10, "punct"), ("Vega", "PROPN", "NNP", 8, "conj"), (".", "PUNCT", ".", 2, "punct"));

        Assert.Equal(("appos", "Minister"), Arc(parse, "Vega"));
    }

    [Fact]
    public void Repair_ListOfCountriesAfterTheTitlesOfPhrase_StaysAList()
    {
        // "Ruiz received the Minister of Trade of Peru, Chile and Ghana."
        var parse = GivenParse.Of(
            ("Ruiz", "PROPN", "NNP", 2, "nsubj"), ("received", "VERB", "VBD", 0, "root"), ("the", "DET", "DT", 4, "det"), ("Minister", "PROPN", "NNP", 2, "obj"),
            ("of", "ADP", "IN", 6, "case"), ("Trade", "PROPN", "NNP", 4, "nmod"), ("of", "ADP", "IN", 8, "case"), ("Peru", "PROPN", "NNP", 6, "nmod"),
            (",", "PUNCT", ",", 10, "punct"), ("Chile", "PROPN", "NNP", 8, "conj"), ("and", "CCONJ", "CC", 12, "cc"), ("Ghana", "PROPN", "NNP", 8, "conj"),
            (".", "PUNCT", ".", 2, "punct"));

        Assert.Equal(("conj", "Peru"), Arc(parse, "Chile"));
    }

    [Fact]
    public void Repair_CopularRelativeReadAsAnOblique_RelativeClauseOfTheNameBeforeTheComma()
    {
        // "Ruiz met Vega, who is on a visit."
        var parse = GivenParse.Of(
            ("Ruiz", "PROPN", "NNP", 2, "nsubj"), ("met", "VERB", "VBD", 0, "root"), ("Vega", "PROPN", "NNP", 2, "obj"), (",", "PUNCT", ",", 9, "punct"),
            ("who", "PRON", "WP", 9, "nsubj"), ("is", "AUX", "VBZ", 9, "cop"), ("on", "ADP", "IN", 9, "case"), ("a", "DET", "DT", 9, "det"),
            ("visit", "NOUN", "NN", 2, "obl"), (".", "PUNCT", ".", 2, "punct"));

        Assert.Equal(("acl:relcl", "Vega"), Arc(parse, "visit"));
    }

    [Fact]
    public void Repair_NameOfAnOpeningPhraseReadAsTheSubject_TheTitledNameAfterTheCommaIsTheSubject()
    {
        // "Speaking beside his counterpart Vega, President Ruiz said so."
        var parse = GivenParse.Of(
            ("Speaking", "VERB", "VBG", 9, "advcl"), ("beside", "ADP", "IN", 4, "case"), ("his", "PRON", "PRP$", 4, "nmod:poss"), ("counterpart", "NOUN", "NN", 1, "obl"),
            ("Vega", "PROPN", "NNP", 9, "nsubj"), (",", "PUNCT", ",", 7, "punct"), ("President", "PROPN", "NNP", 5, "appos"), ("Ruiz", "PROPN", "NNP", 5, "list"),
            ("said", "VERB", "VBD", 0, "root"), ("so", "ADV", "RB", 9, "advmod"), (".", "PUNCT", ".", 9, "punct"));

        Assert.Equal(("nsubj", "said"), Arc(parse, "Ruiz"));
        Assert.Equal(("nmod:desc", "Ruiz"), Arc(parse, "President"));
        Assert.Equal(("appos", "counterpart"), Arc(parse, "Vega"));
    }

    [Fact]
    public void Repair_TitledNameReadAsTheAppositionOfAnAdjective_TheVerbsObject()
    {
        // "Ruiz received Peruvian President Vega."
        var parse = GivenParse.Of(
            ("Ruiz", "PROPN", "NNP", 2, "nsubj"), ("received", "VERB", "VBD", 0, "root"), ("Peruvian", "ADJ", "JJ", 2, "xcomp"),
            ("President", "PROPN", "NNP", 5, "nmod:desc"), ("Vega", "PROPN", "NNP", 3, "appos"), (".", "PUNCT", ".", 2, "punct"));

        Assert.Equal(("obj", "received"), Arc(parse, "Vega"));
        Assert.Equal(("amod", "Vega"), Arc(parse, "Peruvian"));
    }

    [Theory]
    [InlineData("nsubj", "obj")]
    [InlineData("obj", "xcomp")]
    public void Repair_TitledNameReadAsAPredicate_ObjectUnlessTheVerbHasOne(string firstRelation, string expected)
    {
        // "after meeting President Vega" (the verb's object read as its predicate); with an object of its own ("named
        // Ruiz President Vega"), the predicate stands.
        var parse = GivenParse.Of(
            ("meeting", "VERB", "VBG", 0, "root"), ("Ruiz", "PROPN", "NNP", 1, firstRelation), ("President", "PROPN", "NNP", 4, "nmod:desc"),
            ("Vega", "PROPN", "NNP", 1, "xcomp"));

        Assert.Equal(expected, Word(parse, "Vega").Relation);
    }

    [Fact]
    public void Repair_SpanOfTimeReadAsTheSubject_TheNameAfterTheCommaIsTheSubject()
    {
        // "Two days after meeting Vega in Lima, Ruiz flew home."
        var parse = GivenParse.Of(
            ("Two", "NUM", "CD", 2, "nummod"), ("days", "NOUN", "NNS", 11, "nsubj"), ("after", "SCONJ", "IN", 4, "mark"), ("meeting", "VERB", "VBG", 11, "advcl"),
            ("Vega", "PROPN", "NNP", 4, "obj"), ("in", "ADP", "IN", 7, "case"), ("Lima", "PROPN", "NNP", 4, "obl"), (",", "PUNCT", ",", 10, "punct"),
            ("President", "PROPN", "NNP", 10, "nmod:desc"), ("Ruiz", "PROPN", "NNP", 7, "appos"), ("flew", "VERB", "VBD", 0, "root"),
            ("home", "ADV", "RB", 11, "advmod"), (".", "PUNCT", ".", 11, "punct"));

        Assert.Equal(("nsubj", "flew"), Arc(parse, "Ruiz"));
        Assert.Equal(("obl:npmod", "flew"), Arc(parse, "days"));
    }

    [Fact]
    public void Repair_SpanOfTimeWithItsClauseAsTheSubject_ClauseOfTheVerb()
    {
        // "A day after meeting Vega, Ruiz flew home.", the clause hung on the span of time.
        var parse = GivenParse.Of(
            ("A", "DET", "DT", 2, "det"), ("day", "NOUN", "NN", 8, "nsubj"), ("after", "SCONJ", "IN", 4, "mark"), ("meeting", "VERB", "VBG", 2, "acl"),
            ("Vega", "PROPN", "NNP", 4, "obj"), (",", "PUNCT", ",", 5, "punct"), ("Ruiz", "PROPN", "NNP", 8, "nsubj"), ("flew", "VERB", "VBD", 0, "root"),
            ("home", "ADV", "RB", 8, "advmod"), (".", "PUNCT", ".", 8, "punct"));

        Assert.Equal(("advcl", "flew"), Arc(parse, "meeting"));
        Assert.Equal(("obl:npmod", "flew"), Arc(parse, "day"));
        Assert.Equal(("nsubj", "flew"), Arc(parse, "Ruiz"));
    }

    [Fact]
    public void Repair_NameReadAsTwoSubjects_OneName()
    {
        // "Luiz Lula da Silva met Vega."
        var parse = GivenParse.Of(
            ("Luiz", "PROPN", "NNP", 6, "nsubj"), ("Lula", "PROPN", "NNP", 1, "flat"), ("da", "PROPN", "NNP", 6, "nsubj"), ("Silva", "PROPN", "NNP", 3, "flat"),
            ("met", "VERB", "VBD", 0, "root"), ("Vega", "PROPN", "NNP", 5, "obj"));

        Assert.Equal(("flat", "Luiz"), Arc(parse, "da"));
        Assert.Equal(("flat", "Luiz"), Arc(parse, "Silva"));
    }

    [Fact]
    public void Repair_NameOfAnOpeningPhraseWithAnAdverbBeforeTheVerb_StaysAnApposition()
    {
        // "Upon arrival at Lima, Ruiz was then received by Vega.": an adverb between the name and the verb, left as read.
        var parse = GivenParse.Of(
            ("Upon", "ADP", "IN", 2, "case"), ("arrival", "NOUN", "NN", 9, "obl"), ("at", "ADP", "IN", 4, "case"), ("Lima", "PROPN", "NNP", 2, "nmod"),
            (",", "PUNCT", ",", 6, "punct"), ("Ruiz", "PROPN", "NNP", 4, "appos"), ("was", "AUX", "VBD", 9, "aux:pass"), ("then", "ADV", "RB", 9, "advmod"),
            ("received", "VERB", "VBN", 0, "root"), ("by", "ADP", "IN", 11, "case"), ("Vega", "PROPN", "NNP", 9, "obl:agent"), (".", "PUNCT", ".", 9, "punct"));

        Assert.Equal("appos", Word(parse, "Ruiz").Relation);
    }

    [Fact]
    public void Repair_NameReadAsTheAppositionOfAnOpeningPhraseRightBeforeTheVerb_SubjectOfThePassive()
    {
        // "Upon arrival at Lima, Ruiz was received by Vega."
        var parse = GivenParse.Of(
            ("Upon", "ADP", "IN", 2, "case"), ("arrival", "NOUN", "NN", 8, "obl"), ("at", "ADP", "IN", 4, "case"), ("Lima", "PROPN", "NNP", 2, "nmod"),
            (",", "PUNCT", ",", 6, "punct"), ("Ruiz", "PROPN", "NNP", 4, "appos"), ("was", "AUX", "VBD", 8, "aux:pass"),
            ("received", "VERB", "VBN", 0, "root"), ("by", "ADP", "IN", 10, "case"), ("Vega", "PROPN", "NNP", 8, "obl:agent"), (".", "PUNCT", ".", 8, "punct"));

        Assert.Equal(("nsubj:pass", "received"), Arc(parse, "Ruiz"));
    }

    [Fact]
    public void Repair_FromPhraseAfterTheVerbsWithPhrase_OnTheNounBefore()
    {
        // "Ruiz spoke with her counterparts from Peru."
        var parse = GivenParse.Of(
            ("Ruiz", "PROPN", "NNP", 2, "nsubj"), ("spoke", "VERB", "VBD", 0, "root"), ("with", "ADP", "IN", 5, "case"), ("her", "PRON", "PRP$", 5, "nmod:poss"),
            ("counterparts", "NOUN", "NNS", 2, "obl"), ("from", "ADP", "IN", 7, "case"), ("Peru", "PROPN", "NNP", 2, "obl"), (".", "PUNCT", ".", 2, "punct"));

        Assert.Equal(("nmod", "counterparts"), Arc(parse, "Peru"));
    }

    [Fact]
    public void Repair_NameHungOnTheDayAfterAnApposition_ConjunctOfTheObject()
    {
        // "Ana Ruiz met Luis Vega, the host, and Marta Ibanez on Saturday", read with Marta a subject of the day and "and" its joiner.
        var parse = GivenParse.Of(
            ("Ana", "PROPN", "NNP", 3, "nsubj"), ("Ruiz", "PROPN", "NNP", 1, "flat"), ("met", "VERB", "VBD", 0, "root"), ("Luis", "PROPN", "NNP", 3, "obj"),
            ("Vega", "PROPN", "NNP", 4, "flat"), (",", "PUNCT", ",", 8, "punct"), ("the", "DET", "DT", 8, "det"), ("host", "NOUN", "NN", 4, "appos"),
            (",", "PUNCT", ",", 14, "punct"), ("and", "CCONJ", "CC", 14, "cc"), ("Marta", "PROPN", "NNP", 14, "nsubj"), ("Ibanez", "PROPN", "NNP", 11, "flat"),
            ("on", "ADP", "IN", 14, "case"), ("Saturday", "PROPN", "NNP", 3, "obl"), (".", "PUNCT", ".", 3, "punct"));

        Assert.Equal(("conj", "Luis"), Arc(parse, "Marta"));
        Assert.Equal(("cc", "Marta"), Arc(parse, "and"));
        Assert.Equal(("obl", "met"), Arc(parse, "Saturday"));
        Assert.True(ParseRepair.IsTree(parse));
    }

    [Fact]
    public void Repair_ClauseAndItsSourceAfterAnd_SubjectStays()
    {
        // "Ana Ruiz met Luis Vega, and Marta Ibanez said …": a clause's subject after "and" is no conjunct of the object.
        var parse = GivenParse.Of(
            ("Ana", "PROPN", "NNP", 3, "nsubj"), ("Ruiz", "PROPN", "NNP", 1, "flat"), ("met", "VERB", "VBD", 0, "root"), ("Luis", "PROPN", "NNP", 3, "obj"),
            ("Vega", "PROPN", "NNP", 4, "flat"), (",", "PUNCT", ",", 9, "punct"), ("and", "CCONJ", "CC", 9, "cc"), ("Marta", "PROPN", "NNP", 9, "nsubj"),
            ("said", "VERB", "VBD", 3, "conj"), ("so", "ADV", "RB", 9, "advmod"));

        Assert.Equal(("nsubj", "said"), Arc(parse, "Marta"));
    }

    [Fact]
    public void Repair_ObjectReadAsASubjectOfTheClosingReport_ObjectOfItsVerb()
    {
        // "Ana Ruiz received Luis Vega in Lima, a Chilean diplomat said", read with Luis a first subject of "said".
        var parse = GivenParse.Of(
            ("Ana", "PROPN", "NNP", 3, "nsubj"), ("Ruiz", "PROPN", "NNP", 1, "flat"), ("received", "VERB", "VBD", 12, "ccomp"), ("Luis", "PROPN", "NNP", 12, "nsubj"),
            ("Vega", "PROPN", "NNP", 4, "flat"), ("in", "ADP", "IN", 7, "case"), ("Lima", "PROPN", "NNP", 4, "nmod"), (",", "PUNCT", ",", 7, "punct"),
            ("a", "DET", "DT", 11, "det"), ("Chilean", "ADJ", "JJ", 11, "amod"), ("diplomat", "NOUN", "NN", 12, "nsubj"), ("said", "VERB", "VBD", 0, "root"),
            (".", "PUNCT", ".", 12, "punct"));

        Assert.Equal(("obj", "received"), Arc(parse, "Luis"));
        Assert.Equal(("nsubj", "said"), Arc(parse, "diplomat"));
    }

    [Fact]
    public void Repair_ObjectReadAsASubjectOfTheClosingReportItsComplement_ObjectOfTheReportedVerb()
    {
        // "Ana Ruiz met Luis Vega in Lima, her office said", read with "said" a complement of "met" and Luis its first subject.
        var parse = GivenParse.Of(
            ("Ana", "PROPN", "NNP", 3, "nsubj"), ("Ruiz", "PROPN", "NNP", 1, "flat"), ("met", "VERB", "VBD", 0, "root"), ("Luis", "PROPN", "NNP", 11, "nsubj"),
            ("Vega", "PROPN", "NNP", 4, "flat"), ("in", "ADP", "IN", 7, "case"), ("Lima", "PROPN", "NNP", 4, "nmod"), (",", "PUNCT", ",", 7, "punct"),
            ("her", "PRON", "PRP$", 10, "nmod:poss"), ("office", "NOUN", "NN", 11, "nsubj"), ("said", "VERB", "VBD", 3, "ccomp"),
            (".", "PUNCT", ".", 3, "punct"));

        Assert.Equal(("obj", "met"), Arc(parse, "Luis"));
        Assert.Equal(("nsubj", "said"), Arc(parse, "office"));
    }

    [Fact]
    public void Extract_MeetingToldByTheOfficeOnALaterDay_MeetingOfBoth() =>
        Assert.Equal(["participant=Lars Berg participant=Omar Wekesa"],
            Frames.Parsed.Sides("President Omar Wekesa met Prime Minister Lars Berg in Nairobi, his office said on Wednesday.", EventType.Meeting));

    [Fact]
    public void Repair_SourceAfterTheObjectWithItsPrepositionOnItsTitle_StaysAnOblique()
    {
        // "… killed two people, according to regional governor Roman Tkach": the source is no apposition of the object.
        var parse = GivenParse.Of(
            ("Shelling", "NOUN", "NN", 2, "nsubj"), ("killed", "VERB", "VBD", 0, "root"), ("people", "NOUN", "NNS", 2, "obj"), (",", "PUNCT", ",", 8, "punct"),
            ("according", "VERB", "VBG", 8, "case"), ("to", "ADP", "IN", 5, "fixed"), ("governor", "NOUN", "NN", 8, "nmod:desc"), ("Roman", "PROPN", "NNP", 2, "obl"),
            ("Tkach", "PROPN", "NNP", 8, "flat"), (".", "PUNCT", ".", 2, "punct"));

        Assert.Equal(("obl", "killed"), Arc(parse, "Roman"));
    }

    [Fact]
    public void Extract_SourceByTitleAfterTheDead_NoTarget() =>
        Assert.Equal(["actor=Russia"], Frames.Parsed.Sides("Russian shelling killed two people on Sunday, according to regional governor Roman Tkach.", EventType.MilitaryAction));

    [Fact]
    public void Repair_TitleWordReadAsTheHeadOfItsName_TheNameTakesItsPlace()
    {
        // "Kenya hosted Indian External Affairs Minister Sunil Rao", read with "Affairs" the object and the name its apposition.
        var parse = GivenParse.Of(
            ("Kenya", "PROPN", "NNP", 2, "nsubj"), ("hosted", "VERB", "VBD", 0, "root"), ("Indian", "ADJ", "JJ", 5, "amod"), ("External", "ADJ", "JJ", 5, "amod"),
            ("Affairs", "NOUN", "NNS", 2, "obj"), ("Minister", "PROPN", "NNP", 7, "nmod:desc"), ("Sunil", "PROPN", "NNP", 5, "appos"), ("Rao", "PROPN", "NNP", 7, "flat"),
            (".", "PUNCT", ".", 2, "punct"));

        Assert.Equal(("obj", "hosted"), Arc(parse, "Sunil"));
        Assert.Equal(("compound", "Minister"), Arc(parse, "Affairs"));
    }

    [Fact]
    public void Extract_HostReceivedAnAffairsMinister_MeetingOfBoth() =>
        Assert.Equal(["participant=Jigme Wangchuk participant=Sunil Rao"],
            Frames.Parsed.Sides("The King of Bhutan, Jigme Wangchuk, received Indian External Affairs Minister Sunil Rao in Thimphu on Monday.", EventType.Meeting));

    [Fact]
    public void Repair_TitleWithItsPortfolioReadAsASecondSubject_TheNamesTitle()
    {
        // "Minister for Trade Bilal Ahmed called on …", read with "Minister" and "Ahmed" two subjects and "Trade" an oblique.
        var parse = GivenParse.Of(
            ("Minister", "PROPN", "NNP", 6, "nsubj"), ("for", "ADP", "IN", 3, "case"), ("Trade", "PROPN", "NNP", 6, "obl"), ("Bilal", "PROPN", "NNP", 5, "compound"),
            ("Ahmed", "PROPN", "NNP", 6, "nsubj"), ("called", "VERB", "VBD", 0, "root"), ("on", "ADP", "IN", 8, "case"), ("Mahmood", "PROPN", "NNP", 6, "obl"),
            (".", "PUNCT", ".", 6, "punct"));

        Assert.Equal(("nmod:desc", "Ahmed"), Arc(parse, "Minister"));
        Assert.Equal(("nmod", "Minister"), Arc(parse, "Trade"));
    }

    [Fact]
    public void Extract_TitledVisitorWithAPortfolioCalledOnAHost_Meeting() =>
        Assert.Equal(["participant=Bilal Ahmed participant=Tariq Mahmood"],
            Frames.Parsed.Sides("Federal Minister for Foreign Affairs Bilal Ahmed called on Prime Minister Tariq Mahmood in Islamabad on Monday.", EventType.Meeting));

    [Fact]
    public void Repair_SubjectOfTheReportReadAsTheSources_TheReportsSubject()
    {
        // "Ruiz welcomed Vega at the palace, the presidency said", read with Ruiz a first subject of "said".
        var parse = GivenParse.Of(
            ("Ruiz", "PROPN", "NNP", 9, "nsubj"), ("welcomed", "VERB", "VBD", 9, "ccomp"), ("Vega", "PROPN", "NNP", 2, "obj"), ("at", "ADP", "IN", 5, "case"),
            ("palace", "NOUN", "NN", 2, "obl"), (",", "PUNCT", ",", 9, "punct"), ("the", "DET", "DT", 8, "det"), ("presidency", "NOUN", "NN", 9, "nsubj"),
            ("said", "VERB", "VBD", 0, "root"), (".", "PUNCT", ".", 9, "punct"));

        Assert.Equal(("nsubj", "welcomed"), Arc(parse, "Ruiz"));
        Assert.Equal(("nsubj", "said"), Arc(parse, "presidency"));
    }

    [Theory]
    [InlineData("President Omar Wekesa met Prime Minister Lars Berg, his office said on Wednesday.")]
    [InlineData("President Omar Wekesa welcomed Prime Minister Lars Berg at State House, the presidency said.")]
    public void Extract_MeetingToldByAClosingReport_MeetingOfBoth(string sentence) =>
        Assert.Equal(["participant=Lars Berg participant=Omar Wekesa"], Frames.Parsed.Sides(sentence, EventType.Meeting));

    [Fact]
    public void Repair_PastTenseAfterTheSubjectsPhrases_TheVerb()
    {
        // "An attack on a market in Gao killed 15 people", read with "killed" describing the attack.
        var parse = GivenParse.Of(
            ("An", "DET", "DT", 2, "det"), ("attack", "NOUN", "NN", 0, "root"), ("on", "ADP", "IN", 5, "case"), ("a", "DET", "DT", 5, "det"),
            ("market", "NOUN", "NN", 2, "nmod"), ("in", "ADP", "IN", 7, "case"), ("Gao", "PROPN", "NNP", 5, "nmod"), ("killed", "VERB", "VBD", 2, "acl"),
            ("15", "NUM", "CD", 10, "nummod"), ("people", "NOUN", "NNS", 8, "obj"), (".", "PUNCT", ".", 2, "punct"));

        Assert.Equal(("nsubj", "killed"), Arc(parse, "attack"));
        Assert.True(ParseRepair.IsTree(parse));
    }

    [Fact]
    public void Repair_NumberReadAsAnObject_CountsTheOtherObject()
    {
        // "They signed four memoranda", read with "four" and "memoranda" two objects of the verb.
        var parse = GivenParse.Of(
            ("They", "PRON", "PRP", 2, "nsubj"), ("signed", "VERB", "VBD", 0, "root"), ("four", "NUM", "CD", 2, "obj"), ("memoranda", "NOUN", "NN", 2, "obj"),
            (".", "PUNCT", ".", 2, "punct"));

        Assert.Equal(("nummod", "memoranda"), Arc(parse, "four"));
        Assert.Equal(("obj", "signed"), Arc(parse, "memoranda"));
    }

    [Fact]
    public void Repair_ParticipleWithAnObjectAfterTheSubject_TheVerb()
    {
        // "The two leaders later signed four memoranda", read with "later" on the subject and "signed" its clause.
        var parse = GivenParse.Of(
            ("The", "DET", "DT", 3, "det"), ("two", "NUM", "CD", 3, "nummod"), ("leaders", "NOUN", "NNS", 0, "root"), ("later", "ADV", "RBR", 3, "advmod"),
            ("signed", "VERB", "VBN", 4, "advcl"), ("memoranda", "NOUN", "NNS", 5, "obj"), (".", "PUNCT", ".", 3, "punct"));

        Assert.Equal(("nsubj", "signed"), Arc(parse, "leaders"));
        Assert.True(ParseRepair.IsTree(parse));
    }

    [Fact]
    public void Repair_ParticipleAfterAPreposition_StaysInItsPhrase()
    {
        // "the family of kidnapped journalist X continue …": a participle after "of" describes; it is no verb of the sentence.
        var parse = GivenParse.Of(
            ("The", "DET", "DT", 2, "det"), ("family", "NOUN", "NN", 0, "root"), ("of", "ADP", "IN", 4, "case"), ("kidnapped", "VERB", "VBN", 2, "acl"),
            ("journalist", "NOUN", "NN", 4, "obj"), ("appealed", "VERB", "VBD", 2, "parataxis"), (".", "PUNCT", ".", 2, "punct"));

        Assert.NotEqual(("nsubj", "kidnapped"), Arc(parse, "family"));
    }

    [Fact]
    public void Repair_PrepositionHeadingANoun_TheNounTakesItsPlace()
    {
        // "held a lunch with Minister Vega in Lima", read with "with" heading the name as its subject.
        var parse = GivenParse.Of(
            ("Ruiz", "PROPN", "NNP", 2, "nsubj"), ("held", "VERB", "VBD", 0, "root"), ("a", "DET", "DT", 4, "det"), ("lunch", "NOUN", "NN", 2, "obj"),
            ("with", "ADP", "IN", 4, "nmod"), ("Minister", "PROPN", "NNP", 7, "nmod:desc"), ("Vega", "PROPN", "NNP", 5, "nsubj"), ("in", "ADP", "IN", 9, "case"),
            ("Lima", "PROPN", "NNP", 7, "nmod"), (".", "PUNCT", ".", 2, "punct"));

        Assert.Equal(("nmod", "lunch"), Arc(parse, "Vega"));
        Assert.Equal(("case", "Vega"), Arc(parse, "with"));
        Assert.True(ParseRepair.IsTree(parse));
    }

    [Fact]
    public void Repair_SecondTitledSubjectOpeningWithAnd_ConjunctOfTheFirst()
    {
        // "Chilean President Ana Ruiz and Peruvian President Luis Vega stressed …", read as two subjects with "and" in the second's title.
        var parse = GivenParse.Of(
            ("Chilean", "ADJ", "JJ", 10, "amod"), ("President", "PROPN", "NNP", 3, "nmod:desc"), ("Ana", "PROPN", "NNP", 10, "nsubj"), ("Ruiz", "PROPN", "NNP", 3, "flat"),
            ("and", "CCONJ", "CC", 7, "cc"), ("Peruvian", "ADJ", "JJ", 7, "amod"), ("President", "PROPN", "NNP", 8, "nmod:desc"), ("Luis", "PROPN", "NNP", 10, "nsubj"),
            ("Vega", "PROPN", "NNP", 8, "flat"), ("stressed", "VERB", "VBD", 0, "root"), ("calm", "NOUN", "NN", 10, "obj"), (".", "PUNCT", ".", 10, "punct"));

        Assert.Equal(("nsubj", "stressed"), Arc(parse, "Ana"));
        Assert.Equal(("conj", "Ana"), Arc(parse, "Luis"));
        Assert.Equal(("cc", "Luis"), Arc(parse, "and"));
        Assert.True(ParseRepair.IsTree(parse));
    }

    [Fact]
    public void Repair_HonorificHeadingAName_TheNameHeads()
    {
        // "received His Excellency Ana Ruiz", read with the honorific heading the name.
        var parse = GivenParse.Of(
            ("Vega", "PROPN", "NNP", 2, "nsubj"), ("received", "VERB", "VBD", 0, "root"), ("His", "PRON", "PRP$", 4, "nmod:poss"), ("Excellency", "PROPN", "NNP", 2, "obj"),
            ("Ana", "PROPN", "NNP", 4, "flat"), ("Ruiz", "PROPN", "NNP", 4, "flat"), (".", "PUNCT", ".", 2, "punct"));

        Assert.Equal(("obj", "received"), Arc(parse, "Ana"));
        Assert.Equal(("flat", "Ana"), Arc(parse, "Ruiz"));
        Assert.Equal(("nmod:desc", "Ana"), Arc(parse, "Excellency"));
        Assert.True(ParseRepair.IsTree(parse));
    }

    [Fact]
    public void Repair_ParticipleWithAnAgentAfterTheObject_DescribesTheObject()
    {
        // "Ruiz received a delegation led by Vega", read with "led" a complement of "received".
        var parse = GivenParse.Of(
            ("Ruiz", "PROPN", "NNP", 2, "nsubj"), ("received", "VERB", "VBD", 0, "root"), ("a", "DET", "DT", 4, "det"), ("delegation", "NOUN", "NN", 2, "obj"),
            ("led", "VERB", "VBN", 2, "xcomp"), ("by", "ADP", "IN", 7, "case"), ("Vega", "PROPN", "NNP", 5, "obl:agent"), (".", "PUNCT", ".", 2, "punct"));

        Assert.Equal(("acl", "delegation"), Arc(parse, "led"));
        Assert.True(ParseRepair.IsTree(parse));
    }

    [Fact]
    public void Repair_NounReadAsTheCaseOfTheObject_ObliqueAndObject()
    {
        // "Vega received in audience Chile's minister", read with "audience" the case marker of the minister and "in" an adverb.
        var parse = GivenParse.Of(
            ("Vega", "PROPN", "NNP", 2, "nsubj"), ("received", "VERB", "VBD", 0, "root"), ("in", "ADP", "IN", 2, "advmod"), ("audience", "NOUN", "NN", 7, "case"),
            ("Chile", "PROPN", "NNP", 7, "nmod:poss"), ("'s", "PART", "POS", 5, "case"), ("minister", "NOUN", "NN", 2, "obl"), (".", "PUNCT", ".", 2, "punct"));

        Assert.Equal(("obl", "received"), Arc(parse, "audience"));
        Assert.Equal(("case", "audience"), Arc(parse, "in"));
        Assert.Equal(("obj", "received"), Arc(parse, "minister"));
        Assert.True(ParseRepair.IsTree(parse));
    }

    [Fact]
    public void Repair_TitledNameAfterAnObliqueReadAsAClause_TheObject()
    {
        // "Vega received in audience the visiting minister Ana Ruiz", read with the name an adverbial clause.
        var parse = GivenParse.Of(
            ("Vega", "PROPN", "NNP", 2, "nsubj"), ("received", "VERB", "VBD", 0, "root"), ("in", "ADP", "IN", 4, "case"), ("audience", "NOUN", "NN", 2, "obl"),
            ("the", "DET", "DT", 9, "det"), ("visiting", "VERB", "VBG", 9, "amod"), ("minister", "NOUN", "NN", 9, "nmod:desc"), ("Ana", "PROPN", "NNP", 9, "compound"),
            ("Ruiz", "PROPN", "NNP", 2, "advcl"), (".", "PUNCT", ".", 2, "punct"));

        Assert.Equal(("obj", "received"), Arc(parse, "Ruiz"));
        Assert.True(ParseRepair.IsTree(parse));
    }

    [Fact]
    public void Repair_TitledNameReadAsAClauseWithoutAnObliqueBefore_Kept()
    {
        // Without an oblique before it the reading is left to the other repairs: no object is made of the clause.
        var parse = GivenParse.Of(
            ("Vega", "PROPN", "NNP", 2, "nsubj"), ("spoke", "VERB", "VBD", 0, "root"), ("the", "DET", "DT", 5, "det"), ("minister", "NOUN", "NN", 5, "nmod:desc"),
            ("Ruiz", "PROPN", "NNP", 2, "advcl"), (".", "PUNCT", ".", 2, "punct"));

        Assert.NotEqual("obj", Word(parse, "Ruiz").Relation);
    }

    [Fact]
    public void Repair_BareNounAndPluralReadAsAnAdverbialClause_TheObject()
    {
        // "The EU imposed travel bans on Belarus", read with "travel bans" a clause of its own.
        var parse = GivenParse.Of(
            ("The", "DET", "DT", 2, "det"), ("EU", "PROPN", "NNP", 3, "nsubj"), ("imposed", "VERB", "VBD", 0, "root"), ("travel", "NOUN", "NN", 5, "nsubj"),
            ("bans", "VERB", "VBZ", 3, "advcl"), ("on", "ADP", "IN", 7, "case"), ("Belarus", "PROPN", "NNP", 5, "obl"), (".", "PUNCT", ".", 3, "punct"));

        Assert.Equal(("obj", "imposed"), Arc(parse, "bans"));
        Assert.Equal(("compound", "bans"), Arc(parse, "travel"));
        Assert.Equal("NOUN", Word(parse, "bans").Upos);
    }

    [Fact]
    public void Repair_ListItemWithItsOwnAnd_Conjunct()
    {
        // "Ferri, the minister, and his counterpart, Saleh, met", read with the counterpart a "list" item of the first.
        var parse = GivenParse.Of(
            ("Ferri", "PROPN", "NNP", 7, "nsubj"), (",", "PUNCT", ",", 1, "punct"), ("and", "CCONJ", "CC", 5, "cc"), ("his", "PRON", "PRP$", 5, "nmod:poss"),
            ("counterpart", "NOUN", "NN", 1, "list"), ("Saleh", "PROPN", "NNP", 5, "appos"), ("met", "VERB", "VBD", 0, "root"), (".", "PUNCT", ".", 7, "punct"));

        Assert.Equal(("conj", "Ferri"), Arc(parse, "counterpart"));
    }

    [Fact]
    public void Repair_SubjectHungOnAFrontedClause_SubjectOfTheVerb()
    {
        // "Before leaving Lima, Minister Vega spoke", read with the titled name a second object of "leaving".
        var parse = GivenParse.Of(
            ("Before", "SCONJ", "IN", 2, "mark"), ("leaving", "VERB", "VBG", 7, "advcl"), ("Lima", "PROPN", "NNP", 2, "obj"), (",", "PUNCT", ",", 6, "punct"),
            ("Minister", "PROPN", "NNP", 6, "nmod:desc"), ("Vega", "PROPN", "NNP", 2, "obj"), ("spoke", "VERB", "VBD", 0, "root"), (".", "PUNCT", ".", 7, "punct"));

        Assert.Equal(("nsubj", "spoke"), Arc(parse, "Vega"));
        Assert.True(ParseRepair.IsTree(parse));
    }

    [Fact]
    public void Repair_VerbReadAsAListItemOfTheSubjectsApposition_TheSentencesVerb()
    {
        // "Kane, a general, met Reed", read with the name the root and "met" a list item of the apposition.
        var parse = GivenParse.Of(
            ("Kane", "PROPN", "NNP", 0, "root"), (",", "PUNCT", ",", 4, "punct"), ("a", "DET", "DT", 4, "det"), ("general", "NOUN", "NN", 1, "appos"),
            (",", "PUNCT", ",", 4, "punct"), ("met", "VERB", "VBD", 4, "list"), ("Reed", "PROPN", "NNP", 6, "obj"), (".", "PUNCT", ".", 1, "punct"));

        Assert.Equal(("root", null), Arc(parse, "met"));
        Assert.Equal(("nsubj", "met"), Arc(parse, "Kane"));
        Assert.True(ParseRepair.IsTree(parse));
    }

    [Fact]
    public void Repair_FirstSubjectReadAsABareOblique_TwoSubjects()
    {
        // "Chile's president, Ruiz, and President Vega signed", read with the first a bare oblique and "and" the verb's.
        var parse = GivenParse.Of(
            ("Chile", "PROPN", "NNP", 3, "nmod:poss"), ("'s", "PART", "POS", 1, "case"), ("president", "NOUN", "NN", 10, "obl"), (",", "PUNCT", ",", 5, "punct"),
            ("Ruiz", "PROPN", "NNP", 3, "appos"), (",", "PUNCT", ",", 10, "punct"), ("and", "CCONJ", "CC", 10, "cc"), ("President", "PROPN", "NNP", 9, "nmod:desc"),
            ("Vega", "PROPN", "NNP", 10, "nsubj"), ("signed", "VERB", "VBD", 0, "root"), (".", "PUNCT", ".", 10, "punct"));

        Assert.Equal(("nsubj", "signed"), Arc(parse, "president"));
        Assert.Equal(("conj", "president"), Arc(parse, "Vega"));
        Assert.Equal(("cc", "Vega"), Arc(parse, "and"));
        Assert.True(ParseRepair.IsTree(parse));
    }

    [Fact]
    public void Repair_NumberReadAsTheHeadOfItsNoun_TheNounTakesItsPlace()
    {
        // "Peru declared three Chilean diplomats persona non grata", read with the number the object and the noun its bare modifier.
        var parse = GivenParse.Of(
            ("Peru", "PROPN", "NNP", 2, "nsubj"), ("declared", "VERB", "VBD", 0, "root"), ("three", "NUM", "CD", 2, "obj"), ("Chilean", "ADJ", "JJ", 5, "amod"),
            ("diplomats", "NOUN", "NNS", 3, "nmod"), ("persona", "NOUN", "NN", 8, "compound"), ("non", "X", "AFX", 8, "compound"), ("grata", "NOUN", "NN", 5, "nmod"),
            (".", "PUNCT", ".", 2, "punct"));

        Assert.Equal(("obj", "declared"), Arc(parse, "diplomats"));
        Assert.Equal(("nummod", "diplomats"), Arc(parse, "three"));
        Assert.True(ParseRepair.IsTree(parse));
    }

    [Fact]
    public void Repair_NumberWithAnOfPhrase_Unchanged()
    {
        var parse = GivenParse.Of(
            ("Peru", "PROPN", "NNP", 2, "nsubj"), ("expelled", "VERB", "VBD", 0, "root"), ("three", "NUM", "CD", 2, "obj"), ("of", "ADP", "IN", 6, "case"),
            ("the", "DET", "DT", 6, "det"), ("diplomats", "NOUN", "NNS", 3, "nmod"), (".", "PUNCT", ".", 2, "punct"));

        Assert.Equal(("obj", "expelled"), Arc(parse, "three"));
        Assert.Equal(("nmod", "three"), Arc(parse, "diplomats"));
    }

    [Fact]
    public void Repair_NameBeforeItsDescriptionReadAsABareOblique_SubjectWithItsApposition()
    {
        // "Tomas Ridel, a Chilean reporter, was denied entry", read with the name a bare oblique and the description the subject.
        var parse = GivenParse.Of(
            ("Tomas", "PROPN", "NNP", 9, "obl:unmarked"), ("Ridel", "PROPN", "NNP", 1, "flat"), (",", "PUNCT", ",", 1, "punct"), ("a", "DET", "DT", 6, "det"),
            ("Chilean", "ADJ", "JJ", 6, "amod"), ("reporter", "NOUN", "NN", 9, "nsubj:pass"), (",", "PUNCT", ",", 6, "punct"), ("was", "AUX", "VBD", 9, "aux:pass"),
            ("denied", "VERB", "VBN", 0, "root"), ("entry", "NOUN", "NN", 9, "obj"), (".", "PUNCT", ".", 9, "punct"));

        Assert.Equal(("nsubj:pass", "denied"), Arc(parse, "Tomas"));
        Assert.Equal(("appos", "Tomas"), Arc(parse, "reporter"));
        Assert.True(ParseRepair.IsTree(parse));
    }

    [Fact]
    public void Repair_ObjectOfAPrepositionMarkingAPurposeClause_ObliqueOfTheVerbBefore()
    {
        // "Ruiz spoke with Vega to brief her", read with "with" marking "to brief" and Vega its object.
        var parse = GivenParse.Of(
            ("Ruiz", "PROPN", "NNP", 2, "nsubj"), ("spoke", "VERB", "VBD", 0, "root"), ("with", "ADP", "IN", 6, "mark"), ("Vega", "PROPN", "NNP", 3, "obj"),
            ("to", "PART", "TO", 6, "mark"), ("brief", "VERB", "VB", 2, "advcl"), ("her", "PRON", "PRP", 6, "obj"), (".", "PUNCT", ".", 2, "punct"));

        Assert.Equal(("obl", "spoke"), Arc(parse, "Vega"));
        Assert.Equal(("case", "Vega"), Arc(parse, "with"));
        Assert.Equal(("advcl", "spoke"), Arc(parse, "brief"));
        Assert.True(ParseRepair.IsTree(parse));
    }

    [Fact]
    public void Repair_SubjectOfAJoinedClauseReadAsAConjunct_SubjectOfItsVerb()
    {
        // "Peru approved a loan to Chile, and Bolivia donated tents", read with Bolivia a conjunct of Chile and "donated" subjectless.
        var parse = GivenParse.Of(
            ("Peru", "PROPN", "NNP", 2, "nsubj"), ("approved", "VERB", "VBD", 0, "root"), ("a", "DET", "DT", 4, "det"), ("loan", "NOUN", "NN", 2, "obj"),
            ("to", "ADP", "IN", 6, "case"), ("Chile", "PROPN", "NNP", 2, "obl"), (",", "PUNCT", ",", 9, "punct"), ("and", "CCONJ", "CC", 9, "cc"),
            ("Bolivia", "PROPN", "NNP", 6, "conj"), ("donated", "VERB", "VBD", 2, "conj"), ("tents", "NOUN", "NNS", 10, "obj"), (".", "PUNCT", ".", 2, "punct"));

        Assert.Equal(("nsubj", "donated"), Arc(parse, "Bolivia"));
        Assert.Equal(("cc", "donated"), Arc(parse, "and"));
        Assert.Equal(("conj", "approved"), Arc(parse, "donated"));
        Assert.True(ParseRepair.IsTree(parse));
    }

    [Fact]
    public void Repair_NameSplitBeforeAJoinedClause_OneNameTheSubject()
    {
        // "Peru pledged aid to Chile and South Korea pledged tents", read with "South" a conjunct, "Korea" an apposition and "pledged" a clause of the aid.
        var parse = GivenParse.Of(
            ("Peru", "PROPN", "NNP", 2, "nsubj"), ("pledged", "VERB", "VBD", 0, "root"), ("aid", "NOUN", "NN", 2, "obj"), ("to", "ADP", "IN", 5, "case"),
            ("Chile", "PROPN", "NNP", 3, "nmod"), ("and", "CCONJ", "CC", 7, "cc"), ("South", "PROPN", "NNP", 5, "conj"), ("Korea", "PROPN", "NNP", 5, "appos"),
            ("pledged", "VERB", "VBD", 3, "advcl"), ("tents", "NOUN", "NNS", 9, "obj"), (".", "PUNCT", ".", 2, "punct"));

        Assert.Equal(("nsubj", "pledged"), (Word(parse, "South").Relation, parse.HeadOf(Word(parse, "South"))?.Form));
        Assert.Equal(9, Word(parse, "South").Head + 1);
        Assert.Equal(("flat", "South"), Arc(parse, "Korea"));
        Assert.True(ParseRepair.IsTree(parse));
    }

    [Fact]
    public void Repair_ThatReadAsTheSubjectOfATold_MarkOfTheClause()
    {
        // "Chile said on Monday that Peruvian boats entered its waters", read with "that" a pronoun beside the clause's own subject.
        var parse = GivenParse.Of(
            ("Chile", "PROPN", "NNP", 2, "nsubj"), ("said", "VERB", "VBD", 0, "root"), ("on", "ADP", "IN", 4, "case"), ("Monday", "PROPN", "NNP", 2, "obl"),
            ("that", "PRON", "WDT", 8, "nsubj"), ("Peruvian", "ADJ", "JJ", 7, "amod"), ("boats", "NOUN", "NNS", 8, "nsubj"), ("entered", "VERB", "VBD", 2, "ccomp"),
            ("its", "PRON", "PRP$", 10, "nmod:poss"), ("waters", "NOUN", "NNS", 8, "obj"), (".", "PUNCT", ".", 2, "punct"));

        Assert.Equal(("mark", "entered"), Arc(parse, "that"));
        Assert.Equal("SCONJ", Word(parse, "that").Upos);
        Assert.Equal(("nsubj", "entered"), Arc(parse, "boats"));
    }

    [Fact]
    public void Repair_PerfectReadAsAVerbWithAnAdverbBeforeItsParticiple_AuxiliaryOfTheParticiple()
    {
        // "Chile said a Peruvian boat had deliberately rammed its ship", read with "had" the told verb and "rammed" its complement.
        var parse = GivenParse.Of(
            ("Chile", "PROPN", "NNP", 2, "nsubj"), ("said", "VERB", "VBD", 0, "root"), ("a", "DET", "DT", 5, "det"), ("Peruvian", "ADJ", "JJ", 5, "amod"),
            ("boat", "NOUN", "NN", 6, "nsubj"), ("had", "VERB", "VBD", 2, "ccomp"), ("deliberately", "ADV", "RB", 8, "advmod"), ("rammed", "VERB", "VBN", 6, "xcomp"),
            ("its", "PRON", "PRP$", 10, "nmod:poss"), ("ship", "NOUN", "NN", 8, "obj"), (".", "PUNCT", ".", 2, "punct"));

        Assert.Equal(("ccomp", "said"), Arc(parse, "rammed"));
        Assert.Equal(("aux", "rammed"), Arc(parse, "had"));
        Assert.Equal(("nsubj", "rammed"), Arc(parse, "boat"));
        Assert.Equal("AUX", Word(parse, "had").Upos);
        Assert.True(ParseRepair.IsTree(parse));
    }

    [Fact]
    public void Repair_HaveWithAnObjectBeforeAParticiple_Unchanged()
    {
        // "Chile had its ship repaired": "had" with an object of its own is a verb.
        var parse = GivenParse.Of(
            ("Chile", "PROPN", "NNP", 2, "nsubj"), ("had", "VERB", "VBD", 0, "root"), ("its", "PRON", "PRP$", 4, "nmod:poss"), ("ship", "NOUN", "NN", 2, "obj"),
            ("repaired", "VERB", "VBN", 2, "xcomp"), (".", "PUNCT", ".", 2, "punct"));

        Assert.Equal(("xcomp", "had"), Arc(parse, "repaired"));
        Assert.Equal("VERB", Word(parse, "had").Upos);
    }

    [Fact]
    public void Repair_NameReadAsAPredicativeOfAVerbWithoutAnObject_Object()
    {
        // "Ruiz received visiting Peruvian Minister Luis Vega", read with the name a predicative of "received".
        var parse = GivenParse.Of(
            ("Ruiz", "PROPN", "NNP", 2, "nsubj"), ("received", "VERB", "VBD", 0, "root"), ("visiting", "ADJ", "JJ", 4, "amod"), ("Peruvian", "ADJ", "JJ", 5, "amod"),
            ("Minister", "PROPN", "NNP", 6, "nmod:desc"), ("Luis", "PROPN", "NNP", 2, "xcomp"), ("Vega", "PROPN", "NNP", 6, "flat"), (".", "PUNCT", ".", 2, "punct"));

        Assert.Equal(("obj", "received"), Arc(parse, "Luis"));
    }

    [Fact]
    public void Repair_NameAfterAPassive_Unchanged()
    {
        // "Vega was named Ana Ruiz's successor" aside: a name after a passive verb stays its predicative.
        var parse = GivenParse.Of(
            ("Vega", "PROPN", "NNP", 3, "nsubj:pass"), ("was", "AUX", "VBD", 3, "aux:pass"), ("named", "VERB", "VBN", 0, "root"),
            ("Ana", "PROPN", "NNP", 3, "xcomp"), ("Ruiz", "PROPN", "NNP", 4, "flat"), (".", "PUNCT", ".", 3, "punct"));

        Assert.Equal(("xcomp", "named"), Arc(parse, "Ana"));
    }

    [Fact]
    public void Repair_AdjectiveReadAsAPredicativeBeforeTheObject_ModifierOfTheObject()
    {
        // "Ruiz met visiting Peruvian Minister Luis Vega", read with "visiting" a predicative of "met".
        var parse = GivenParse.Of(
            ("Ruiz", "PROPN", "NNP", 2, "nsubj"), ("met", "VERB", "VBD", 0, "root"), ("visiting", "ADJ", "JJ", 2, "xcomp"), ("Peruvian", "ADJ", "JJ", 5, "amod"),
            ("Minister", "PROPN", "NNP", 6, "nmod:desc"), ("Luis", "PROPN", "NNP", 2, "obj"), ("Vega", "PROPN", "NNP", 6, "flat"), (".", "PUNCT", ".", 2, "punct"));

        Assert.Equal(("amod", "Luis"), Arc(parse, "visiting"));
    }

    [Fact]
    public void Repair_ListAfterAColonReadOnTheDay_AppositionOfTheCountedObject()
    {
        // "The bloc suspended two states on Friday: Chile and Peru", read with the list in apposition to the day.
        var parse = GivenParse.Of(
            ("The", "DET", "DT", 2, "det"), ("bloc", "NOUN", "NN", 3, "nsubj"), ("suspended", "VERB", "VBD", 0, "root"), ("two", "NUM", "CD", 5, "nummod"),
            ("states", "NOUN", "NNS", 3, "obj"), ("on", "ADP", "IN", 7, "case"), ("Friday", "PROPN", "NNP", 3, "obl"), (":", "PUNCT", ":", 9, "punct"),
            ("Chile", "PROPN", "NNP", 7, "appos"), ("and", "CCONJ", "CC", 11, "cc"), ("Peru", "PROPN", "NNP", 9, "conj"), (".", "PUNCT", ".", 3, "punct"));

        Assert.Equal(("appos", "states"), Arc(parse, "Chile"));
    }

    [Fact]
    public void Repair_PastJoinedToTheObject_ConjunctOfTheVerb()
    {
        // "Peru denied the claims and expelled two envoys", read with "expelled" a conjunct of "claims".
        var parse = GivenParse.Of(
            ("Peru", "PROPN", "NNP", 2, "nsubj"), ("denied", "VERB", "VBD", 0, "root"), ("the", "DET", "DT", 4, "det"), ("claims", "NOUN", "NNS", 2, "obj"),
            ("and", "CCONJ", "CC", 6, "cc"), ("expelled", "VERB", "VBN", 4, "conj"), ("two", "NUM", "CD", 8, "nummod"), ("envoys", "NOUN", "NNS", 6, "obj"),
            (".", "PUNCT", ".", 2, "punct"));

        Assert.Equal(("conj", "denied"), Arc(parse, "expelled"));
        Assert.Equal("VBD", Word(parse, "expelled").Xpos);
    }

    [Fact]
    public void Repair_ParticiplesJoinedWithoutAnObject_Unchanged()
    {
        // "Peru reported the attacks and damaged buildings": no object of its own, "damaged" is no clause.
        var parse = GivenParse.Of(
            ("Peru", "PROPN", "NNP", 2, "nsubj"), ("reported", "VERB", "VBD", 0, "root"), ("the", "DET", "DT", 4, "det"), ("attacks", "NOUN", "NNS", 2, "obj"),
            ("and", "CCONJ", "CC", 6, "cc"), ("damaged", "VERB", "VBN", 4, "conj"), (".", "PUNCT", ".", 2, "punct"));

        Assert.Equal(("conj", "attacks"), Arc(parse, "damaged"));
    }

    [Fact]
    public void Repair_BareNounAfterAPrepositionReadAsATitleOfTheName_ObliqueAndObject()
    {
        // "Vega received in audience Chilean Minister Ana Ruiz", read with the name the oblique and "audience" a word of its title.
        var parse = GivenParse.Of(
            ("Vega", "PROPN", "NNP", 2, "nsubj"), ("received", "VERB", "VBD", 0, "root"), ("in", "ADP", "IN", 7, "case"), ("audience", "NOUN", "NN", 7, "nmod:desc"),
            ("Chilean", "ADJ", "JJ", 6, "amod"), ("Minister", "PROPN", "NNP", 7, "nmod:desc"), ("Ana", "PROPN", "NNP", 2, "obl"), ("Ruiz", "PROPN", "NNP", 7, "flat"),
            (".", "PUNCT", ".", 2, "punct"));

        Assert.Equal(("obl", "received"), Arc(parse, "audience"));
        Assert.Equal(("case", "audience"), Arc(parse, "in"));
        Assert.Equal(("obj", "received"), Arc(parse, "Ana"));
        Assert.True(ParseRepair.IsTree(parse));
    }

    [Fact]
    public void Repair_NameOfAPlaceAfterAPreposition_StaysTheOblique()
    {
        // "Vega spoke in Lima with Chilean Minister Ana Ruiz": the word after the preposition is no bare common noun.
        var parse = GivenParse.Of(
            ("Vega", "PROPN", "NNP", 2, "nsubj"), ("met", "VERB", "VBD", 0, "root"), ("in", "ADP", "IN", 7, "case"), ("Lima", "PROPN", "NNP", 7, "nmod:desc"),
            ("Chilean", "ADJ", "JJ", 6, "amod"), ("Minister", "PROPN", "NNP", 7, "nmod:desc"), ("Ana", "PROPN", "NNP", 2, "obl"), ("Ruiz", "PROPN", "NNP", 7, "flat"),
            (".", "PUNCT", ".", 2, "punct"));

        Assert.Equal(("case", "Ana"), Arc(parse, "in"));
    }

    [Fact]
    public void Repair_TitledNameHungOnABareOblique_Object()
    {
        // "Vega received in audience the Minister of Chile, Ana Ruiz, on Sunday", read with the name in parataxis to "audience".
        var parse = GivenParse.Of(
            ("Vega", "PROPN", "NNP", 2, "nsubj"), ("received", "VERB", "VBD", 0, "root"), ("in", "ADP", "IN", 4, "case"), ("audience", "NOUN", "NN", 2, "obl"),
            ("the", "DET", "DT", 6, "det"), ("Minister", "PROPN", "NNP", 10, "nmod:desc"), ("of", "ADP", "IN", 8, "case"), ("Chile", "PROPN", "NNP", 6, "nmod"),
            (",", "PUNCT", ",", 10, "punct"), ("Ana", "PROPN", "NNP", 4, "parataxis"), ("Ruiz", "PROPN", "NNP", 10, "flat"), (",", "PUNCT", ",", 14, "punct"),
            ("on", "ADP", "IN", 14, "case"), ("Sunday", "PROPN", "NNP", 10, "nmod"), (".", "PUNCT", ".", 2, "punct"));

        Assert.Equal(("obj", "received"), Arc(parse, "Ana"));
        Assert.True(ParseRepair.IsTree(parse));
    }

    [Fact]
    public void Repair_NameJoinedToADayOfTheObject_ConjunctOfTheObject()
    {
        // "Vega met Minister Ana Ruiz on Monday and Minister Luis Soto on Tuesday", the second name read as a conjunct of Monday.
        var parse = GivenParse.Of(
            ("Vega", "PROPN", "NNP", 2, "nsubj"), ("met", "VERB", "VBD", 0, "root"), ("Minister", "PROPN", "NNP", 4, "nmod:desc"), ("Ana", "PROPN", "NNP", 2, "obj"),
            ("Ruiz", "PROPN", "NNP", 4, "flat"), ("on", "ADP", "IN", 7, "case"), ("Monday", "PROPN", "NNP", 4, "nmod"), ("and", "CCONJ", "CC", 10, "cc"),
            ("Minister", "PROPN", "NNP", 10, "nmod:desc"), ("Luis", "PROPN", "NNP", 7, "conj"), ("Soto", "PROPN", "NNP", 10, "flat"), ("on", "ADP", "IN", 13, "case"),
            ("Tuesday", "PROPN", "NNP", 4, "nmod"), (".", "PUNCT", ".", 2, "punct"));

        Assert.Equal(("conj", "Ana"), Arc(parse, "Luis"));
        Assert.True(ParseRepair.IsTree(parse));
    }

    [Fact]
    public void Repair_TitledNameReadAsASecondObliqueAfterABareOne_Object()
    {
        // "Vega received in audience Chilean Minister Ana Ruiz at the palace", read with the name an oblique of its own.
        var parse = GivenParse.Of(
            ("Vega", "PROPN", "NNP", 2, "nsubj"), ("received", "VERB", "VBD", 0, "root"), ("in", "ADP", "IN", 4, "case"), ("audience", "NOUN", "NN", 2, "obl"),
            ("Chilean", "ADJ", "JJ", 6, "amod"), ("Minister", "PROPN", "NNP", 7, "nmod:desc"), ("Ana", "PROPN", "NNP", 2, "obl"), ("Ruiz", "PROPN", "NNP", 7, "flat"),
            ("at", "ADP", "IN", 11, "case"), ("the", "DET", "DT", 11, "det"), ("palace", "NOUN", "NN", 2, "obl"), (".", "PUNCT", ".", 2, "punct"));

        Assert.Equal(("obj", "received"), Arc(parse, "Ana"));
        Assert.Equal(("obl", "received"), Arc(parse, "audience"));
        Assert.True(ParseRepair.IsTree(parse));
    }

    [Fact]
    public void Repair_HonorificBetweenATitleAndAName_DescribesTheName()
    {
        // "President His Highness Sheikh Vega received a call", read with "Highness" an oblique heading the title as its subject.
        var parse = GivenParse.Of(
            ("President", "PROPN", "NNP", 3, "nsubj"), ("His", "PRON", "PRP$", 3, "nmod:poss"), ("Highness", "NOUN", "NN", 6, "obl"), ("Sheikh", "PROPN", "NNP", 5, "compound"),
            ("Vega", "PROPN", "NNP", 6, "nsubj"), ("received", "VERB", "VBD", 0, "root"), ("a", "DET", "DT", 8, "det"), ("call", "NOUN", "NN", 6, "obj"), (".", "PUNCT", ".", 6, "punct"));

        Assert.Equal(("nmod:desc", "Vega"), Arc(parse, "President"));
        Assert.Equal(("nmod:desc", "Vega"), Arc(parse, "Highness"));
        Assert.Equal(("nsubj", "received"), Arc(parse, "Vega"));
        Assert.True(ParseRepair.IsTree(parse));
    }

    [Theory]
    [InlineData("today", "NOUN", "NN", "obl:unmarked", 4)]
    [InlineData("Tuesday", "PROPN", "NNP", "nmod", 4)]
    public void Repair_CallerHungOnTheDay_ThePhraseOfWhatTheDayIsOn(string day, string upos, string xpos, string dayRelation, int dayHead)
    {
        // "Vega received a call today from Ruiz", "… a call Tuesday from Ruiz", read with the caller a phrase of the day.
        var parse = GivenParse.Of(
            ("Vega", "PROPN", "NNP", 2, "nsubj"), ("received", "VERB", "VBD", 0, "root"), ("a", "DET", "DT", 4, "det"), ("call", "NOUN", "NN", 2, "obj"),
            (day, upos, xpos, dayRelation == "nmod" ? dayHead : 2, dayRelation), ("from", "ADP", "IN", 7, "case"), ("Ruiz", "PROPN", "NNP", 5, "nmod"), (".", "PUNCT", ".", 2, "punct"));

        Assert.Equal(dayRelation == "nmod" ? ("nmod", "call") : ("obl", "received"), Arc(parse, "Ruiz"));
        Assert.True(ParseRepair.IsTree(parse));
    }

    [Fact]
    public void Repair_SecondDayHungOnTheFirst_Kept()
    {
        // "talks ran from Monday to Friday": a day is the span's end, not a phrase to move.
        var parse = GivenParse.Of(
            ("talks", "NOUN", "NNS", 2, "nsubj"), ("ran", "VERB", "VBD", 0, "root"), ("from", "ADP", "IN", 4, "case"), ("Monday", "PROPN", "NNP", 2, "obl"),
            ("to", "ADP", "IN", 6, "case"), ("Friday", "PROPN", "NNP", 4, "nmod"), (".", "PUNCT", ".", 2, "punct"));

        Assert.Equal(("nmod", "Monday"), Arc(parse, "Friday"));
    }

    [Fact]
    public void Repair_NameAndRelativePronounBothSubjectsOfTheClause_TheNameSubjectOfTheLaterVerb()
    {
        // "Peru, which joined the pact in 1999, expelled two envoys", read with "Peru" and "which" both subjects of "joined".
        var parse = GivenParse.Of(
            ("Peru", "PROPN", "NNP", 4, "nsubj"), (",", "PUNCT", ",", 1, "punct"), ("which", "PRON", "WDT", 4, "nsubj"), ("joined", "VERB", "VBD", 0, "root"),
            ("the", "DET", "DT", 6, "det"), ("pact", "NOUN", "NN", 4, "obj"), ("in", "ADP", "IN", 8, "case"), ("1999", "NUM", "CD", 4, "obl"),
            (",", "PUNCT", ",", 10, "punct"), ("expelled", "VERB", "VBD", 4, "conj"), ("two", "NUM", "CD", 12, "nummod"), ("envoys", "NOUN", "NNS", 10, "obj"),
            (".", "PUNCT", ".", 4, "punct"));

        Assert.Equal(("nsubj", "expelled"), Arc(parse, "Peru"));
        Assert.Equal(("acl:relcl", "Peru"), Arc(parse, "joined"));
        Assert.True(ParseRepair.IsTree(parse));
    }

    [Fact]
    public void Repair_NameAfterACommaReadAsTheObjectOfTheCommaBeforeALaterDay_AppositionOfTheNoun()
    {
        // "met her counterpart from Peru, Luis Vega, on Monday", read with the name the object of the comma, and the comma the day's.
        var parse = GivenParse.Of(
            ("Ruiz", "PROPN", "NNP", 2, "nsubj"), ("met", "VERB", "VBD", 0, "root"), ("her", "PRON", "PRP$", 4, "nmod:poss"), ("counterpart", "NOUN", "NN", 2, "obj"),
            ("from", "ADP", "IN", 6, "case"), ("Peru", "PROPN", "NNP", 4, "nmod"), (",", "PUNCT", ",", 13, "punct"), ("Luis", "PROPN", "NNP", 7, "obj"),
            ("Vega", "PROPN", "NNP", 8, "flat"), (",", "PUNCT", ",", 8, "punct"), ("on", "ADP", "IN", 12, "case"), ("Monday", "PROPN", "NNP", 2, "obl"),
            (".", "PUNCT", ".", 2, "punct"));

        Assert.Equal(("appos", "counterpart"), Arc(parse, "Luis"));
        Assert.True(ParseRepair.IsTree(parse));
    }

    [Fact]
    public void Repair_OpeningPassiveParticipleWithItsClauseAsAConjunct_AdverbialOfTheClause()
    {
        var parse = GivenParse.Of(
            ("Called", "VERB", "VBN", 0, "root"), ("by", "ADP", "IN", 3, "case"), ("Ruiz", "PROPN", "NNP", 1, "obl:agent"),
            (",", "PUNCT", ",", 5, "punct"), ("Vega", "PROPN", "NNP", 6, "nsubj"), ("discussed", "VERB", "VBD", 1, "conj"),
            ("the", "DET", "DT", 8, "det"), ("dispute", "NOUN", "NN", 6, "obj"), (".", "PUNCT", ".", 1, "punct"));

        Assert.Equal("root", Word(parse, "discussed").Relation);
        Assert.Equal(("advcl", "discussed"), (Word(parse, "Called").Relation, parse.HeadOf(Word(parse, "Called"))?.Form));
        Assert.Equal(("nsubj", "discussed"), (Word(parse, "Vega").Relation, parse.HeadOf(Word(parse, "Vega"))?.Form));
    }

    [Fact]
    public void Repair_OpeningPassiveParticipleWithTheSubjectAsItsOblique_AdverbialOfTheClause()
    {
        var parse = GivenParse.Of(
            ("Expelled", "VERB", "VBN", 0, "root"), ("by", "ADP", "IN", 3, "case"), ("Mali", "PROPN", "NNP", 1, "obl:agent"),
            (",", "PUNCT", ",", 6, "punct"), ("the", "DET", "DT", 6, "det"), ("envoy", "NOUN", "NN", 1, "obl"),
            ("returned", "VERB", "VBD", 6, "acl"), ("home", "ADV", "RB", 7, "advmod"), (".", "PUNCT", ".", 1, "punct"));

        Assert.Equal("root", Word(parse, "returned").Relation);
        Assert.Equal(("nsubj", "returned"), (Word(parse, "envoy").Relation, parse.HeadOf(Word(parse, "envoy"))?.Form));
        Assert.Equal(("advcl", "returned"), (Word(parse, "Expelled").Relation, parse.HeadOf(Word(parse, "Expelled"))?.Form));
    }

    [Fact]
    public void Repair_PrepositionOnTheNumberOfAPhrase_CaseOfItsNoun()
    {
        var parse = GivenParse.Of(
            ("Peru", "PROPN", "NNP", 2, "nsubj"), ("barred", "VERB", "VBD", 0, "root"), ("entry", "NOUN", "NN", 2, "obj"),
            ("to", "ADP", "IN", 5, "case"), ("21", "NUM", "CD", 6, "nummod"), ("officials", "NOUN", "NNS", 3, "nmod"));

        Assert.Equal(("case", "officials"), (Word(parse, "to").Relation, parse.HeadOf(Word(parse, "to"))?.Form));
        Assert.Equal("nmod", Word(parse, "officials").Relation);
    }
}
