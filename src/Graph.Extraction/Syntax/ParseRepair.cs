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
    /// <summary>The repairs of one word, in the order they are tried; each returns whether the word is done.</summary>
    private static readonly Func<SentenceParse, SyntaxWord, bool>[] WordRepairs =
    [
        HyphenatedModifier,
        NameOnTheTitlesOfPhrase,
        VerbReadAsANamePart,
        VerbWithAnAuxiliaryReadAsModifier,
        PluralReadAsInfinitive,
        NounReadAsAVerbAfterAPlural,
        NounWithAnObject,
        ClauseReadAsObject,
        ObjectOfAPrepositionReadAsAClause,
        NounTakesNoOblique,
        FromPhraseOnTheNounBefore,
        ModifierReadAsTheHeadOfATitledName,
        TitleWordReadAsTheHeadOfItsName,
        TitleWordReadAsTheObject,
        ObjectAfterTheObliques,
        TitledNameReadAsAPredicate,
        BetweenPhraseOfTheSubject,
        DuringPhraseOnTheObject,
        TargetOfAnAttackReadAsTheVerbs,
        BoundReadAsOblique,
        CountedObjectReadAsUnmarked,
        CompoundAcrossAPreposition,
        SaidInWhatThatClause,
        DayReadAsTheHeadOfItsNoun,
        DayReadAsTheSubjectOfANoun,
        NameReadAsACompoundOfARelativeTime,
        NameReadAsACompoundOfASpan,
        PhraseReadAsACompoundOfTheNextPhrase,
        PhraseWithAPrepositionReadAsAListItem,
        CompanionOfAPlace,
        NameReadAsTheObjectOfAName,
        PunctuationHeadsNothing,
        NameListedAfterItsTitle,
        SubjectHungInAFrontedClause,
        BareNounBeforeASubjectlessVerb,
        TitleBeforeTheSubjectReadAsAClause,
        ParticipleOfTheSubjectReadAsAClause,
        NameBetweenTheSubjectAndItsVerb,
        NameBeforeItsDescriptionReadAsOblique,
        SecondObjectNamesTheFirst,
        DescriptionReadAsACompoundOfTheName,
        NameReadAsPartOfTheTitlesOfPhrase,
        NameReadAsTheObjectOfANoun,
        NameReadAsTheSubjectOfANoun,
        NameAfterTheObjectReadAsOblique,
        NameAfterTheVerbReadAsOblique,
        NameAfterTheObjectBeforeTheSource,
        ListItemWithAJoiner,
        SubjectOfAJoinedClauseReadAsAConjunct,
        ConjunctWithItsOwnPreposition,
        ConjunctParallelToItsOwner,
        SecondOfBetweenHungElsewhere,
        NamePartHungOnAnEarlierName,
        ObliqueAfterAnApposition,
        NameAfterABodysAcronymReadAsItsModifier,
        PlaceReadAsAnApposition,
        ConjunctReadAsAnAppositionOfAPluralSubject,
        ListOfNamesReadAsAnApposition,
        PhraseAfterAClosedApposition,
        ParticipleBetweenCommas,
        NameJoinedToADay,
        ConjunctOfAJoiner,
        NameHungOnALaterJoiner,
        NameReadAsAConjunctOfItsAdjective,
        ConjunctWithoutJoiner,
        ConjunctOfAConjunct,
        ConjunctOfANamePart,
        NamePartAfterAnd,
        SubjectOfANounBeforeItsJoiner,
        SecondSubjectWithItsJoiner,
        CompoundWithAConjunct,
        PossessorOfAModifier,
        PossessorOfAVerb,
        SecondPossessorReadAsConjunct,
        SecondPossessorHungOnTheFirstName,
        TitleReadAsASecondPossessor,
        PossessivePronounHeadsNothing,
        OfficeParticipleReadAsAVerb,
        AdjectiveWithAnObject,
        NumberReadAsAnObject,
        SecondArgumentWithoutAnObject,
        NumberReadAsTheHeadOfItsNoun,
        HonorificHeadingAName,
        AdjectiveHeadingAName,
        PastTenseOfAnApposedName,
        SeatReadAsTheHeadOfATitledName,
        VerbAfterBeToReadAsAdjective,
        ObjectReadAsACompoundOfThePredicate,
        AdjectiveWithAnArticleAsAnArgument,
        PresentVerbWithAnArticle,
        AdjectiveReadAsMarker,
        PrepositionReadAsMarker,
        PrepositionHeadingANoun,
        NounReadAsCase,
        ArticleHeadsAParticiple,
        ParticipleAfterAPossessor,
        ParticipleAfterAnArticle,
        PossessiveReadAsObject,
        OwnedNounReadAsPredicative,
        NounBeforeAHyphenatedAdjective,
        FollowingReadAsAdjective,
        ThatBeforeAPlural,
        BareNameBeforeASubjectlessVerb,
        PassiveSubjectOfAnActiveVerb,
        PhraseOpeningWithAnd,
        BareObliqueWithItsJoiner,
        ReportBeforeItsSource,
        ClosingReportReadAsAClauseOfTheReport,
        ClosingTellReadAsModifier,
        SpeechParticipleReadAsTheReported,
        SourceReadAsAConjunctOfTheReport,
        TellerAfterTheQuote,
        QuoteReadAsAConjunctOfTheSaying,
        ThatAfterATimeNoun,
        ClauseOnATimeWord,
        SubordinatorReadAsObject,
        SubordinatorReadAsPreposition,
        TimeReadAsTheSubjectOfATimeClause,
        SpanOfTimeReadAsTheSubject,
        SubjectReadAsTheAppositionOfAnOpeningPhrase,
        PlaceNameReadAsTheSubject,
        GerundReadAsAnAuxiliary,
        NameReadAsTwoSubjects,
        NameAfterItsTitleReadAsASecondSubject,
        TitleWithItsPortfolioReadAsASecondSubject,
        ObjectReadAsASubjectOfTheClosingReport,
        SubjectOfTheReportReadAsTheSources,
        ClauseReadAsTheObjectOfASaying,
        ParticipleOfTheObjectReadAsAComplement,
        SubjectHungOnADayBeforeTheVerb,
        TimeClauseOnANoun,
        GerundReadAsAnAdverbial,
        GerundReadAsAClauseOfItsNoun,
        DescriptionWithTheAsConjunct,
        SubjectBeforeTheSpeaker,
        ToldClauseAsRelative,
        AgentReadAsTheSubjectOfAClause,
        SayingTakesNothingBetween,
        SourceAfterTheReport,
        SourceReadAsAComplement,
        SourceHungOnTheReport,
        SourceAfterTheQuote,
        SubjectReadAsTheObjectOfSaying,
        SubjectReadAsTheObjectBeforeTheReport,
        VerbReadAsAuxiliary,
        AgentOnTheOblique,
        PhraseOfTheVerbOnItsAgent,
        SubjectReadAsCompound,
        SubjectReadAsTheObjectOfAParticiple,
        SubjectOfTheAuxiliary,
        PluralReadAsTheSubjectOfAnInfinitive,
        NameOfAnOpeningPhraseReadAsTheSubject,
        SecondSubjectOpensTheComplement,
        SubjectBeforeAMarkedClause,
        ObjectOfAFrontedParticiple,
        VerbAfterTheAgentOfAParticiple,
        ObjectReadAsAnAgent,
        AgentOfAnActiveVerb,
        PossessorBeforeThePrepositionOfItsNoun,
        NameReadAsACompoundOfAnAdjective,
        PluralReadAsAVerb,
        NameAfterTheObjectReadAsSubject,
        NameBeforeAnInfinitive,
        NameAfterTheTitlesOwner,
        SubjectsListedBeforeTheVerb,
        ReportReadAsANoun,
        PossessorOfTheNextNoun,
        NounAsParataxis,
        NounWithPrepositionIsOblique,
        SmallClause,
        QuotedPredicate,
        ContentClause,
        MarkedParataxis,
        ThatClauseIsAComplement,
        ConditionReadAsAComplement,
        ThatClauseOnTheAddressee,
        ThatReadAsTheObject,
        ThatOfAComplementReadAsARelative,
        PrepositionOpensTheName,
        FrontedPhrase,
        SourceMergedIntoTheSubject,
        SourceReadAsTheSubject,
        SourceReadAsAnApposition,
        CopulaClauseReadAsApposition,
        RestrictiveClauseOnAName,
        RelativeVerbReadAsAPlural,
        RelativeClause,
        CopularRelativeReadAsAnOblique,
        VerbAsModifier,
        SubjectAfterFronted,
        VerbReadAsAListItemOfTheSubject,
        FirstSubjectReadAsABareOblique,
        ClauseOfTheSubject,
        RelativeClauseReadAsReported,
        SubjectReadAsAddressed,
        RelativeReadAsTheMainClause,
        RelativeReadAsAComplement,
        WhoseClauseReadAsTheMainClause,
        ParticipleWithAnAgentReadAsTheVerb,
        ParticipleWithAnAgentReadAsAClauseOfTheVerb,
        ReportedPastReadAsModifier,
        PronounHasNoSubject,
        PrepositionHeadsNothing,
        PrepositionOnANumber,
        CaseOnACompound,
        PossessorAsConjunct,
        DescriptionAfterTheObject,
        NamesAndTheirDescriptions,
    ];

    public static void Apply(IReadOnlyList<SentenceParse> parses)
    {
        foreach (var parse in parses)
        {
            var heads = parse.Words.Select(w => w.Head).ToArray();
            var relations = parse.Words.Select(w => w.Relation).ToArray();
            try
            {
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
        foreach (var w in parse.Words)
        {
            foreach (var repair in WordRepairs)
            {
                if (repair(parse, w))
                    break;
            }
        }

        // A phrase with a preposition that a later word's repair left in apposition ("met his counterpart, X, on the
        // sidelines of …", the counterpart's name mended after the phrase was passed), and an object a later repair left
        // on an oblique ("received in Nairobi on Monday Ethiopian Prime Minister X", the name first read as a conjunct).
        foreach (var w in parse.Words)
        {
            if (!ObliqueAfterAnApposition(parse, w))
                ObjectAfterTheObliques(parse, w);
        }

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
        var first = parse.Subtree(w).First().Index;
        return parse.Words[first].Form == "," ? first : first > 0 && parse.Words[first - 1].Form == "," ? first - 1 : -1;
    }

    /// <summary>The word carries the possessive "'s".</summary>
    private static bool IsPossessor(SentenceParse parse, SyntaxWord w) =>
        parse.ChildrenOf(w, "case").Any(IsPossessiveMark);

    /// <summary>The possessive "'s" (or a bare apostrophe after a plural), straight or curly.</summary>
    private static bool IsPossessiveMark(SyntaxWord w) => w.Form is "'s" or "\u2019s" or "'" or "\u2019";

    /// <summary>The second word's phrase follows the first's with at most a comma between them.</summary>
    private static bool Adjoins(SentenceParse parse, SyntaxWord first, SyntaxWord second) =>
        parse.Subtree(second).First().Index - parse.Subtree(first).Last().Index <= 2;

    /// <summary>The phrase the word heads ends with a comma, or a comma follows it.</summary>
    private static bool BeforeComma(SentenceParse parse, SyntaxWord w)
    {
        var last = parse.Subtree(w).Last().Index;
        return parse.Words[last].Form == "," || last + 1 < parse.Words.Count && parse.Words[last + 1].Form == ",";
    }
}
