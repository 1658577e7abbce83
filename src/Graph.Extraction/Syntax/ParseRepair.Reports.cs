using Graph.Extraction.Mentions;

namespace Graph.Extraction.Syntax;

/// <summary>
/// Reported speech, whose attributions news sets around what is said ("X did Y, the ministry said"; "Russia, Biden
/// said, is …"; "an official cited by SPA said"; "telling reporters he …"): the verb of saying takes what is said as
/// its complement.
/// </summary>
internal static partial class ParseRepair
{
    /// <summary>
    /// "X spoke to Y, the White House said, after …", read with the report as an adverbial clause of "said":
    /// a finite clause with no mark that ends with a comma right before the subject of "said" is what was said.
    /// </summary>
    private static bool ReportBeforeItsSource(SentenceParse parse, SyntaxWord w)
    {
        if (w.Relation == "advcl" && w.Upos == "VERB" && parse.HeadOf(w) is { Upos: "VERB" } sayer && w.Index < sayer.Index
            && !parse.ChildrenOf(w).Any(c => c.Relation == "mark") && parse.ChildrenOf(w).Any(c => c.Relation.StartsWith("nsubj", StringComparison.Ordinal))
            && parse.ChildrenOf(sayer, "nsubj").FirstOrDefault() is { } sayerSubject && sayerSubject.Index > w.Index
            && !parse.ChildrenOf(sayer).Any(c => c.Relation is "ccomp" or "obj" or "xcomp")
            && parse.FirstWordOf(sayerSubject).Index is var subjectStart and > 0 && parse.Words[subjectStart - 1].Form == ","
            && Adjoins(parse, w, sayerSubject))
        {
            w.Relation = "ccomp";
            return true;
        }

        return false;
    }

    /// <summary>
    /// "X arrived in Santiago late on Monday, the ministry said.", read with "said" an adverbial clause or a conjunct (with
    /// no "and") of the report's verb (and "late" hung on "said"): a verb of saying that closes the sentence, with its subject after a comma, says
    /// the sentence before it, so it is the root and the report its complement, with what the parser hung on it before
    /// the comma given back to the report.
    /// </summary>
    private static bool ClosingReportReadAsAClauseOfTheReport(SentenceParse parse, SyntaxWord w) => w.Upos == "VERB" && SaysOrTells(w.Form) && ClosingReportReadAsAClauseOfTheReportRest(parse, w);

    /// <summary>The rest of <see cref="ClosingReportReadAsAClauseOfTheReport"/>, apart so that its lambdas allocate only for the words that pass its first test.</summary>
    private static bool ClosingReportReadAsAClauseOfTheReportRest(SentenceParse parse, SyntaxWord w)
    {
        // The report may be a predicate with a copula ("Chile is behind the attack, Peru claimed"), which the parser
        // reads the closing verb as a clause of.
        // "…, the spokesman told reporters.": a verb of telling closes the sentence with whom it told.
        var told = TellVerbs.Contains(w.Form);
        if (w.Relation is not ("advcl" or "acl" or "conj" or "parataxis") || w.Upos != "VERB" || !SaysOrTells(w.Form)
            || parse.HeadOf(w) is not { Head: < 0 } report || !(report.Upos == "VERB" && w.Relation is "advcl" or "conj" || parse.HasChild(report, "cop"))
            || report.Index > w.Index || parse.Words.Skip(w.Index + 1).Any(x => x.Upos != "PUNCT" && !(told && parse.Dominates(w, x) && parse.HeadOf(x) == w && x.Relation is "obj" or "iobj"))
            || parse.ChildrenOf(w).Any(c => c.Relation is "mark" or "ccomp" or "cc" || c.Relation == "obj" && !told)
            || parse.ChildrenOf(w, "nsubj").FirstOrDefault() is not { } source || source.Index < report.Index
            // The comma may hang on the source's phrase itself.
            || parse.Subtree(source).FirstOrDefault(x => x.Upos != "PUNCT") is not { Index: var start } || start < 1 || parse.Words[start - 1].Form != ",")
            return false;
        var comma = start - 1;
        w.BecomeRoot(report);
        w.Adopt(report, w, "ccomp");
        foreach (var c in parse.ChildrenOf(w).Where(c => c.Index < comma && c != report).ToList())
            report.Adopt(c, w, c.Relation);
        return true;
    }

    /// <summary>
    /// "The talks were constructive, the minister told reporters.", read with "told" a modifier of "reporters" and the
    /// two a phrase of the report: "told" right before the noun that closes the sentence, with the source between it and
    /// a comma after the report, is the sentence's verb, the report its complement, the source its subject and the noun
    /// its object.
    /// </summary>
    private static bool ClosingTellReadAsModifier(SentenceParse parse, SyntaxWord w) =>
        w.Relation == "amod" && w.Upos == "VERB" && w.Form == "told" && ClosingTellReadAsModifierRest(parse, w);

    /// <summary>The rest of <see cref="ClosingTellReadAsModifier"/>, apart so that its lambdas allocate only for the words that pass its first test.</summary>
    private static bool ClosingTellReadAsModifierRest(SentenceParse parse, SyntaxWord w)
    {
        if (parse.HeadOf(w) is not { Upos: "NOUN" or "PRON" } told || told.Index != w.Index + 1 || parse.Words.Skip(told.Index + 1).Any(x => x.Upos != "PUNCT")
            || parse.Root is not { } report || report.Index > w.Index || report == told)
            return false;
        // The source: the phrase that ends right before "told" and starts right after a comma (read as the subject of
        // "told" or of the noun it modifies, or hanging on neither).
        var source = parse.ChildrenOf(w).FirstOrDefault(c => c.Relation.StartsWith("nsubj", StringComparison.Ordinal))
            ?? parse.ChildrenOf(told).FirstOrDefault(c => c.Relation.StartsWith("nsubj", StringComparison.Ordinal) && c.Index < w.Index)
            // Past a comma the parser hung on "told" ("…, the agency's chief, X, told reporters").
            ?? parse.Words[parse.Words[w.Index - 1] is { Form: "," } hungComma && hungComma.Head == w.Index && w.Index >= 2 ? w.Index - 2 : w.Index - 1];
        while (parse.HeadOf(source) is { } up && up.Index < w.Index && up.Index > report.Index && up != told)
            source = up;
        // A comma the parser hung on "told" may be all the source found is: no phrase there. The comma after the report
        // may come before the quote mark that closes it; a comma after the source's phrase may hang on the noun.
        if (parse.Subtree(source).FirstOrDefault(x => x.Upos != "PUNCT") is not { Index: var start } || source.Upos is not ("NOUN" or "PROPN" or "PRON") || start < 3
            || (QuoteMarks.Contains(parse.Words[start - 1].Form) ? start - 2 : start - 1) is var comma && (parse.Words[comma].Form != "," || comma <= report.Index)
            || parse.Subtree(source).Count(x => x.Index >= start && x.Index < w.Index) is var covered && covered != w.Index - start
                && !(covered == w.Index - start - 1 && parse.Words[w.Index - 1].Form == ",") && !parse.ChildrenOf(w).Contains(source))
            return false;
        var toldHead = parse.HeadOf(told)!;
        w.BecomeRoot(told);
        w.Adopt(report, w, "ccomp");
        w.Adopt(told, toldHead, "obj");
        if (parse.HeadOf(source) is { } sourceHead && sourceHead != w)
            w.Adopt(source, sourceHead, "nsubj");
        else
            source.Relation = "nsubj";
        w.Xpos = "VBD";
        return true;
    }

    /// <summary>
    /// "Germany will send tanks to Ukraine, Chancellor X said on Wednesday.", read with the speaker a conjunct of the
    /// last noun before the comma and the verb of saying a clause of the report: a verb of saying that closes the sentence
    /// (but for its own time or place) with no subject says the sentence before it, and the noun phrase between the comma
    /// and the verb is its subject.
    /// </summary>
    private static bool SourceReadAsAConjunctOfTheReport(SentenceParse parse, SyntaxWord w) =>
        w.Upos == "VERB" && w.Relation is "root" or "xcomp" or "advcl" or "conj" or "parataxis" or "dep" && ClosingReports.Contains(w.Form) && SourceReadAsAConjunctOfTheReportRest(parse, w);

    /// <summary>The rest of <see cref="SourceReadAsAConjunctOfTheReport"/>, apart so that its lambdas allocate only for the words that pass its first test.</summary>
    private static bool SourceReadAsAConjunctOfTheReportRest(SentenceParse parse, SyntaxWord w)
    {
        // The verb of saying may already be the root, with the report its complement.
        var root = w.Head < 0;
        var report = root ? parse.ChildrenOf(w).FirstOrDefault(c => c.Relation is "ccomp" or "parataxis" && c.Upos == "VERB") : parse.HeadOf(w);
        // "Serbia has no plans to …, President X said": the report's object may be read as the subject of the saying.
        var misreadObject = root && report is { Upos: "VERB" } && !parse.HasChild(report, "obj")
            ? parse.ChildrenOf(w).FirstOrDefault(c => c.Relation == "nsubj" && c.Upos == "NOUN" && c.Index > report.Index)
            : null;
        if (report is not { Upos: "VERB" } || !root && report.Head >= 0 || report.Index > w.Index || w.Index < 2
            || parse.ChildrenOf(w).Any(c => c.Relation.StartsWith("nsubj", StringComparison.Ordinal) && c != misreadObject || c.Relation is "mark" or "obj" or "cc" || c.Relation == "ccomp" && !root)
            || parse.Words[w.Index - 1] is not { Upos: "NOUN" or "PROPN" } last || parse.Words.Skip(w.Index + 1).Any(x => x.Upos != "PUNCT" && !parse.Dominates(w, x)))
            return false;
        var source = last;
        while (parse.HeadOf(source) is { } up && up.Index > source.Index - 6 && up.Index < w.Index && source.Relation is "flat" or "compound" or "nmod:desc" or "amod")
            source = up;
        // The comma may hang on the source's phrase itself.
        if (source.Relation is not ("conj" or "appos") || parse.Subtree(source).First(x => x.Upos != "PUNCT").Index is var start && (start < 2 || parse.Words[start - 1].Form != ",")
            || parse.LastWordOf(source).Index != w.Index - 1 || parse.HeadOf(source) is not { } former
            || !parse.Dominates(report, former) && (misreadObject is null || !parse.Dominates(misreadObject, former)) || misreadObject is not null && misreadObject.Index > start)
            return false;
        if (misreadObject is not null)
            report.Adopt(misreadObject, w, "obj");
        if (!root)
        {
            w.BecomeRoot(report);
            w.Adopt(report, w, "ccomp");
            PunctuationAfter(parse, report, w);
        }

        w.Adopt(source, former, "nsubj");
        return true;
    }

    /// <summary>
    /// "told X last week that Warsaw had been taking steps", read as a relative clause on "week" with "that" as
    /// the object of "taking", which has one: "that" is the mark of the clause the verb of saying takes. So also
    /// "said on Monday that talks would resume", where a verb of speech's day or week is no antecedent of a clause
    /// with its own subject.
    /// </summary>
    private static bool ThatAfterATimeNoun(SentenceParse parse, SyntaxWord w) => w.Relation == "obj" && w.Form.Equals("that", StringComparison.OrdinalIgnoreCase) && ThatAfterATimeNounRest(parse, w);

    /// <summary>The rest of <see cref="ThatAfterATimeNoun"/>, apart so that its lambdas allocate only for the words that pass its first test.</summary>
    private static bool ThatAfterATimeNounRest(SentenceParse parse, SyntaxWord w)
    {
        if (w.Relation == "obj" && w.Form.Equals("that", StringComparison.OrdinalIgnoreCase) && parse.HeadOf(w) is { Upos: "VERB" } clauseVerb
            && clauseVerb.Relation is "acl:relcl" or "acl"
            && parse.HeadOf(clauseVerb) is { Upos: "NOUN" or "PROPN" } relativeNoun
            && relativeNoun.Relation is "obl" or "obl:unmarked" or "obl:tmod" && parse.HeadOf(relativeNoun) is { Upos: "VERB" } saying
            && (parse.ChildrenOf(clauseVerb, "obj").Any(o => o != w) && !parse.HasChild(relativeNoun, "case")
                || WordLists.SpeechVerbs.Contains(saying.Form) && IsTimeWord(relativeNoun)
                    && parse.ChildrenOf(clauseVerb).Any(c => c.Relation is "nsubj" or "nsubj:pass")))
        {
            w.Relation = "mark";
            saying.Adopt(clauseVerb, relativeNoun, "ccomp");
            return true;
        }

        return false;
    }

    /// <summary>
    /// "Russia, Biden said, is trying …", read with Russia a second subject of "said": the subject set off
    /// before the speaker's is the subject of what was said, the first clause after the verb with none.
    /// </summary>
    private static bool SubjectBeforeTheSpeaker(SentenceParse parse, SyntaxWord w) => w.Relation == "nsubj" && w.Head > w.Index && SubjectBeforeTheSpeakerRest(parse, w);

    /// <summary>The rest of <see cref="SubjectBeforeTheSpeaker"/>, apart so that its lambdas allocate only for the words that pass its first test.</summary>
    private static bool SubjectBeforeTheSpeakerRest(SentenceParse parse, SyntaxWord w)
    {
        if (w.Relation == "nsubj" && parse.HeadOf(w) is { Upos: "VERB" } reporter && w.Index < reporter.Index && BeforeComma(parse, w)
            && parse.ChildrenOf(reporter, "nsubj").FirstOrDefault(n => n.Index > w.Index) is { } speaker && parse.LastWordOf(speaker).Index + 1 == reporter.Index
            && Adjoins(parse, w, speaker)
            && parse.Subtree(reporter).FirstOrDefault(c => c.Index > reporter.Index && c.Upos is "VERB" or "ADJ" or "NOUN"
                && c.Relation is "ccomp" or "xcomp" or "parataxis" or "advcl" && !parse.ChildrenOf(c).Any(x => x.Relation.StartsWith("nsubj", StringComparison.Ordinal))) is { } said)
        {
            said.Adopt(w, reporter, "nsubj");
            return true;
        }

        return false;
    }

    /// <summary>
    /// Verbs that take the person addressed as object and what they are told as a clause ("told reporters he …"):
    /// English verbs of telling and informing, in the forms news uses.
    /// </summary>
    private static readonly HashSet<string> TellVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "tell", "tells", "told", "telling", "assure", "assured", "assuring", "inform", "informed", "informing", "remind", "reminded",
        "reminding", "warn", "warned", "warning", "notify", "notified", "convince", "convinced", "promise", "promised", "advise", "advised",
    };

    /// <summary>
    /// "telling reporters he looked forward to …", read as a relative clause on "reporters" (or "told reporters the
    /// US was monitoring …", as a parataxis): a clause with a personal pronoun for subject (any subject, for a
    /// parataxis) and no relative word after the person a verb of telling addresses is what it tells.
    /// </summary>
    private static bool ToldClauseAsRelative(SentenceParse parse, SyntaxWord w) => w.Relation is "acl:relcl" or "acl" or "parataxis" && w.Upos == "VERB" && ToldClauseAsRelativeRest(parse, w);

    /// <summary>The rest of <see cref="ToldClauseAsRelative"/>, apart so that its lambdas allocate only for the words that pass its first test.</summary>
    private static bool ToldClauseAsRelativeRest(SentenceParse parse, SyntaxWord w)
    {
        if (w.Relation is "acl:relcl" or "acl" or "parataxis" && w.Upos == "VERB" && parse.HeadOf(w) is { Relation: "obj" or "iobj" } addressee
            && parse.HeadOf(addressee) is { Upos: "VERB" } teller2 && TellVerbs.Contains(teller2.Form)
            // A relative clause may have a pronoun subject of its own; a parataxis on a person addressed is never one.
            && parse.ChildrenOf(w).Any(c => c.Relation == "nsubj" && (c.Xpos == "PRP" || w.Relation == "parataxis") && c.Index > addressee.Index)
            && !parse.ChildrenOf(w).Any(c => c.Xpos is "WDT" or "WP" or "WP$" or "WRB" || c.Relation == "mark"))
        {
            teller2.Adopt(w, addressee, "ccomp");
            return true;
        }

        return false;
    }

    /// <summary>
    /// "An official cited by SPA said …", "Sanctions imposed on Iran by the EU took effect", read with "by" marking a clause
    /// whose subject is the name after it: "by" marks a clause only before a gerund ("by imposing"), so before a name it is
    /// the agent's preposition and the name the agent of the participle before it. The finite verb after the name is the
    /// verb of the noun the participle describes, in the place the parser gave that noun or the participle.
    /// </summary>
    private static bool AgentReadAsTheSubjectOfAClause(SentenceParse parse, SyntaxWord w) =>
        w.Relation == "mark" && w.Index > 0 && w.Form.Equals("by", StringComparison.OrdinalIgnoreCase) && AgentReadAsTheSubjectOfAClauseRest(parse, w);

    /// <summary>The rest of <see cref="AgentReadAsTheSubjectOfAClause"/>, apart so that its lambdas allocate only for the words that pass its first test.</summary>
    private static bool AgentReadAsTheSubjectOfAClauseRest(SentenceParse parse, SyntaxWord by)
    {
        if (parse.HeadOf(by) is not { Upos: "VERB" } verb || verb.Index < by.Index
            || parse.ChildrenOf(verb).FirstOrDefault(c => c.Relation.StartsWith("nsubj", StringComparison.Ordinal) && c.Index > by.Index) is not { } agent
            || parse.FirstWordOf(agent).Index != by.Index + 1 || ParticipleBefore(parse, by) is not { } participle || parse.HasChild(participle, "obl:agent"))
            return false;
        participle.Adopt(agent, verb, "obl:agent");
        agent.Adopt(by, verb, "case");
        participle.Xpos = "VBN";
        if (DescribedNoun(parse, participle) is not { } noun)
            return true;
        // "An official cited by SPA said the country decided …": the official already the subject of what reports.
        if (parse.HeadOf(noun) == verb)
        {
            if (noun.Relation == "nsubj")
                SubordinateReport(parse, verb);
            return true;
        }

        var top = parse.HeadOf(verb) == participle ? participle : parse.HeadOf(verb) == noun ? noun : null;
        if (top is null || !IsTensed(parse, verb) || parse.ChildrenOf(verb).Any(c => c.Relation.StartsWith("nsubj", StringComparison.Ordinal)))
            return true;
        var topHead = parse.HeadOf(top);
        if (topHead is null)
            verb.BecomeRoot(top);
        else
            topHead.Adopt(verb, top, top.Relation);
        verb.Adopt(noun, parse.HeadOf(noun) ?? verb, parse.HasChild(verb, "aux:pass") ? "nsubj:pass" : "nsubj");
        if (participle.Relation != "acl")
            noun.Adopt(participle, parse.HeadOf(participle) ?? verb, "acl");
        PunctuationAfter(parse, top, verb);
        return true;
    }

    /// <summary>
    /// A past or present verb, or a participle with a tensed auxiliary ("were lifted"); unlike <see cref="Finite"/>, not a
    /// participle the tagger may have misread.
    /// </summary>
    private static bool IsTensed(SentenceParse parse, SyntaxWord verb) =>
        verb.Xpos is "VBD" or "VBZ" or "VBP"
        || verb.Xpos == "VBN" && parse.ChildrenOf(verb).Any(c => c.Relation is "aux" or "aux:pass" && c.Xpos is "VBD" or "VBZ" or "VBP" or "MD");

    /// <summary>The participle whose phrase runs up to the word ("imposed on Iran" before "by"), or null.</summary>
    private static SyntaxWord? ParticipleBefore(SentenceParse parse, SyntaxWord w)
    {
        for (var at = parse.Words[w.Index - 1]; at is not null && at.Index < w.Index; at = parse.HeadOf(at))
        {
            if (at.Upos == "VERB" && at.Xpos is "VBN" or "VBD")
                return at;
        }

        return null;
    }

    /// <summary>
    /// The noun a participle with no auxiliary or object comes right after: its head when the parser made the participle
    /// the noun's clause, its subject when it made it a verb; null for any other.
    /// </summary>
    private static SyntaxWord? DescribedNoun(SentenceParse parse, SyntaxWord participle)
    {
        if (parse.ChildrenOf(participle).Any(c => c.Relation is "aux" or "aux:pass" or "obj" or "cop"))
            return null;
        var noun = participle.Relation == "acl" ? parse.HeadOf(participle) : parse.ChildrenOf(participle, "nsubj").FirstOrDefault();
        // Also set off by a comma ("The freeze on X, imposed by Y last year, was extended").
        return noun is { Upos: "NOUN" or "PROPN" } && noun.Index < participle.Index
            && parse.Subtree(noun).Last(x => x.Index < participle.Index).Index is var last
            && (last + 1 == participle.Index || last + 2 == participle.Index && parse.Words[last + 1].Form == ",") ? noun : null;
    }

    /// <summary>
    /// "An official said the country decided …", read with "said" as an adverbial clause of "decided": a finite verb
    /// with a subject and no mark, right before the subject of the verb it hangs on, reports that verb's clause.
    /// </summary>
    private static void SubordinateReport(SentenceParse parse, SyntaxWord verb)
    {
        if (verb.Relation != "advcl" || parse.ChildrenOf(verb).Any(c => c.Relation == "mark") || parse.HeadOf(verb) is not { } reported
            || reported.Index < verb.Index || parse.ChildrenOf(reported, "nsubj").FirstOrDefault() is not { } subject
            || parse.LastWordOf(verb).Index + 1 != parse.FirstWordOf(subject).Index)
            return;
        if (parse.HeadOf(reported) is { } above)
            above.Adopt(verb, reported, reported.Relation);
        else
            verb.BecomeRoot(reported);
        verb.Adopt(reported, parse.HeadOf(reported) ?? verb, "ccomp");
    }

    /// <summary>
    /// "X held talks with the Saudi monarch, the statement said", read with "with the Saudi monarch" as the
    /// saying's: a verb of saying after what it reports takes nothing between that and its own subject.
    /// </summary>
    private static bool SayingTakesNothingBetween(SentenceParse parse, SyntaxWord w) => w.Relation is "obl" or "obj" or "advmod" or "nmod" && SayingTakesNothingBetweenRest(parse, w);

    /// <summary>The rest of <see cref="SayingTakesNothingBetween"/>, apart so that its lambdas allocate only for the words that pass its first test.</summary>
    private static bool SayingTakesNothingBetweenRest(SentenceParse parse, SyntaxWord w)
    {
        if (w.Relation is "obl" or "obj" or "advmod" or "nmod" && parse.HeadOf(w) is { Upos: "VERB" } reporting
            && parse.ChildrenOf(reporting).FirstOrDefault(c => c.Relation == "ccomp" && c.Index < w.Index) is { } report
            && parse.ChildrenOf(reporting, "nsubj").FirstOrDefault() is { } reportingSubject && w.Index < reportingSubject.Index
            && reportingSubject.Index < reporting.Index)
        {
            report.Adopt(w, reporting, w.Relation == "nmod" ? "obl" : w.Relation);
            return true;
        }

        return false;
    }

    /// <summary>
    /// "The agency says a militant group, the Baluchistan Liberation Army, claimed responsibility", read with the group
    /// the object of "says" and "claimed" a conjunct of it: a verb of saying whose object is followed, after an
    /// apposition or a relative clause set off by commas, by a finite verb with no subject and no "and" reports that clause, with the object
    /// its subject.
    /// </summary>
    private static bool SubjectReadAsTheObjectOfSaying(SentenceParse parse, SyntaxWord w) => w.Relation == "conj" && w.Upos == "VERB" && SubjectReadAsTheObjectOfSayingRest(parse, w);

    /// <summary>The rest of <see cref="SubjectReadAsTheObjectOfSaying"/>, apart so that its lambdas allocate only for the words that pass its first test.</summary>
    private static bool SubjectReadAsTheObjectOfSayingRest(SentenceParse parse, SyntaxWord w)
    {
        if (w.Relation != "conj" || w.Upos != "VERB" || w.Xpos is not ("VBD" or "VBZ" or "VBP")
            || parse.HeadOf(w) is not { Upos: "VERB" } saying || !ClosingReports.Contains(saying.Form) || saying.Index > w.Index
            || parse.ChildrenOf(w).Any(c => c.Relation is "cc" or "mark" || c.Relation.StartsWith("nsubj", StringComparison.Ordinal))
            || parse.ChildrenOf(saying, "obj").FirstOrDefault() is not { Upos: "NOUN" or "PROPN" } said
            || !parse.ChildrenOf(said).Any(c => c.Relation is "appos" or "acl:relcl") || !BeforeComma(parse, said))
            return false;
        // Between the object's phrase and the verb: the comma, and the verb's own adverbs ("openly claimed").
        var last = parse.LastWordOf(said).Index;
        if (parse.Words.Skip(last + 1).Take(w.Index - last - 1).Any(x => x.Form != "," && !parse.Dominates(w, x)))
            return false;
        saying.Adopt(w, saying, "ccomp");
        w.Adopt(said, saying, "nsubj");
        return true;
    }

    /// <summary>
    /// "Witnesses say a missile from an Israeli drone struck a car", read with the missile the object of "say" and
    /// "struck" its complement without a subject: a verb of saying takes no object and a clause both (it says the
    /// clause, not to anyone), so the object's phrase, ending right before the clause's verb, is that verb's subject.
    /// </summary>
    private static bool SubjectReadAsTheObjectBeforeTheReport(SentenceParse parse, SyntaxWord w)
    {
        if (w.Relation != "ccomp" || w.Upos != "VERB" || w.Xpos is not ("VBD" or "VBZ" or "VBP") || parse.HeadOf(w) is not { Upos: "VERB" } saying
            || !(ClosingReports.Contains(saying.Form) || saying.Form.Equals("say", StringComparison.OrdinalIgnoreCase)) || saying.Index > w.Index)
            return false;
        SyntaxWord? said = null;
        for (var i = 0; i < saying.Dependents.Count; i++)
        {
            var c = saying.Dependents[i];
            if (c.Relation == "obj" && c.Upos is "NOUN" or "PROPN" && c.Index < w.Index)
                said = c;
        }

        if (said is null || parse.LastWordOf(said).Index + 1 != parse.FirstWordOf(w).Index)
            return false;
        for (var i = 0; i < w.Dependents.Count; i++)
        {
            var c = w.Dependents[i];
            if (c.Relation is "cc" or "mark" || c.Relation.StartsWith("nsubj", StringComparison.Ordinal))
                return false;
        }

        w.Adopt(said, saying, "nsubj");
        return true;
    }

    /// <summary>
    /// "Kyiv said Russian troops had executed prisoners, accusing Moscow of war crimes", read with the participle on the
    /// verb of what was said: a participle of speech after a comma at the end of a clause said, with no subject of its
    /// own, is the sayer's when the clause's own subject cannot speak ("troops", "jets"), and "adding" always is (one adds
    /// to what one said); "officials defended the president, saying …" is the officials'.
    /// </summary>
    private static bool SpeechParticipleReadAsTheReported(SentenceParse parse, SyntaxWord w)
    {
        if (w.Relation != "advcl" || w.Xpos != "VBG" || !SpeechParticiples.Contains(w.Form) || parse.HeadOf(w) is not { Relation: "ccomp" } reported
            || parse.HeadOf(reported) is not { } saying || !Says.Contains(saying.Form) || w.Index < 1 || parse.Words[w.Index - 1].Form != ","
            || w.Index < reported.Index || parse.ChildrenOf(w).Any(c => c.Relation.StartsWith("nsubj", StringComparison.Ordinal) || c.Relation == "mark")
            || !w.Form.Equals("adding", StringComparison.OrdinalIgnoreCase)
                && parse.ChildrenOf(reported).FirstOrDefault(c => c.Relation.StartsWith("nsubj", StringComparison.Ordinal)) is { } subject
                && (subject.Upos is "PROPN" or "PRON" || SpeakingNouns.Contains(subject.Form)))
            return false;
        saying.Adopt(w, reported, "advcl");
        // "…, adding that Chilean firms were ready", with the clause added left on the verb of what was said before.
        foreach (var added in parse.ChildrenOf(reported).Where(c => c.Relation == "ccomp" && c.Index > w.Index).ToList())
            w.Adopt(added, reported, "ccomp");
        return true;
    }

    /// <summary>English nouns of people and bodies that speak for a side.</summary>
    private static readonly HashSet<string> SpeakingNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "official", "officials", "leader", "leaders", "minister", "ministers", "government", "governments", "authorities", "diplomat",
        "diplomats", "spokesman", "spokeswoman", "spokesperson", "president", "ministry", "ambassador", "envoy", "envoys", "negotiators",
        "lawmakers", "administration", "opposition", "critics", "analysts", "residents", "witnesses", "people", "group", "party",
    };

    /// <summary>English participles of speaking that go on with what a sayer says.</summary>
    private static readonly HashSet<string> SpeechParticiples = new(StringComparer.OrdinalIgnoreCase)
    {
        "adding", "saying", "calling", "accusing", "blaming", "describing", "warning", "urging", "noting", "stressing",
        "insisting", "claiming", "charging", "arguing", "denouncing", "condemning", "vowing", "threatening", "denying",
    };

    /// <summary>
    /// Verbs news closes a report with ("…, the ministry said."): the common attribution verbs, past and present.
    /// </summary>
    private static readonly HashSet<string> ClosingReports = new(StringComparer.OrdinalIgnoreCase)
    {
        "said", "says", "added", "adds", "reported", "reports", "announced", "announces", "confirmed", "confirms", "stated",
        "states", "noted", "notes", "claimed", "claims", "wrote", "writes", "insisted", "insists",
    };

    /// <summary>
    /// ""We are ready," the foreign minister of Chile, Ana Ruiz, said.", read with the minister inside the quotation
    /// and "said" without a subject: the phrase between the closing quotation mark and a closing verb of saying with
    /// no subject is its subject, when one noun heads it.
    /// </summary>
    private static bool SourceAfterTheQuote(SentenceParse parse, SyntaxWord w)
    {
        if (w.Upos != "VERB" || !ClosingReports.Contains(w.Form) || parse.ChildrenOf(w).Any(c => c.Relation.StartsWith("nsubj", StringComparison.Ordinal)))
            return false;
        var end = w.Index - 1;
        while (end >= 0 && parse.Words[end].Form == ",")
            end--;
        var start = end;
        while (start > 0 && !QuoteMarks.Contains(parse.Words[start - 1].Form) && w.Index - start < 12)
            start--;
        if (start < 1 || start > end || !QuoteMarks.Contains(parse.Words[start - 1].Form))
            return false;
        var heads = new List<SyntaxWord>();
        for (var k = start; k <= end; k++)
        {
            if (parse.Words[k] is { Upos: not "PUNCT" } x && (x.Head < start || x.Head > end))
                heads.Add(x);
        }

        if (heads is not [{ Upos: "NOUN" or "PROPN" } source] || parse.HeadOf(source) is not { } former || former == w)
            return false;
        w.Adopt(source, former, "nsubj");
        return true;
    }

    /// <summary>
    /// "Security forces killed three militants in a raid, police said.", read with "killed" an auxiliary of "said" and
    /// the militants its complement: a verb is no auxiliary, so a verb hung as one on a closing verb of saying is the
    /// report, and the noun after it that "said" took is its object.
    /// </summary>
    private static bool VerbReadAsAuxiliary(SentenceParse parse, SyntaxWord w) => w.Relation == "aux" && w.Upos == "VERB" && VerbReadAsAuxiliaryRest(parse, w);

    /// <summary>The rest of <see cref="VerbReadAsAuxiliary"/>, apart so that its lambdas allocate only for the words that pass its first test.</summary>
    private static bool VerbReadAsAuxiliaryRest(SentenceParse parse, SyntaxWord w)
    {
        if (w.Relation != "aux" || w.Upos != "VERB" || parse.HeadOf(w) is not { Upos: "VERB" } saying || saying.Index < w.Index
            || !ClosingReports.Contains(saying.Form))
            return false;
        w.Relation = "ccomp";
        if (parse.ChildrenOf(saying).FirstOrDefault(c => c.Index > w.Index && c.Relation is "ccomp" or "obj" && c.Upos is "NOUN" or "PROPN") is { } done)
            w.Adopt(done, saying, "obj");
        return true;
    }

    /// <summary>A noun phrase of the quoted verb that fills the words between the closing quotation mark and the verb of telling.</summary>
    private static SyntaxWord? TellerHungOnTheQuote(SentenceParse parse, SyntaxWord report, SyntaxWord telling, int closing)
    {
        for (var i = 0; i < report.Dependents.Count; i++)
        {
            var c = report.Dependents[i];
            if (c.Index > closing && c.Index < telling.Index && c.Upos is "NOUN" or "PROPN" && c.Relation is not ("nsubj" or "nsubj:pass")
                && parse.FirstWordOf(c).Index is var first && (first == closing + 1 || first == closing && parse.Words[closing].Head == c.Index)
                && parse.LastWordOf(c).Index >= telling.Index - 2)
                return c;
        }

        return null;
    }

    /// <summary>
    /// ""We will not accept this," Wafula told reporters after …", read with "told" a complement of the quoted verb: a
    /// verb of saying or telling whose subject follows the closing quotation mark says the quotation before it, so it
    /// is the root and the quotation its complement.
    /// </summary>
    private static bool TellerAfterTheQuote(SentenceParse parse, SyntaxWord w)
    {
        if (w.Upos != "VERB" || w.Relation is not ("xcomp" or "advcl" or "conj" or "parataxis" or "ccomp") || parse.HeadOf(w) is not { Head: < 0 } report
            || report.Index > w.Index || !SaysOrTells(w.Form) || !QuoteMarks.Contains(parse.Words[0].Form))
            return false;
        var closing = -1;
        for (var k = w.Index - 1; k > report.Index; k--)
        {
            if (QuoteMarks.Contains(parse.Words[k].Form))
            {
                closing = k;
                break;
            }
        }

        if (closing < 0)
            return false;
        SyntaxWord? subject = null;
        for (var i = 0; i < w.Dependents.Count; i++)
        {
            var c = w.Dependents[i];
            if (c.Relation is "mark" or "cc")
                return false;
            if (c.Relation == "nsubj")
                subject = c;
        }

        // ""…," the agency's chief, X, told …", with the teller hung on the quoted verb: the phrase right between the
        // closing quotation mark and the verb is the verb's subject.
        if (subject is null && TellerHungOnTheQuote(parse, report, w, closing) is { } teller)
        {
            // The closing quotation mark is the quotation's, wherever the parser hung it.
            if (parse.Words[closing].Head == teller.Index)
                report.Adopt(parse.Words[closing], teller, "punct");
            w.Adopt(teller, report, "nsubj");
            subject = teller;
        }

        if (subject is null || parse.FirstWordOf(subject).Index <= closing)
            return false;
        w.BecomeRoot(report);
        w.Adopt(report, w, "ccomp");
        // A loop, not a lambda: one over "report" would allocate its closure on every call of this method.
        var inside = new List<SyntaxWord>();
        for (var i = 0; i < w.Dependents.Count; i++)
        {
            if (w.Dependents[i] is var c && c.Index < closing && c != report)
                inside.Add(c);
        }

        foreach (var c in inside)
            report.Adopt(c, w, c.Relation);
        return true;
    }

    /// <summary>
    /// "Peru's foreign ministry said in a statement that Chile had violated the treaty", read with the "that" clause
    /// describing the statement: a verb of saying with nothing said says the clause its "in" phrase's noun was given.
    /// </summary>
    private static bool SaidInWhatThatClause(SentenceParse parse, SyntaxWord w)
    {
        if (w.Relation is not ("acl" or "acl:relcl") || w.Upos != "VERB" || parse.HeadOf(w) is not { } noun)
            return false;
        // "said in a statement on Monday that …", read with the clause on the day.
        if (noun.Relation == "nmod" && IsTimeWord(noun) && parse.HeadOf(noun) is { } owner)
            noun = owner;
        if (noun.Relation != "obl" || noun.Index > w.Index
            || parse.HeadOf(noun) is not { Upos: "VERB" } saying || !SaysOrTells(saying.Form))
            return false;
        bool that = false, subject = false;
        for (var i = 0; i < w.Dependents.Count; i++)
        {
            var c = w.Dependents[i];
            that |= c.Relation == "mark" && IsThat(c);
            subject |= c.Relation is "nsubj" or "nsubj:pass";
        }

        if (!that || !subject || !parse.ChildrenOf(noun, "case").Any(c => c.Form.Equals("in", StringComparison.OrdinalIgnoreCase)))
            return false;
        for (var i = 0; i < saying.Dependents.Count; i++)
        {
            var c = saying.Dependents[i];
            if (c.Relation is "ccomp" or "obj" or "xcomp")
                return false;
        }

        saying.Adopt(w, parse.HeadOf(w)!, "ccomp");
        return true;
    }

    /// <summary>
    /// "X said on X, "Pakistani aircraft targeted homes."", read with the quote a conjunct of "said" or a clause of the
    /// oblique before it: a clause with a subject of its own, opened by a quotation mark after a verb of saying that has
    /// no complement, is what was said.
    /// </summary>
    private static bool QuoteReadAsAConjunctOfTheSaying(SentenceParse parse, SyntaxWord w) =>
        w.Relation is "conj" or "acl" or "acl:relcl" && w.Upos == "VERB" && QuoteReadAsAConjunctOfTheSayingRest(parse, w);

    /// <summary>The rest of <see cref="QuoteReadAsAConjunctOfTheSaying"/>, apart so that its lambdas allocate only for the words that pass its first test.</summary>
    private static bool QuoteReadAsAConjunctOfTheSayingRest(SentenceParse parse, SyntaxWord w)
    {
        if (parse.HeadOf(w) is not { } head || (head.Upos == "VERB" ? head : parse.HeadOf(head)) is not { Upos: "VERB" } saying
            || !WordLists.SpeechVerbs.Contains(saying.Form) || saying.Index > w.Index || parse.HasChild(w, "cc") || !parse.HasChild(w, "nsubj")
            || parse.Subtree(w).FirstOrDefault(x => !(x.Relation == "punct" && (QuoteMarks.Contains(x.Form) || x.Form == ","))) is not { } opening
            || opening.Index < 1 || !QuoteMarks.Contains(parse.Words[opening.Index - 1].Form) || parse.ChildrenOf(saying).Any(c => c.Relation is "ccomp" or "obj"))
            return false;
        saying.Adopt(w, head, "ccomp");
        return true;
    }

    /// <summary>A verb that reports what was said: a closing verb of saying or a verb of telling.</summary>
    private static bool SaysOrTells(string form) => ClosingReports.Contains(form) || TellVerbs.Contains(form);

    /// <summary>Quotation marks as the tokenizer leaves them.</summary>
    private static readonly HashSet<string> QuoteMarks = new(StringComparer.Ordinal) { "\"", "\u201c", "\u201d", "''", "``" };

    /// <summary>
    /// ""Togo shelled our villages," the defence minister, Kofi Mensah, said.", read with the minister as a second
    /// complement of "said": a noun is no clause without a copula, so a noun complement closing right before a verb of
    /// saying that has no subject is that verb's subject.
    /// </summary>
    private static bool SourceReadAsAComplement(SentenceParse parse, SyntaxWord w)
    {
        if (w.Relation != "ccomp" || w.Upos is not ("NOUN" or "PROPN") || parse.HeadOf(w) is not { Upos: "VERB" } verb || verb.Index < w.Index
            || !ClosingReports.Contains(verb.Form) || parse.HasChild(w, "cop")
            || parse.ChildrenOf(verb).Any(c => c.Relation.StartsWith("nsubj", StringComparison.Ordinal)))
            return false;
        var last = parse.LastWordOf(w).Index;
        while (last + 1 < verb.Index && parse.Words[last + 1].Form == ",")
            last++;
        if (last + 1 != verb.Index)
            return false;
        w.Relation = "nsubj";
        return true;
    }

    /// <summary>
    /// "The EU could impose sanctions on Georgia, its foreign policy chief, Maria Kallas, said.", read with the chief an
    /// adverbial clause (or another phrase) of the report: a noun phrase between a comma and a closing verb of saying
    /// that has no subject is its subject.
    /// </summary>
    private static bool SourceHungOnTheReport(SentenceParse parse, SyntaxWord w)
    {
        if (w.Upos is not ("NOUN" or "PROPN") || w.Relation is not ("advcl" or "obl" or "dep" or "parataxis" or "conj") || parse.HasChild(w, "cop")
            || parse.HasChild(w, "case") || parse.HasChild(w, "cc") || parse.Root is not { Upos: "VERB" } verb || verb.Index < w.Index || !ClosingReports.Contains(verb.Form)
            || parse.ChildrenOf(verb).Any(c => c.Relation.StartsWith("nsubj", StringComparison.Ordinal)) || parse.HeadOf(w) == verb
            || parse.Words.Skip(verb.Index + 1).Any(x => x.Upos != "PUNCT"))
            return false;
        var phrase = parse.Subtree(w).ToList();
        var last = phrase[^1].Index;
        while (last + 1 < verb.Index && parse.Words[last + 1].Form == ",")
            last++;
        if (last + 1 != verb.Index || phrase.FirstOrDefault(x => x.Upos != "PUNCT") is not { Index: var start } || start < 1
            || parse.Words[start - 1].Form != "," && phrase[0].Form != ",")
            return false;
        verb.Adopt(w, parse.HeadOf(w)!, "nsubj");
        return true;
    }

    /// <summary>
    /// "X killed 30 fighters in Lower Y, the defence ministry said.", read with the ministry in apposition to a word of
    /// the report and a noun of the report as the subject of "said": the noun phrase between the last comma and a
    /// closing verb of saying is that verb's subject, and the report's noun goes back to its clause.
    /// </summary>
    private static bool SourceAfterTheReport(SentenceParse parse, SyntaxWord w) => w.Upos == "VERB" && w.Index >= 3 && ClosingReports.Contains(w.Form) && SourceAfterTheReportRest(parse, w);

    /// <summary>The rest of <see cref="SourceAfterTheReport"/>, apart so that its lambdas allocate only for the words that pass its first test.</summary>
    private static bool SourceAfterTheReportRest(SentenceParse parse, SyntaxWord w)
    {
        if (w.Upos != "VERB" || !ClosingReports.Contains(w.Form) || w.Index < 3 || parse.Words[w.Index - 1] is not { Upos: "NOUN" or "PROPN" } source
            || parse.HeadOf(source) == w && source.Relation == "nsubj")
            return false;
        for (var k = w.Index + 1; k < parse.Words.Count; k++)
        {
            if (parse.Words[k].Upos != "PUNCT")
                return false;
        }

        var comma = w.Index - 2;
        while (comma >= 0 && parse.Words[comma].Upos is "DET" or "ADJ" or "NOUN" or "PROPN")
            comma--;
        if (comma < 1 || parse.Words[comma].Form != "," || w.Index - comma > 6)
            return false;
        for (var k = comma + 1; k < source.Index; k++)
        {
            if (parse.Words[k].Head < comma + 1 || parse.Words[k].Head > source.Index)
                return false;
        }

        var report = parse.ChildrenOf(w).FirstOrDefault(c => c.Index < comma && c.Upos == "VERB" && c.Relation is "ccomp" or "parataxis" or "advcl");
        if (report is null || parse.HeadOf(source) is not { } former)
            return false;
        var misread = parse.ChildrenOf(w, "nsubj").FirstOrDefault(n => n.Index < comma);
        w.Adopt(source, former, "nsubj");
        if (misread is not null)
        {
            var relation = misread.Index > report.Index ? "obj" : "nsubj";
            if (!parse.ChildrenOf(report, relation).Any())
                report.Adopt(misread, w, relation);
        }

        return true;
    }

    /// <summary>
    /// "Russian drones violated Polish airspace, the army said." (or "Ukraine said Russian missiles struck a block"),
    /// read with the noun as what was said and the verb a reduced relative on it: a verb with an object hung as a
    /// clause on the noun that a verb of saying takes as its complement or object is the report, and the noun its
    /// subject.
    /// </summary>
    private static bool ReportReadAsANoun(SentenceParse parse, SyntaxWord w) => w.Upos is "NOUN" or "PROPN" && w.Relation is "ccomp" or "obj" && ReportReadAsANounRest(parse, w);

    /// <summary>The rest of <see cref="ReportReadAsANoun"/>, apart so that its lambdas allocate only for the words that pass its first test.</summary>
    private static bool ReportReadAsANounRest(SentenceParse parse, SyntaxWord w)
    {
        // A participle that describes ("reported missiles fired from X") takes no object; one with an object acts.
        if (w.Upos is not ("NOUN" or "PROPN") || parse.HeadOf(w) is not { Upos: "VERB" } saying
            || !(w.Relation == "ccomp" && w.Index < saying.Index || w.Relation is "ccomp" or "obj" && w.Index > saying.Index && ClosingReports.Contains(saying.Form))
            || parse.ChildrenOf(w).FirstOrDefault(c => c.Relation is "acl" or "acl:relcl" && c.Upos == "VERB"
                && c.Xpos is "VBD" or "VBN" or "VBZ") is not { } report
            || report.Index != parse.Subtree(w).Where(x => x.Index < report.Index).Last().Index + 1
            || !parse.ChildrenOf(report).Any(c => c.Relation == "obj") || parse.ChildrenOf(report).Any(c => c.Relation is "mark" or "nsubj" || c.Xpos is "WDT" or "WP"))
            return false;
        saying.Adopt(report, w, "ccomp");
        report.Adopt(w, saying, "nsubj");
        return true;
    }

    /// <summary>
    /// "The army said on Sunday that Togolese troops had shelled …", read with the "that" clause hung on Sunday: a
    /// clause with "that" on a time word the verb takes as an oblique is the verb's complement, when it has none (also
    /// where the parser already calls it a complement, of the time word: "denied on Thursday that Paris had supplied …").
    /// </summary>
    private static bool ClauseOnATimeWord(SentenceParse parse, SyntaxWord w) =>
        (w.Relation is "acl" or "acl:relcl" or "ccomp" or "advcl" && w.Upos == "VERB" || w.Relation == "obj" && w.Form.Equals("that", StringComparison.OrdinalIgnoreCase))
        && ClauseOnATimeWordRest(parse, w);

    /// <summary>The rest of <see cref="ClauseOnATimeWord"/>, apart so that its lambdas allocate only for the words that pass its first test.</summary>
    private static bool ClauseOnATimeWordRest(SentenceParse parse, SyntaxWord w)
    {
        if (w.Relation is "acl" or "acl:relcl" or "ccomp" && w.Upos == "VERB" && ThatOpening(parse, w) is { } that
            && parse.HeadOf(w) is { } time && IsTimeWord(time) && VerbOfTheTime(parse, time) is { } saying && !parse.HasChild(saying, "ccomp"))
        {
            that.Relation = "mark";
            saying.Adopt(w, time, "ccomp");
            return true;
        }

        // "denied on Tuesday that it had supplied drones", read with "that" the day's object and the clause's verb fixed to it.
        if (w.Relation == "obj" && w.Form.Equals("that", StringComparison.OrdinalIgnoreCase) && parse.HeadOf(w) is { } day && IsTimeWord(day)
            && day.Relation.StartsWith("obl", StringComparison.Ordinal) && parse.HeadOf(day) is { Upos: "VERB" } denying && !parse.HasChild(denying, "ccomp")
            && parse.ChildrenOf(w, "fixed").FirstOrDefault(c => c.Upos == "VERB" && c.Index > w.Index) is { } told)
        {
            denying.Adopt(told, w, "ccomp");
            told.Adopt(w, day, "mark");
            return true;
        }

        // "denied on Monday it had expelled …", read as an adverbial clause with no marker: after the day a verb of speech is
        // said on, a clause with its own subject and no marker is what it says.
        if (w.Relation == "advcl" && w.Upos == "VERB" && parse.HeadOf(w) is { Upos: "VERB" } speaking && WordLists.SpeechVerbs.Contains(speaking.Form)
            && !parse.HasChild(speaking, "ccomp") && !parse.HasChild(w, "mark") && w.Index > speaking.Index
            && parse.ChildrenOf(w).FirstOrDefault(c => c.Relation.StartsWith("nsubj", StringComparison.Ordinal)) is { } subject
            && parse.ChildrenOf(speaking).FirstOrDefault(c => c.Relation.StartsWith("obl", StringComparison.Ordinal) && WordLists.Calendar.Contains(c.Form)) is { } spokenOn
            && parse.LastWordOf(spokenOn).Index + 1 == parse.FirstWordOf(subject).Index)
        {
            speaking.Adopt(w, speaking, "ccomp");
            return true;
        }

        // "said on Monday it had expelled …", read as a relative clause on Monday: a day's name takes no relative clause
        // without a relative word, so a clause with a pronoun for subject after it is what the verb says.
        // So too with "that" read as its relative word beside a subject of its own ("said on Friday that Indian troops had fired").
        if (w.Relation == "acl:relcl" && w.Upos == "VERB" && parse.HeadOf(w) is { Upos: "PROPN" } named && WordLists.Calendar.Contains(named.Form)
            && named.Relation.StartsWith("obl", StringComparison.Ordinal) && parse.HeadOf(named) is { Upos: "VERB" } saying2 && saying2.Index < named.Index
            && !parse.HasChild(saying2, "ccomp"))
        {
            var relative = parse.ChildrenOf(w).FirstOrDefault(c => c.Xpos is "WDT" or "WP" or "WP$" or "WRB");
            var own = parse.ChildrenOf(w).FirstOrDefault(c => c.Relation.StartsWith("nsubj", StringComparison.Ordinal) && c != relative);
            if (own is not null && (relative is null ? own.Xpos == "PRP" : relative.Form.Equals("that", StringComparison.OrdinalIgnoreCase) && relative.Index < own.Index))
            {
                if (relative is not null)
                    relative.Relation = "mark";
                saying2.Adopt(w, named, "ccomp");
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The verb a time word dates: the one it is an oblique of, or (a day only) an object of, or, for a verb of speech,
    /// the one whose addressee the parser hung it on ("told reporters on Tuesday").
    /// </summary>
    private static SyntaxWord? VerbOfTheTime(SentenceParse parse, SyntaxWord time) =>
        time.Relation.StartsWith("obl", StringComparison.Ordinal) || time.Relation is "iobj" or "obj" && WordLists.Calendar.Contains(time.Form)
            ? parse.HeadOf(time) is { Upos: "VERB" } verb ? verb : null
            : time.Relation == "nmod" && WordLists.Calendar.Contains(time.Form) && parse.HeadOf(time) is { Relation: "iobj" or "obj" } addressee
                && parse.HeadOf(addressee) is { Upos: "VERB" } teller && WordLists.SpeechVerbs.Contains(teller.Form) ? teller : null;

    /// <summary>A day, a month or a unit of time ("Sunday", "March", "week").</summary>
    private static bool IsTimeWord(SyntaxWord w) => WordLists.Calendar.Contains(w.Form) || WordLists.TimeUnits.Contains(w.Form);

    /// <summary>
    /// The "that" opening a clause: its marker, or the "that" read as the relative pronoun's object where the verb has
    /// an object of its own ("that Accra had supplied weapons"), which only a marker can be. Null where there is none.
    /// </summary>
    private static SyntaxWord? ThatOpening(SentenceParse parse, SyntaxWord verb) =>
        parse.ChildrenOf(verb).FirstOrDefault(c => c.Index < verb.Index && c.Form.Equals("that", StringComparison.OrdinalIgnoreCase)
            && (c.Relation == "mark" || c.Relation == "obj" && parse.ChildrenOf(verb, "obj").Any(o => o != c)));

    /// <summary>
    /// "alleged that Chilean agents had spied on …", read with "that" the object of the verb, the agents its object and
    /// "had" and "spied" clauses on the agents: "that" tagged a subordinator heads nothing, so the verb hung on its noun
    /// is the clause told, with the noun its subject, "had" its auxiliary and "that" its marker.
    /// </summary>
    private static bool SubordinatorReadAsObject(SentenceParse parse, SyntaxWord w) => w.Relation == "obj" && w.Xpos == "IN" && SubordinatorReadAsObjectRest(parse, w);

    /// <summary>The rest of <see cref="SubordinatorReadAsObject"/>, apart so that its lambdas allocate only for the words that pass its first test.</summary>
    private static bool SubordinatorReadAsObjectRest(SentenceParse parse, SyntaxWord w)
    {
        if (!w.Form.Equals("that", StringComparison.OrdinalIgnoreCase) || w.Xpos != "IN" || w.Relation != "obj"
            || parse.HeadOf(w) is not { Upos: "VERB" } saying
            || parse.ChildrenOf(w).FirstOrDefault(c => c.Relation is "obj" or "nsubj" && c.Upos is "NOUN" or "PROPN" or "PRON") is not { } subject
            || parse.ChildrenOf(subject, "acl").LastOrDefault(c => c.Upos == "VERB" && c.Index > subject.Index && c.Xpos is "VBN" or "VBD" or "VBZ" or "VBP") is not { } told)
            return false;
        saying.Adopt(told, subject, "ccomp");
        told.Adopt(subject, w, "nsubj");
        told.Adopt(w, saying, "mark");
        foreach (var aux in parse.ChildrenOf(subject, "acl").Where(c => c.Index > subject.Index && c.Index < told.Index && c.Form.ToLowerInvariant() is "had" or "has" or "have" or "was" or "were").ToList())
        {
            aux.Upos = "AUX";
            told.Adopt(aux, subject, "aux");
        }

        return true;
    }
}
