using Graph.Core.Model;
using Graph.Extraction.Gazetteers;
using Graph.Extraction.Mentions;
using Graph.Extraction.Syntax;

namespace Graph.Extraction.Events.Frames;

/// <summary>
/// What the parse adds to one sentence's drafts from the surface rules: the frames it reads (<see cref="FrameRule"/>)
/// take the place of the rules' reading of the same trigger; every side that only says whose a description is
/// becomes the person the sentence names ("Kenya's president, Daniel Otieno"); a place the rules missed is read
/// from the trigger's obliques ("in the Peruvian capital"); and events the parse shows as
/// planned, wished, conditional or negated are dropped (<see cref="Modality"/>).
/// </summary>
internal sealed class ParseReading(IGazetteer gazetteer)
{
    private readonly FrameRule _frames = new(gazetteer);

    /// <summary>Types whose trigger may stand in an irrealis clause and still report an event: a threat is about harm to come, a pledge is an offer; negated, they are not events either.</summary>
    private static readonly HashSet<EventType> FutureByNature = [EventType.Threat, EventType.Offer];

    /// <summary>English verbs of telling, whose complement is what is told.</summary>
    internal static readonly HashSet<string> Tells = VerbForms.Set("tell/told", "inform", "assure", "brief");

    /// <summary>Events that are something said: their place is where they were said, a city, not a country.</summary>
    private static readonly HashSet<EventType> SpeechActs = [EventType.Statement, EventType.Accusation, EventType.Denial, EventType.Threat];

    /// <summary>Events that take two sides or more: with one left they are none.</summary>
    private static readonly HashSet<EventType> Encounters = [EventType.Meeting, EventType.PhoneCall, EventType.Negotiation, EventType.Agreement];

    /// <summary>
    /// "Russia attacked Odesa's port": a place struck is where the force was used, not a side of it (the frames read it
    /// so: a city is no party).
    /// </summary>
    private static EventDraft PlaceStruck(EventDraft d)
    {
        if (d.Type != EventType.MilitaryAction || d.Participants.FirstOrDefault(p => p.Role == ParticipantRoles.Target && EntityIds.IsLocation(p.Entity)) is not { } place)
            return d;
        return d with
        {
            Participants = [.. d.Participants.Where(p => !(p.Role == ParticipantRoles.Target && EntityIds.IsLocation(p.Entity)))],
            Location = d.Location ?? place.Entity,
        };
    }

    public List<EventDraft> Apply(ParsedSentence s, List<EventDraft> ruleDrafts)
    {
        var frames = _frames.Find(s).ToList();
        var outread = new HashSet<EventDraft>(ReferenceEqualityComparer.Instance);
        var carried = new Dictionary<EventDraft, EventDraft>(ReferenceEqualityComparer.Instance);
        var drafts = new List<EventDraft>();
        foreach (var drafted in ruleDrafts)
        {
            if (SpeaksAsObject(s, drafted) || VisitorOfAnotherClause(s, drafted) || PartnersOfAnotherClause(s, drafted) || BlamedOnAnother(s, drafted)
                || FiredIntoTheAir(s, drafted) || SaidOfANoun(s, drafted) || SaidByAnUnnamedSubject(s, drafted) || SaidByThePress(s, drafted) || SaidByAnUnnamedAntecedent(s, drafted) || SideInTheDateline(s, drafted) || ByAMishap(s, drafted)
                || ByASportsTeam(s, drafted) || RecalledAThing(s, drafted) || DeniedAGrant(s, drafted) || RespondedByADeed(s, drafted) || WarnedOfWhatWas(s, drafted) || StruckInWords(s, drafted) || WithoutKinsmensOwners(s, CondemnedWithoutAWrong(s, drafted)) is not { } owned
                || WithoutSubjectsOfAJoinedClause(s, owned) is not { } rule)
                continue;
            var specific = MostSpecific(s, rule);
            // "Chilean President Ana Ruiz held talks", read as Chile and Ruiz: one side, no encounter.
            if (specific.Participants.Count < 2 && rule.Participants.Count >= 2 && Encounters.Contains(rule.Type))
                continue;
            if (Unplaced(s, Untold(s, specific)) is not { } untold)
                continue;
            var d = PlaceStruck(untold);
            if (d.Location is null && s.WordOf(d.Trigger) is { } trigger && _frames.Place(s, trigger) is { } place)
                d = d with { Location = place };
            var same = frames.FindAll(f => SameKind(f.Type, d.Type) && SameTrigger(s, f.Trigger, d.Trigger));
            var framed = same.SelectMany(SidesOf).ToHashSet(StringComparer.Ordinal);
            // A place the rule took for a side is no side where the frame reads it as the place ("captured the town of
            // Rubaya in Congo").
            var read = SidesOf(d with { Participants = [.. d.Participants.Where(p => !(EntityIds.IsLocation(p.Entity) && same.Exists(f => f.Location == p.Entity)))] })
                .ToHashSet(StringComparer.Ordinal);
            // The frame reads the sides the rule read, or more specific ones: the frame stands for the event. Where the
            // rule read more (a word the parse misattached), the rule's reading stands.
            // A denial read with no side in common, where the parse gives the verb a subject and none of the rule's sides
            // is one: the rule took a word the parse places elsewhere ("DRC - Rwanda denies …": the label before the
            // dash), and the frame stands. (Not for other kinds: their frames read fronted and reported speakers less
            // well than the rules.)
            // So too a statement whose every speaker the parse places inside what was said ("…, said the Rapid Support
            // Forces had attacked": the rules took the subject after the verb for an inverted speaker).
            if (same.Count > 0 && (read.IsSubsetOf(framed) || d.Type == EventType.Denial && !read.Overlaps(framed) && SubjectNotAmong(s, d.Trigger, read)
                || d.Type == EventType.Statement && !read.Overlaps(framed) && (SpeaksInWhatIsSaid(s, d) || SaysAsQuoted(s, d.Trigger))))
            {
                foreach (var f in same)
                    carried.TryAdd(f, d);
                continue;
            }

            if (same.Count > 0 && framed.IsProperSubsetOf(read))
                outread.UnionWith(same);
            drafts.Add(d);
        }

        drafts.AddRange(frames.Where(f => !outread.Contains(f)).Select(f => carried.TryGetValue(f, out var rule) ? Carry(f, rule) : f));
        for (var i = 0; i < drafts.Count; i++)
        {
            drafts[i] = ToldByItsOfficial(s, AnnouncedSanctions.Read(s, drafts[i]));
            // A country is the place only of what happens there (a meeting, a strike), not of what is said or denied in it,
            // nor of what is done to it ("sanctioned companies in the UAE": the UAE is the target).
            if (drafts[i].Location is { } place && EntityIds.CountryIso2(place) is not null
                && (SpeechActs.Contains(drafts[i].Type) || drafts[i].Participants.Any(p => p.Entity == place)))
                drafts[i] = drafts[i] with { Location = null };
        }
        // Before what is said is weighed against the deeds told at its verb: a warning of another's deed is only said.
        drafts.RemoveAll(d => WarnedOfAnothersDeed(s, d));
        var kept = drafts.FindAll(d => !SaysNothing(d, drafts) && !MetARequirement(s, d) && !VerbalAttacks.ToldWithAScore(s, d) && !SaidByATextNotAdopted(s, d) && !SaidByItsPeople(s, d) && !SaidByItsOthers(s, d) && !SettingOfAMeetingDenied(s, d)
            && (s.WordOf(d.Trigger) is not { } w || Modality.Of(s, w) switch
        {
            Reality.Real => true,
            // A deployment announced counts (annotation guidelines: "actual or announced"); one only possible does not.
            // A pledge is made ("will send aid"), not one only possible or weighed ("could send", "is considering sending").
            Reality.Irrealis => FutureByNature.Contains(d.Type) && !WarnedAgainstOrOnCondition(s, w) && !(d.Type == EventType.Offer && Modality.Hedged(s, w))
                // "G7 ministers will warn Iran of further sanctions": a warning still to be given is no threat yet.
                && !(d.Type == EventType.Threat && Lexicon.Warn.Contains(s.Lower(w)) && s.Children(w, "aux").Any(a => Modality.Modals.Contains(s.Lower(a))))
                || d.Type == EventType.MilitaryAction && (d.Cameo == "154" && Modality.Announced(s, w) || Modality.Attempted(s, w)),
            _ => false,
        }));
        DealTalks.Add(s, kept);
        return kept;
    }

    /// <summary>Roles of those who say or allege, whose side a speaking official may stand for.</summary>
    private static readonly HashSet<string> SayingRoles = new(StringComparer.Ordinal) { ParticipantRoles.Accuser, ParticipantRoles.Speaker, ParticipantRoles.Threatener };

    /// <summary>
    /// "China accused the United States of spying, foreign ministry spokesman Liu Wen told reporters": what a state is
    /// reported to allege, deny or threaten by one of its officials who tells it is the official's (annotation
    /// guidelines: the most specific named actor), when the article names the person in an office of that state.
    /// </summary>
    private EventDraft ToldByItsOfficial(ParsedSentence s, EventDraft d)
    {
        if (d.Type is not (EventType.Accusation or EventType.Denial or EventType.Threat) || s.WordOf(d.Trigger) is not { Upos: "VERB", Relation: "ccomp" } trigger
            || s.Head(trigger) is not { Upos: "VERB" } telling || !(Lexicon.Say.Contains(s.Lower(telling)) || Tells.Contains(s.Lower(telling)))
            || Clause.Doer(s, telling) is not { } teller || Sides.Of(s, teller) is not [{ Type: EntityType.Person } official]
            || s.Offices.CountryOf(official.EntityId) is not { } state)
            return d;
        var replaced = d.Participants.Select(p => SayingRoles.Contains(p.Role) && CapitalMetonymy.StandsFor(p.Entity, gazetteer) == state ? p with { Entity = official.EntityId } : p).ToList();
        return replaced.SequenceEqual(d.Participants) ? d : d with { Participants = replaced };
    }

    /// <summary>
    /// "warned Iran against supplying missiles to Russia", "if Chile sends arms to the rebels": what is warned against or
    /// supposed is no pledge nor threat of the one who would do it.
    /// </summary>
    private static bool WarnedAgainstOrOnCondition(ParsedSentence s, SyntaxWord w) =>
        (ParsedSentence.Is(w, "advcl") || ParsedSentence.Is(w, "acl")) && s.MarkOf(w) is "against" or "if" or "unless";

    /// <summary>"Typhoon Khanun killed 14 people": what a storm, a disease or an accident does is no armed action, even when the name tagger took it for a name.</summary>
    private static bool ByAMishap(ParsedSentence s, EventDraft d) =>
        d.Type == EventType.MilitaryAction && s.WordOf(d.Trigger) is { Upos: "VERB" } verb && Clause.Doer(s, verb) is { } doer && FrameRule.IsMishap(s, doer);

    /// <summary>
    /// "Kim Jong Un's sister warned …", "Luis Vega's son, Carlos Vega, said …": the rules' side read from the owner of a
    /// kinsman who is the subject is not the doer; without it, a draft left with none of a role it had is none.
    /// </summary>
    /// <summary>
    /// "Britain suspended aid to Rwanda and Germany recalled its envoy": a side the rule read as done to that the parse
    /// makes the subject of a clause joined to the trigger's is that clause's doer, not the trigger's target. Without such
    /// a side left, the rule read no event.
    /// </summary>
    private static EventDraft? WithoutSubjectsOfAJoinedClause(ParsedSentence s, EventDraft d)
    {
        if (d.Type is not (EventType.Sanction or EventType.Accusation or EventType.MilitaryAction or EventType.Threat or EventType.Offer)
            || s.WordOf(d.Trigger) is not { } trigger || (trigger.Upos == "VERB" ? trigger : s.Head(trigger)) is not { Upos: "VERB" } verb)
            return d;
        var kept = d.Participants.Where(p => !(p.Role is ParticipantRoles.Target or ParticipantRoles.Accused or ParticipantRoles.Recipient
            && Nearest(s.View, p.Entity, d.Trigger) is { } m && s.HeadOf(m) is { } word && word.Relation.StartsWith("nsubj", StringComparison.Ordinal)
            && s.Head(word) is { Upos: "VERB" } other && other != verb && ParsedSentence.Is(other, "conj") && s.Head(other) == verb
            // Joined by "and" or "but", not a subordinate clause the parser joined ("… unless France lifted …").
            && s.Has(other, "cc") && !s.Has(other, "mark"))).ToList();
        if (kept.Count == d.Participants.Count)
            return d;
        return kept.Exists(p => p.Role is ParticipantRoles.Target or ParticipantRoles.Accused or ParticipantRoles.Recipient) ? d with { Participants = kept } : null;
    }

    private static EventDraft? WithoutKinsmensOwners(ParsedSentence s, EventDraft d)
    {
        if (!HasAKinsmanSubject(s))
            return d;
        List<Participant>? kept = null;
        for (var i = 0; i < d.Participants.Count; i++)
        {
            if (OwnsAKinsman(s, d.Participants[i], d.Trigger))
                kept ??= [.. d.Participants.Take(i)];
            else
                kept?.Add(d.Participants[i]);
        }

        if (kept is null)
            return d;
        return d.Participants.Select(p => p.Role).Distinct().All(role => kept.Exists(p => p.Role == role)) ? d with { Participants = kept } : null;
    }

    private static bool HasAKinsmanSubject(ParsedSentence s)
    {
        foreach (var w in s.Parse.Words)
        {
            if (ParsedSentence.Is(w, "nsubj") && Sides.IsKin(s, w))
                return true;
        }

        return false;
    }

    private static bool OwnsAKinsman(ParsedSentence s, Participant p, int trigger) =>
        Nearest(s.View, p.Entity, trigger) is { } m && s.HeadOf(m) is { Relation: "nmod:poss" } owner
        && s.Head(owner) is { } kinsman && Sides.IsKin(s, kinsman) && ParsedSentence.Is(kinsman, "nsubj");

    /// <summary>
    /// "The French president attacked Italy's migration policy", "attacked Brussels for its migration policy": force whose
    /// object is an idea or a text (<see cref="FrameRule.Intangibles"/>), or with a grievance or a forum (<see cref="VerbalAttacks"/>), is words.
    /// </summary>
    private static bool StruckInWords(ParsedSentence s, EventDraft d) =>
        d.Type == EventType.MilitaryAction && s.WordOf(d.Trigger) is { Upos: "VERB" } verb
        && (Clause.Undergoer(s, verb) is { } struck && FrameRule.Intangibles.Contains(s.Lower(struck)) || VerbalAttacks.Are(s, verb));

    /// <summary>"Kenya met the IMF's conditions", "met its target": what is met is a requirement, not a party.</summary>
    private static bool MetARequirement(ParsedSentence s, EventDraft d) =>
        d.Type == EventType.Meeting && s.WordOf(d.Trigger) is { Upos: "VERB" } verb && Lexicon.Meet.Contains(s.Lower(verb))
        && s.Children(verb, "obj").Any(o => Requirements.Contains(s.Lower(o)));

    /// <summary>English nouns of what is met without meeting anyone: a condition, a target, a deadline.</summary>
    private static readonly HashSet<string> Requirements = new(StringComparer.Ordinal)
    {
        "condition", "conditions", "target", "targets", "demand", "demands", "deadline", "deadlines", "requirement", "requirements",
        "obligation", "obligations", "criteria", "criterion", "standard", "standards", "expectation", "expectations", "goal", "goals",
        "need", "needs", "commitment", "commitments", "terms", "quota", "quotas", "threshold",
    };

    /// <summary>
    /// "Toyota recalled 500,000 vehicles", "recalled its ambassador": "recall" with an object and no clause of what is
    /// remembered takes something back; it says nothing.
    /// </summary>
    private static bool RecalledAThing(ParsedSentence s, EventDraft d) =>
        d.Type == EventType.Statement && s.WordOf(d.Trigger) is { Upos: "VERB" } verb && s.Lower(verb) is "recall" or "recalls" or "recalled" or "recalling"
        && s.Has(verb, "obj") && !s.Has(verb, "ccomp");

    /// <summary>
    /// "Israel denied entry to two lawmakers", "was denied a visa": a denial with someone it is denied to refuses a grant; it
    /// denies no allegation (but "denied the claims to reporters" does).
    /// </summary>
    private static bool DeniedAGrant(ParsedSentence s, EventDraft d) =>
        d.Type == EventType.Denial && s.WordOf(d.Trigger) is { Upos: "VERB" } verb && Lexicon.Deny.Contains(s.Lower(verb))
        && s.Children(verb, "obj").FirstOrDefault() is { } granted && !Lexicon.ClaimNouns.Contains(s.Lower(granted))
        && (s.Has(verb, "iobj") || s.Has(verb, "nsubj:pass")
            || s.Children(verb).Concat(s.Children(verb, "obj").SelectMany(s.Children)).Any(c => (ParsedSentence.Is(c, "obl") || ParsedSentence.Is(c, "nmod")) && s.CaseOf(c) == "to"));

    /// <summary>
    /// "condemned Chinese subsidies for electric cars": the rules take a "for" after the object for the wrong a
    /// condemnation names ("condemned Russia for shelling …", "for the deaths", "condemned Peru for aggression"); a bare
    /// noun after "for" on a thing no name stands for (wherever the parse hangs it) says what the thing is for, and the
    /// condemnation is a Statement (annotation guidelines).
    /// </summary>
    private static EventDraft CondemnedWithoutAWrong(ParsedSentence s, EventDraft d) =>
        d is { Type: EventType.Accusation, Cameo: "111" } && s.WordOf(d.Trigger) is { Upos: "VERB" } verb
        && s.Children(verb, "obj").FirstOrDefault() is { Upos: "NOUN" } condemned && s.MentionAt(condemned) is null
        && (Clause.Oblique(s, verb, "for") ?? Clause.Oblique(s, condemned, "for")) is { Upos: "NOUN" } purpose && purpose.Xpos != "VBG"
        && !s.Children(purpose).Any(c => ParsedSentence.Is(c, "det") || ParsedSentence.Is(c, "nmod:poss"))
            ? d with
            {
                Type = EventType.Statement,
                Participants = [.. d.Participants.Where(p => p.Role == ParticipantRoles.Accuser).Select(p => p with { Role = ParticipantRoles.Speaker })],
            }
            : d;

    /// <summary>
    /// "The Kremlin responded by recalling its ambassador", "Israel responded with air strikes": a response made by a deed
    /// says nothing; the deed is read on its own.
    /// </summary>
    private static bool RespondedByADeed(ParsedSentence s, EventDraft d) =>
        d.Type == EventType.Statement && s.WordOf(d.Trigger) is { Upos: "VERB" } verb && s.Lower(verb) is "respond" or "responds" or "responded" or "responding"
        && !s.Has(verb, "ccomp") && s.Children(verb).Any(c => ParsedSentence.Is(c, "advcl") && s.MarkOf(c) == "by"
            || ParsedSentence.Is(c, "obl") && s.CaseOf(c) == "with" && (Lexicon.AttackNounSet.Contains(s.Lower(c)) || Lexicon.SanctionNouns.Contains(s.Lower(c))));

    /// <summary>
    /// "Egypt warned that the attacks had cost the canal $7 billion": a warning of what has already happened, told in the
    /// past with no modal, threatens nothing.
    /// </summary>
    private static bool WarnedOfWhatWas(ParsedSentence s, EventDraft d) =>
        d.Type == EventType.Threat && s.WordOf(d.Trigger) is { Upos: "VERB" } verb && Lexicon.Warn.Contains(s.Lower(verb))
        && s.Children(verb).FirstOrDefault(c => c.Relation == "ccomp") is { Upos: "VERB" } content
        && !s.Children(content).Any(c => c.Relation is "aux" or "aux:pass" && !(s.Lower(c) is "had" or "has" or "have" or "was" or "were"))
        && (content.Xpos == "VBD" || s.Children(content).Any(c => c.Relation == "aux" && s.Lower(c) is "had" or "has" or "have"));

    /// <summary>
    /// "Nauseda warned that Russia could attack a NATO member": a warning that another named side may do harm foresees it;
    /// the one warning threatens nothing (not "warned that Italy could close its ports", the warner's own state).
    /// </summary>
    private bool WarnedOfAnothersDeed(ParsedSentence s, EventDraft d)
    {
        if (d.Type != EventType.Threat || s.WordOf(d.Trigger) is not { } trigger
            || (Lexicon.Warn.Contains(s.Lower(trigger)) ? trigger : s.Head(trigger)) is not { Upos: "VERB" } verb || !Lexicon.Warn.Contains(s.Lower(verb))
            || s.Children(verb, "ccomp").FirstOrDefault() is not { Upos: "VERB" } content || Clause.Doer(s, content) is not { } doer
            || Sides.Of(s, doer) is not { Count: > 0 } acting)
            return false;
        // "Tehran would retaliate", said by Iran's minister: a capital acts for its state; "warned that Chad would pay a heavy
        // price": the one the harm falls on is the target, not another doer.
        var doers = acting.Select(a => CapitalMetonymy.StandsFor(a.EntityId, gazetteer)).ToList();
        var threateners = d.Participants.Where(p => p.Role == ParticipantRoles.Threatener).Select(p => p.Entity).ToList();
        var targets = d.Participants.Where(p => p.Role == ParticipantRoles.Target).Select(p => CapitalMetonymy.StandsFor(p.Entity, gazetteer)).ToList();
        return threateners.Count > 0 && !doers.Exists(targets.Contains)
            && !threateners.Exists(t => doers.Exists(a => a == CapitalMetonymy.StandsFor(t, gazetteer) || s.Offices.CountryOf(t) == a));
    }

    /// <summary>"The Indian cricket team toured Australia": what a sports team does is no event of its country (<see cref="Sides.IsSportsTeam"/>).</summary>
    private static bool ByASportsTeam(ParsedSentence s, EventDraft d) =>
        s.WordOf(d.Trigger) is { Upos: "VERB" } verb && Clause.Doer(s, verb) is { } doer && Sides.IsSportsTeam(s, doer);

    /// <summary>
    /// "A Japanese official quoted X as saying …": the one quoted says it, which the frame reads; the rules took the
    /// subject of the quoting verb for the speaker.
    /// </summary>
    private static bool SaysAsQuoted(ParsedSentence s, int trigger) =>
        s.WordOf(trigger) is { } saying && ParsedSentence.Is(saying, "advcl") && s.MarkOf(saying) == "as";

    private static bool SubjectNotAmong(ParsedSentence s, int trigger, HashSet<string> sides) =>
        s.WordOf(trigger) is { } w && s.Children(w).Where(c => c.Relation is "nsubj" or "nsubj:pass").ToList() is { Count: > 0 } subjects
        && !subjects.Exists(c => s.MentionAt(c) is { } m && sides.Contains(m.EntityId));

    /// <summary>
    /// Every speaker of the statement is named only after its verb, in the clause the verb says (as the complement's
    /// subject, say). A name before the verb is not taken for one of what is said: that is more often a misread subject.
    /// </summary>
    private static bool SpeaksInWhatIsSaid(ParsedSentence s, EventDraft d)
    {
        if (s.WordOf(d.Trigger) is not { } verb)
            return false;
        return SpeakersNamedOnlyIn(s, d, s.Children(verb, "ccomp"), m => m.FirstToken > d.Trigger);
    }

    /// <summary>Whether the draft has speakers and each is named only in what <paramref name="contents"/> say (where <paramref name="where"/> holds too).</summary>
    private static bool SpeakersNamedOnlyIn(ParsedSentence s, EventDraft d, IEnumerable<SyntaxWord> contents, Func<ResolvedMention, bool> where)
    {
        var said = contents.SelectMany(s.Parse.Subtree).ToHashSet();
        var speakers = d.Participants.Where(p => p.Role == ParticipantRoles.Speaker).ToList();
        return said.Count > 0 && speakers.Count > 0
            && speakers.TrueForAll(p => NamedOnly(s, p.Entity, m => where(m) && s.HeadOf(m) is { } head && said.Contains(head)));
    }

    /// <summary>
    /// "There is no evidence that Russia hacked the machines, the commission said": a saying whose subject the parse gives
    /// as a body the article does not name, and whose every speaker the rule read is named only in what was said (before
    /// or after the verb), is said by that unnamed body.
    /// </summary>
    private static bool SaidByAnUnnamedSubject(ParsedSentence s, EventDraft d)
    {
        if (d.Type != EventType.Statement || s.WordOf(d.Trigger) is not { Upos: "VERB" } verb
            || s.Children(verb, "nsubj").FirstOrDefault() is not { Upos: "NOUN" } subject || s.MentionAt(subject) is not null
            || !s.Children(subject, "det").Any() || s.Parse.Subtree(subject).Any(w => s.MentionAt(w) is not null))
            return false;
        // What was said lies wholly after the verb, or wholly before the subject put after it; a clause on both sides is a
        // broken reading ("French police today said …" read with "today" the subject).
        var contents = s.Children(verb).Where(c => c.Relation is "ccomp" or "parataxis").ToList();
        if (!(contents.TrueForAll(c => s.Parse.Subtree(c).All(w => w.Index > verb.Index))
            || subject.Index > verb.Index || contents.TrueForAll(c => s.Parse.Subtree(c).All(w => w.Index < subject.Index))))
            return false;
        return SpeakersNamedOnlyIn(s, d, contents, _ => true);
    }

    /// <summary>"Iranian media said", "Kenyan newspapers reported": the press of a country is no side that speaks (<see cref="Sides.IsPress"/>).</summary>
    private static bool SaidByThePress(ParsedSentence s, EventDraft d) =>
        d.Type == EventType.Statement && s.WordOf(d.Trigger) is { Upos: "VERB" } verb && s.Children(verb, "nsubj").FirstOrDefault() is { } subject && Sides.IsPress(s, subject);

    /// <summary>
    /// A side the rule read that the sentence names only in its dateline ("BRUSSELS (AP) - The EU imposed …": Brussels
    /// is where the story was filed, no part of the sentence's grammar).
    /// </summary>
    private static bool SideInTheDateline(ParsedSentence s, EventDraft d)
    {
        var dateline = Dateline.Length(s.Parse.Words);
        return dateline > 0 && d.Participants.Any(p => NamedOnly(s, p.Entity, m => s.HeadOf(m) is { } head && head.Index < dateline));
    }

    /// <summary>The sentence names the entity, and every mention of it is where <paramref name="where"/> says.</summary>
    private static bool NamedOnly(ParsedSentence s, string entity, Func<ResolvedMention, bool> where)
    {
        var named = false;
        foreach (var m in s.View.Mentions)
        {
            if (m.EntityId != entity)
                continue;
            if (!where(m))
                return false;
            named = true;
        }

        return named;
    }

    /// <summary>
    /// "Russia vetoed a Security Council resolution calling for a ceasefire", "abstained in the vote on the resolution
    /// condemning the coup", "tabled a draft resolution demanding …": what a text says is said by its authors once it is
    /// adopted or issued, not while it is blocked, drafted or voted on.
    /// </summary>
    private static bool SaidByATextNotAdopted(ParsedSentence s, EventDraft d) =>
        d.Type == EventType.Statement && s.WordOf(d.Trigger) is { Upos: "VERB", Relation: "acl" } saying && s.Head(saying) is { Upos: "NOUN" } text
        && Texts.Contains(s.Lower(text)) && Clause.VerbAbove(s, text) is { } handled
        && (Blocking.Contains(s.Lower(handled))
            // Its drafters call for what it calls for; the body it is put to does not yet.
            || Drafting.Contains(s.Lower(handled)) && !(Clause.Doer(s, handled) is { } drafter && Sides.Of(s, drafter).Exists(m => d.Participants.Any(p => p.Entity == m.EntityId))));

    /// <summary>English verbs of blocking a text or putting it to a vote.</summary>
    private static readonly HashSet<string> Blocking = VerbForms.Set(
        "veto/vetoed/vetoes/vetoing", "block", "reject", "oppose", "abstain", "boycott", "vote");

    /// <summary>English verbs of drafting a text and putting it forward.</summary>
    private static readonly HashSet<string> Drafting = VerbForms.Set(
        "table", "draft", "propose", "submit/submitted/submitting", "introduce", "circulate", "sponsor", "prepare");

    /// <summary>English nouns of a text a body adopts or issues.</summary>
    private static readonly HashSet<string> Texts = new(StringComparer.Ordinal)
    {
        "resolution", "resolutions", "draft", "statement", "text", "motion", "declaration", "communique", "communiqué", "bill", "proposal",
    };

    /// <summary>
    /// A statement or call whose trigger the parse reads as a noun modifying another ("to share missile warning data",
    /// "an Egyptian-owned telephone company"): a word naming a kind of thing, not a saying or a call.
    /// </summary>
    private static bool SaidOfANoun(ParsedSentence s, EventDraft d) =>
        d.Type is EventType.Statement or EventType.PhoneCall && s.WordOf(d.Trigger) is { Upos: "NOUN", Relation: "compound" };

    /// <summary>
    /// "accused Kabul of sheltering the militants who claimed responsibility": a saying whose subject is a relative
    /// pronoun is said by the noun the clause describes; where that noun names no one and none of the rule's speakers
    /// is named in its phrase ("U.S. lawmakers, who say …", "a message by X that calls on …"), the rule took a side from
    /// elsewhere.
    /// </summary>
    private static bool SaidByAnUnnamedAntecedent(ParsedSentence s, EventDraft d) =>
        d.Type == EventType.Statement && s.WordOf(d.Trigger) is { Upos: "VERB", Relation: "acl:relcl" } verb
        && s.Children(verb, "nsubj").Any(c => c.Xpos is "WP" or "WDT") && s.Head(verb) is { Upos: "NOUN" } antecedent && s.MentionAt(antecedent) is null
        && s.Parse.Subtree(antecedent).Where(w => !s.Parse.Dominates(verb, w)).Select(s.MentionAt).OfType<ResolvedMention>().ToList() is var named
        && !d.Participants.Any(p => p.Role == ParticipantRoles.Speaker && named.Exists(m => m.EntityId == p.Entity));

    /// <summary>
    /// A verb of saying read as a deed by another reading of the same word ("recalled its ambassador" is a
    /// sanction, not a recollection): a word is one or the other. Speech acts (accusations, denials, threats) may
    /// have their statement beside them.
    /// </summary>
    private static bool SaysNothing(EventDraft d, List<EventDraft> drafts) =>
        d.Type == EventType.Statement
        && drafts.Exists(o => o.Trigger == d.Trigger && (d.Cameo == "010" && o.Type is not (EventType.Statement or EventType.Accusation or EventType.Denial or EventType.Threat)
            // "welcomed his counterpart" is a meeting, not praise; "ordered the diplomat to leave" an expulsion, not a demand.
            || o.Type is EventType.Meeting or EventType.Sanction))
        // "the EU agreed new sanctions": the agreeing is the sanction, not an agreement.
        || d.Type == EventType.Agreement && drafts.Exists(o => o.Trigger == d.Trigger && o.Type == EventType.Sanction);

    /// <summary>
    /// A frame standing for a rule's draft keeps what only the words tell: the quotation beside the verb, a place the
    /// rule read where the parse hung none on the trigger, and the
    /// more specific kind of saying ("hailed" is praise, CAMEO 051, where the frame reads a plain statement).
    /// </summary>
    private static EventDraft Carry(EventDraft frame, EventDraft rule) => frame with
    {
        Quote = frame.Quote ?? rule.Quote,
        Location = frame.Location ?? rule.Location,
        Cameo = frame.Cameo == "010" && rule.Type == frame.Type ? rule.Cameo : frame.Cameo,
    };

    /// <summary>
    /// A statement whose every speaker the parse shows as the other object of the verb that gives its trigger, or as the
    /// object of the verb its trigger is coordinated with
    /// ("will leave the country and asked …": the surface rules took the object before "and" for the subject), or
    /// another event with a side so named before it.
    /// </summary>
    private static bool SpeaksAsObject(ParsedSentence s, EventDraft d) =>
        // "Peru gave Chile a stern warning": a warning given is spoken by the giver, not by the one given it.
        d.Type == EventType.Statement && s.WordOf(d.Trigger) is { Upos: "NOUN", Relation: "obj" } given
        && d.Participants.Where(p => p.Role == ParticipantRoles.Speaker).ToList() is { Count: > 0 } receivers
        && receivers.TrueForAll(p => Nearest(s.View, p.Entity, d.Trigger) is { } m && s.HeadOf(m) is { Relation: "obj" or "iobj" } o && o != given && o.Head == given.Head)
        || s.WordOf(d.Trigger) is { Relation: "conj" } trigger
        && (d.Type == EventType.Statement
            ? d.Participants.Where(p => p.Role == ParticipantRoles.Speaker).ToList() is { Count: > 0 } speakers && speakers.TrueForAll(p => ObjectOfTheFirst(s, p, d.Trigger, trigger))
            // "visited Kyiv and met Foreign Minister X": what the first verb took is not a side of the second.
            : d.Participants.Any(p => ObjectOfTheFirst(s, p, d.Trigger, trigger) && Nearest(s.View, p.Entity, d.Trigger)!.FirstToken < d.Trigger));

    /// <summary>The side is named as the object of the verb the trigger is coordinated with.</summary>
    private static bool ObjectOfTheFirst(ParsedSentence s, Participant p, int token, SyntaxWord trigger) =>
        Nearest(s.View, p.Entity, token) is { } m && s.HeadOf(m) is { Relation: "obj" } head && s.Head(head) is { } verb && verb.Index == trigger.Head;

    /// <summary>
    /// A visit whose visitors the parse shows are not who travelled: "Tanzania's deportation of Kenyan activists who had
    /// travelled to Dar es Salaam" (the rules took the name before the relative clause for its subject); or forces
    /// that travelled, who are deployed, not visiting ("US troops arrived in Poland"), or goods ("a shipment of tanks
    /// from Poland arrived"); or a visit whose owner is not among its visitors.
    /// </summary>
    private static bool VisitorOfAnotherClause(ParsedSentence s, EventDraft d) =>
        d.Type == EventType.Visit && s.WordOf(d.Trigger) is { Upos: "VERB" } verb && (Lexicon.Travel.Contains(s.Lower(verb)) || Lexicon.Visit.Contains(s.Lower(verb)))
        && Clause.Doer(s, verb) is { } doer
        && (FrameRule.ArrivingForces(s, verb) is not null || FrameRule.ArrivingGoods(s, verb) is not null
            || Sides.Of(s, doer) is { Count: > 0 } travellers && !d.Participants.Any(p => p.Role == ParticipantRoles.Visitor && travellers.Exists(m => m.EntityId == p.Entity)))
        // "Modi's visit to Moscow was criticised by Ukraine's president": a visit's owner is the visitor, named or not.
        || d.Type == EventType.Visit && s.WordOf(d.Trigger) is { Upos: "NOUN" } visit
        && s.Children(visit, "nmod:poss").FirstOrDefault(o => o.Xpos != "PRP$") is { } owner && Sides.Of(s, owner) is var owners
        && !d.Participants.Any(p => p.Role == ParticipantRoles.Visitor && owners.Exists(m => m.EntityId == p.Entity));

    /// <summary>
    /// An accusation the rule read of a side the blame is not laid on: "blames Iceland's calamity on bankers" accuses the
    /// bankers (no one named), not Iceland.
    /// </summary>
    private static bool BlamedOnAnother(ParsedSentence s, EventDraft d) =>
        d.Type == EventType.Accusation && s.WordOf(d.Trigger) is { Upos: "VERB" } verb && FrameRule.BlameLaidOn(s, verb) is { } laidOn
        && Sides.Of(s, laidOn) is var blamed && d.Participants.Any(p => p.Role == ParticipantRoles.Accused && !blamed.Exists(m => m.EntityId == p.Entity));

    /// <summary>"fired shots in the air as supporters cheered": shots aimed at no one are no armed action.</summary>
    private static bool FiredIntoTheAir(ParsedSentence s, EventDraft d) =>
        d.Type == EventType.MilitaryAction && s.WordOf(d.Trigger) is { Upos: "VERB" } verb && (FrameRule.IntoTheAir(s, verb) || s.Children(verb, "obj").Any(o => FrameRule.IntoTheAir(s, o)));

    /// <summary>
    /// "The foreign ministers of India and Pakistan did not meet during the summit": a gathering named as the setting of a
    /// meeting denied is no meeting of the sides that did not meet.
    /// </summary>
    private static bool SettingOfAMeetingDenied(ParsedSentence s, EventDraft d) =>
        d.Type is EventType.Meeting or EventType.Negotiation && s.WordOf(d.Trigger) is { Upos: "NOUN" } setting && ParsedSentence.Is(setting, "obl")
        && s.Head(setting) is { Upos: "VERB" } verb && Lexicon.Meet.Contains(s.Lower(verb)) && Modality.Of(s, verb) == Reality.Negated;

    /// <summary>
    /// "Mali's partners condemned the move": what others a side has say, unnamed, is not the side's (the rules read the
    /// possessor as the speaker).
    /// </summary>
    private static bool SaidByItsOthers(ParsedSentence s, EventDraft d) =>
        SpeechActs.Contains(d.Type) && s.WordOf(d.Trigger) is { Upos: "VERB" } verb
        && s.Children(verb, "nsubj").FirstOrDefault() is { } subject && Sides.OthersOf.Contains(s.Lower(subject))
        && s.Children(subject, "nmod:poss").Select(s.MentionAt).OfType<ResolvedMention>().Any(owner => d.Participants.Any(p => p.Entity == owner.EntityId));

    /// <summary>
    /// "Many Somalis suspect …", "lawyers for the 45-year-old Tunisian argued …": people of a country, counted or one of
    /// them, say nothing for its state (not "the Palestinians rejected the plan", which news writes of their leaders).
    /// </summary>
    private static bool SaidByItsPeople(ParsedSentence s, EventDraft d)
    {
        if (!SpeechActs.Contains(d.Type))
            return false;
        var voices = d.Participants.Where(p => p.Role is ParticipantRoles.Speaker or ParticipantRoles.Accuser or ParticipantRoles.Threatener).ToList();
        // Every mention of the side in the sentence is of its people ("officials in Afghanistan say three Afghans …" speak for it).
        return voices.Count > 0 && voices.TrueForAll(p => s.View.Mentions.Where(m => m.EntityId == p.Entity).ToList() is { Count: > 0 } named
            && named.TrueForAll(m => m.Kind == MentionKind.Demonym && s.HeadOf(m) is { } w && m.Text.EndsWith(w.Form, StringComparison.Ordinal) && IsPeople(s, w)));
    }

    /// <summary>
    /// A demonym that heads its phrase as people: counted ("many Somalis", "two Britons") or one of them ("a Briton", "the
    /// 45-year-old Tunisian"); not "the Sudanese insist", which news writes of a state.
    /// </summary>
    private static bool IsPeople(ParsedSentence s, SyntaxWord w) =>
        w.Upos is "NOUN" or "PROPN" && w.Relation is not ("amod" or "compound" or "nmod:poss" or "flat")
        && (w.Xpos is "NNS" or "NNPS" && s.Children(w).Any(c => c.Relation == "nummod" || c.Relation is "amod" or "det" && Quantities.Contains(s.Lower(c)))
            || w.Xpos is "NN" or "NNP" && s.Children(w, "det").Any(c => s.Lower(c) is "a" or "an" or "one" || s.Lower(c) == "the" && s.Children(w, "amod").Any(a => s.MentionAt(a) is null)));

    /// <summary>English words that count people.</summary>
    private static readonly HashSet<string> Quantities = new(StringComparer.Ordinal) { "many", "some", "most", "few", "several", "numerous", "thousands", "hundreds", "dozens", "millions" };

    /// <summary>
    /// A meeting or call the rule read with sides from another clause, leaving fewer than two of its own: "Erdogan, who
    /// spoke to Putin by phone, offered to host talks between Russia and Ukraine" (the rule took the countries of the
    /// talks, where the one spoken to is no name it knows). A side's clause is the nearest verb above its name; the
    /// trigger's own (the verb a trigger noun is an oblique or object of), or one above it, is the event's, but for the
    /// agent or another oblique of a passive the trigger's verb is a conjunct of.
    /// </summary>
    private static bool PartnersOfAnotherClause(ParsedSentence s, EventDraft d)
    {
        // A trigger noun's clause is the verb it hangs on ("spoke to X by phone").
        if (d.Type is not (EventType.Meeting or EventType.PhoneCall) || s.WordOf(d.Trigger) is not { } trigger
            || (trigger.Upos == "VERB" ? trigger : ParsedSentence.Is(trigger, "obl") || ParsedSentence.Is(trigger, "obj") ? s.Head(trigger) : null) is not { Upos: "VERB" } verb)
            return false;
        var own = 0;
        var other = 0;
        foreach (var p in d.Participants)
        {
            if (Nearest(s.View, p.Entity, d.Trigger) is not { } m || s.HeadOf(m) is not { } word)
            {
                own++;
                continue;
            }

            var clause = s.Head(word);
            while (clause is not null && clause.Upos != "VERB")
                clause = s.Head(clause);
            // "X was welcomed by Y and held talks with Z": the agent of the passive the verb is a conjunct of is that clause's.
            if (clause is null || s.Parse.Dominates(clause, verb) && !(clause != verb && ParsedSentence.Is(verb, "conj") && s.Head(verb) == clause
                && (s.Has(clause, "nsubj:pass") || s.Has(clause, "aux:pass")) && word.Relation.StartsWith("obl", StringComparison.Ordinal)))
                own++;
            else
                other++;
        }

        return other > 0 && own < 2;
    }

    /// <summary>
    /// An addressee the rule read right after "told" that the parse shows inside the clause told and not in the verb's
    /// objects ("told reporters the US was monitoring …"): that side is what was told of, not whom it was told to.
    /// </summary>
    private static EventDraft Untold(ParsedSentence s, EventDraft d)
    {
        // Only verbs of telling: the one urged or asked "to" do something is addressed even where the parser makes it
        // the subject of what it is urged to do.
        if (d.Type != EventType.Statement || s.WordOf(d.Trigger) is not { } verb || !Tells.Contains(s.Lower(verb))
            || !d.Participants.Any(p => p.Role == ParticipantRoles.Addressee))
            return d;
        var told = s.Children(verb, "ccomp").SelectMany(s.Parse.Subtree).ToHashSet();
        var addressed = s.Children(verb, "obj").Concat(s.Children(verb, "iobj")).SelectMany(s.Parse.Subtree).ToHashSet();
        var kept = d.Participants.Where(p => p.Role != ParticipantRoles.Addressee || Nearest(s.View, p.Entity, d.Trigger) is not { } m
            || s.HeadOf(m) is not { } head || !told.Contains(head) || addressed.Contains(head)).ToList();
        return kept.Count == d.Participants.Count ? d : d with { Participants = kept };
    }

    /// <summary>
    /// A speaker the rule read that the parse shows only as where a body owned by another is ("a spokeswoman for the
    /// Israeli embassy in France said"): a place is no side (annotation guidelines); with no speaker left, the rule
    /// read none.
    /// </summary>
    private static EventDraft? Unplaced(ParsedSentence s, EventDraft d)
    {
        if (d.Type != EventType.Statement)
            return d;
        var kept = d.Participants.Where(p => p.Role != ParticipantRoles.Speaker || Nearest(s.View, p.Entity, d.Trigger) is not { } m
            || s.HeadOf(m) is not { } head || !(ParsedSentence.Is(head, "nmod") && s.CaseOf(head) is "in" or "at" && s.Head(head) is { Upos: "NOUN" } body
                // "lawmakers in Pakistan" are Pakistan's; "the Israeli embassy in France" is Israel's, only sited in France.
                && s.Children(body).Any(o => o.Relation is "amod" or "nmod:poss" or "compound" && s.MentionAt(o) is not null))).ToList();
        if (kept.Count == d.Participants.Count)
            return d;
        return kept.Exists(p => p.Role == ParticipantRoles.Speaker) ? d with { Participants = kept } : null;
    }

    private static IEnumerable<string> SidesOf(EventDraft d) =>
        EventCatalog.Kinds[d.Type].Symmetric ? d.Participants.Select(p => p.Entity) : d.Participants.Select(p => p.Role + "=" + p.Entity);

    /// <summary>One event read as either type: a meeting the parse shows was held by phone or video is that call.</summary>
    private static bool SameKind(EventType a, EventType b) =>
        a == b || a is EventType.Meeting or EventType.PhoneCall && b is EventType.Meeting or EventType.PhoneCall;

    /// <summary>Two triggers of one event: the same token, or a word and its head ("held" and "talks", "imposed" and "sanctions").</summary>
    private static bool SameTrigger(ParsedSentence s, int a, int b)
    {
        if (a == b)
            return true;
        if (s.WordOf(a) is not { } x || s.WordOf(b) is not { } y)
            return false;
        return x.Head == y.Index || y.Head == x.Index;
    }

    /// <summary>
    /// Each side that only says whose a description is becomes the person described; where that person already
    /// takes part ("X met Chilean Foreign Minister Y": Chile and Y), the owner is the same side and goes.
    /// </summary>
    private static EventDraft MostSpecific(ParsedSentence s, EventDraft draft)
    {
        var participants = new List<Participant>(draft.Participants.Count);
        var changed = false;
        foreach (var p in draft.Participants)
        {
            // The nearest mention, else the nearest name: a pronoun standing for the side ("Ukraine's SBU security service said
            // it had arrested …") describes nothing, where the name may say whose a description is.
            var nearest = Nearest(s.View, p.Entity, draft.Trigger);
            var person = (nearest is null ? null : Sides.MoreSpecific(s, nearest))
                ?? (nearest is { Kind: MentionKind.Pronoun } && NearestNamed(s.View, p.Entity, draft.Trigger) is { } named ? Sides.MoreSpecific(s, named) : null);
            if (person is null)
            {
                participants.Add(p);
                continue;
            }

            changed = true;
            if (!draft.Participants.Any(q => q.Entity == person.EntityId) && !participants.Any(q => q.Entity == person.EntityId))
                participants.Add(p with { Entity = person.EntityId });
        }

        return changed ? draft with { Participants = participants } : draft;
    }

    private static ResolvedMention? NearestNamed(SentenceView view, string entity, int trigger) =>
        view.Mentions.Where(m => m.EntityId == entity && m.Kind != MentionKind.Pronoun).MinBy(m => Math.Abs(m.FirstToken - trigger));

    private static ResolvedMention? Nearest(SentenceView view, string entity, int trigger) =>
        view.Mentions.Where(m => m.EntityId == entity).MinBy(m => Math.Abs(m.FirstToken - trigger));
}
