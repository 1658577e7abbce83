namespace Graph.Extraction.Syntax;

/// <summary>
/// Readings UD does not allow, which the parser (trained on web text, with few news-style titles, lists and reported
/// speech) sometimes gives: a verb with two subjects, a name hung on a noun as a modifier without a preposition, a
/// "that" clause as a conjunct. Each is taken for the construction it stands for, before the extraction reads the
/// sentence. The repairs are grouped by what they mend: words that head nothing (<c>ParseRepair.Heads</c>),
/// appositions, coordination, clauses, subjects and reported speech; each says the reading it mends and why.
/// </summary>
internal static partial class ParseRepair
{
    /// <summary>
    /// The repairs of one word, in the order they are tried; each returns whether the word is done. Each names the
    /// relations and tags of the words its first test lets through, so that the loop calls a repair only for those.
    /// </summary>
    internal static readonly WordRepair[] WordRepairs =
    [
        new(HyphenatedModifier),
        new(NameOnTheTitlesOfPhrase, "appos conj", "PROPN"),
        new(VerbReadAsANamePart, "flat", "VERB"),
        new(VerbWithAnAuxiliaryReadAsModifier, "amod", "VERB"),
        new(PluralReadAsInfinitive),
        new(NounReadAsAVerbAfterAPlural, "ccomp"),
        new(NounWithAnObject, Tags: "NOUN"),
        new(PastReadAsAnAdjectiveOfTheObject, "amod", "ADJ VERB"),
        new(ClauseReadAsObject, "obj", "VERB"),
        new(ObjectOfAPrepositionReadAsAClause, "obj", "NOUN PROPN"),
        new(NounTakesNoOblique, "obl"),
        new(FromPhraseOnTheNounBefore, "nmod obl", "PROPN NOUN"),
        new(ModifierReadAsTheHeadOfATitledName, Tags: "PROPN"),
        new(TitleWordReadAsTheHeadOfItsName, "appos", "PROPN"),
        new(TitleWordReadAsTheObject, "obj", "PROPN"),
        new(ObjectAfterTheObliques, "nmod amod compound appos advcl", "NOUN PROPN"),
        new(TitledNameReadAsAPredicate, "xcomp", "PROPN"),
        new(BetweenPhraseOfTheSubject, "obl"),
        new(DuringPhraseOnTheObject, "nmod"),
        new(TargetOfAnAttackReadAsTheVerbs, "obl", "NOUN PROPN"),
        new(BoundReadAsOblique),
        new(CountedObjectReadAsUnmarked, "obl:unmarked", "NOUN"),
        new(CompoundAcrossAPreposition, "compound", "PROPN NOUN"),
        new(SaidInWhatThatClause, "acl acl:relcl", "VERB"),
        new(DayReadAsTheHeadOfItsNoun),
        new(DayReadAsTheSubjectOfANoun, "nsubj"),
        new(SubjectReadAsAConjunctBeforeItsVerb, "conj", "PROPN NOUN"),
        new(NameReadAsACompoundOfARelativeTime, "obl nmod"),
        new(NameReadAsACompoundOfASpan, "obj obl obl:unmarked"),
        new(PhraseReadAsACompoundOfTheNextPhrase, "compound", "PROPN"),
        new(PhraseWithAPrepositionReadAsAListItem, "list"),
        new(CompanionOfAPlace, "nmod"),
        new(NameReadAsTheObjectOfAName, Tags: "PROPN"),
        new(NameReadAsTheObjectOfALaterWord, "obj", "PROPN"),
        new(PunctuationHeadsNothing),
        new(NameListedAfterItsTitle, "list conj", "PROPN"),
        new(SubjectHungInAFrontedClause, "obj nmod appos conj obl", "NOUN PROPN"),
        new(BareNounBeforeASubjectlessVerb, "obl:unmarked obl:npmod", "NOUN PROPN"),
        new(TitleBeforeTheSubjectReadAsAClause, "ccomp dep parataxis csubj", "NOUN PROPN"),
        new(ParticipleOfTheSubjectReadAsAClause, "advcl"),
        new(NameBetweenTheSubjectAndItsVerb, "appos nmod conj", "PROPN"),
        new(NameBeforeItsDescriptionReadAsOblique, "obl:unmarked obl:npmod nmod:npmod", "PROPN"),
        new(SecondObjectNamesTheFirst, "obj conj"),
        new(DescriptionReadAsACompoundOfTheName, Tags: "PROPN"),
        new(NameReadAsPartOfTheTitlesOfPhrase, Tags: "PROPN"),
        new(NameReadAsTheObjectOfANoun, "obj", "PROPN"),
        new(NameReadAsTheSubjectOfANoun, "nsubj", "PROPN X NOUN"),
        new(NameAfterTheObjectReadAsOblique, "obl", "PROPN"),
        new(NameAfterTheVerbReadAsOblique, "obl", "PROPN"),
        new(NameAfterTheObjectBeforeTheSource, "nsubj", "PROPN"),
        new(ListItemWithAJoiner, "list"),
        new(SubjectOfAJoinedClauseReadAsAConjunct, "conj advcl", "VERB"),
        new(ConjunctWithItsOwnPreposition, "conj", "NOUN PROPN"),
        new(ConjunctParallelToItsOwner, "conj", "NOUN PROPN"),
        new(SecondOfBetweenHungElsewhere, "nmod obl", "NOUN PROPN"),
        new(NamePartHungOnAnEarlierName, "nmod obj dep", "PROPN"),
        new(ObliqueAfterAnApposition, "conj appos", "NOUN PROPN"),
        new(NameAfterABodysAcronymReadAsItsModifier, "nmod", "PROPN"),
        new(PlaceReadAsAnApposition, "appos", "NOUN PROPN"),
        new(ConjunctReadAsAnAppositionOfAPluralSubject, "appos", "NOUN PROPN"),
        new(ListOfNamesReadAsAnApposition, "appos", "PROPN"),
        new(PhraseAfterAClosedApposition, "nmod nmod:unmarked", "NOUN PROPN"),
        new(ParticipleBetweenCommas, "conj", "NOUN"),
        new(NameJoinedToADay, "conj", "PROPN"),
        new(ConjunctOfAJoiner, "conj"),
        new(NameHungOnALaterJoiner, "nsubj obj dep", "NOUN PROPN"),
        new(NameReadAsAConjunctOfItsAdjective, "conj", "PROPN"),
        new(ConjunctWithoutJoiner, "conj", "NOUN PROPN"),
        new(ConjunctOfAConjunct, "conj", "NOUN PROPN"),
        new(ConjunctOfANamePart, "conj"),
        new(NamePartAfterAnd, "flat", "PROPN"),
        new(SubjectOfANounBeforeItsJoiner, "nsubj", "PROPN NOUN"),
        new(SecondSubjectWithItsJoiner, "nsubj", "PROPN NOUN"),
        new(CompoundWithAConjunct, Tags: "PROPN"),
        new(PossessorOfAModifier, "nmod:poss"),
        new(PossessorOfAVerb, "nmod:poss"),
        new(SecondPossessorReadAsConjunct, "nmod:poss"),
        new(SecondPossessorHungOnTheFirstName, "case"),
        new(TitleReadAsASecondPossessor, "nmod:poss", "PROPN NOUN"),
        new(PossessivePronounHeadsNothing),
        new(OfficeParticipleReadAsAVerb, Tags: "VERB"),
        new(AdjectiveWithAnObject, "xcomp obj", "ADJ"),
        new(NumberReadAsAnObject, "obj", "NUM"),
        new(SecondArgumentWithoutAnObject, "iobj xcomp", "PROPN NOUN"),
        new(NumberReadAsTheHeadOfItsNoun, Tags: "NUM"),
        new(HonorificHeadingAName),
        new(HonorificBetweenATitleAndAName, Tags: "NOUN PROPN"),
        new(PhraseHungOnADay, "nmod", "PROPN NOUN"),
        new(AdjectiveHeadingAName),
        new(PastTenseOfAnApposedName, "acl", "VERB"),
        new(SeatReadAsTheHeadOfATitledName, "list", "PROPN"),
        new(VerbAfterBeToReadAsAdjective, "amod", "ADJ"),
        new(BareInfinitiveAfterHelpReadAsANoun, "obj", "NOUN"),
        new(ConjunctReadAsAnAdverbialClause, "advcl parataxis", "VERB"),
        new(ObjectReadAsACompoundOfThePredicate, "obl obj nsubj", "ADJ"),
        new(AdjectiveWithAnArticleAsAnArgument, "nsubj nsubj:pass obj", "ADJ"),
        new(PresentVerbWithAnArticle, Tags: "VERB"),
        new(AdjectiveReadAsMarker, "mark", "ADJ"),
        new(PrepositionReadAsMarker, "mark"),
        new(PrepositionHeadingANoun, "nmod obl", "ADP"),
        new(NounReadAsCase, "case", "NOUN"),
        new(BareNounReadAsATitleOfTheObject, "obl", "PROPN"),
        new(ObjectHungOnABareOblique, "parataxis appos nmod conj dep obl", "PROPN NOUN"),
        new(ArticleHeadsAParticiple, Tags: "DET PROPN NOUN"),
        new(ParticipleAfterAPossessor, Tags: "VERB"),
        new(ParticipleAfterAnArticle),
        new(PossessiveReadAsObject, "obj"),
        new(OwnedNounReadAsPredicative, "xcomp", "NOUN"),
        new(NounBeforeAHyphenatedAdjective, "obj obl nsubj", "NOUN"),
        new(FollowingReadAsAdjective, "amod acl"),
        new(ThatBeforeAPlural, "det"),
        new(BareNameBeforeASubjectlessVerb, "obl obl:unmarked obl:npmod", "PROPN"),
        new(PassiveSubjectOfAnActiveVerb, "nsubj:pass"),
        new(PhraseOpeningWithAnd, "nmod obl obj", "PROPN NOUN"),
        new(BareObliqueWithItsJoiner, "obl", "NOUN PROPN"),
        new(ReportBeforeItsSource, "advcl", "VERB"),
        new(ClosingReportReadAsAClauseOfTheReport, Tags: "VERB"),
        new(ClosingTellReadAsModifier, "amod", "VERB"),
        new(SpeechParticipleReadAsTheReported, "advcl"),
        new(SourceReadAsAConjunctOfTheReport, "root xcomp advcl conj parataxis dep", "VERB"),
        new(TellerAfterTheQuote, "xcomp advcl conj parataxis ccomp", "VERB"),
        new(QuoteReadAsAConjunctOfTheSaying, "conj acl acl:relcl", "VERB"),
        new(ThatAfterATimeNoun, "obj"),
        new(ClauseOnATimeWord, "acl acl:relcl ccomp advcl obj"),
        new(SubordinatorReadAsObject, "obj"),
        new(SubordinatorReadAsPreposition, Tags: "VERB"),
        new(PastReadAsAParticipleOfAReportedSubject, "acl", "VERB"),
        new(TimeReadAsTheSubjectOfATimeClause, "nsubj"),
        new(SpanOfTimeReadAsTheSubject, "nsubj"),
        new(SubjectReadAsTheAppositionOfAnOpeningPhrase, "appos conj", "PROPN"),
        new(PlaceNameReadAsTheSubject, "nsubj", "PROPN"),
        new(GerundReadAsAnAuxiliary, "aux aux:pass"),
        new(NameReadAsTwoSubjects, "nsubj", "PROPN"),
        new(NameAfterItsTitleReadAsASecondSubject, "nsubj", "PROPN"),
        new(TitleWithItsPortfolioReadAsASecondSubject, "nsubj", "PROPN"),
        new(ObjectReadAsASubjectOfTheClosingReport, "nsubj", "PROPN NOUN"),
        new(SubjectOfTheReportReadAsTheSources, Tags: "VERB"),
        new(ClauseReadAsTheObjectOfASaying, "acl", "VERB"),
        new(ParticipleOfTheObjectReadAsAComplement, "xcomp advcl conj acl", "VERB"),
        new(SubjectHungOnADayBeforeTheVerb),
        new(TimeClauseOnANoun, "acl"),
        new(GerundReadAsAnAdverbial, "advcl"),
        new(GerundReadAsAClauseOfItsNoun, "advcl"),
        new(DescriptionWithTheAsConjunct, "conj", "NOUN PROPN"),
        new(SubjectBeforeTheSpeaker, "nsubj"),
        new(ToldClauseAsRelative, "acl:relcl acl parataxis", "VERB"),
        new(AgentReadAsTheSubjectOfAClause, "mark"),
        new(SayingTakesNothingBetween, "obl obj advmod nmod"),
        new(SourceAfterTheReport, Tags: "VERB"),
        new(SourceReadAsAComplement, "ccomp", "NOUN PROPN"),
        new(SourceHungOnTheReport, "advcl obl dep parataxis conj", "NOUN PROPN"),
        new(SourceAfterTheQuote, Tags: "VERB"),
        new(SubjectReadAsTheObjectOfSaying, "conj", "VERB"),
        new(SubjectReadAsTheObjectBeforeTheReport, "ccomp", "VERB"),
        new(VerbReadAsAuxiliary, "aux", "VERB"),
        new(AgentOnTheOblique, "nmod appos"),
        new(PhraseOfTheVerbOnItsAgent, "nmod"),
        new(SubjectReadAsCompound, "compound", "PROPN NOUN PRON"),
        new(SubjectReadAsTheObjectOfAParticiple, "obl obl:unmarked obl:npmod", "NOUN PROPN"),
        new(SubjectOfTheAuxiliary, "nsubj nsubj:pass"),
        new(PluralReadAsTheSubjectOfAnInfinitive, "nsubj"),
        new(NameOfAnOpeningPhraseReadAsTheSubject, "nsubj", "PROPN"),
        new(SecondSubjectOpensTheComplement, "nsubj", "PROPN NOUN"),
        new(SubjectBeforeAMarkedClause, "nsubj", "PROPN NOUN"),
        new(ObjectOfAFrontedParticiple, "nsubj", "PROPN"),
        new(VerbAfterTheAgentOfAParticiple, "acl", "VERB"),
        new(ObjectReadAsAnAgent, "obl:agent"),
        new(AgentOfAnActiveVerb, "obl:agent", "PROPN NOUN"),
        new(PossessorBeforeThePrepositionOfItsNoun, "nmod:poss", "PROPN"),
        new(NameReadAsACompoundOfAnAdjective, "compound", "PROPN"),
        new(PluralReadAsAVerb, "ccomp advcl", "VERB"),
        new(NameAfterTheObjectReadAsSubject, "nsubj", "PROPN"),
        new(NameBeforeAnInfinitive, "nsubj", "PROPN"),
        new(NameAfterTheTitlesOwner, "conj nmod appos", "PROPN"),
        new(SubjectsListedBeforeTheVerb, Tags: "PROPN"),
        new(ReportReadAsANoun, "ccomp obj", "NOUN PROPN"),
        new(PossessorOfTheNextNoun),
        new(NounAsParataxis, "parataxis", "NOUN PROPN"),
        new(NounWithPrepositionIsOblique, "ccomp advcl xcomp", "NOUN PROPN"),
        new(SmallClause, "advcl ccomp xcomp", "ADJ"),
        new(QuotedPredicate, Tags: "ADJ"),
        new(ContentClause, Tags: "VERB"),
        new(MarkedParataxis, "parataxis"),
        new(ThatClauseIsAComplement, "conj advcl"),
        new(ConditionReadAsAComplement, "ccomp advcl"),
        new(ThatClauseOnTheAddressee, "acl acl:relcl"),
        new(ThatReadAsTheObject, "obj"),
        new(ThatOfAComplementReadAsARelative, "obj nsubj"),
        new(ThatReadAsTheSubjectOfATold, "nsubj", "PRON"),
        new(PerfectReadAsAVerb, "xcomp", "VERB"),
        new(PrepositionOpensTheName, "nmod:desc compound amod"),
        new(FrontedPhrase, "nsubj nsubj:pass"),
        new(SourceMergedIntoTheSubject, "case"),
        new(SourceReadAsTheSubject, "case"),
        new(SourceReadAsAnApposition, "case"),
        new(CopulaClauseReadAsApposition, "appos"),
        new(ListAfterAColonReadOnAnother, Tags: "PROPN"),
        new(PastJoinedToANounOrGerund, "conj", "VERB"),
        new(RestrictiveClauseOnAName, "acl:relcl"),
        new(RelativeVerbReadAsAPlural),
        new(RelativeClause, "conj acl acl:relcl", "VERB"),
        new(CopularRelativeReadAsAnOblique, "obl nmod conj parataxis advcl", "NOUN ADJ"),
        new(VerbAsModifier, "amod", "VERB"),
        new(SubjectAfterFronted, "conj appos"),
        new(VerbReadAsAListItemOfTheSubject, "list", "VERB"),
        new(FirstSubjectReadAsABareOblique, "obl", "NOUN PROPN"),
        new(ClauseOfTheSubject),
        new(RelativeClauseReadAsReported),
        new(SubjectReadAsAddressed, "nsubj"),
        new(RelativeReadAsTheMainClause, "nsubj"),
        new(RelativeReadAsAComplement, "nsubj"),
        new(WhoseClauseReadAsTheMainClause),
        new(ParticipleWithAnAgentReadAsTheVerb, "root", "VERB"),
        new(ParticipleWithAnAgentReadAsAClauseOfTheVerb, "advcl"),
        new(ReportedPastReadAsModifier, "ccomp", "NOUN"),
        new(PronounHasNoSubject, "nsubj nsubj:pass"),
        new(PrepositionHeadsNothing, Tags: "ADP"),
        new(PrepositionOnANumber, "case", "ADP"),
        new(CaseOnACompound, "case", "ADP"),
        new(PossessorAsConjunct, "conj"),
        new(DescriptionAfterTheObject, "obl obl:unmarked obl:npmod", "NOUN"),
        new(NamesAndTheirDescriptions, Tags: "PROPN"),
    ];

    /// <summary>Which of <see cref="WordRepairs"/> can mend a word of a given relation and tag.</summary>
    private static readonly RepairGates Gates = new(WordRepairs);

    /// <param name="parses">The article's parses, repaired in place.</param>
    /// <param name="personNames">Token spans of persons' names by sentence index, as the mention finder read them; none where unknown.</param>
    public static void Apply(IReadOnlyList<SentenceParse> parses, IReadOnlyDictionary<int, List<(int First, int End)>>? personNames = null)
    {
        foreach (var parse in parses)
        {
            var heads = parse.Words.Select(w => w.Head).ToArray();
            var relations = parse.Words.Select(w => w.Relation).ToArray();
            try
            {
                if (personNames is not null && personNames.TryGetValue(parse.Sentence.Index, out var names))
                    TitleWithAnOfPhraseBeforeAName(parse, names);
                Repair(parse);
            }
            catch (Exception e) when (e is InvalidOperationException or ArgumentOutOfRangeException)
            {
                // A repair that meets a reading none of its tests foresaw must not cost the article: the parser's own tree.
                Restore(parse, heads, relations);
                continue;
            }

            // A repair that left a cycle would send every walk up the tree round it for ever: the parser's own tree instead.
            if (!IsTree(parse))
                Restore(parse, heads, relations);
        }
    }

    /// <summary>Makes <paramref name="verb"/> the sentence's root in place of <paramref name="former"/>, with that word's dependents after <paramref name="from"/>.</summary>
    private static void TakeTheSentence(SentenceParse parse, SyntaxWord verb, SyntaxWord former, int from)
    {
        verb.BecomeRoot(former);
        foreach (var c in parse.ChildrenOf(former).Where(c => c.Index > from).ToList())
            verb.Adopt(c, former, c.Relation);
    }

    /// <summary>
    /// <paramref name="word"/>, a dependent of <paramref name="former"/>, takes its place: its head and relation (or the
    /// root), and its other dependents. The former head is left hanging on its old head, for the caller to hang anew.
    /// </summary>
    private static void StandInFor(SentenceParse parse, SyntaxWord word, SyntaxWord former)
    {
        if (parse.HeadOf(former) is { } above)
            above.Adopt(word, former, former.Relation);
        else
            word.BecomeRoot(former);
        foreach (var c in parse.ChildrenOf(former).ToList())
            word.Adopt(c, former, c.Relation);
    }

    /// <summary>Whether every word's line of heads reaches a root without passing a word twice.</summary>
    internal static bool IsTree(SentenceParse parse)
    {
        // 0: not seen, 1: on the current line, 2: known to reach a root.
        var state = new byte[parse.Words.Count];
        foreach (var start in parse.Words)
        {
            var at = start;
            while (at is not null && state[at.Index] == 0)
            {
                state[at.Index] = 1;
                at = parse.HeadOf(at);
            }

            if (at is not null && state[at.Index] == 1)
                return false;
            for (var w = start; w is not null && state[w.Index] == 1; w = parse.HeadOf(w))
                state[w.Index] = 2;
        }

        return true;
    }

    private static void Restore(SentenceParse parse, int[] heads, string[] relations)
    {
        foreach (var w in parse.Words)
        {
            if (w.Head != heads[w.Index])
            {
                var current = parse.HeadOf(w);
                if (heads[w.Index] < 0)
                    w.BecomeRoot(current ?? w);
                else
                    parse.Words[heads[w.Index]].Adopt(w, current ?? w, relations[w.Index]);
            }

            w.Relation = relations[w.Index];
        }
    }

    private static void Repair(SentenceParse parse)
    {
        // Before the verbs are sought: a plural read as a verb is none.
        foreach (var w in parse.Words)
            PluralReadAsAVerbObject(parse, w);

        TitleEndingReadAsTheRoot(parse);
        HeadlineVerb(parse);
        HeadlineVerbWithAParticle(parse);
        HeadlineVerbInACompound(parse);
        HeadlineVerbAfterPairedNames(parse);
        FiniteVerbRoot(parse);
        ParticipleReadAsTheVerb(parse);
        OpeningParticipleReadAsTheVerb(parse);
        ParticipleAfterTheSubjectReadAsTheVerb(parse);
        VerbReadAsAParticipleOfTheSubject(parse);
        MarkedClauseReadAsTheMainClause(parse);
        OpeningPerfectReadAsTheSentence(parse);
        foreach (var w in parse.Words)
        {
            var (relation, tag) = (w.Relation, w.Upos);
            var candidates = Gates.For(relation, tag);
            for (var i = candidates.Next(0); i >= 0; i = candidates.Next(i + 1))
            {
                if (WordRepairs[i].Mend(parse, w))
                    break;

                // A repair may change the word and still decline it ("list" read as "conj"): the later ones see it as it now is.
                if (!ReferenceEquals(relation, w.Relation) || !ReferenceEquals(tag, w.Upos))
                    (relation, tag, candidates) = (w.Relation, w.Upos, Gates.For(w.Relation, w.Upos));
            }
        }

        // A passive participle opening the sentence, once the words' repairs have given the clause after it its subject.
        OpeningPassiveParticipleReadAsTheVerb(parse);

        // A phrase with a preposition that a later word's repair left in apposition ("met his counterpart, X, on the
        // sidelines of …", the counterpart's name mended after the phrase was passed), and an object a later repair left
        // on an oblique ("received in Nairobi on Monday Ethiopian Prime Minister X", the name first read as a conjunct), and a
        // clause a later repair left as a phrase of its subject's noun ("The imposition of duties … angered …"), and a name
        // a repair of the words before it left a predicative ("received visiting Australian Trade Minister X").
        foreach (var w in parse.Words)
        {
            if (!ObliqueAfterAnApposition(parse, w) && !ObjectAfterTheObliques(parse, w) && !ClauseReadAsAPhraseOfItsSubject(parse, w) && w.Upos == "PROPN")
                NameReadAsAPredicative(parse, w);
        }

        // Then an adjective left a predicative beside the object ("met visiting Chilean President X").
        foreach (var w in parse.Words)
            AdjectiveBeforeTheObject(parse, w);

        // Last, on the mended tree: an object another repair restored is no sign of a passive.
        foreach (var w in parse.Words)
            PassiveWithoutItsAuxiliary(parse, w);
    }

    /// <summary>
    /// The punctuation after <paramref name="to"/> that hung on <paramref name="from"/> hangs on <paramref name="to"/>, the
    /// word that took its place as the head of the clause.
    /// </summary>
    private static void PunctuationAfter(SentenceParse parse, SyntaxWord from, SyntaxWord to)
    {
        foreach (var c in parse.ChildrenOf(from).Where(c => c.Relation == "punct" && c.Index > to.Index).ToList())
            to.Adopt(c, from, "punct");
    }

    /// <summary>The phrase the word heads opens with a comma, or follows one.</summary>
    private static bool AfterComma(SentenceParse parse, SyntaxWord w) => CommaBefore(parse, w) >= 0;

    /// <summary>The index of the comma opening the word's phrase or right before it; -1 when there is none.</summary>
    private static int CommaBefore(SentenceParse parse, SyntaxWord w)
    {
        var first = parse.FirstWordOf(w).Index;
        return parse.Words[first].Form == "," ? first : first > 0 && parse.Words[first - 1].Form == "," ? first - 1 : -1;
    }

    /// <summary>The word carries the possessive "'s".</summary>
    private static bool IsPossessor(SentenceParse parse, SyntaxWord w) => parse.HasChild(w, "case", IsPossessiveMark);

    /// <summary>The possessive "'s" (or a bare apostrophe after a plural), straight or curly.</summary>
    private static bool IsPossessiveMark(SyntaxWord w) => w.Form is "'s" or "\u2019s" or "'" or "\u2019";

    /// <summary>The second word's phrase follows the first's with at most a comma between them.</summary>
    private static bool Adjoins(SentenceParse parse, SyntaxWord first, SyntaxWord second) =>
        parse.FirstWordOf(second).Index - parse.LastWordOf(first).Index <= 2;

    /// <summary>The phrase the word heads ends with a comma, or a comma follows it.</summary>
    private static bool BeforeComma(SentenceParse parse, SyntaxWord w)
    {
        var last = parse.LastWordOf(w).Index;
        return parse.Words[last].Form == "," || last + 1 < parse.Words.Count && parse.Words[last + 1].Form == ",";
    }
}
