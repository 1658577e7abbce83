using Graph.Core.Model;
using Graph.Extraction.Mentions;
using Graph.Extraction.Syntax;

namespace Graph.Extraction.Events.Frames;

/// <summary>
/// Threats that name no sanction or force: the warner announcing its own act to the one it warns ("warned Sweden that
/// it would block its membership"), and vows of retaliation or force ("vowed to retaliate against Japan", "said it
/// would strike back at Israel").
/// </summary>
internal sealed partial class FrameRule
{
    /// <summary>Modals of a future act.</summary>
    private static readonly HashSet<string> Future = new(StringComparer.Ordinal) { "will", "would", "'ll", "shall" };

    /// <summary>The verb has a modal of a future act ("will retaliate", "would respond").</summary>
    private static bool WillDo(ParsedSentence s, SyntaxWord verb) => s.Children(verb, "aux").Any(a => Future.Contains(s.Lower(a)));

    /// <summary>
    /// "warned Sweden that it would block its NATO membership": a warning whose clause says the warner itself will act
    /// threatens the one warned (CAMEO 130), whatever the act; an act it says it will not do threatens nothing.
    /// </summary>
    private IEnumerable<EventDraft> OwnAct(ParsedSentence s, SyntaxWord warning)
    {
        // ""We will not hesitate to strike back," X warned Y": the act one will not hesitate to do.
        // "warned that it could close its ports if Malta did not …": a possible act held over a condition is threatened too,
        // and so is one held over the one warned ("warned Georgia it could suspend visa-free travel").
        if (s.Children(warning, "ccomp").FirstOrDefault() is not { Upos: "VERB" } clause
            || !WillDo(s, clause) && !(s.Children(clause, "aux").Any(a => s.Lower(a) is "could" or "may" or "might")
                && (s.Children(clause, "advcl").Any(c => s.MarkOf(c) is "if" or "unless") || s.Children(warning).Any(c => c.Relation is "obj" or "iobj")))
            || Undeterred(s, clause) is var act && (act == clause ? Denied(s, act) : s.Children(act).Any(c => c.Relation == "advmod" && s.Lower(c) is "not" or "n't" or "never"))
            || Clause.Doer(s, warning) is not { } doer || Clause.Doer(s, clause) is not { } actor)
            return [];
        var threateners = Voices(Sides.Of(s, doer));
        // "we" in the warner's quoted words is the warner's side.
        var acting = s.Lower(actor) == "we" && s.IsQuoted(actor) ? threateners : Sides.Of(s, actor);
        if (threateners.Count == 0 || !threateners.TrueForAll(t => acting.Exists(a => a.EntityId == t.EntityId)) && !SpeaksForTheState(s, doer, actor))
            return [];
        // "Beijing warned Manila": a capital warned is its government, as one that warns is.
        var warned = Voices(s.Children(warning, "obj").Concat(s.Children(warning, "iobj")).SelectMany(w => Sides.Of(s, w)))
            .Where(m => !threateners.Exists(t => t.EntityId == m.EntityId)).ToList();
        // "warned that they would target any Emirati vessel", "… would respond to any Israeli attack": with no one warned,
        // harm announced threatens the one it is aimed at.
        if (warned.Count == 0 && IsHarm(s, act) && (Clause.Oblique(s, act, "against", "on") ?? Answered(s, act) ?? s.Children(act, "obj").FirstOrDefault()) is { } aimedAt)
            warned = [.. Voices(Sides.Of(s, aimedAt)).Where(m => !threateners.Exists(t => t.EntityId == m.EntityId) && m.Type != EntityType.Location)];
        // "warned that Tehran would close the strait if the United States attacked": the act is held over whoever the
        // condition names as doing what would set it off.
        if (warned.Count == 0 && s.Children(act, "advcl").FirstOrDefault(c => s.MarkOf(c) is "if" or "unless") is { } condition && Clause.Doer(s, condition) is { } provoker)
            warned = [.. Voices(Sides.Of(s, provoker)).Where(m => !threateners.Exists(t => t.EntityId == m.EntityId) && !acting.Exists(a => a.EntityId == m.EntityId))];
        return [.. from t in threateners from w in warned
            select new EventDraft(EventType.Threat, "130", [new Participant(t.EntityId, ParticipantRoles.Threatener), new Participant(w.EntityId, ParticipantRoles.Target)], null, warning.Token, 0.65)];
    }

    /// <summary>English verbs of vowing.</summary>
    private static readonly HashSet<string> Vows = VerbForms.Set("vow", "swear/swore/sworn", "pledge", "promise");

    /// <summary>A verb of paying back harm or of force, or one that takes harm in return ("take countermeasures").</summary>
    private static bool Harmful(ParsedSentence s, SyntaxWord verb) =>
        IsHarm(s, verb) && !Denied(s, verb);

    private static bool IsHarm(ParsedSentence s, SyntaxWord verb) =>
        verb.Upos == "VERB" && (Retaliations.Contains(s.Lower(verb)) || Lexicon.Force.ContainsKey(s.Lower(verb)) || Reprisal(s, verb) is not null
            // "would strike Ethiopia's dam", "would target Emirati ships": striking a side or what a side owns (not "strike a
            // deal", "strike a balance"); "struck" is one of the verbs of force already.
            // "would hit Beirut": so is hitting one (not "sanctions would hit the economy", whose object is no side).
            || (Strikes.Contains(s.Lower(verb)) || s.Lower(verb) is "target" or "targets" or "hit" or "hits") && s.Children(verb, "obj").Any(o => Sides.Of(s, o).Count > 0)
            // "strike back", "hit back": force in return, whoever it is aimed at.
            || HitsBack(s, verb)
            // "would use force against Hezbollah", "would use military force": force used on someone.
            || Uses.Contains(s.Lower(verb)) && s.Children(verb, "obj").Any(o => s.Lower(o) == "force") && Clause.Oblique(s, verb, "against", "on") is not null);

    private static readonly HashSet<string> Uses = VerbForms.Set("use");

    /// <summary>
    /// "said it would not hesitate to strike Y": the act one will not hesitate to do is announced; else the clause's own verb.
    /// </summary>
    private static SyntaxWord Undeterred(ParsedSentence s, SyntaxWord clause) =>
        s.Lower(clause) is "hesitate" && s.Children(clause).Any(c => c.Relation == "advmod" && s.Lower(c) is "not" or "n't" or "never")
        && s.Children(clause, "xcomp").FirstOrDefault(x => IsHarm(s, x) && !s.Children(x).Any(c => c.Relation == "advmod" && s.Lower(c) is "not" or "n't" or "never")) is { } act
            ? act : clause;

    /// <summary>
    /// The object of a verb that names harm in return: "take resolute countermeasures", "adopt retaliatory measures",
    /// or measures or action against someone ("take resolute measures against the Philippines").
    /// </summary>
    private static SyntaxWord? Reprisal(ParsedSentence s, SyntaxWord verb) =>
        s.Children(verb, "obj").FirstOrDefault(o => s.Parse.Subtree(o).Any(w => Lexicon.Harms.Contains(s.Lower(w)))
            || Lexicon.Countering.Contains(s.Lower(o)) && (Clause.Oblique(s, o, "against") ?? Clause.Oblique(s, verb, "against")) is not null);

    /// <summary>"would not attack", "vowed never to strike": harm said not to be coming threatens nothing.</summary>
    private static bool Denied(ParsedSentence s, SyntaxWord verb) =>
        s.Children(verb).Any(c => c.Relation == "advmod" && s.Lower(c) is "not" or "n't" or "never") || Modality.Of(s, verb) == Reality.Negated;

    /// <summary>English adverbs that make a response one of force ("would respond forcefully to any incursion").</summary>
    private static readonly HashSet<string> Forcefully = new(StringComparer.Ordinal)
    {
        "forcefully", "decisively", "firmly", "harshly", "resolutely", "militarily", "robustly", "strongly", "severely",
    };

    /// <summary>
    /// "Pakistani Army chief X warned that Islamabad would respond …": one whose own phrase names a state speaks for that
    /// state, which the clause's subject is (as a country or its capital).
    /// </summary>
    private bool SpeaksForTheState(ParsedSentence s, SyntaxWord sayer, SyntaxWord actor)
    {
        var states = Sides.Of(s, actor).Select(StateOf).OfType<string>().ToHashSet(StringComparer.Ordinal);
        if (states.Count == 0)
            return false;
        // The sayer's phrase, with the modifiers right before it that the parser may hang elsewhere ("Pakistani Army chief").
        var phrase = s.Parse.Subtree(sayer).ToList();
        var first = phrase[0].Index;
        while (first > 0 && s.Parse.Words[first - 1] is { Upos: "ADJ" or "PROPN" or "NOUN" or "PART" } before && before != actor)
            first--;
        for (var k = first; k <= phrase[^1].Index; k++)
        {
            if (s.Parse.Words[k] != actor && s.MentionAt(s.Parse.Words[k]) is { } named && StateOf(named) is { } state && states.Contains(state))
                return true;
        }

        return false;
    }

    /// <summary>The country a mention names, whose capital it is, or whose government ("the Kremlin", "the White House").</summary>
    private string? StateOf(ResolvedMention m) => m.Type switch
    {
        EntityType.Country => m.EntityId,
        EntityType.Location => gazetteer.CapitalOf(m.EntityId)?.EntityId,
        EntityType.Organization => gazetteer.Lookup(m.Text) is { Category: "government", CountryIso2: { } iso2 } ? gazetteer.Country(iso2)?.EntityId : null,
        _ => null,
    };

    /// <summary>"we" in the words a speaker is quoted saying: the speaker's own side.</summary>
    private static bool QuotedWe(ParsedSentence s, SyntaxWord actor) => s.Lower(actor) == "we" && s.IsQuoted(actor);

    /// <summary>Two words stand for the same named sides.</summary>
    private static bool SameSides(ParsedSentence s, SyntaxWord a, SyntaxWord b)
    {
        var first = Sides.Of(s, a).Select(m => m.EntityId).ToHashSet(StringComparer.Ordinal);
        return first.Count > 0 && first.SetEquals(Sides.Of(s, b).Select(m => m.EntityId));
    }

    /// <summary>English verbs of paying back harm.</summary>
    private static readonly HashSet<string> Retaliations = VerbForms.Set("retaliate", "avenge", "punish", "respond");

    /// <summary>
    /// "vowed to retaliate against Japan", "promised to punish Chile", "said it would retaliate against Israel", "vowed to
    /// take countermeasures against Japan": a side
    /// announcing harm it will do is a threat (CAMEO 130) against the one named.
    /// </summary>
    private IEnumerable<EventDraft>? Vow(ParsedSentence s, SyntaxWord v, string lower)
    {
        var paying = Vows.Contains(lower) ? s.Children(v, "xcomp").FirstOrDefault(x => Harmful(s, x))
            : Lexicon.Say.Contains(lower) ? s.Children(v, "ccomp").Where(c => WillDo(s, c)
                    && Clause.Doer(s, c) is { } actor && Clause.Doer(s, v) is { } sayer && (SameSides(s, actor, sayer) || SpeaksForTheState(s, sayer, actor) || QuotedWe(s, actor)))
                .Select(c => Undeterred(s, c) is var act && act != c ? act : Harmful(s, c) ? c : null).FirstOrDefault(c => c is not null)
            : null;
        // ""Israel will pay a heavy price," X said": a side said to be going to pay a price is threatened by the one saying
        // it, not the sayer's own side (by office too: "Hezbollah will pay …", said by Hezbollah's leader).
        if (paying is null && Lexicon.Say.Contains(lower)
            && s.Children(v, "ccomp").FirstOrDefault(c => WillDo(s, c) && s.Children(c, "obj").Any(o => PaysAPrice(s, o))) is { } pays
            && Clause.Doer(s, v) is { } sayer && Clause.Doer(s, pays) is { } payer)
        {
            using var inQuote = s.ReadQuotes(s.IsQuoted(pays));
            if (!SameSides(s, payer, sayer) && !SpeaksForTheState(s, sayer, payer)
                && !(s.MentionAt(sayer) is { } said && Sides.Of(s, payer).Exists(m => m.EntityId == s.Offices.OwnerOf(said.EntityId) || m.EntityId == s.Offices.CountryOf(said.EntityId)))
                && Directed(s, v, EventType.Threat, "130", ParticipantRoles.Threatener, ParticipantRoles.Target, sayer, payer).ToList() is { Count: > 0 } priced)
                return priced;
        }

        if (paying is null)
            return Vowed(s, v, lower);
        // ""We will retaliate against Israel," X said": the one named in the quotation is read with its mentions in view.
        using var quoted = s.ReadQuotes(s.IsQuoted(paying));
        if (s.Lower(paying) is "respond" or "responds" or "responded" or "responding" && !s.Children(paying).Any(c => ParsedSentence.Is(c, "obl") && s.Lower(c) is "force" or "strength"
                || c.Relation == "advmod" && Forcefully.Contains(s.Lower(c))))
            return null;
        var target = Clause.Oblique(s, paying, "against", "on")
            ?? (Reprisal(s, paying) is { } reprisal ? Clause.Oblique(s, reprisal, "against", "on") : s.Children(paying, "obj").FirstOrDefault())
            ?? Answered(s, paying);
        // Force vowed is a threat of force (CAMEO 138); paying back in kind unnamed, of harm (130).
        var cameo = Lexicon.Force.ContainsKey(s.Lower(paying)) || Strikes.Contains(s.Lower(paying)) ? "138" : "130";
        var threats = Directed(s, v, EventType.Threat, cameo, ParticipantRoles.Threatener, ParticipantRoles.Target, Clause.Doer(s, v), target).ToList();
        return threats.Count > 0 ? threats : null;
    }

    /// <summary>
    /// "Pakistan will retaliate unless India withdraws its troops", "Russia would respond if NATO troops were deployed to
    /// Ukraine": harm a side will do on a condition another side's deed sets threatens that side (CAMEO 138 for force, 130
    /// for harm in return), whoever reports it; not "would not retaliate if …".
    /// </summary>
    private IEnumerable<EventDraft>? ConditionalHarm(ParsedSentence s, SyntaxWord v)
    {
        // A pronoun's side is read where a saying names it ("X said it would …": Vow): "the kidnappers said they
        // would kill …" threatens for no named side.
        if (!s.Parse.HasChild(v, "advcl") || !WillDo(s, v) || !IsHarm(s, v) || Denied(s, v) || Clause.Doer(s, v) is not { Upos: not "PRON" } doer
            || s.Children(v).FirstOrDefault(c => ParsedSentence.Is(c, "advcl") && s.MarkOf(c) is "if" or "unless") is not { } condition
            || (Clause.Subject(s, condition) ?? s.Children(condition, "nsubj:pass").FirstOrDefault()) is not { } setter)
            return null;
        var cameo = Lexicon.Force.ContainsKey(s.Lower(v)) || Strikes.Contains(s.Lower(v)) ? "138" : "130";
        var threats = Directed(s, v, EventType.Threat, cameo, ParticipantRoles.Threatener, ParticipantRoles.Target, doer,
            Clause.Oblique(s, v, "against", "on") ?? setter).ToList();
        return threats.Count > 0 ? threats : null;
    }

    /// <summary>
    /// "would respond with force to any provocation by South Korea", "to South Korea's provocations", "to any Philippine
    /// vessel entering the waters": whose deed or thing force answers (the parser may hang "to" and "by" on the force).
    /// </summary>
    private static SyntaxWord? Answered(ParsedSentence s, SyntaxWord paying)
    {
        var force = s.Children(paying).FirstOrDefault(c => ParsedSentence.Is(c, "obl") && s.Lower(c) is "force" or "strength");
        if ((Clause.Oblique(s, paying, "to") ?? (force is null ? null : Clause.Oblique(s, force, "to"))) is not { } answered)
            return null;
        return Clause.Oblique(s, answered, "by") ?? s.Children(answered, "nmod:poss").FirstOrDefault() ?? (force is null ? null : Clause.Oblique(s, force, "by"))
            ?? StateModifier(s, answered);
    }

    /// <summary>
    /// "Iran vowed revenge against Israel", "pledged swift retaliation on the rebels": harm in return vowed as a noun,
    /// against whom "against" or "on" names (on the harm or on the verb), is a threat (CAMEO 130).
    /// </summary>
    private List<EventDraft>? Vowed(ParsedSentence s, SyntaxWord v, string lower)
    {
        if (!Vows.Contains(lower) || Denied(s, v) || s.Children(v, "obj").FirstOrDefault(o => Lexicon.Harms.Contains(s.Lower(o))) is not { } harm)
            return null;
        var threats = Directed(s, v, EventType.Threat, "130", ParticipantRoles.Threatener, ParticipantRoles.Target, Clause.Doer(s, v),
            Clause.Oblique(s, harm, "against", "on") ?? Clause.Oblique(s, v, "against", "on")).ToList();
        return threats.Count > 0 ? threats : null;
    }

    /// <summary>English verbs of giving an ultimatum.</summary>
    private static readonly HashSet<string> Issues = VerbForms.Set("give/gave/given", "issue", "deliver", "set/set/setting", "present", "send/sent", "hand");

    /// <summary>
    /// "ECOWAS gave the junta an ultimatum", "issued an ultimatum to Serbia", "the junta was given an ultimatum by
    /// ECOWAS": an ultimatum (CAMEO 139) from the one who gives it to the one who gets it; null when no verb gives it.
    /// </summary>
    private List<EventDraft>? Ultimatum(ParsedSentence s, SyntaxWord ultimatum)
    {
        if (!ParsedSentence.Is(ultimatum, "obj") && !GivenUntil(s, ultimatum) || s.Head(ultimatum) is not { Upos: "VERB" } verb || !Issues.Contains(s.Lower(verb)))
            return null;
        var given = GivenTo(s, verb, ultimatum) ?? s.Children(verb, "nsubj:pass").FirstOrDefault();
        var threats = Directed(s, verb, EventType.Threat, "139", ParticipantRoles.Threatener, ParticipantRoles.Target, Clause.Doer(s, verb), given).ToList();
        return threats.Count > 0 ? threats : null;
    }

    /// <summary>
    /// Whom a thing given is given to: the verb's indirect object, an object before the thing ("gave Niger an ultimatum"), or
    /// "to" on the verb or on the thing.
    /// </summary>
    private static SyntaxWord? GivenTo(ParsedSentence s, SyntaxWord verb, SyntaxWord thing) =>
        s.Children(verb, "iobj").FirstOrDefault() ?? s.Children(verb, "obj").FirstOrDefault(o => o.Index < thing.Index)
        ?? Clause.Oblique(s, verb, "to") ?? Clause.Oblique(s, thing, "to");

    /// <summary>"issued a warning to Ethiopia", "gave Serbia a stern warning": a warning given to a named party by a named one (CAMEO 130).</summary>
    private List<EventDraft>? WarningGiven(ParsedSentence s, SyntaxWord warning)
    {
        if (!ParsedSentence.Is(warning, "obj") || s.Head(warning) is not { Upos: "VERB" } verb || !Issues.Contains(s.Lower(verb)))
            return null;
        var given = GivenTo(s, verb, warning);
        // "a warning to Americans travelling in Burma" advises a people; it threatens no state.
        if (given is null || s.MentionAt(given) is { Kind: MentionKind.Demonym })
            return null;
        var threats = Directed(s, verb, EventType.Threat, "130", ParticipantRoles.Threatener, ParticipantRoles.Target, Clause.Doer(s, verb), given).ToList();
        return threats.Count > 0 ? threats : null;
    }

    /// <summary>
    /// "gave Chile 48 hours to withdraw its troops", "gave Chile until Friday to withdraw": a counted span of time, or the
    /// time up to a day, given to a state or body (named, not "Chilean firms") to do something is an ultimatum.
    /// </summary>
    private static bool Deadline(ParsedSentence s, SyntaxWord span) =>
        (Clause.Durations.Contains(s.Lower(span)) && s.Has(span, "nummod") && ParsedSentence.Is(span, "obj") || GivenUntil(s, span)) && s.Head(span) is { Upos: "VERB" } giving
        && Gives.Contains(s.Lower(giving))
        && s.Children(giving).Any(c => c.Relation is "iobj" or "obj" && c.Index < span.Index && s.MentionAt(c) is { Type: EntityType.Country or EntityType.Organization })
        && s.Children(giving).Concat(s.Children(span)).Any(c => c.Relation is "advcl" or "xcomp" or "acl" && s.MarkOf(c) == "to");

    private static readonly HashSet<string> Gives = VerbForms.Set("give/gave/given");

    /// <summary>"gave Hamas until Saturday to release the hostages": the time given up to a day.</summary>
    private static bool GivenUntil(ParsedSentence s, SyntaxWord day) => ParsedSentence.Is(day, "obl") && s.CaseOf(day) == "until";

    /// <summary>The ultimatum of a verb of giving time "until" a day (the day is a name, which the nouns' frames do not read).</summary>
    private List<EventDraft>? TimeGivenUntil(ParsedSentence s, SyntaxWord v) =>
        Gives.Contains(s.Lower(v)) && s.Children(v).FirstOrDefault(c => GivenUntil(s, c)) is { } day && Deadline(s, day) ? Ultimatum(s, day) : null;

    /// <summary>Nouns of firing weapons to try or show them ("missile launch", "rocket test").</summary>
    private static readonly HashSet<string> Trials = new(StringComparer.Ordinal) { "launch", "launches", "test", "tests", "test-firing" };

    /// <summary>
    /// "has not ruled out the use of force against Iran", "never ruled out military action against X", "could not rule
    /// out using force if Iran fails …": force kept open is threatened (CAMEO 138), against whom it would be used or the
    /// one whose failing would bring it, when that side is named; not "did not rule out further talks".
    /// </summary>
    private List<EventDraft>? ForceKeptOpen(ParsedSentence s, SyntaxWord v)
    {
        if (s.Children(v).FirstOrDefault(c => c.Relation is "obj" or "xcomp" or "ccomp" || c.Relation == "advcl" && c.Xpos == "VBG" && s.MarkOf(c) == "") is not { } kept
            || Clause.Doer(s, v) is not { } doer)
            return null;
        // "the use of force", "using force": what is used.
        var force = s.Lower(kept) == "use" && Clause.Oblique(s, kept, "of") is { } used ? used
            : kept.Upos == "VERB" && s.Children(kept, "obj").FirstOrDefault() is { } usedObject ? usedObject : kept;
        if (!(s.Lower(force) == "force" || s.Lower(force) is "action" or "intervention" && s.Children(force, "amod").Any(a => s.Lower(a) == "military")
              || Lexicon.AttackNounSet.Contains(s.Lower(force))))
            return null;
        var against = Clause.Oblique(s, force, "against") ?? Clause.Oblique(s, kept, "against") ?? Clause.Oblique(s, v, "against")
            ?? new[] { kept, v }.SelectMany(w => s.Children(w, "advcl")).Where(c => s.MarkOf(c) is "if" or "unless").Select(c => Clause.Subject(s, c)).FirstOrDefault(x => x is not null);
        // Force kept open against no one named threatens no one in particular.
        if (against is null)
            return null;
        var threateners = Voices(Sides.Of(s, doer));
        var targets = Voices(Sides.Of(s, against)).Where(t => !threateners.Exists(m => m.EntityId == t.EntityId)).ToList();
        return targets.Count == 0 ? null : [.. from t in threateners from g in targets
            select new EventDraft(EventType.Threat, "138", [new Participant(t.EntityId, ParticipantRoles.Threatener), new Participant(g.EntityId, ParticipantRoles.Target)], null, v.Token, 0.65)];
    }
}
