using Graph.Core.Model;
using Graph.Extraction.Gazetteers;
using Graph.Extraction.Mentions;
using Graph.Extraction.Syntax;

namespace Graph.Extraction.Events.Frames;

/// <summary>
/// Event frames read from the dependency parse: a trigger verb or noun and its sides from relations, whatever
/// the words between them. Meetings (met; hosted, received, welcomed, greeted a named guest; "talks with",
/// "a meeting between"), phone calls (phoned; spoke or talks "by/over the phone"), visits (visited X, "a visit to
/// X"), accusations (accused, blamed) and sanctions (sanctioned; imposed sanctions on). Sides come through
/// <see cref="Clause"/> (subjects, passive agents, shared subjects, relative clauses) and <see cref="Sides"/>
/// (appositions, owners, conjuncts).
/// </summary>
internal sealed partial class FrameRule(IGazetteer gazetteer)
{
    private static readonly HashSet<string> Attends = VerbForms.Set("attend");

    private static readonly HashSet<string> Joins = VerbForms.Set("join");

    /// <summary>A meeting's noun, or a session's: what is attended or joined as a sitting.</summary>
    private static bool IsSitting(ParsedSentence s, SyntaxWord w) => MeetingNouns.Contains(s.Lower(w)) || s.Lower(w) is "session" or "sessions";

    private static readonly HashSet<string> Indicts = VerbForms.Set("indict");

    private static readonly HashSet<string> Strikes = new(StringComparer.Ordinal) { "strike", "strikes", "striking" };

    /// <summary>English verbs of a blow or an assault, armed when forces, aircraft or weapons deal it.</summary>
    private static readonly HashSet<string> Assaults = VerbForms.Set("hit/hit/hitting", "pound", "storm", "pummel", "raid", "target", "destroy", "sink/sank/sunk", "enter");

    /// <summary>English verbs of wrecking, which are armed blows only to what an armed side holds or sails.</summary>
    private static readonly HashSet<string> Wrecks = VerbForms.Set("destroy", "sink/sank/sunk");

    /// <summary>English verbs of a blow a state named deals to another's ground, forces or ships ("Israel hit Hezbollah targets", "Ukraine sank a Russian warship").</summary>
    private static readonly HashSet<string> StateBlows = VerbForms.Set("hit/hit/hitting", "pound", "destroy", "sink/sank/sunk");

    /// <summary>English nouns of what armed forces strike: sites, positions and stores of an armed side.</summary>
    private static readonly HashSet<string> MilitaryTargets = new(StringComparer.Ordinal)
    {
        "targets", "positions", "bases", "base", "sites", "facilities", "depot", "depots", "camp", "camps", "installations", "strongholds",
        "hideouts", "outposts", "launcher", "launchers", "warship", "warships",
    };

    /// <summary>English verbs of ramming (CAMEO's verb dictionary files RAM with POUND under 190).</summary>
    private static readonly HashSet<string> Rams = VerbForms.Set("ram/rammed/ramming");

    /// <summary>
    /// What verbs of force strike only in words or in a figure of speech: English nouns of ideas, texts, decisions, votes
    /// and prizes ("attacked the policy", "killed the bill"), and the objects of "strike" no blow lands on ("struck a note of
    /// caution", "strike a balance", "struck a chord").
    /// </summary>
    internal static readonly HashSet<string> Intangibles = new(StringComparer.Ordinal)
    {
        "policy", "policies", "proposal", "proposals", "plan", "plans", "bill", "bills", "measure", "legislation", "law", "laws",
        "decision", "decisions", "idea", "ideas", "remarks", "comments", "statement", "statements", "attention", "imagination",
        "mood", "headlines", "votes", "vote", "title", "championship", "award", "prize", "motion", "amendment", "initiative",
        "reform", "reforms", "budget", "spirit", "essence", "magic", "momentum", "lead", "hearts",
        "note", "tone", "chord", "balance", "pose", "bargain", "compromise", "match", "nerve", "figure", "gold", "oil", "root", "roots",
        "inflation", "corruption", "poverty", "crime", "democracy", "freedom", "freedoms", "rights", "judiciary", "independence", "press",
        "unemployment", "bureaucracy", "prices", "deficit",
        "video", "videos", "film", "films", "movie", "footage", "scene", "scenes", "documentary", "photos", "pictures", "episode",
        "opposition", "critics", "media", "record",
    };

    /// <summary>English participles of armed assault, whose passive says an attack was suffered ("was shelled").</summary>
    private static readonly HashSet<string> Assailed = new(StringComparer.Ordinal) { "attacked", "shelled", "bombed", "ambushed", "bombarded", "stormed", "raided" };

    /// <summary>English nouns of disease, disaster, weather and accident: what they kill, injure or pound is no armed action.</summary>
    private static readonly HashSet<string> Mishaps = new(StringComparer.Ordinal)
    {
        "outbreak", "epidemic", "disease", "virus", "flu", "cholera", "flood", "floods", "flooding", "storm", "storms", "cyclone",
        "hurricane", "typhoon", "tornado", "earthquake", "quake", "tsunami", "landslide", "landslides", "mudslide", "avalanche",
        "eruption", "drought", "famine", "heatwave", "fire", "blaze", "crash", "accident", "collision", "stampede", "lightning",
        "rain", "rains", "rainfall", "downpours", "winds", "snow", "snowstorm", "snowstorms", "waves", "hail",
    };

    /// <summary>A disease, disaster or accident, or a kind of one ("the bird flu strain", "a cholera outbreak").</summary>
    internal static bool IsMishap(ParsedSentence s, SyntaxWord doer) =>
        Mishaps.Contains(s.Lower(doer)) && !IsGunfire(s, doer) || s.Children(doer, "compound").Any(c => Mishaps.Contains(s.Lower(c)));

    /// <summary>
    /// "Israeli fire", "Russian artillery fire", "sniper fire": fire a side or a weapon gives is shooting, not a blaze.
    /// </summary>
    private static bool IsGunfire(ParsedSentence s, SyntaxWord fire) =>
        s.Lower(fire) == "fire" && s.Children(fire).Any(c => c.Relation is "amod" or "compound" or "nmod:poss"
            && (s.MentionAt(c) is { Type: EntityType.Country or EntityType.Organization } || ArmedModifiers.Contains(s.Lower(c)) || Gunners.Contains(s.Lower(c))));

    /// <summary>English nouns of who or what shoots, before "fire" ("sniper fire", "tank fire").</summary>
    private static readonly HashSet<string> Gunners = new(StringComparer.Ordinal) { "sniper", "tank", "gun", "machine-gun", "mortar", "enemy", "hostile", "army", "navy" };

    /// <summary>Verbs that impose sanctions, and "agreed" with sanctions for object ("the EU agreed new sanctions").</summary>
    private static readonly HashSet<string> Imposes = new(Lexicon.Impose.Concat(Lexicon.Agree), StringComparer.Ordinal);

    /// <summary>A noun naming an office ("the Australian prime minister", "the emir"), with the words that make up its title.</summary>
    private bool IsTitle(ParsedSentence s, SyntaxWord noun)
    {
        // "the foreign ministers of A and B", "the Congolese and Rwandan presidents": holders of one title each hold it, when
        // the sides they hold it for are named ("the city hosted leaders" names none).
        var lower = noun.Xpos == "NNS" && s.Lower(noun) is [.., not 's', 's'] plural && s.Children(noun).Any(c => s.MentionAt(c) is not null) ? plural[..^1] : s.Lower(noun);
        var words = s.Children(noun).Where(c => c.Relation is "amod" or "compound" && c.Index < noun.Index && s.MentionAt(c) is null).Select(s.Lower).Append(lower);
        // "PM" as written: an acronym is a title only in capitals.
        return gazetteer.CanonicalTitle(string.Join(' ', words)) is not null || gazetteer.CanonicalTitle(lower) is not null
            || gazetteer.CanonicalTitle(noun.Form) is not null;
    }

    /// <summary>English verbs of an impact, armed when what hits is an attack or a weapon.</summary>
    private static readonly HashSet<string> Impacts = VerbForms.Set("hit/hit/hitting", "pound", "target", "rock", "destroy", "damage", "devastate");
    private static readonly HashSet<string> MeetingNouns = new(StringComparer.Ordinal) { "talks", "meeting", "meetings", "summit", "discussion", "discussions", "negotiations", "consultations" };
    private static readonly HashSet<string> PhoneWords = new(StringComparer.Ordinal) { "phone", "telephone", "telephonic", "videoconference", "video" };
    /// <summary>Verbs of knowing, perceiving and showing: their clauses are facts, not anyone's words.</summary>
    private static readonly HashSet<string> Perception = VerbForms.Set(
        "know/knew/known", "learn", "see/saw/seen", "find/found", "realize", "realise", "hear/heard", "feel/felt",
        "understand/understood", "notice", "ensure", "show/showed/shown", "mean/meant", "prove", "seem", "appear",
        "think/thought", "wonder", "doubt", "remember", "forget/forgot/forgotten");
    /// <summary>"strike" is armed only with a weapon beside it ("air strike", "drone strikes"); a hunger or general strike is not.</summary>
    private static bool IsArmed(ParsedSentence s, SyntaxWord n) =>
        !InWords(s, n) && (s.Lower(n) is not ("strike" or "strikes") || s.Children(n).Any(c => c.Relation is "compound" or "amod" && ArmedModifiers.Contains(s.Lower(c)))
        // "US strikes on Iranian nuclear sites": a state's strikes on a named side or place are armed ("French strikes on
        // the railways" are a stoppage).
        || StateModifier(s, n) is not null && Clause.Oblique(s, n, "on", "against") is { } struck
            && (s.MentionAt(struck) is not null || StateModifier(s, struck) is not null)
        // "Russia's strikes on Ukrainian energy sites", "Israel's strike on the school": a state's strikes on anything, by
        // its possessive, are armed.
        || s.Children(n).Any(c => ParsedSentence.Is(c, "nmod:poss") && s.MentionAt(c) is { Type: EntityType.Country }) && Clause.Oblique(s, n, "on", "against") is not null
        // "strikes on Iranian-backed militias": strikes on fighters or forces are armed whoever strikes.
        || Clause.Oblique(s, n, "on", "against") is { } fighters && (Lexicon.Combatants.Contains(s.Lower(fighters)) || Lexicon.TroopNouns.Contains(s.Lower(fighters)))
        // "strikes were carried out by Israeli jets": strikes a state or its forces carry out are armed (a union's are a stoppage).
        || Launcher(s, n) is { } launcher && (s.MentionAt(launcher) is { Type: EntityType.Country, Kind: not MentionKind.Pronoun }
            || Lexicon.Combatants.Contains(s.Lower(launcher)) || Aircraft.Contains(s.Lower(launcher)) || WarMachines.Contains(s.Lower(launcher))));

    /// <summary>
    /// "a scathing attack on the central bank", "the president's attack on the opposition": an attack a person makes, or
    /// one described as words, is made in words.
    /// </summary>
    private static bool InWords(ParsedSentence s, SyntaxWord n) =>
        s.Children(n).Any(c => c.Relation == "amod" && Verbal.Contains(s.Lower(c)))
        // Not a ruler's weapons ("Saddam Hussein's chemical weapons attack on Halabja").
        || s.Children(n).Any(c => ParsedSentence.Is(c, "nmod:poss") && s.MentionAt(c) is { Type: EntityType.Person })
            && !s.Children(n).Any(c => c.Relation is "compound" or "amod" && (ArmedModifiers.Contains(s.Lower(c)) || Weaponry.Contains(s.Lower(c))));

    /// <summary>English words of weapons and armed means that make an attack an armed one.</summary>
    private static readonly HashSet<string> Weaponry = new(StringComparer.Ordinal)
    {
        "weapons", "weapon", "chemical", "gas", "suicide", "terrorist", "terror", "armed", "bomb", "bombing", "gun", "knife",
    };

    /// <summary>English adjectives that make an attack one of words.</summary>
    private static readonly HashSet<string> Verbal = new(StringComparer.Ordinal)
    {
        "scathing", "blistering", "withering", "stinging", "verbal", "rhetorical", "personal", "veiled", "thinly-veiled", "sharp", "angry",
    };

    /// <summary>
    /// The state or body an attack noun's modifier names: "US" in "US strikes", "Israeli" in "Israeli raids".
    /// A weapon ("an Iranian rocket launched into space") is no attack, nor a noun read as a modifier ("If Russia attacks
    /// Poland" misread as one noun phrase); a name before an invasion is what was invaded ("the Iraq invasion").
    /// </summary>
    private static SyntaxWord? StateModifier(ParsedSentence s, SyntaxWord n) =>
        n.Relation == "compound" || Lexicon.Projectiles.Contains(s.Lower(n)) ? null
        : s.Children(n).FirstOrDefault(c => (c.Relation == "amod" || c.Relation == "compound" && !Invasions.Contains(s.Lower(n))) && c.Index < n.Index
            && s.MentionAt(c) is { Type: EntityType.Country or EntityType.Organization });

    /// <summary>English nouns of taking over a place, whose noun modifier names the place ("the Iraq invasion", "the Crimea annexation").</summary>
    private static readonly HashSet<string> Invasions = new(StringComparer.Ordinal) { "invasion", "occupation", "annexation", "war" };

    private static readonly HashSet<string> ArmedModifiers = new(Lexicon.Projectiles.Concat(["air", "drone", "military", "artillery", "naval", "aerial", "missile", "rocket"]), StringComparer.Ordinal);

    private static readonly HashSet<string> Blames = VerbForms.Set("blame");

    private static readonly HashSet<string> Declares = VerbForms.Set("declare");

    /// <summary>
    /// "blamed the attack on Hamas", "blamed the explosion on a faulty valve": the one a deed that is not named is blamed
    /// on, its "on" read on the deed or on the verb ("blamed X's attack on the post for …" blames X).
    /// </summary>
    private static SyntaxWord? BlamedOn(ParsedSentence s, SyntaxWord deed) =>
        ParsedSentence.Is(deed, "obj") && s.MentionAt(deed) is null && s.Head(deed) is { } blaming && Blames.Contains(s.Lower(blaming))
            && Clause.Oblique(s, blaming, "for") is null
            ? Clause.Oblique(s, deed, "on") ?? Clause.Oblique(s, blaming, "on")
            // "attributed the intrusion to hackers linked to the GRU": an attack or a covert deed laid to someone.
            : ParsedSentence.Is(deed, "obj") && s.Head(deed) is { } attributing && Attributes.Contains(s.Lower(attributing))
                && (Lexicon.AttackNounSet.Contains(s.Lower(deed)) || CovertDeeds.Contains(s.Lower(deed)))
                ? Backer(s, Clause.Oblique(s, deed, "to") ?? Clause.Oblique(s, attributing, "to"))
                : null;

    /// <summary>"hackers linked to the GRU", "a group working for Iran", "militants backed by X": who stands behind those named by a noun alone.</summary>
    private static SyntaxWord? Backer(ParsedSentence s, SyntaxWord? doers) =>
        doers is not null && s.MentionAt(doers) is null
            && s.Children(doers, "acl").Select(a => Clause.Oblique(s, a, "to", "for", "by")).FirstOrDefault(b => b is not null) is { } behind
            ? behind
            : doers;

    private static readonly HashSet<string> Attributes = VerbForms.Set("attribute");

    /// <summary>English nouns of covert hostile deeds (espionage and cyber attacks), which one attributes to whoever did them.</summary>
    private static readonly HashSet<string> CovertDeeds = new(StringComparer.Ordinal)
    {
        "intrusion", "intrusions", "hack", "hacks", "hacking", "breach", "breaches", "cyberattack", "cyberattacks", "cyber-attack",
        "sabotage", "explosion", "explosions", "blast", "killing", "killings", "assassination", "poisoning", "interference",
    };

    /// <summary>Ground taken from a side is where the taking happened ("retook the palace in Khartoum from the RSF").</summary>
    private IEnumerable<EventDraft> TakenWhere(ParsedSentence s, IEnumerable<EventDraft> taken, SyntaxWord? ground) =>
        taken.Select(d => d.Location is null && ground is not null && PlaceNamed(s, ground) is { } where ? d with { Location = where } : d);

    /// <summary>
    /// "fired shots in the air", "into the sky": a warning or a celebration, aimed at no one. The phrase may hang on the
    /// word or follow it right away, wherever the parser hung it.
    /// </summary>
    internal static bool IntoTheAir(ParsedSentence s, SyntaxWord w)
    {
        var end = s.Parse.LastWordOf(w).Index;
        return s.Words.Any(c => s.Lower(c) is "air" or "sky" && s.CaseOf(c) is "in" or "into" && (s.Head(c) == w || c.Index > end && c.Index <= end + 3));
    }

    /// <summary>"blamed the attack on Hamas", "blames the crisis on bankers": whom a verb lays the blame on, or null.</summary>
    internal static SyntaxWord? BlameLaidOn(ParsedSentence s, SyntaxWord v) => s.Children(v, "obj").Select(o => BlamedOn(s, o)).FirstOrDefault(b => b is not null);

    /// <summary>"alleged that X …" (CAMEO 112): the one alleged against is the subject of the clause.</summary>
    private static readonly HashSet<string> Alleges = VerbForms.Set("allege", "charge");

    /// <summary>English adverbs that tell a deed as done on purpose or against the law.</summary>
    private static readonly HashSet<string> Culpably = new(StringComparer.Ordinal)
    {
        "deliberately", "intentionally", "indiscriminately", "illegally", "unlawfully", "wilfully", "willfully", "knowingly", "recklessly",
    };

    /// <summary>Nouns of an accusation: the accuser by "by" or a possessive, the accused by "against" or as the subject of what is claimed.</summary>
    private static readonly HashSet<string> AccusationNouns = new(StringComparer.Ordinal) { "accusation", "accusations", "allegation", "allegations" };

    /// <summary>English verbs of making or voicing an accusation, whose doer is the accuser ("levelled accusations against").</summary>
    private static readonly HashSet<string> Airs = VerbForms.Set(
        "make/made", "level/levelled/leveled/levelling/leveling", "renew", "repeat", "reiterate", "voice", "raise", "air", "bring/brought", "hurl");

    /// <summary>
    /// Verbs of emphasis and expression (the CAMEO verb dictionary's EMPHASIZE, QUOTE and SAY sets and VOICE, codes
    /// 010-013): what they take, a clause or a noun ("stressed the importance of …", "expressed concern"), is what the
    /// speaker said.
    /// </summary>
    private static readonly HashSet<string> Emphasis = VerbForms.Set(
        "emphasize", "emphasise", "highlight", "stress", "underline", "underscore", "reiterate", "restate", "express", "voice");

    private static readonly HashSet<string> CallVerbs = VerbForms.Set("call");

    /// <summary>English verbs of sending or passing on a message ("sent condolences", "conveyed his sympathy").</summary>
    private static readonly HashSet<string> Conveys = VerbForms.Set("send/sent", "convey", "extend", "offer", "pass/passed");

    /// <summary>English nouns of feelings told to another: sympathy, solidarity, good wishes.</summary>
    private static readonly HashSet<string> Sentiments = new(StringComparer.Ordinal)
    {
        "condolences", "condolence", "sympathy", "sympathies", "solidarity", "congratulations", "greetings", "wishes", "regards",
    };

    /// <summary>Verbs that say what a claim is: "called / termed / described / dismissed … as".</summary>
    private static readonly HashSet<string> Labels = VerbForms.Set("call", "term", "describe", "brand", "label/labelled/labeled/labelling/labeling", "dismiss", "reject");

    /// <summary>English words saying a claim is untrue (what a claim is called, or its predicate: "Reports that … were false").</summary>
    internal static readonly HashSet<string> Untrue = new(StringComparer.Ordinal)
    {
        "false", "baseless", "unfounded", "groundless", "fabricated", "untrue", "fake", "absurd", "ridiculous", "lies", "lie", "nonsense", "fabrication",
        "inaccurate", "incorrect", "wrong",
        "smear", "smears", "smokescreen", "biased", "flawed", "slander", "slanderous", "propaganda", "disinformation", "misinformation", "fiction",
    };

    /// <summary>The claim is called untrue: a predicate ("called them false", "dismissed them as baseless") or its own modifier ("false accusations").</summary>
    private static bool CalledUntrue(ParsedSentence s, SyntaxWord verb, SyntaxWord claim)
    {
        // A quoted judgement ("called the accusations "absurd"") may hang on the claim as a modifier of any kind.
        var predicates = s.Children(verb).Where(c => c.Relation is "xcomp" or "advcl" or "obl").Concat(s.Children(claim).Where(c => c.Relation is "amod" or "appos" || c.Upos == "ADJ"));
        return predicates.SelectMany(p => s.Children(p, "conj").Prepend(p)).Any(p => Untrue.Contains(s.Lower(p)));
    }

    /// <summary>A denial (CAMEO 016) by the deniers, at the verb.</summary>
    private static EventDraft DenialBy(List<ResolvedMention> deniers, SyntaxWord v) =>
        new(EventType.Denial, "016", new ParticipantList().Add(deniers, ParticipantRoles.Speaker).Items, null, v.Token, 0.7);

    /// <summary>English nouns of having a part in something, which a denial denies ("denied involvement").</summary>
    private static readonly HashSet<string> Parts = new(StringComparer.Ordinal)
    {
        "involvement", "responsibility", "role", "part", "wrongdoing", "participation", "knowledge", "link", "links", "guilt",
    };

    /// <summary>What "deny" denies is a claim, a part in something, or a clause ("denied that …"), not a thing withheld ("denied entry").</summary>
    private static bool DeniesAPart(ParsedSentence s, SyntaxWord v) =>
        s.Children(v, "obj").FirstOrDefault() is not { } denied || Lexicon.ClaimNouns.Contains(s.Lower(denied)) || Parts.Contains(s.Lower(denied));

    /// <summary>
    /// The claims a verb of labelling says something of: its object ("called the accusations false"), or, with the
    /// judgement put first, the claim after "as" ("termed as false accusations by the UN that …") or the subject the
    /// parser gives the judgement ("dismissed as absurd the allegations that …").
    /// </summary>
    private static IEnumerable<SyntaxWord> LabelledClaims(ParsedSentence s, SyntaxWord v) =>
        s.Children(v, "obj")
            .Concat(s.Children(v, "obl").Where(o => s.CaseOf(o) == "as" || s.Children(o, "amod").Any(a => s.CaseOf(a) == "as")))
            .Concat(s.Children(v).Where(c => c.Upos == "ADJ" && Untrue.Contains(s.Lower(c))).SelectMany(j => s.Children(j, "nsubj")))
            .Where(c => Lexicon.ClaimNouns.Contains(s.Lower(c)));

    /// <summary>The verb says what its object is: a predicate adjective or noun ("called it illegal"), or one after "as" ("dismissed it as baseless").</summary>
    private static bool Predicated(ParsedSentence s, SyntaxWord v) =>
        s.Children(v).Any(c => c.Relation == "xcomp" && c.Upos is "ADJ" or "NOUN" || ParsedSentence.Is(c, "obl") && s.CaseOf(c) == "as"
            || ParsedSentence.Is(c, "advcl") && s.MarkOf(c) == "as")
        // "called the detention a coup", read with two objects: the second is what the first is called.
        || s.Children(v, "obj").Skip(1).Any(o => o.Upos == "NOUN");

    /// <summary>"landed in", "touched down in": arriving by air.</summary>
    private static bool Lands(ParsedSentence s, SyntaxWord v) =>
        LandVerbs.Contains(s.Lower(v)) || TouchVerbs.Contains(s.Lower(v)) && s.Children(v, "compound:prt").Any(p => s.Lower(p) == "down");

    private static readonly HashSet<string> LandVerbs = VerbForms.Set("land");
    private static readonly HashSet<string> TouchVerbs = VerbForms.Set("touch");

    private static readonly HashSet<string> Remote = new(StringComparer.Ordinal) { "virtual", "video", "online", "remote" };

    private static readonly HashSet<string> CallNouns = new(StringComparer.Ordinal) { "call", "calls", "conversation", "talk", "talks", "consultations" };

    public IEnumerable<EventDraft> Find(ParsedSentence s)
    {
        foreach (var w in s.Words)
        {
            if (s.IsQuoted(w))
            {
                // ""Israel has bombed a hospital," Hamas said": force a quotation reports is an event, as in reported speech.
                if (w.Upos == "VERB" && QuotedReport(s, w))
                {
                    foreach (var draft in QuotedForce(s, w))
                        yield return draft;
                }

                continue;
            }

            if (w.Relation is "amod" or "acl" && s.Lower(w) == "visiting" && VisitingGuest(s, w) is { } visit)
                yield return visit;
            foreach (var draft in w.Upos == "VERB" ? FromVerb(s, w).Concat(Claims(s, w)).Concat(OwnDeedDenied(s, w)).Concat(ChargeDenied(s, w)) : w.Upos == "NOUN" ? FromNoun(s, w) : [])
                yield return draft;
        }
    }

    /// <summary>
    /// "X said (that) Y struck Z": a report that another side used force is an accusation of that side by the one
    /// reporting (annotation guidelines: an accusation alleges wrongdoing), beside the statement and the armed
    /// action. A report of one's own side's action ("said its forces struck") accuses no one; a claimed action the
    /// report negates or only plans is left to the modality filter, on the claimed verb.
    /// </summary>
    private IEnumerable<EventDraft> Claims(ParsedSentence s, SyntaxWord v)
    {
        // "According to Peru, Chilean jets bombed a village": the clause is the source's claim.
        var source = AccordingTo(s, v);
        // Verbs of saying, not of finding out: "experts estimated that Y killed …" reports a deed, it alleges none.
        if (source is null && (!Lexicon.Say.Contains(s.Lower(v)) || Clause.Doer(s, v) is null))
            yield break;
        var speaker = source ?? Clause.Doer(s, v)!;
        var accusers = Voices(Sides.Of(s, speaker));
        foreach (var claimed in source is null ? ClaimedClauses(s, v) : [v])
        {
            // "said the country's forces tested a missile", "test-fired": a weapon's test wrongs no one.
            if (Modality.Of(s, claimed) != Reality.Real || Tests.Contains(s.Lower(claimed)) || s.Children(claimed, "compound").Any(c => s.Lower(c) == "test"))
                continue;
            List<string> attackers;
            using (s.ReadQuotes(s.IsQuoted(claimed)))
                attackers = ClaimedAttackers(s, claimed) is { Count: > 0 } direct ? direct : [.. ClaimsWithin(s, claimed).SelectMany(c => ClaimedAttackers(s, c))];
            // A capital speaks for its own country ("authorities in Baghdad say Iraqi forces captured …" accuse no one).
            // Nor does a state report its own bodies' deeds ("Iranian state media said Revolutionary Guard forces killed …"),
            // nor an officer of a state his own state's ("Turkish Defence Minister X said Turkish jets had struck …").
            if (attackers.Count == 0 || attackers.Exists(a => accusers.Exists(m => m.EntityId == a || SideOf(s, m) == a || OfficersBodyIs(s, m, a) || CountryOfBody(m) == a || CapitalMetonymy.StandsFor(m.EntityId, gazetteer) == a
                    || s.View.Mentions.FirstOrDefault(x => x.EntityId == a) is { } attacker && CountryOfBody(attacker) == m.EntityId)
                    || OwnedBy(s, speaker, a)))
                continue;
            var place = Place(s, v);
            foreach (var accuser in accusers)
            {
                foreach (var attacker in attackers)
                    yield return new EventDraft(EventType.Accusation, "112", [new Participant(accuser.EntityId, ParticipantRoles.Accuser), new Participant(attacker, ParticipantRoles.Accused)], place, v.Token, 0.7);
            }
        }
    }

    /// <summary>
    /// Whether a person holds office at the side or at a body of its state ("Hezbollah leader X", "Russian Defence
    /// Ministry spokesman X").
    /// </summary>
    private bool OfficersBodyIs(ParsedSentence s, ResolvedMention m, string side) =>
        m.Type == EntityType.Person && s.Offices.OwnerOf(m.EntityId) is { } owner
        && (owner == side || s.View.Mentions.FirstOrDefault(x => x.EntityId == owner) is { } body && CountryOfBody(body) == side);

    /// <summary>Whether the speaker's phrase names the side as its owner ("the Chilean Defence Ministry" is Chile's).</summary>
    private static bool OwnedBy(ParsedSentence s, SyntaxWord speaker, string side) =>
        s.Children(speaker).Any(c => c.Relation is "amod" or "nmod:poss" or "compound" && s.MentionAt(c)?.EntityId == side);

    /// <summary>
    /// The country a body of a state belongs to: the gazetteer's for a body of one state (a ministry, an army), else the country or demonym
    /// its name opens with ("the U.S. Africa Command said a U.S. strike killed …" reports its own side's deed).
    /// </summary>
    private string? CountryOfBody(ResolvedMention m)
    {
        if (m.Type != EntityType.Organization)
            return null;
        // A state's own bodies only: an armed group of one country (a rebel movement) is not its state's side.
        if (gazetteer.Lookup(m.Text) is { CountryIso2: { } own, Category: "government" or "military" or "legislature" })
            return EntityIds.Country(own);
        var space = m.Text.IndexOf(' ', StringComparison.Ordinal);
        if (space > 0 && gazetteer.Lookup(m.Text[..space]) is { Kind: GazetteerKind.Country or GazetteerKind.Demonym, Iso2: { } iso2 })
            return EntityIds.Country(iso2);
        // "the Turkish Defence Ministry": a body each state has, made that state's own.
        return gazetteer.Lookup(m.Text) is { } body ? EntityIds.StateOfBody(m.EntityId, body.EntityId) : null;
    }

    /// <summary>
    /// "Iran said it had never sent weapons to Russia", "Russia said its forces had not attacked civilians": a side saying
    /// that it did not do a deed denies it (CAMEO 016; annotation guidelines: a party denies an allegation). Only a deed
    /// of force, of arming or of giving, negated in the past: "said it would not attend" refuses, and "said it had not
    /// received a request" denies no deed.
    /// </summary>
    /// <summary>
    /// "Rwanda denied backing the rebels, a charge made by Congo", "…, a claim Congo has repeatedly made": the one who
    /// makes the charge a denial answers accuses the one denying (CAMEO 112).
    /// </summary>
    private IEnumerable<EventDraft> ChargeDenied(ParsedSentence s, SyntaxWord v)
    {
        if (!Lexicon.Denies(s.Lower(v)) || Clause.Doer(s, v) is not { } denier)
            return [];
        foreach (var c in s.Children(v))
        {
            // "a charge made by Congo": the charge beside the denial, made by its agent.
            if (c.Upos == "NOUN" && Lexicon.ClaimNouns.Contains(s.Lower(c)) && (c.Relation is "obl" or "appos" or "obj" || c.Relation == "nsubj" && c.Index > v.Index)
                && s.Children(c, "acl").FirstOrDefault(a => a.Xpos == "VBN" && Charging.Contains(s.Lower(a))) is { } made
                && Clause.Oblique(s, made, "by") is { } maker)
                return Directed(s, made, EventType.Accusation, "112", ParticipantRoles.Accuser, ParticipantRoles.Accused, maker, denier);
            // "a claim Congo has repeatedly made", read with the charge a modifier of the one who makes it.
            if (c.Relation is "parataxis" or "conj" && c.Upos == "VERB" && Charging.Contains(s.Lower(c)) && c.Index > v.Index
                && s.Children(c, "nsubj").FirstOrDefault(n => s.Children(n, "compound").Any(x => Lexicon.ClaimNouns.Contains(s.Lower(x)))) is { } charger)
                return Directed(s, c, EventType.Accusation, "112", ParticipantRoles.Accuser, ParticipantRoles.Accused, charger, denier);
        }

        return [];
    }

    /// <summary>English verbs of making a charge ("a charge made by", "levelled", "repeated").</summary>
    private static readonly HashSet<string> Charging = VerbForms.Set("make/made/made", "level/levelled/levelled", "leveled", "repeat", "bring/brought/brought", "raise");

    private IEnumerable<EventDraft> OwnDeedDenied(ParsedSentence s, SyntaxWord v)
    {
        if (!Lexicon.Say.Contains(s.Lower(v)) || Clause.Doer(s, v) is not { } speaker || Modality.Of(s, v) != Reality.Real)
            yield break;
        var speakers = Voices(Sides.Of(s, speaker));
        if (speakers.Count == 0)
            yield break;
        var own = speakers.Select(m => SideOf(s, m)).ToHashSet(StringComparer.Ordinal);
        foreach (var c in s.Children(v, "ccomp"))
        {
            if (c.Upos != "VERB" || !Deeds.Contains(s.Lower(c)) && !Lexicon.Force.ContainsKey(s.Lower(c)) || !NegatedPast(s, c)
                || Clause.Doer(s, c) is not { } doer || Voices(Sides.Of(s, doer)) is not { Count: > 0 } doers || !doers.TrueForAll(m => own.Contains(SideOf(s, m))))
                continue;
            yield return DenialBy(speakers, v);
            yield break;
        }
    }

    /// <summary>
    /// Verbs of deeds a side is accused of: arming, giving, sending, taking part (beside the verbs of force, <see cref="Lexicon.Force"/>).
    /// </summary>
    private static readonly HashSet<string> Deeds = new(Lexicon.Give.Concat(Lexicon.Deploy).Concat(Lexicon.Fire)
        .Concat(VerbForms.Set("target", "arm", "fund", "finance", "back", "support", "interfere", "violate", "involve", "launch", "order")), StringComparer.Ordinal);

    /// <summary>"had not sent", "did not attack", "never fired", "was not involved": a deed negated in the past, with no modal.</summary>
    private static bool NegatedPast(ParsedSentence s, SyntaxWord verb)
    {
        var negated = false;
        var past = verb.Xpos == "VBD";
        foreach (var c in s.Children(verb))
        {
            var lower = s.Lower(c);
            if (c.Relation == "advmod" && lower is "not" or "n't" or "never")
                negated = true;
            else if (c.Relation is "aux" or "aux:pass" && lower is "had" or "did" or "has" or "have" or "was" or "were")
                past = true;
            else if (c.Relation == "aux")
                return false;
        }

        return negated && past;
    }

    /// <summary>The side a mention speaks for: a person's country of office, a capital's country, else itself.</summary>
    private string SideOf(ParsedSentence s, ResolvedMention m) =>
        m.Type == EntityType.Person ? s.Offices.CountryOf(m.EntityId) ?? m.EntityId
        : m.Type == EntityType.Location && gazetteer.CapitalOf(m.EntityId) is { } country ? country.EntityId
        : m.EntityId;

    /// <summary>The source an "according to" phrase of the verb's clause names (the parser may hang it on the subject).</summary>
    private static SyntaxWord? AccordingTo(ParsedSentence s, SyntaxWord v) =>
        s.Words.FirstOrDefault(w => w.Index < v.Index && s.CaseOf(w) == "according" && Clause.VerbAbove(s, w) == v);

    /// <summary>
    /// A claim a reported clause itself makes: "said the evidence showed that Y was culpable for …", "there is no
    /// conclusion other than that Y was culpable"; not what is denied or rejected within it.
    /// </summary>
    private static IEnumerable<SyntaxWord> ClaimsWithin(ParsedSentence s, SyntaxWord claimed) =>
        Lexicon.Denies(s.Lower(claimed)) ? []
        : s.Children(claimed, "ccomp").Where(c => Modality.Of(s, c) == Reality.Real);

    /// <summary>
    /// "X struck Y overnight, officials said on Saturday": the clause a closing verb of saying hangs on as a parataxis
    /// (as UD reads it), a conjunct without "and" or a complement (as the parser may), when the saying has its own
    /// subject after a comma.
    /// </summary>
    private static IEnumerable<SyntaxWord> ReportClosedBy(ParsedSentence s, SyntaxWord saying)
    {
        if (saying.Relation is not ("parataxis" or "conj" or "ccomp") || s.Head(saying) is not { Upos: "VERB" } report || report.Index > saying.Index
            || s.Children(saying, "cc").Any() || s.Children(saying, "nsubj").FirstOrDefault() is not { } source || source.Index > saying.Index
            || s.Parse.FirstWordOf(source) is not { Index: > 0 } start || s.Parse.Words[start.Index - 1].Form != ",")
            return [];
        return [report];
    }

    /// <summary>The clauses a verb of saying reports: its complements, a quotation before it, or the clause it closes.</summary>
    private static IEnumerable<SyntaxWord> ClaimedClauses(ParsedSentence s, SyntaxWord saying)
    {
        foreach (var c in s.Children(saying))
        {
            if (c.Relation is "ccomp" or "parataxis" || c.Relation == "advcl" && s.IsQuoted(c))
                yield return c;
        }

        foreach (var closed in ReportClosedBy(s, saying))
            yield return closed;
    }

    /// <summary>The armed actions a quoted report tells, read with the quotation's own mentions in view.</summary>
    private List<EventDraft> QuotedForce(ParsedSentence s, SyntaxWord verb)
    {
        using var quotes = s.ReadQuotes();
        return [.. FromVerb(s, verb).Where(static d => d.Type == EventType.MilitaryAction)];
    }

    /// <summary>A quoted clause that a verb of saying outside the quotation reports ("…," Hamas said; said: "…").</summary>
    private static bool QuotedReport(ParsedSentence s, SyntaxWord clause) =>
        clause.Relation is "ccomp" or "parataxis" or "advcl" && s.Head(clause) is { Upos: "VERB" } saying && !s.IsQuoted(saying) && Lexicon.Say.Contains(s.Lower(saying));

    /// <summary>
    /// Whom a claimed clause says used force: the doer of a verb of force ("Y struck Z"), of a verb of carrying out
    /// or ordering an act whose object is an attack ("Y masterminded the drone attack"), or the subject of "Y was
    /// behind the attack" or "Y was responsible for the attack".
    /// </summary>
    private List<string> ClaimedAttackers(ParsedSentence s, SyntaxWord claimed)
    {
        var lower = s.Lower(claimed);
        // Whatever the verb, if the parse reads it as an armed action ("struck", "entered", "launched missiles at"); forces
        // deployed or exercised are shown, not used, and allege no wrongdoing ("said Afghan forces had been deployed").
        // Fire returned answers fire: it alleges no wrong ("said its troops returned fire").
        if (claimed.Upos == "VERB" && (FiredAtNothing(s, claimed) || TellsNoWrong(s, claimed)))
            return [];
        if (claimed.Upos == "VERB" && FromVerb(s, claimed).Concat(ForceOfTheObject(s, claimed))
                .Where(d => d.Type == EventType.MilitaryAction && d.Cameo is not ("154" or "150")).SelectMany(d => d.Participants)
                .Where(p => p.Role == ParticipantRoles.Actor).Select(p => p.Entity).Distinct(StringComparer.Ordinal).ToList() is { Count: > 0 } armed)
            return armed;

        // "committed war crimes", "carried out the attack", "the attack was carried out by Y": a deed of force or a crime.
        var doer = claimed.Upos == "VERB" && Perpetrate.Contains(lower)
            && s.Children(claimed).Any(o => o.Relation is "obj" or "nsubj:pass" && (Lexicon.AttackNounSet.Contains(s.Lower(o)) || Crimes.Contains(s.Lower(o))))
            ? Clause.Doer(s, claimed)
            // "said Y had violated its airspace": a breach alleged is wrongdoing alleged (annotation guidelines: Accusation);
            // so is a deed told as done on purpose or against the law ("said a Chinese ship had deliberately rammed its boat";
            // the guidelines' "deliberately shelled homes").
            : claimed.Upos == "VERB" && (Wrongdoing.Contains(lower) || s.Children(claimed, "advmod").Any(a => Culpably.Contains(s.Lower(a)))
                // "said the Houthis were holding UN staff hostage".
                || Holds.Contains(lower) && s.Children(claimed).Any(c => s.Lower(c) is "hostage" or "hostages")) ? Clause.Doer(s, claimed)
            // "said Y was behind the attack", "behind the explosion at the port".
            : claimed.Upos == "NOUN" && (Lexicon.AttackNounSet.Contains(lower) || Crimes.Contains(lower) || Lexicon.Explosions.Contains(lower)) && s.CaseOf(claimed) == "behind"
                ? s.Children(claimed, "nsubj").FirstOrDefault()
            // "said the raid by Y was a flagrant violation of international law": a deed called a wrong.
            : claimed.Upos == "NOUN" && IsWrong(s, claimed) && s.Has(claimed, "cop") && s.Children(claimed, "nsubj").FirstOrDefault() is { } deed ? DeedDoer(s, deed)
            // "said Y was responsible for the attack"
            : claimed.Upos == "ADJ" && Culpable.Contains(lower) && s.Children(claimed, "obl").Any(o => s.CaseOf(o) is "for" or "of"
                && (lower is "culpable" or "guilty" || Lexicon.AttackNounSet.Contains(s.Lower(o)) || Crimes.Contains(s.Lower(o))))
                ? s.Children(claimed, "nsubj").FirstOrDefault()
                : null;
        return doer is null ? [] : [.. Voices(Sides.Of(s, doer)).Select(m => m.EntityId).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>
    /// "said Y had opened fire on …": force named by the verb's object and done by the verb's own doer (not "fleeing a
    /// Ugandan offensive", whose doer is another).
    /// </summary>
    private IEnumerable<EventDraft> ForceOfTheObject(ParsedSentence s, SyntaxWord verb)
    {
        if (Clause.Doer(s, verb) is not { } doer || !s.Children(verb, "obj").Any(o => o.Upos == "NOUN"))
            return [];
        var doers = Voices(Sides.Of(s, doer)).Select(m => m.EntityId).ToHashSet(StringComparer.Ordinal);
        return s.Children(verb, "obj").Where(o => o.Upos == "NOUN").SelectMany(o => FromNoun(s, o))
            .Where(d => d.Participants.Any(p => p.Role == ParticipantRoles.Actor && doers.Contains(p.Entity))).ToList();
    }

    /// <summary>
    /// "fired two missiles into the sea", "launched a rocket into the Sea of Japan": a launch into open water, aimed at
    /// no one, which a side reporting it observes rather than alleges (a launch "at towns" is aimed).
    /// </summary>
    private static bool FiredAtNothing(ParsedSentence s, SyntaxWord v)
    {
        if (!Lexicon.Fire.Contains(s.Lower(v)) && !Launches.Contains(s.Lower(v)))
            return false;
        var phrases = s.Children(v).Concat(s.Children(v, "obj").SelectMany(o => s.Children(o)))
            .Where(c => ParsedSentence.Is(c, "obl") || ParsedSentence.Is(c, "nmod")).ToList();
        // "on Sunday" is when, not at whom.
        return !phrases.Exists(c => s.CaseOf(c) is "at" or "on" or "against" or "toward" or "towards" && !IsTime(s, c))
            && phrases.Exists(c => s.CaseOf(c) == "into" && (OpenWater.Contains(s.Lower(c)) || s.MentionAt(c) is { Type: EntityType.Location } m
                && (m.Text.EndsWith(" Sea", StringComparison.Ordinal) || m.Text.EndsWith(" Ocean", StringComparison.Ordinal) || m.Text.StartsWith("Sea of", StringComparison.Ordinal))));
    }

    /// <summary>English nouns of open water and sky, where a launch hits no one.</summary>
    private static readonly HashSet<string> OpenWater = new(StringComparer.Ordinal) { "sea", "waters", "ocean", "air", "sky" };

    private static readonly HashSet<string> Launches = VerbForms.Set("launch");

    /// <summary>English verbs of breaking a law, a border or an agreement, and of covert hostile acts: what they report is wrongdoing.</summary>
    private static readonly HashSet<string> Wrongdoing = VerbForms.Set(
        "violate", "breach", "infringe", "harbour", "harbor", "shelter", "smuggle", "meddle", "interfere", "sabotage", "spy/spied", "incite",
        "hack", "steal/stole/stolen");

    /// <summary>A noun of sanctions, or restrictions of a kind a state imposes on another ("visa restrictions", "export restrictions").</summary>
    private static bool IsSanction(ParsedSentence s, SyntaxWord noun) =>
        Lexicon.SanctionNouns.Contains(s.Lower(noun))
        || s.Lower(noun) is "restrictions" or "curbs" or "bans" or "ban" or "controls"
            && (HasModifier(s, noun, Restricted) || RestrictedOn(s, noun) is { } on && Flows.Contains(s.Lower(on)))
        // "asset freezes", "a freeze on assets".
        || s.Lower(noun) is "freeze" or "freezes" && HasModifier(s, noun, Lexicon.Assets)
        // "a new sanctions package": a grouping named by its compound.
        || Groupings.Contains(s.Lower(noun)) && HasModifier(s, noun, Lexicon.SanctionNouns);

    private static bool HasModifier(ParsedSentence s, SyntaxWord noun, HashSet<string> words)
    {
        foreach (var c in s.Children(noun))
        {
            if (c.Relation is "compound" or "amod" && words.Contains(s.Lower(c)))
                return true;
        }

        return false;
    }

    /// <summary>
    /// Whom imposed sanctions fall on: "on" or "against" on the sanctions (or the last of several: "imposed travel bans and
    /// asset freezes on X") or on the verb; for restrictions on goods, whom the goods may no longer reach ("tightened
    /// export controls on chips to China").
    /// </summary>
    private static SyntaxWord? SanctionTarget(ParsedSentence s, SyntaxWord v, SyntaxWord sanctions)
    {
        var on = s.Children(sanctions, "conj").Prepend(sanctions).Select(m => Clause.Oblique(s, m, "on", "against")).FirstOrDefault(o => o is not null)
            ?? Clause.Oblique(s, v, "on", "against");
        // "restrictions on exports to China": the flow restricted is no side; whom it no longer reaches, or comes from, is.
        // "curbs on exports of chips to China": the parser may hang the partner on the goods or on the verb.
        if (on is not null && s.MentionAt(on) is null && Flows.Contains(s.Lower(on))
            && (Clause.Oblique(s, on, "to", "from", "with") ?? (Clause.Oblique(s, on, "of") is { } goods ? Clause.Oblique(s, goods, "to", "from") : null)
                ?? Clause.Oblique(s, v, "to", "from", "with")) is { } partner)
            return partner;
        if (on is not null && s.MentionAt(on) is not null || !HasModifier(s, sanctions, Restricted))
            return on;
        return Clause.Oblique(s, sanctions, "to") ?? Clause.Oblique(s, v, "to") ?? (on is null ? null : Clause.Oblique(s, on, "to")) ?? on;
    }

    /// <summary>What restrictions between states bear on.</summary>
    private static readonly HashSet<string> Restricted = new(StringComparer.Ordinal)
    {
        "visa", "travel", "export", "import", "trade", "investment", "financial", "economic", "shipping", "entry",
    };

    /// <summary>What restrictions are put "on", on their noun or on the verb they are the object of ("imposed curbs on trade").</summary>
    private static SyntaxWord? RestrictedOn(ParsedSentence s, SyntaxWord noun) =>
        Clause.Oblique(s, noun, "on") ?? (ParsedSentence.Is(noun, "obj") && s.Head(noun) is { } verb ? Clause.Oblique(s, verb, "on") : null);

    /// <summary>English nouns of what flows between states, which restrictions are put on ("curbs on exports to X").</summary>
    private static readonly HashSet<string> Flows = new(StringComparer.Ordinal)
    {
        "exports", "imports", "trade", "shipments", "sales", "investment", "investments", "flights", "travel", "transfers",
    };

    /// <summary>Nouns that count or group what follows "of" ("a new package of sanctions", "20,000 tonnes of rice").</summary>
    private static readonly HashSet<string> Groupings = new(StringComparer.Ordinal)
    {
        "package", "round", "set", "wave", "raft", "batch", "series", "slew", "string", "tonnes", "tons", "doses", "shipment", "shipments", "barrage",
        "consignment", "consignments", "millions", "billions", "dozens", "scores", "hundreds", "thousands", "tens",
    };

    /// <summary>
    /// What a grouping noun groups ("a package of sanctions" → sanctions), or what a sum counts ("$2 billion in aid",
    /// "5 million euros of assistance"), else the noun itself.
    /// </summary>
    private static SyntaxWord Measured(ParsedSentence s, SyntaxWord noun)
    {
        // "a shipment of 40 tonnes of medical supplies": a grouping of a grouping.
        if (Groupings.Contains(s.Lower(noun)))
            return CountedBy(s, noun, Groupings) is var grouped && grouped != noun ? Measured(s, grouped) : noun;
        var sum = noun.Upos is "SYM" or "NUM" || s.Children(noun, "nummod").Any();
        return sum && s.Children(noun).FirstOrDefault(c => ParsedSentence.Is(c, "nmod") && s.CaseOf(c) is "in" or "of" && IsAid(s, c)) is { } counted ? counted : noun;
    }

    /// <summary>Nouns of crimes against persons: one "responsible for" them is accused.</summary>
    private static readonly HashSet<string> Crimes = new(StringComparer.Ordinal)
    {
        "murder", "murders", "killing", "killings", "massacre", "massacres", "poisoning", "assassination", "atrocities",
        "abuses", "crimes", "genocide", "abduction", "abductions", "kidnapping", "kidnappings", "torture", "death", "deaths",
        "hack", "hacks", "hacking", "cyberattack", "cyberattacks", "cyber-attack", "cyber-attacks", "breach", "intrusion", "espionage",
        "sabotage", "interference", "meddling",
    };

    /// <summary>Adjectives that put an act on someone ("responsible for", "guilty of"; "culpable" and "guilty" of anything).</summary>
    private static readonly HashSet<string> Culpable = new(StringComparer.Ordinal) { "responsible", "culpable", "guilty", "accountable" };

    private static readonly HashSet<string> Holds = VerbForms.Set("hold/held");

    /// <summary>
    /// "held X responsible (for …)": the culpable predicate of what is held, which the parser hangs on the verb
    /// (xcomp) or on the object itself.
    /// </summary>
    private static bool HeldCulpable(ParsedSentence s, SyntaxWord v, SyntaxWord held) =>
        s.Children(v, "xcomp").Concat(s.Children(held).Where(c => c.Relation is "amod" && c.Index > held.Index)).Any(p => Culpable.Contains(s.Lower(p)));

    /// <summary>English verbs that lay the noun "blame" on someone ("pinned the blame on", "laid the blame on").</summary>
    private static readonly HashSet<string> LaysBlame = VerbForms.Set("lay/laid", "pin/pinned/pinning", "put/put/putting", "place", "shift/shifted", "cast/cast");

    /// <summary>
    /// "pinned the blame for the riots on the opposition", "pointed the finger at Kigali": whom the blame is laid on or the
    /// finger pointed at, read on the noun or on the verb, or on the deed it is laid for (where the parser hangs it), or null.
    /// </summary>
    private static SyntaxWord? BlamedBy(ParsedSentence s, SyntaxWord v, string lower) =>
        s.Children(v, "obj").FirstOrDefault() is { } o
            && (LaysBlame.Contains(lower) && s.Lower(o) == "blame" || Points.Contains(lower) && s.Lower(o) == "finger")
            ? Clause.Oblique(s, o, "on", "at") ?? Clause.Oblique(s, v, "on", "at")
                ?? ((Clause.Oblique(s, o, "for") ?? Clause.Oblique(s, v, "for")) is { } deed ? Clause.Oblique(s, deed, "on") : null)
            : null;

    private static readonly HashSet<string> Points = VerbForms.Set("point");

    private static readonly HashSet<string> Seizes = VerbForms.Set("seize", "grab/grabbed/grabbing", "take/took/taken/taking", "regain", "annex");

    /// <summary>English verbs of entering a plea.</summary>
    private static readonly HashSet<string> Pleads = VerbForms.Set("plead/pleaded/pled");

    /// <summary>English verbs of raiding, which police do to search.</summary>
    private static readonly HashSet<string> Raids = VerbForms.Set("raid");

    /// <summary>English nouns of those who enforce the law, whose seizures and raids are no armed action: searchers, officials, customs.</summary>
    private static readonly HashSet<string> Policing = new(Lexicon.Searchers.Concat(["officials", "customs"]), StringComparer.Ordinal);

    /// <summary>A vessel, or a ship's name after its noun ("the tanker Advantage Sweet", read with the name's first word as the head).</summary>
    private static bool IsVessel(ParsedSentence s, SyntaxWord w) =>
        Vessels.Contains(s.Lower(w)) || s.Parse.Subtree(w).Any(c => c.Relation == "compound" && c.Index < w.Index && Vessels.Contains(s.Lower(c)));

    /// <summary>"test" and its forms: a weapon tested is fired (annotation guidelines: missile tests are military actions).</summary>
    private static readonly HashSet<string> Tests = VerbForms.Set("test");

    /// <summary>English nouns of ships: the mention scan's list, its plurals, and "carrier", which names a ship only as a side (the scan
    /// would take "the carrier X" for an airline).</summary>
    private static readonly HashSet<string> Vessels = new(
        WordLists.VesselNouns.Concat(WordLists.VesselNouns.Select(n => n.EndsWith('y') ? n[..^1] + "ies" : n + "s")).Append("carrier"),
        StringComparer.Ordinal);

    /// <summary>English nouns of ground and of places held by force: what is seized when it is one of these or a named place.</summary>
    internal static readonly HashSet<string> Grounds = new(StringComparer.Ordinal)
    {
        "territory", "town", "towns", "city", "cities", "village", "villages", "area", "areas", "base", "bases", "airport", "port",
        "region", "district", "province", "capital", "border", "crossing", "corridor", "hill", "island", "islands", "positions",
        "palace", "headquarters", "airbase", "bridge", "checkpoint", "outpost", "camp",
    };

    /// <summary>
    /// The ground a verb of taking took: its object, or what it took "control of"; not what is taken somewhere ("took
    /// Sudan to the Security Council", "were taken to a prison").
    /// </summary>
    private static SyntaxWord? SeizedGround(ParsedSentence s, SyntaxWord v)
    {
        // "to" may hang on the object or its conjunct ("take Sudan and the rebels to the Security Council").
        if (s.Parse.Subtree(v).Any(w => (ParsedSentence.Is(w, "obl") || ParsedSentence.Is(w, "nmod")) && s.CaseOf(w) is "to" or "into"))
            return null;
        var taken = Clause.Undergoer(s, v);
        if (taken is not null && s.Lower(taken) == "control")
            taken = Clause.Oblique(s, taken, "of");
        return taken is not null && (Grounds.Contains(s.Lower(taken)) || s.MentionAt(taken) is { Type: EntityType.Location or EntityType.Country }) ? taken : null;
    }

    private static readonly HashSet<string> Arrives = VerbForms.Set("arrive");

    /// <summary>English nouns of people who speak for a side, other than its envoys (<see cref="Envoys"/>).</summary>
    private static readonly HashSet<string> Spokesmen = new(StringComparer.Ordinal)
    {
        "negotiator", "negotiators", "mediators", "delegates", "representatives", "officials", "leaders", "ministers",
    };

    /// <summary>English verbs of carrying out or ordering an act: with an attack as their object, their doer attacked.</summary>
    private static readonly HashSet<string> Perpetrate = VerbForms.Set(
        "mastermind", "orchestrate", "order", "launch", "carry/carried", "conduct", "stage", "plan/planned/planning", "organize", "organise", "direct",
        "commit/committed/committing", "perpetrate", "sponsor");

    private IEnumerable<EventDraft> FromVerb(ParsedSentence s, SyntaxWord v)
    {
        var lower = s.Lower(v);
        // "Fighting between X and Y spread to …", "killed in fighting between X and Y": the noun read as a gerund, where
        // it opens the sentence or follows a preposition of time or cause (not "warned that fighting … could resume").
        if (lower == "fighting" && Clause.Subject(s, v) is null && Clause.Oblique(s, v, "between") is { } between
            && (s.Words.TakeWhile(w => w != v).All(w => w.Upos is "ADJ" or "DET")
                || s.Children(v).Any(c => c.Relation is "mark" or "case" && s.Lower(c) is "in" or "during" or "after" or "amid" or "following")))
            return Fight(s, v, between);
        // "The U.N. Security Council convened an emergency session on Sunday": a body that holds a session it convened met
        // (annotation guidelines: a council session that took place).
        if (Convenes.Contains(lower) && Clause.Undergoer(s, v) is { } session && IsSitting(s, session)
            && Clause.Oblique(s, v, "for") is null)
            return Session(s, v, Clause.Doer(s, v));
        // "NATO defence ministers convened in Brussels", "ASEAN foreign ministers gathered in Vientiane": a body's members
        // who come together, with nothing gathered, sit as that body.
        if ((Convenes.Contains(lower) || Gathers.Contains(lower)) && v.Xpos is "VBD" or "VBN" && !s.Children(v).Any(c => c.Relation is "obj" or "nsubj:pass" or "ccomp" or "xcomp")
            && Clause.Doer(s, v) is { } sitters && IsTheBodyOrItsMembers(s, sitters))
            return Session(s, v, sitters);
        // "X and his Egyptian counterpart Y co-chaired the meeting of the joint commission", "chaired a meeting with the
        // ambassadors of Mali and Niger": who chair a sitting meet in it, with whom it is held (annotation guidelines: a
        // council session that took place).
        // Not a standing body a participle describes ("the creditor committee, co-chaired by China and India, agreed …").
        if (Chairs.Contains(lower) && (Clause.Undergoer(s, v) ?? Clause.Oblique(s, v, "over")) is { } sitting && Sittings.Contains(s.Lower(sitting))
            && !(ParsedSentence.Is(v, "acl") && s.Head(v) == sitting && s.Lower(sitting) is "commission" or "committee" or "council"))
            return Encounter(s, v, EventType.Meeting, "040", Clause.Doer(s, v), Partners(s, sitting, "with") is { Count: > 0 } with ? with : SittingOf(s, sitting));
        // "Poland hosted a meeting of EU interior ministers in Warsaw": the host meets the body whose meeting it hosts.
        if (Lexicon.ReceiveVisitor.Contains(lower) && Clause.Undergoer(s, v) is { } hosted && MeetingNouns.Contains(s.Lower(hosted)) && SittingOf(s, hosted) is [_, ..] gathered)
            return Encounter(s, v, EventType.Meeting, "040", Clause.Doer(s, v), gathered);
        // "sat down with Saudi Crown Prince X": sitting down with someone is meeting them.
        if (Sits.Contains(lower) && s.Children(v).Any(p => p.Relation is "compound:prt" or "advmod" && s.Lower(p) == "down") && Partners(s, v, "with") is { Count: > 0 } sat)
            return Encounter(s, v, EventType.Meeting, "040", Clause.Doer(s, v), sat);
        // "shook hands with Moroccan Foreign Minister X" (the caption of a meeting): a handshake is given in person.
        // The parser hangs "with" on the verb or on the hands.
        if (Shakes.Contains(lower) && s.Children(v, "obj").FirstOrDefault(o => s.Lower(o) == "hands") is { } hands
            && Partners(s, v, "with").Concat(Partners(s, hands, "with")).ToList() is { Count: > 0 } shaken)
            return Encounter(s, v, EventType.Meeting, "040", Clause.Doer(s, v), shaken);
        if (Lexicon.Meet.Contains(lower))
        {
            var partners = Partners(s, v, "with");
            // "met with X via video link": a video meeting is a call (annotation guidelines).
            if (ByPhone(s, v))
                return Encounter(s, v, EventType.PhoneCall, "041", Clause.Doer(s, v), partners);
            var met = Encounter(s, v, EventType.Meeting, "040", Clause.Doer(s, v), partners).ToList();
            return met.Count == 0 && partners.Count == 0 ? Session(s, v, Clause.Doer(s, v)) : met;
        }
        // A named guest, a counterpart or successor ("welcomed his New Zealand counterpart", "his successor, X"), a delegation ("received an IMF
        // delegation", "a delegation from Chile": the side that sent it) or envoys of a side named beside them ("hosted
        // Hamas negotiators"): not "welcomed the decision", "received Ukrainian refugees", "the city hosted leaders", nor
        // "welcomed the Chinese mission to Darfur" (a mission is also a task).
        if (Lexicon.ReceiveVisitor.Contains(lower) && Clause.Undergoer(s, v) is { } guest
            && (s.MentionAt(guest) is not null || s.Lower(guest) is "counterpart" or "counterparts" or "delegation" or "delegations" or "successor" or "predecessor" || IsTitle(s, guest)
                || (Envoys.Contains(s.Lower(guest)) || Spokesmen.Contains(s.Lower(guest))) && s.Children(guest).Any(c => c.Relation is "amod" or "compound" or "nmod:poss" && s.MentionAt(c) is not null)))
            return Encounter(s, v, EventType.Meeting, "043", Clause.Doer(s, v), [guest]);
        // "hosted a dinner for his Israeli counterpart", "gave a banquet in honour of the emir": the guest of a meal given is met.
        if ((Lexicon.ReceiveVisitor.Contains(lower) || Accords.Contains(lower)) && Clause.Undergoer(s, v) is { } meal && Meals.Contains(s.Lower(meal))
            && (Clause.Oblique(s, meal, "for") ?? Clause.Oblique(s, v, "for") ?? Honoured(s, meal) ?? Honoured(s, v)) is { } honoured)
            return Encounter(s, v, EventType.Meeting, "043", Clause.Doer(s, v), [honoured]);
        // "presented his credentials to President X", "received the credentials of Germany's envoy": an envoy's credentials
        // are handed over in person, so envoy and head of state meet (CAMEO 043).
        if (Clause.Undergoer(s, v) is { } credentials && IsCredentials(s, credentials) && Clause.Doer(s, v) is { } accrediting && Sides.Of(s, accrediting).Count > 0
            && (Presents.Contains(lower) ? Clause.Oblique(s, v, "to") ?? Clause.Oblique(s, credentials, "to")
                : Lexicon.ReceiveVisitor.Contains(lower) ? Clause.Oblique(s, credentials, "of", "from") ?? Clause.Oblique(s, v, "from") : null) is { } accredited)
            return Encounter(s, v, EventType.Meeting, "043", accrediting, [accredited]);
        // "granted an audience to the visiting minister", "had an audience with the Pope": an audience given or had is a
        // meeting (CAMEO 043).
        if (Clause.Undergoer(s, v) is { } audience && s.Lower(audience) is "audience" or "audiences"
            && (Audiences.Contains(lower) ? Clause.Oblique(s, v, "to") ?? Clause.Oblique(s, audience, "to")
                : lower is "had" or "has" or "have" or "held" ? Clause.Oblique(s, v, "with") ?? Clause.Oblique(s, audience, "with") : null) is { } granted)
            return Encounter(s, v, EventType.Meeting, "043", Clause.Doer(s, v), [granted]);
        // "told his Peruvian counterpart by telephone that …", "assured X by phone": telling someone over the phone is a call.
        // So is congratulating or thanking someone by phone.
        if ((ParseReading.Tells.Contains(lower) || Lexicon.Praise.Contains(lower)) && ByPhone(s, v) && s.Children(v).Where(c => c.Relation is "obj" or "iobj").ToList() is { Count: > 0 } told)
            return Encounter(s, v, EventType.PhoneCall, "041", Clause.Doer(s, v), told);
        // "Fidan also called on Prime Minister X": a call paid on a person in person (CAMEO 042), not "called on X to resign".
        if (CallsOn(s, v, lower) is { } host)
            return Encounter(s, v, EventType.Meeting, "042", Clause.Doer(s, v), [host]);
        if (Lexicon.Phone.Contains(lower))
            return Encounter(s, v, EventType.PhoneCall, "041", Clause.Doer(s, v), Partners(s, v, "with", "to"));
        // "Wadephul called his Chinese counterpart Wang Yi on Friday": a person called, with nothing that makes the verb
        // one of naming ("called X a liar"), asking ("called on X to", "called for"), ending or summoning ("called off", "called up").
        if (Called(s, v, lower) is { } called)
            return Encounter(s, v, EventType.PhoneCall, "041", Clause.Doer(s, v), [called]);
        // "the talks were attended by envoys from A and B", "joined the talks": who attends or joins a meeting meets there.
        if ((Attends.Contains(lower) || Joins.Contains(lower)) && Clause.Undergoer(s, v) is { } gathering && IsSitting(s, gathering))
            return Encounter(s, v, EventType.Meeting, "040", Clause.Doer(s, v), Partners(s, gathering, "with", "between"));
        // "X joined Y and Z for talks", "the two were joined by X for a session on air defence": who joins others for a
        // meeting meets them.
        if (Joins.Contains(lower) && Clause.Oblique(s, v, "for") is { } joinedFor && IsSitting(s, joinedFor) && Clause.Undergoer(s, v) is { } joined)
            return Encounter(s, v, EventType.Meeting, "040", Clause.Doer(s, v), [joined]);
        if (Lexicon.Speak.Contains(lower) && (ByPhone(s, v) || s.CallInArticle))
            return Encounter(s, v, EventType.PhoneCall, "041", Clause.Doer(s, v), Partners(s, v, "with", "to"));
        // "Macron spoke with Zelensky on Monday", "talked to his Chinese counterpart": a named person (not reporters, not
        // a newspaper) talked with is consulted, by telephone as leaders' readouts tell it, unless the sentence puts the
        // two somewhere ("spoke with X in Paris", "on the sidelines of the summit").
        if (Lexicon.Speak.Contains(lower) && Partners(s, v, "with", "to").Where(p => !ParsedSentence.Is(p, "obj")
                && (s.MentionAt(p) is { Type: EntityType.Person } || s.Lower(p) is "counterpart" || s.Children(p, "appos").Any(a => s.MentionAt(a) is { Type: EntityType.Person })))
                .ToList() is { Count: > 0 } talkedTo)
            return InPerson(s, v, talkedTo) ? Encounter(s, v, EventType.Meeting, "040", Clause.Doer(s, v), talkedTo)
                : Encounter(s, v, EventType.PhoneCall, "041", Clause.Doer(s, v), talkedTo);
        // "In a telephone call, X and Y discussed North Korea": what is discussed is the topic, not a side.
        if (Discusses.Contains(lower) && ByPhone(s, v))
            return Encounter(s, v, EventType.PhoneCall, "041", Clause.Doer(s, v), DiscussedWith(s, v));
        // "X and Y stressed the need for a ceasefire during a phone call", "agreed … in a video call": what two sides did
        // on a call they held (not what one told a reporter by phone).
        if (v.Upos == "VERB" && s.CallInArticle && !Lexicon.Speak.Contains(lower) && ByPhone(s, v)
            && (!Lexicon.Say.Contains(lower) || Clause.Doer(s, v) is { } twoOnACall && Sides.Of(s, twoOnACall).Count >= 2)
            && Encounter(s, v, EventType.PhoneCall, "041", Clause.Doer(s, v), [.. DiscussedWith(s, v), .. PassiveSubjectOfAnAgent(s, v)]).ToList() is { Count: > 0 } onACall)
            return onACall;
        // "Ramaphosa and his Angolan counterpart discussed security in Luanda": two named sides talking together held
        // talks (annotation guidelines: Meeting), unless the article says it was by telephone or the sentence names the
        // meeting or call it was in ("discussed Taiwan during their meeting").
        // "exchanged views on the crisis": state agencies' words for talks.
        if ((Discusses.Contains(lower) || Exchanges.Contains(lower) && s.Children(v, "obj").Any(o => s.Lower(o) is "views" or "opinions"))
            && !s.CallInArticle && !s.Words.Any(w => w.Upos == "NOUN" && (MeetingNouns.Contains(s.Lower(w)) || CallNouns.Contains(s.Lower(w)))))
            return Encounter(s, v, EventType.Meeting, "040", Clause.Doer(s, v), DiscussedWith(s, v));
        if (Lexicon.Visit.Contains(lower))
            return Visits(s, v, Clause.Doer(s, v), Clause.Undergoer(s, v));
        // Travelling is a visit for a named person; troops arriving are a deployment, not a visit ("US troops arrived in
        // Poland": CAMEO 154, where they arrived; annotation guidelines).
        // "The first shipment of tanks from Poland arrived in Ukraine": aid that arrived was delivered (CAMEO 07x) by
        // whom it came from, to where it arrived.
        // A vessel that travels is no aid itself, but what it carries may be ("a ship carrying aid from Turkey arrived in
        // Beirut"), from whom its cargo or the ship comes.
        if (ArrivingGoods(s, v) is { } goods)
            return (Vessels.Contains(s.Lower(goods)) ? Cargo(s, goods) : goods) is { } carried
                && (SentFrom(s, carried, v) ?? (carried != goods ? ShippedFrom(s, goods) : null)) is { } sender && Clause.Oblique(s, v, "in", "to") is { } arrivedIn
                ? Directed(s, v, EventType.Offer, AidKind.Code(s.Parse.Subtree(carried).Select(s.Lower), false), ParticipantRoles.Giver, ParticipantRoles.Recipient, sender, arrivedIn)
                : [];
        if (ArrivingForces(s, v) is { } forces)
            return SentTo(s, Force(s, v, "154", forces, Front(s, v)), Clause.Oblique(s, v, "to", "into"));
        // An official named by title ("the Chinese foreign minister landed in Islamabad") travels for the country, and so
        // does a party sent ("a delegation led by Kenya's foreign minister arrived in …").
        // Flying "back" or "home" is a return, no visit.
        if ((Lexicon.Travel.Contains(lower) || Lands(s, v)) && !s.Children(v).Any(c => s.Lower(c) is "back" or "home")
            && Clause.Doer(s, v) is { } traveller && !Remains.Contains(s.Lower(traveller)) && Sides.Of(s, traveller) is var travellers
            && (travellers.Exists(m => m.Type == EntityType.Person) || IsTitle(s, traveller) || Sides.IsParty(s, traveller) && travellers.Count > 0))
            // Arriving "in" a place is coming there; travelling "in" it is moving about inside it ("was travelling in South
            // Waziristan when his car was ambushed").
            // "arrived at Haneda airport in Tokyo": the place the arrival point is in.
            return Visits(s, v, traveller, Arrives.Contains(lower) || Lands(s, v)
                ? Clause.Oblique(s, v, "to", "in") ?? (Clause.Oblique(s, v, "at") is { } point ? Clause.Oblique(s, point, "in") ?? point : null)
                : Clause.Oblique(s, v, "to"));
        // "led a delegation to Accra": one who leads a party somewhere travels there with it.
        if (Sides.Leads.Contains(lower) && s.Children(v, "obj").Any(o => Sides.IsParty(s, o)) && Clause.Doer(s, v) is { } leader
            && Sides.Of(s, leader).Exists(m => m.Type == EntityType.Person)
            && (Clause.Oblique(s, v, "to") ?? s.Children(v, "obj").Select(o => Clause.Oblique(s, o, "to")).FirstOrDefault(t => t is not null)) is { } led
            && s.MentionAt(led) is { Type: EntityType.Location or EntityType.Country })
            return One(Visit(s, v, leader, led));
        // "The Indian prime minister left for Washington on a two-day visit", "departed for Moscow", "headed to Beijing":
        // having set off for a named place is travelling there, by the same travellers; the present ("Roh leaves for Costa
        // Rica on Sunday") is mostly a plan, a purpose ("left home for prayers at a mosque") no destination, and going home
        // ("headed home to the United States") a return.
        if (v.Xpos is "VBD" or "VBN" && SetsOff(s, v, lower) && !s.Children(v).Any(c => s.Lower(c) == "home") && Clause.Doer(s, v) is { } leaver && Sides.Of(s, leaver) is var leavers
            && (leavers.Exists(m => m.Type == EntityType.Person) || IsTitle(s, leaver) || Sides.IsParty(s, leaver) && leavers.Count > 0)
            && Clause.Oblique(s, v, "for", "to") is { } bound && s.MentionAt(bound) is { Type: EntityType.Location or EntityType.Country })
            return One(Visit(s, v, leaver, bound));
        // "was indicted by the war crimes court": a charge brought is an accusation (CAMEO 112).
        if (Lexicon.Accuse.Contains(lower) || Indicts.Contains(lower) || Attributes.Contains(lower) && BlameLaidOn(s, v) is not null)
            return EachOther(s, Clause.Undergoer(s, v)) && Clause.Doer(s, v) is { } accusers
                ? Mutual(s, v, EventType.Accusation, "112", ParticipantRoles.Accuser, ParticipantRoles.Accused, accusers)
                : Directed(s, v, EventType.Accusation, "112", ParticipantRoles.Accuser, ParticipantRoles.Accused, Clause.Doer(s, v),
                    BlameLaidOn(s, v) ?? Clause.Undergoer(s, v));
        // "declared two French diplomats persona non grata": an expulsion (CAMEO 161) of whom it declares so (its object,
        // or the subject of the phrase read as a small clause, or "persona" where the parser made the Latin the object and
        // hung the diplomat and his state on it).
        if (Declares.Contains(lower) && s.Parse.Subtree(v).FirstOrDefault(w => s.Lower(w) == "grata" && w.Index > 0 && s.Lower(s.Parse.Words[w.Index - 1]) == "non") is { } grata
            && (Clause.Undergoer(s, v) ?? s.Children(v).Where(c => c.Relation is "ccomp" or "xcomp").SelectMany(c => s.Children(c, "nsubj")).FirstOrDefault()) is { } unwelcome)
            return Directed(s, v, EventType.Sanction, "161", ParticipantRoles.Imposer, ParticipantRoles.Target, Clause.Doer(s, v),
                unwelcome.Index >= grata.Index - 2 && grata.Index > 2 && s.Parse.Words[grata.Index - 2] is var persona && s.Lower(persona) == "persona"
                    && s.Children(persona).Any(c => c.Relation is "compound" or "amod" or "nmod:poss") ? persona : unwelcome);
        // "held Hamas responsible for the attack": whom the verb holds culpable is accused (CAMEO 112).
        if (Holds.Contains(lower) && Clause.Undergoer(s, v) is { } held && HeldCulpable(s, v, held))
            return Directed(s, v, EventType.Accusation, "112", ParticipantRoles.Accuser, ParticipantRoles.Accused, Clause.Doer(s, v), held);
        if (BlamedBy(s, v, lower) is { } blamed)
            return Directed(s, v, EventType.Accusation, "112", ParticipantRoles.Accuser, ParticipantRoles.Accused, Clause.Doer(s, v), blamed);
        if (Lexicon.SanctionVerb.Contains(lower) && lower.StartsWith("sanction", StringComparison.Ordinal))
            return Directed(s, v, EventType.Sanction, "163", ParticipantRoles.Imposer, ParticipantRoles.Target, Clause.Doer(s, v), Clause.Undergoer(s, v));
        if (Lexicon.Cut.Contains(lower) && s.Children(v, "obj").FirstOrDefault(o => Lexicon.RelationsNouns.Contains(s.Lower(o))) is { } ties)
            return Directed(s, v, EventType.Sanction, "161", ParticipantRoles.Imposer, ParticipantRoles.Target, Clause.Doer(s, v),
                Clause.Oblique(s, ties, "with") ?? Clause.Oblique(s, v, "with"));
        if (AidGiven(s, v) is { } aided)
            return aided;
        if ((Deal(s, v, lower) ?? Supply(s, v, lower) ?? Measure(s, v, lower) ?? Vow(s, v, lower) ?? ConditionalHarm(s, v) ?? Complaint(s, v, lower) ?? Branded(s, v, lower) ?? Summoned(s, v, lower)
            ?? TimeGivenUntil(s, v)) is { } done)
            return done;
        // "froze the assets of X", "froze $4 billion in Afghan central bank assets": the assets' owner is the target.
        if (Lexicon.Freeze.Contains(lower) && s.Children(v, "obj").Select(o => Lexicon.Assets.Contains(s.Lower(o)) ? o
                : s.Children(o, "nmod").FirstOrDefault(n => s.CaseOf(n) is "in" or "of" && Lexicon.Assets.Contains(s.Lower(n)))).FirstOrDefault(a => a is not null) is { } assets)
            // "will freeze the assets of Iranian banks": the owner named after "of" (the realis reading has the surface rule too).
            return Directed(s, v, EventType.Sanction, "163", ParticipantRoles.Imposer, ParticipantRoles.Target, Clause.Doer(s, v), Clause.Oblique(s, assets, "of") ?? assets);
        if (Lexicon.Warn.Contains(lower) && Warning(s, v) is { Count: > 0 } threats)
            return threats;
        if (Modality.KeptOpen(s, v) && ForceKeptOpen(s, v) is { } kept)
            return kept;
        // "Belarus was hit with fresh sanctions by the EU", "the EU slapped Belarus with sanctions": who is struck with sanctions is their target.
        if (StrikesWith.Contains(lower) && s.Children(v).FirstOrDefault(c => ParsedSentence.Is(c, "obl") && s.CaseOf(c) == "with" && IsSanction(s, Measured(s, c))) is not null
            && Clause.Undergoer(s, v) is { } struckWith)
            return Directed(s, v, EventType.Sanction, "163", ParticipantRoles.Imposer, ParticipantRoles.Target, Clause.Doer(s, v), struckWith);
        // "Three Iranian firms were placed under US sanctions": put under sanctions by their owner, or by the doer.
        if (PutsUnder.Contains(lower) && s.Children(v).FirstOrDefault(c => ParsedSentence.Is(c, "obl") && s.CaseOf(c) == "under" && IsSanction(s, Measured(s, c))) is { } measures
            && Clause.Undergoer(s, v) is { } placed)
            return Directed(s, v, EventType.Sanction, "163", ParticipantRoles.Imposer, ParticipantRoles.Target,
                Clause.Doer(s, v) ?? StateModifier(s, measures) ?? s.Children(measures, "nmod:poss").FirstOrDefault(), placed);
        // "imposed sanctions on X"; "sanctions were imposed on X by Y".
        if (Imposes.Contains(lower) && Clause.Undergoer(s, v) is { } imposed && Measured(s, imposed) is var sanctions && IsSanction(s, sanctions))
            return Directed(s, v, EventType.Sanction, "163", ParticipantRoles.Imposer, ParticipantRoles.Target, Clause.Doer(s, v), SanctionTarget(s, v, sanctions));
        // "Beijing retaliated with 15% tariffs on American farm goods": measures one pays back with are imposed.
        if (Retaliations.Contains(lower) && s.Children(v).FirstOrDefault(c => c.Upos == "NOUN" && s.CaseOf(c) == "with") is { } paidWith && Measured(s, paidWith) is var paid && IsSanction(s, paid))
            return Directed(s, v, EventType.Sanction, "163", ParticipantRoles.Imposer, ParticipantRoles.Target, Clause.Doer(s, v), SanctionTarget(s, v, paid));
        if (Alleges.Contains(lower) && s.Children(v, "ccomp").FirstOrDefault() is { } alleged
            && Directed(s, v, EventType.Accusation, "112", ParticipantRoles.Accuser, ParticipantRoles.Accused, Clause.Doer(s, v), Clause.Doer(s, alleged)).ToList() is { Count: > 0 } alleging)
            return alleging;
        // "targeted an army post with drones": aimed at with weapons is attacked (CAMEO 190); "sanctions targeted X" is not.
        if (Targets.Contains(lower) && Clause.Undergoer(s, v) is { } aimedAt
            && (Clause.Oblique(s, v, "with") ?? Clause.Oblique(s, aimedAt, "with")) is { } weapon && Lexicon.Projectiles.Contains(s.Lower(weapon)))
            return Force(s, v, "190", Clause.Doer(s, v), aimedAt);
        // "Thai and Cambodian troops clashed", "A fought with B": each side fought the other, as in an exchange of fire.
        // Not persons alone: "the opposition leader clashed with the prime minister over migration" is a quarrel.
        if (Reciprocal.Contains(lower) && FoughtEachOther(s, v) && !VerbalAttacks.Are(s, v) && Sides.Of(s, Clause.Subject(s, v)!) is var fighters
            && !(fighters.Count > 0 && fighters.TrueForAll(m => m.Type == EntityType.Person)) && Exchange(s, v, v).ToList() is { Count: > 0 } mutual)
            return mutual;
        // "Rockets fired by Hamas hit Tel Aviv": a weapon that hits is an attack (a market hit by inflation is not).
        if (lower is "hit" or "hits" or "slammed" or "slams" && Clause.Doer(s, v) is { } weaponHit && Lexicon.Projectiles.Contains(s.Lower(weaponHit)))
            return Force(s, v, "190", FiredBy(s, weaponHit), Clause.Undergoer(s, v));
        // "Ukrainian troops came under fire from Russian artillery": the subject is attacked, by whoever the fire is from;
        // not criticised ("came under fire for providing loans").
        if (Comes.Contains(lower) && s.Children(v).FirstOrDefault(c => ParsedSentence.Is(c, "obl") && s.CaseOf(c) == "under" && UnderFire.ContainsKey(s.Lower(c))) is { } under
            && Clause.Subject(s, v) is { } attacked && Clause.Oblique(s, v, "for") is null && Clause.Oblique(s, under, "for") is null
            && !s.Children(v).Any(c => ParsedSentence.Is(c, "advcl") && s.MarkOf(c) == "for"))
            return Force(s, v, UnderFire[s.Lower(under)], Clause.Oblique(s, under, "from", "by") ?? Clause.Oblique(s, v, "from"), attacked);
        // "Two Turkish soldiers died in clashes with PKK militants": those who died were fought by the other side.
        if (Perishes.Contains(lower) && s.Children(v).FirstOrDefault(c => ParsedSentence.Is(c, "obl") && s.CaseOf(c) is "in" or "during" && Clashes.Contains(s.Lower(c))) is { } clash
            && Clause.Oblique(s, clash, "with") is { } foe && Clause.Subject(s, v) is { } dead)
            return Force(s, v, "190", foe, Counted(s, dead));
        if (ForceOf(s, v, lower) is { } force)
            // "police raided the offices of X": a search by police is policing, no armed action.
            return Clause.Doer(s, v) is { } killer && (IsMishap(s, killer) || Raids.Contains(lower) && Policing.Contains(s.Lower(killer))) ? []
                : force == "192" && TakenFrom(s, v) is { } holder
                ? TakenWhere(s, Force(s, v, force, FiredBy(s, Clause.Doer(s, v)) ?? FoughtWith(s, v), holder), Clause.Undergoer(s, v))
                : Force(s, v, force, FiredBy(s, Clause.Doer(s, v)) ?? FoughtWith(s, v), force == "192" ? Clause.Undergoer(s, v) : Clause.Undergoer(s, v) is { } hit ? Counted(s, hit) : null);
        // "seized the town", "seized control of the corridor": territory taken by force (annotation guidelines), not goods.
        if (Seizes.Contains(lower) && SeizedGround(s, v) is { } ground)
            return TakenFrom(s, v) is { } side ? TakenWhere(s, Force(s, v, "192", Clause.Doer(s, v), side), ground) : Force(s, v, "192", Clause.Doer(s, v), ground);
        // "the Houthis seized a cargo ship", "Iran seized a Greek tanker": a vessel taken by force is hijacked (CAMEO 181);
        // not one the police or customs seize ("officials say they seized a boat": the pronoun is the governing subject).
        // In the passive the vessel is the subject ("the tanker was seized by Houthi fighters").
        if ((Seizes.Contains(lower) || lower is "hijacked" or "hijacks" or "hijack") && s.Children(v, "obj").Concat(s.Children(v, "nsubj:pass")).FirstOrDefault(o => IsVessel(s, o)) is { } vessel
            && !(Clause.Doer(s, v) is { } seizer && Policing.Contains(s.Lower(seizer.Xpos == "PRP" ? Resolution.SubjectCoreference.GoverningSubject(s.Parse, seizer) ?? seizer : seizer))))
            return Force(s, v, "181", Clause.Doer(s, v), vessel);
        // "Israel strikes Hezbollah targets": "strike" with an object (a strike by workers has none; a deal struck is read above).
        if (Strikes.Contains(lower) && Clause.Undergoer(s, v) is { } struck)
            return Force(s, v, "190", Clause.Doer(s, v), struck);
        // "Turkish warplanes hit PKK targets", "RSF fighters stormed the village", "the Houthis targeted a ship": a blow or
        // an assault by forces, fighters, aircraft, weapons or an armed group (not "sanctions hit the economy", "the storm
        // hit Florida"; "hit X with sanctions" is read above).
        // "Israeli tanks entered Rafah": forces entering a place, as told (not "militants entering Iraq", a way they take).
        if (Assaults.Contains(lower) && (!Enters.Contains(lower) || v.Xpos is "VBD" or "VBZ" or "VBP")
            && Clause.Undergoer(s, v) is { } assailed && Clause.Doer(s, v) is { } assailant && Clause.Oblique(s, v, "with") is null
            && (IsArmedForce(s, assailant) || Lexicon.Projectiles.Contains(s.Lower(assailant)) || IsArmedGroup(s, assailant))
            // "destroyed a Ukrainian launcher", "sank a patrol boat", not "destroyed its arms" or "destroyed illegally built homes".
            && (!Wrecks.Contains(lower) || IsArmedSidesAsset(s, assailed) || Grounds.Contains(s.Lower(assailed))
                || s.Children(assailed).Any(c => c.Relation is "amod" or "compound" or "nmod:poss" && s.MentionAt(c) is { Type: EntityType.Country or EntityType.Organization })))
            return Force(s, v, "190", FiredBy(s, assailant), assailed);
        // "Ukraine hit a Russian oil refinery", "Russia pounded Ukrainian cities": a state named hitting a place named or
        // owned by another (not "India hit its target", "the EU targeted Russian banks", which sanctions, nor "it hit
        // China's coast", a storm or a disease).
        // "Israel hit Hezbollah targets", "Iran hit militant bases in Pakistan", "Ukraine sank a Russian warship": and sites,
        // positions or ships of an armed side (not "China hit its growth targets").
        if (StateBlows.Contains(lower) && Clause.Oblique(s, v, "with") is null
            && Clause.Doer(s, v) is { Upos: "PROPN" } state && s.MentionAt(state) is { Type: EntityType.Country } && Clause.Undergoer(s, v) is { } place
            // "US hits Vietnam with 46% tariff", with "with" read as the object's.
            && Clause.Oblique(s, place, "with") is null
            && (s.MentionAt(place) is { Type: EntityType.Country or EntityType.Location }
                || s.Children(place).Any(c => (c.Relation == "amod" || ParsedSentence.Is(c, "nmod:poss")) && s.MentionAt(c) is { Type: EntityType.Country or EntityType.Location } owner
                    && owner.EntityId != s.MentionAt(state)!.EntityId)
                || IsArmedSidesAsset(s, place)))
            return Force(s, v, "190", state, place);
        // "Chinese coast guard ships rammed a Philippine boat": a vessel or force ramming another vessel (CAMEO's verb
        // dictionary files "ram" under 190 with "pound"); not a truck ramming a crowd, nor a ferry ramming a pier.
        if (Rams.Contains(lower) && Clause.Doer(s, v) is { } rammer && CarriesForce(s, rammer) && Clause.Undergoer(s, v) is { } rammed && Vessels.Contains(s.Lower(rammed)))
            return Force(s, v, "190", rammer, rammed);
        // "Chinese coast guard vessels fired water cannon at a Philippine boat", "blasted the boat with water cannon": force
        // turned on another's vessel, as ramming is; not water cannon on protesters, which is policing.
        if (Hoses.Contains(lower) && WaterCannonOn(s, v) is { } hosed && Clause.Doer(s, v) is { } hosing
            && (CarriesForce(s, hosing) || s.MentionAt(hosing) is { Type: EntityType.Organization or EntityType.Country }))
            return Force(s, v, "190", hosing, hosed);
        // "Gaza was hit by Israeli air strikes", "missiles pounded the port": an impact whose doer is an attack or a weapon.
        if (Impacts.Contains(lower) && Clause.Doer(s, v) is { } impact && (Lexicon.AttackNounSet.Contains(s.Lower(impact)) || Lexicon.Projectiles.Contains(s.Lower(impact))))
            // "The attack, claimed by the Houthis, damaged a tanker": whoever claimed or made the attack struck.
            return Force(s, v, "190", Clause.Oblique(s, impact, "by") ?? Claimant(s, impact) ?? impact, Clause.Undergoer(s, v));
        // "Peruvian forces fired on a Chilean patrol", "troops fired at protesters": shooting at someone (not "fired the
        // minister", which has an object).
        if (Lexicon.Fire.Contains(lower) && v.Upos == "VERB" && !s.Has(v, "obj") && Clause.Oblique(s, v, "on", "at", "upon") is { } shotAt && !IsTime(s, shotAt))
            return Force(s, v, "190", Clause.Doer(s, v), shotAt);
        // Missile launches and tests, and deployments of a party's own forces, with or without a target (annotation guidelines).
        // "Rockets were fired into Israel by Hezbollah": in the passive, what was fired is the subject.
        if ((Lexicon.Fire.Contains(lower) || Lexicon.Launch.Contains(lower) || Tests.Contains(lower))
            && s.Children(v, "obj").Concat(s.Children(v, "nsubj:pass")).Select(o => Measured(s, o)).FirstOrDefault(o => Lexicon.Projectiles.Contains(s.Lower(o))) is { } fired
            && !IntoTheAir(s, v) && !IntoTheAir(s, fired))
            // "launched 120 drones and 40 missiles at Ukraine", "a barrage of missiles at Ukraine": the target may hang on
            // what was fired or on the noun that counts it.
            return Force(s, v, "190", Clause.Doer(s, v), AimedAt(s, v)
                ?? s.Children(fired, "conj").Prepend(fired).Append(s.Head(fired)!).Select(f => AimedAt(s, f)).FirstOrDefault(t => t is not null));
        // "A car bomb exploded outside a police station in Mogadishu", "a bomb went off near a market in Kabul": a bomb
        // that went off somewhere named is an attack (CAMEO 183), by no named side (annotation guidelines).
        if ((Explodes.Contains(lower) || Modality.Go.Contains(lower) && s.Children(v).Any(p => p.Relation is "compound:prt" or "advmod" && s.Lower(p) == "off"))
            && Clause.Subject(s, v) is { } bomb && (Lexicon.Explosions.Contains(s.Lower(bomb)) && s.Lower(bomb) is not ("explosion" or "explosions" or "blast" or "blasts"))
            && (Place(s, v) ?? PlaceAround(s, v)) is { } bombed)
            return [new EventDraft(EventType.MilitaryAction, "183", [], bombed, v.Token, 0.7)];
        // "The town of Bakhmut fell to Russian forces", "Kabul fell to the Taliban": ground falling to armed forces or to
        // a named party is taken by them (CAMEO 192); "prices fell to a record low" is no ground.
        if (Falls.Contains(lower) && Clause.Oblique(s, v, "to") is { } takers && Clause.Subject(s, v) is { } fallen
            && (Grounds.Contains(s.Lower(fallen)) || s.MentionAt(fallen) is { Type: EntityType.Location })
            && (Lexicon.TroopNouns.Contains(s.Lower(takers)) || Lexicon.Combatants.Contains(s.Lower(takers)) || s.MentionAt(takers) is { Type: EntityType.Organization or EntityType.Country }))
            return Force(s, v, "192", takers, fallen);
        // "Turkish troops entered northern Syria": forces entering a country or place (CAMEO 192).
        if (Enters.Contains(lower) && Clause.Doer(s, v) is { } entering && Lexicon.TroopNouns.Contains(s.Lower(entering)) && Clause.Undergoer(s, v) is { } entered)
            return Force(s, v, "192", entering, entered);
        // "Ugandan troops crossed into Kenya's Turkana region", "Russian forces swept into Georgia": forces crossing into
        // another's ground (CAMEO 192).
        if (Crosses.Contains(lower) && Clause.Doer(s, v) is { } crossing && Lexicon.TroopNouns.Contains(s.Lower(crossing)) && Clause.Oblique(s, v, "into") is { } crossedInto)
            return Force(s, v, "192", crossing, crossedInto);
        // "Russian jets violated Estonian airspace": armed forces breaching another's airspace, waters or ground (CAMEO 192).
        if (Violates.Contains(lower) && Clause.Doer(s, v) is { } violator && (IsArmedForce(s, violator) || Lexicon.Projectiles.Contains(s.Lower(violator)))
            && Clause.Undergoer(s, v) is { } breached
            && s.Lower(breached) is "airspace" or "territory" or "waters" or "border")
            return Force(s, v, "192", violator, breached);
        // "took 12 aid workers hostage", "took 30 Israeli hostages" (CAMEO 181): those taken are the target, whatever the
        // parser made of "hostage"; not those "taken hostage" in a participle, whose takers the sentence does not name.
        if (Takes.Contains(lower) && v.Xpos != "VBN" && s.Children(v).FirstOrDefault(c => s.Lower(c) is "hostage" or "hostages" && c.Index > v.Index) is { } hostage
            // The parser may read those taken as the subject of "hostage" read as a verb.
            && (s.Children(v, "obj").FirstOrDefault(o => o != hostage) ?? s.Children(hostage, "nsubj").FirstOrDefault() ?? (ParsedSentence.Is(hostage, "obj") ? hostage : null))
                is { Upos: not "PRON" } taken
            && Clause.Doer(s, v) is { } hostageTakers && s.MentionAt(hostageTakers) is not { Kind: MentionKind.Pronoun })
            return Force(s, v, "181", hostageTakers, taken);
        // "deployed a brigade to Lithuania", "stationed 4,000 troops": a unit is forces too.
        if ((Lexicon.Deploy.Contains(lower) || Stations.Contains(lower)) && s.Children(v, "obj").FirstOrDefault(o => IsForce(s, o) || IsSecurityForce(s, o)) is { } troops)
            // The country forces are sent to is where they went, not whom they act against ("deployed a brigade to
            // Lithuania", an ally): a front is named as such ("to the border", "near Ukraine").
            return SentTo(s, Force(s, v, "154", Clause.Doer(s, v), Front(s, troops) ?? Front(s, v) ?? BorderSentTo(s, v, troops)), CountrySentTo(s, v, troops));
        // "China sent 30 warplanes toward the island": aircraft sent towards a front (not "to" a country, which may be a
        // supply) are forces deployed (CAMEO 154).
        if (Lexicon.Deploy.Contains(lower) && s.Children(v, "obj").Select(o => Counted(s, o)).FirstOrDefault(o => Aircraft.Contains(s.Lower(o)) || WarMachines.Contains(s.Lower(o))) is { } planes)
        {
            if ((Front(s, planes) ?? Front(s, v)) is { } faced)
                return Force(s, v, "154", Clause.Doer(s, v), faced);
            // "deployed F-35 jets to Estonia", "deployed two Patriot batteries": a state deploys its own craft and guns
            // (what it supplies it sends or delivers), to wherever it names, as it deploys troops.
            if (lower.Contains("deploy", StringComparison.Ordinal) && Clause.Doer(s, v) is { } deployer && Actors(Sides.Of(s, deployer)).Count > 0)
                return SentTo(s, Force(s, v, "154", deployer, null), CountrySentTo(s, v, planes));
            // "sent two bombers to patrol Belarusian airspace": craft sent on a military mission are deployed, wherever; and
            // craft scrambled are always on one ("Poland scrambled fighter jets").
            if (lower.StartsWith("scrambl", StringComparison.Ordinal)
                || s.Children(v).Concat(s.Children(planes)).Any(c => c.Relation is "xcomp" or "advcl" or "acl" && s.MarkOf(c) == "to" && Missions.Contains(s.Lower(c))))
                return Force(s, v, "154", Clause.Doer(s, v), null);
        }
        // "sent two aircraft carriers to the eastern Mediterranean", "will send two frigates to the Red Sea": warships sent
        // to waters or a region (not to a country, which may be a transfer) are forces deployed there (CAMEO 154).
        if (Lexicon.Deploy.Contains(lower) && s.Children(v, "obj").Select(o => Counted(s, o)).FirstOrDefault(o => IsWarship(s, o)) is { } ships
            && (Clause.Oblique(s, v, "to", "into", "toward", "towards") ?? Clause.Oblique(s, ships, "to")) is { } waters && s.MentionAt(waters) is { Type: EntityType.Location })
            return Force(s, v, "154", Clause.Doer(s, v), waters);
        // "a charge Moscow denied", "a claim the group rejected": a claim its relative clause denies (CAMEO 016).
        if (Lexicon.Denies(lower) && ParsedSentence.Is(v, "acl") && s.Head(v) is { } claim
            && Lexicon.ClaimNouns.Contains(s.Lower(claim)) && Clause.Subject(s, v) is { } rejecter && Voices(Sides.Of(s, rejecter)) is { Count: > 0 } rejecters)
            return [DenialBy(rejecters, v)];
        // "said his agency had nothing to do with it", "Rwanda has nothing to do with the rebels": having no part in
        // something is denied (CAMEO 016), by the one who says so; not "will have nothing to do with" (a refusal).
        if (lower is "have" or "has" or "had" && Modality.Of(s, v) == Reality.Real
            && s.Children(v, "obj").FirstOrDefault(o => s.Lower(o) == "nothing") is { } nothing
            && s.Children(nothing, "acl").Any(a => s.Lower(a) == "do" && Clause.Oblique(s, a, "with") is not null)
            && (ParsedSentence.Is(v, "ccomp") && s.Head(v) is { } saying && Lexicon.Say.Contains(s.Lower(saying)) ? Clause.Doer(s, saying) : Clause.Doer(s, v)) is { } uninvolved
            && Voices(Sides.Of(s, uninvolved)) is { Count: > 0 } disowning)
            return [DenialBy(disowning, v)];
        // "Rwanda denies UN claim", "Kigali rejected the accusations", "denied involvement": a denial (CAMEO 016) by the
        // verb's doer as the parse reads it ("DRC - Rwanda denies …": not the label before the dash).
        // "pushed back on the accusations": the claim behind "on" (or read as the object) is rejected.
        if ((Lexicon.Deny.Contains(lower) ? DeniesAPart(s, v)
                : Lexicon.DenyClaim.Contains(lower) && s.Children(v, "obj").Any(o => Lexicon.ClaimNouns.Contains(s.Lower(o)) || IsDiplomaticProtest(s, o))
                || PushesBack(s, v) && s.Children(v).Any(o => (ParsedSentence.Is(o, "obj") || s.CaseOf(o) == "on") && Lexicon.ClaimNouns.Contains(s.Lower(o))))
            && !ParsedSentence.Is(v, "acl") && Clause.Doer(s, v) is { } denying && Voices(Sides.Of(s, denying)) is { Count: > 0 } denyingSides)
            return [DenialBy(denyingSides, v)];
        // "pleaded not guilty to corruption charges": a plea of not guilty denies the charges (CAMEO 016).
        if (Pleads.Contains(lower) && s.Children(v).FirstOrDefault(c => s.Lower(c) == "guilty") is { } guilty
            && s.Children(guilty).Concat(s.Children(v)).Any(c => c.Relation == "advmod" && s.Lower(c) == "not")
            && Clause.Doer(s, v) is { } pleader && Voices(Sides.Of(s, pleader)) is { Count: > 0 } pleaders)
            return [DenialBy(pleaders, v)];
        // "said Peru's accusations were baseless": claims said to be untrue are denied (CAMEO 016).
        if (Lexicon.Say.Contains(lower) && s.Children(v, "ccomp").Any(c => Untrue.Contains(s.Lower(c)) && s.Children(c, "nsubj").Any(n => Lexicon.ClaimNouns.Contains(s.Lower(n))))
            && Modality.Of(s, v) == Reality.Real && Clause.Doer(s, v) is { } sayer && Voices(Sides.Of(s, sayer)) is { Count: > 0 } sayers)
            return [DenialBy(sayers, v)];
        // "called the accusations false", "dismissed the claims as baseless": a denial (CAMEO 016) of the claim.
        if (Labels.Contains(lower) && LabelledClaims(s, v).Any(o => CalledUntrue(s, v, o))
            && Clause.Doer(s, v) is { } denier && Voices(Sides.Of(s, denier)) is { Count: > 0 } deniers)
            return [DenialBy(deniers, v)];
        // "called the move illegal", "dismissed the denials as ridiculous": a judgement said of something, a statement
        // (annotation guidelines: condemnations are statements).
        // "…, a move Moscow called unacceptable": the relative clause's noun is what is judged (by a named judge: "in
        // what they called …" leans on a pronoun far from its antecedent).
        if (Labels.Contains(lower) && (s.Children(v, "obj").Any() || ParsedSentence.Is(v, "acl:relcl") && Clause.Doer(s, v) is { Upos: not "PRON" })
            && Predicated(s, v) && Clause.Doer(s, v) is { } judge
            && Voices(Sides.Of(s, judge)) is { Count: > 0 } judges)
            return [new EventDraft(EventType.Statement, "010", new ParticipantList().Add(judges, ParticipantRoles.Speaker).Items, null, v.Token, 0.65)];
        // "The attack was condemned by Egypt, Jordan and Qatar": a condemnation in the passive, by its agents (CAMEO 111;
        // annotation guidelines: condemnations are statements).
        if (Lexicon.Criticize.Contains(lower) && (s.Has(v, "aux:pass") || s.Has(v, "nsubj:pass")) && Clause.Doer(s, v) is { } critic
            && Voices(Sides.Of(s, critic)) is { Count: > 0 } critics)
            return [new EventDraft(EventType.Statement, "111", new ParticipantList().Add(critics, ParticipantRoles.Speaker).Items, null, v.Token, 0.7)];
        // "The claims were dismissed by the embassy", "the proposal was rejected by Beijing": a rejection in the passive, by
        // its agent: of a claim a denial (CAMEO 016), of a proposal a statement (CAMEO 120), as in the active.
        // The thing rejected may be what a relative clause describes ("a proposal that was rejected by Russia", "the
        // resolution, vetoed by the US,"); "was declined by" rejects as "was rejected by" does.
        if ((Lexicon.Reject.Contains(lower) || Lexicon.Refuse.Contains(lower)) && (lower != "turned" || s.Children(v, "compound:prt").Any(p => s.Lower(p) == "down"))
            && (s.Children(v, "nsubj:pass").FirstOrDefault() is { } subject ? subject.Xpos is "WDT" or "WP" && ParsedSentence.Is(v, "acl") ? s.Head(v) : subject
                : v.Xpos == "VBN" && ParsedSentence.Is(v, "acl") ? s.Head(v) : null) is { } rejected
            && Clause.Oblique(s, v, "by") is { } agent
            && (Lexicon.ClaimNouns.Contains(s.Lower(rejected)) || Lexicon.ProposalNouns.Contains(s.Lower(rejected)))
            && Voices(Sides.Of(s, agent)) is { Count: > 0 } rejecting)
            return [Lexicon.ClaimNouns.Contains(s.Lower(rejected)) ? DenialBy(rejecting, v)
                : new EventDraft(EventType.Statement, lower.StartsWith("veto", StringComparison.Ordinal) ? "129" : "120", new ParticipantList().Add(rejecting, ParticipantRoles.Speaker).Items, null, v.Token, 0.7)];
        // "called (on Sunday) for the release of …": an appeal (CAMEO 020).
        if (CallVerbs.Contains(lower) && s.Children(v, "obl").Any(c => s.CaseOf(c) == "for") && Clause.Doer(s, v) is { } caller
            && Voices(Sides.Of(s, caller)) is { Count: > 0 } callers)
            return [new EventDraft(EventType.Statement, "020", new ParticipantList().Add(callers, ParticipantRoles.Speaker).Items, null, v.Token, 0.7)];
        // ""…," TASS quoted Foreign Minister X as saying": the one quoted speaks, not who quotes (the quote before it, the
        // saying has no clause of its own).
        // The "as saying" may hang on the one quoted or on a description of them ("quoted X, a senior official, as telling …").
        if (lower is "quoted" or "quotes" or "quoting" && s.Parse.Subtree(v).Any(c => s.Lower(c) is "saying" or "telling" && s.MarkOf(c) == "as" && !s.Has(c, "ccomp"))
            && s.Children(v).FirstOrDefault(c => c.Relation is "obj" or "iobj" || c.Relation == "nsubj" && c.Index > v.Index) is { } quotedOne
            && Voices(Sides.Of(s, quotedOne)) is { Count: > 0 } quotedSides)
            return [new EventDraft(EventType.Statement, "010", new ParticipantList().Add(quotedSides, ParticipantRoles.Speaker).Items, null, v.Token, 0.7, StatementRule.QuoteNear(s.View, v.Token))];
        // "Faye was congratulated by Macron", "was praised by the EU": praise in the passive is its agent's, to the one praised.
        if (Lexicon.Praise.Contains(lower) && s.Children(v, "nsubj:pass").FirstOrDefault() is { } praised && Clause.Oblique(s, v, "by") is { } praiser
            && Voices(Sides.Of(s, praiser)) is { Count: > 0 } praisers && Voices(Sides.Of(s, praised)) is var addressed && !ParticipantList.Overlap(praisers, addressed))
            return [new EventDraft(EventType.Statement, "051", new ParticipantList().Add(praisers, ParticipantRoles.Speaker)
                .Add(addressed, ParticipantRoles.Addressee).Items, null, v.Token, 0.7)];
        // "sent a message of congratulations to President X", "sent a letter to the UN", "sent condolences to Turkey",
        // "offered his condolences to X": a message sent says something to the one it is sent to (CAMEO 010).
        if (Conveys.Contains(lower) && Clause.Undergoer(s, v) is { } message && (Messages.Contains(s.Lower(message)) && Sends.Contains(lower) || Sentiments.Contains(s.Lower(message)))
            && (Clause.Oblique(s, v, "to") ?? Clause.Oblique(s, message, "to") ?? (Clause.Oblique(s, message, "of") is { } kind ? Clause.Oblique(s, kind, "to") : null)) is { } recipient
            && Clause.Doer(s, v) is { } writer
            && Voices(Sides.Of(s, writer)) is { Count: > 0 } senders)
            return [new EventDraft(EventType.Statement, "010", new ParticipantList().Add(senders, ParticipantRoles.Speaker)
                .Add(Voices(Sides.Of(s, recipient)), ParticipantRoles.Addressee).Items, null, v.Token, 0.7)];
        if (Reports(s, v) && Clause.Doer(s, v) is { } speaker && Voices(Sides.Of(s, speaker)) is { Count: > 0 } speakers)
            return [new EventDraft(EventType.Statement, "010", new ParticipantList().Add(speakers, ParticipantRoles.Speaker).Items, null, v.Token, 0.7)];
        // "addressed the UN General Assembly", "the summit was addressed by X": a speech to a gathering says something (CAMEO
        // 010); not "addressed the concerns", a matter dealt with.
        if (Addresses.Contains(lower) && Clause.Undergoer(s, v) is { } hearers && (IsSitting(s, hearers) || Listeners.Contains(s.Lower(hearers)))
            && Clause.Doer(s, v) is { } orator && Voices(Sides.Of(s, orator)) is { Count: > 0 } orators)
            return [new EventDraft(EventType.Statement, "010", new ParticipantList().Add(orators, ParticipantRoles.Speaker).Items, null, v.Token, 0.7)];
        return [];
    }

    private static readonly HashSet<string> Addresses = VerbForms.Set("address");

    /// <summary>English nouns of those a speech is made to: a gathering, a body sitting, the nation, the press.</summary>
    private static readonly HashSet<string> Listeners = new(StringComparer.Ordinal)
    {
        "assembly", "parliament", "congress", "senate", "council", "conference", "forum", "rally", "nation", "reporters",
        "journalists", "crowd", "crowds", "delegates", "gathering", "lawmakers", "legislators", "audience", "ceremony", "convention",
    };

    /// <summary>English verbs of sending.</summary>
    private static readonly HashSet<string> Sends = VerbForms.Set("send/sent");

    /// <summary>English nouns of a written message one state or leader sends another.</summary>
    private static readonly HashSet<string> Messages = new(StringComparer.Ordinal)
    {
        "message", "messages", "letter", "letters", "cable", "cables", "telegram", "telegrams",
    };

    /// <summary>English verbs of giving an audience ("granted an audience to").</summary>
    private static readonly HashSet<string> Audiences = VerbForms.Set("grant", "give/gave/given");

    /// <summary>
    /// A verb reporting what someone said or found, whatever the verb ("said", "revealed that", "clarified: ...",
    /// "estimated that"): it takes a clause as its complement, or is the "he said" of a quoted clause. The speaker
    /// is read from the parse, so a name the surface rules take for something else ("May said …") still speaks.
    /// Verbs of knowing and perceiving take clauses too, but report no one's words.
    /// </summary>
    private static bool Reports(ParsedSentence s, SyntaxWord v)
    {
        var lower = s.Lower(v);
        if (Perception.Contains(lower))
            return false;
        // A participle with an article is a noun phrase, no clause told ("arrested a national suspected of spying", read
        // with "a" on "suspected" as a complement).
        return s.Children(v, "ccomp").Any(c => s.MarkOf(c) is var mark && (mark == "that" || mark == "" && c.Upos is "VERB" or "AUX" or "ADJ" or "NOUN"
                && !(c.Xpos == "VBN" && s.Has(c, "det"))))
            || Emphasis.Contains(lower) && s.Has(v, "obj")
            // "sent condolences to Japan", "conveyed his sympathy to …": feelings sent in words.
            || Conveys.Contains(lower) && s.Children(v, "obj").Any(o => Sentiments.Contains(s.Lower(o)))
            // "issued a stern reminder that Iraq must cooperate": a message whose content is the noun's "that" clause.
            || s.Children(v, "obj").Any(o => Lexicon.Messages.Contains(s.Lower(o)) && s.Children(o).Any(c => c.Relation is "acl" or "ccomp" && s.MarkOf(c) == "that"))
            // "in a statement" reports through the clause's own verb, not through what it is said of ("accused Y of
            // supporting X in a statement").
            || s.Children(v, "obl").Any(c => s.CaseOf(c) == "in" && Lexicon.Media.Contains(s.Lower(c))) && !(ParsedSentence.Is(v, "advcl") && s.MarkOf(v) is "of" or "for")
            || ParsedSentence.Is(v, "parataxis") && s.Head(v) is { } quoted && s.IsQuoted(quoted)
            // "clarified, "X is in Pakistan."": a quotation opened right after the verb and a comma, whatever relation
            // the parser gave it.
            || v.Index + 2 < s.Parse.Words.Count && s.Parse.Words[v.Index + 1].Form is "," or ":" && s.Parse.Words[v.Index + 2].Upos == "PUNCT"
                && s.Children(v).Any(c => c.Index > v.Index && c.Relation is "xcomp" or "parataxis" && s.IsQuoted(c));
    }

    /// <summary>"Israel responded with air strikes", "China hit back with tariffs": who answers with a deed does it.</summary>
    private static SyntaxWord? Answerer(ParsedSentence s, SyntaxWord n) =>
        ParsedSentence.Is(n, "obl") && s.CaseOf(n) == "with" && s.Head(n) is { Upos: "VERB" } answering
        && (Retaliations.Contains(s.Lower(answering)) || Reacts.Contains(s.Lower(answering)) || HitsBack(s, answering)) ? Clause.Doer(s, answering) : null;

    /// <summary>English verbs of answering that promise nothing alone ("reacted with sanctions"), unlike <see cref="Retaliations"/>.</summary>
    private static readonly HashSet<string> Reacts = VerbForms.Set("react", "reply/replied");

    /// <summary>"strike back", "hit back": force in return.</summary>
    private static bool HitsBack(ParsedSentence s, SyntaxWord verb) =>
        Hits.Contains(s.Lower(verb)) && s.Children(verb).Any(c => c.Relation is "compound:prt" or "advmod" && s.Lower(c) == "back");

    private static readonly HashSet<string> Hits = VerbForms.Set("strike/struck/struck", "hit/hit/hitting");

    private IEnumerable<EventDraft> FromNoun(ParsedSentence s, SyntaxWord n)
    {
        var lower = s.Lower(n);
        if (Lexicon.SanctionNouns.Contains(lower) && Answerer(s, n) is { } retaliating)
            return Directed(s, n, EventType.Sanction, "163", ParticipantRoles.Imposer, ParticipantRoles.Target, retaliating, SanctionTarget(s, s.Head(n)!, n));
        if (Lexicon.SanctionNouns.Contains(lower) && SanctionsFaced(s, n) is { } faced)
            return faced;
        if (Lexicon.SanctionNouns.Contains(lower) && SanctionsInForce(s, n) is { } inForce)
            return inForce;
        if (Deliveries.Contains(lower) && Delivered(s, n) is { } delivered)
            return delivered;
        if (Gifts.Contains(lower) && Gift(s, n) is { } gift)
            return gift;
        var doer = Clause.DoerOfNoun(s, n);
        // "paid a courtesy call on President X", "paid a courtesy visit to the Emir": a call or visit paid on a person is a
        // meeting in person (CAMEO 042), where a call held with someone is by telephone (below).
        if (lower is "call" or "calls" or "visit" or "visits" && ParsedSentence.Is(n, "obj") && s.Head(n) is { Upos: "VERB" } paying
            && (Pays.Contains(s.Lower(paying)) || s.Children(n).Any(c => s.Lower(c) == "courtesy"))
            && (Clause.Oblique(s, n, "on", "to") ?? Clause.Oblique(s, paying, "on", "to")) is { } host
            && (s.MentionAt(host) is { Type: EntityType.Person } || IsTitle(s, host)))
            return Encounter(s, n, EventType.Meeting, "042", Clause.Doer(s, paying), [host]);
        // "held talks with X via video link": the medium may hang on the verb that holds them.
        if (CallNouns.Contains(lower) && (ByPhone(s, n) || s.Children(n).Any(c => c.Relation is "compound" or "amod" && PhoneWords.Contains(s.Lower(c)))
            || HeldByPhone(s, n)))
            // "held phone talks with his Saudi counterpart": the partner may hang on the verb that holds the call.
            return Encounter(s, n, EventType.PhoneCall, "041", doer, [.. Partners(s, n, "with", "between", "from"), .. Addressed(s, n),
                .. ParsedSentence.Is(n, "obj") && s.Head(n) is { Upos: "VERB" } holdingCall && Holds.Contains(s.Lower(holdingCall))
                    ? Partners(s, holdingCall, "with").Where(p => !ParsedSentence.Is(p, "obj")) : [],
                // "received a phone call on Sunday from X": the caller put after the day, on the verb.
                .. ParsedSentence.Is(n, "obj") && s.Head(n) is { Upos: "VERB" } receivingCall && CallHolders.Contains(s.Lower(receivingCall)) && !Holds.Contains(s.Lower(receivingCall))
                    ? Partners(s, receivingCall, "from").Concat(s.Children(receivingCall).Where(t => ParsedSentence.Is(t, "obl") && IsTime(s, t))
                        .Select(t => Clause.Oblique(s, t, "from")).OfType<SyntaxWord>()) : []]);
        // "received a courtesy call from X": a courtesy call is paid in person (CAMEO 042), by whoever it is received from.
        if (lower is "call" or "calls" && ParsedSentence.Is(n, "obj") && s.Head(n) is { Upos: "VERB" } receiving && CallHolders.Contains(s.Lower(receiving))
            && s.Children(n).Any(c => s.Lower(c) == "courtesy")
            && Partners(s, n, "from").Concat(Partners(s, receiving, "from")).ToList() is { Count: > 0 } visitors)
            return Encounter(s, receiving, EventType.Meeting, "042", Clause.Doer(s, receiving), visitors);
        // "received a call from Biden", "held a call with X", "made a call to Y": a call taken or held is a telephone call,
        // where an appeal ("a call for calm") is made for something, not to or from someone.
        if (lower is "call" or "calls" && ParsedSentence.Is(n, "obj") && s.Head(n) is { Upos: "VERB" } taking && CallHolders.Contains(s.Lower(taking))
            && Clause.Oblique(s, n, "for") is null && !s.Children(n).Any(c => c.Relation is "acl" or "ccomp" && s.MarkOf(c) == "to")
            && Partners(s, n, "with", "from", "to").Concat(Partners(s, taking, "with", "from", "to")).Where(p => !ParsedSentence.Is(p, "obj")).ToList() is { Count: > 0 } callers)
            return Encounter(s, n, EventType.PhoneCall, "041", Clause.Doer(s, taking), callers);
        // "in a call with his Turkish counterpart": a call held with someone is a telephone call (an appeal is a call
        // for something or to someone to act).
        if (lower is "call" or "calls" && Partners(s, n, "with") is { Count: > 0 } held && Clause.Oblique(s, n, "for") is null
            && !s.Children(n).Any(c => c.Relation is "acl" or "ccomp" && s.MarkOf(c) == "to"))
            return Encounter(s, n, EventType.PhoneCall, "041", doer, held);
        // A virtual or video meeting is a call (annotation guidelines).
        if ((MeetingNouns.Contains(lower) || lower is "conference" or "conferences") && s.Children(n).Any(c => c.Relation is "amod" or "compound" && Remote.Contains(s.Lower(c)))
            || lower is "videoconference" or "videoconferences")
            return Encounter(s, n, EventType.PhoneCall, "041", doer, Partners(s, n, "with", "between"));
        // "announced the deployment of 3,000 troops to Romania", "the deployment of Kenyan police to Haiti began": forces
        // deployed, actual or announced (annotation guidelines), by their own state, the owner, or whoever sets it going;
        // not a deployment only planned, resisted, called for or supported, which a bare noun may be.
        if (lower is "deployment" or "deployments" && Clause.Oblique(s, n, "of") is { } deployed && Counted(s, deployed) is var sent
            && (Lexicon.TroopNouns.Contains(s.Lower(sent)) || IsSecurityForce(s, sent) || Aircraft.Contains(s.Lower(sent)) || WarMachines.Contains(s.Lower(sent)))
            && n.Relation is "obj" or "nsubj" && s.Head(n) is { Upos: "VERB" } starting && Starts.Contains(s.Lower(starting)))
            return SentTo(s, Force(s, n, "154", StateModifier(s, sent) ?? doer ?? (ParsedSentence.Is(n, "obj") ? Clause.Doer(s, starting) : null), Front(s, n) ?? Front(s, deployed)),
                Clause.Oblique(s, n, "to") ?? Clause.Oblique(s, deployed, "to"));
        // "the deal between Israel and Hamas took effect": a deal in force was agreed by its parties. So was one welcomed or
        // condemned, or whose signing was ("welcomed the agreement between Saudi Arabia and Iran", "hailed the signing of
        // the peace deal between A and B").
        if (Lexicon.AgreementNouns.Contains(lower) && (ParsedSentence.Is(n, "nsubj") && s.Head(n) is { Upos: "VERB" } acting && TakesEffect(s, acting) || ReactedTo(s, n))
            && Partners(s, n, "between") is { Count: > 0 } parties)
            return Encounter(s, n, EventType.Agreement, "057", null, parties);
        // "held a working lunch with X": a meal held with someone is a meeting of the two; so is a conversation had or
        // held with someone where no telephone is named ("had a cordial conversation with X"), and a dialogue held ("A
        // and B held their annual strategic dialogue"; one called for or resumed is not yet held).
        if (MeetingNouns.Contains(lower) || lower == "session" || HeldDialogue(s, n, lower)
            || (Meals.Contains(lower) || lower is "conversation" or "conversations" && !s.CallInArticle && !ByPhone(s, n) && !HasModifier(s, n, PhoneWords))
                && ParsedSentence.Is(n, "obj") && s.Head(n) is { } heldMeal && (Holds.Contains(s.Lower(heldMeal)) || s.Lower(heldMeal) is "had" or "has" or "have")
                && !ByPhone(s, heldMeal) && Partners(s, n, "with").Count + Partners(s, heldMeal, "with").Count > 0)
        {
            // "X was in Buenos Aires for talks with Y": one who is somewhere for talks came there for them (annotation
            // guidelines: arriving for talks is a visit).
            var stay = s.CaseOf(n) == "for" && s.Head(n) is { Upos: "PROPN" or "NOUN" } there && s.Has(there, "cop") && s.CaseOf(there) is "in" or "at"
                && s.Children(there, "nsubj").FirstOrDefault() is { } present && Sides.Of(s, present).Exists(m => m.Type == EntityType.Person)
                    ? Visit(s, there, present, there) : null;
            var partners = Partners(s, n, "with", "between");
            partners.AddRange(Addressed(s, n));
            // "X met Y on Monday. During the meeting, Kenya and Saudi Arabia signed …": the meeting just told, not another.
            if (partners.Count == 0 && s.PairJustMet && ToldBefore(s, n) && ParsedSentence.Is(n, "obl") && s.CaseOf(n) is "during" or "at" or "in" or "after")
                return [];
            // "Talks between Israel and Hamas, mediated by Egypt and Qatar, resumed", "held talks on Saturday, mediated by
            // Turkey": the mediators sit at the talks.
            if (partners.Count > 0 || doer is not null)
                partners.AddRange(BrokersOf(s, n).Concat(ParsedSentence.Is(n, "obj") && s.Head(n) is { Upos: "VERB" } talksHolder ? BrokersOf(s, talksHolder) : []));
            // "held talks in Lima with her host, X": the partner hung on the verb that holds the talks.
            if (ParsedSentence.Is(n, "obj") && s.Head(n) is { Upos: "VERB" } holding && Holds.Contains(s.Lower(holding)))
                partners.AddRange(Partners(s, holding, "with").Where(p => !ParsedSentence.Is(p, "obj")));
            var met = Encounter(s, n, EventType.Meeting, "040", doer, partners).ToList();
            if (stay is not null)
                met.Add(stay);
            return met.Count == 0 && partners.Count == 0 ? BodysSession(s, n, lower) ?? met : met;
        }
        // "Israel and Hezbollah exchanged accusations", "traded accusations with Y": each side accused the other.
        if (AccusationNouns.Contains(lower) && ParsedSentence.Is(n, "obj") && s.Head(n) is { } trading && Exchanges.Contains(s.Lower(trading)))
            return Mutual(s, n, trading, EventType.Accusation, "112", ParticipantRoles.Accuser, ParticipantRoles.Accused);
        if (AccusationNouns.Contains(lower))
            return Directed(s, n, EventType.Accusation, "112", ParticipantRoles.Accuser, ParticipantRoles.Accused,
                // "Congolese accusations": the accuser may be a demonym. "accusations made by X": the participle's doer
                // made them (it says who accused, not who is accused).
                Clause.Oblique(s, n, "by") ?? s.Children(n, "nmod:poss").FirstOrDefault(o => o.Xpos != "PRP$") ?? s.Children(n, "amod").FirstOrDefault(a => s.MentionAt(a) is { Kind: MentionKind.Demonym })
                    ?? s.Children(n, "acl").Where(c => ReducedParticiple(s, c)).Select(c => Clause.Oblique(s, c, "by")).FirstOrDefault(d => d is not null)
                    // "Moldova renewed its accusations against Russia", "levelled accusations": who airs them made them.
                    ?? (ParsedSentence.Is(n, "obj") && s.Head(n) is { Upos: "VERB" } airing && Airs.Contains(s.Lower(airing)) ? Clause.Doer(s, airing) : null),
                Clause.Oblique(s, n, "against") ?? s.Children(n, "acl").Where(c => !ReducedParticiple(s, c)).Concat(s.Children(n, "ccomp")).Select(c => Clause.Doer(s, c)).FirstOrDefault(d => d is not null)
                    ?? Rejecter(s, n));
        // "killed in a car bomb blast in Baghdad", "a suicide explosion killed …": the explosion of a bomb is an attack.
        if (lower is "blast" or "blasts" or "explosion" or "explosions"
            && s.Children(n).Any(c => c.Relation is "compound" or "amod" && (Lexicon.Explosions.Contains(s.Lower(c)) || s.Lower(c) == "suicide")))
            return Force(s, n, "190", Clause.Oblique(s, n, "by") ?? s.Children(n, "nmod:poss").FirstOrDefault() ?? StateModifier(s, n), Clause.Oblique(s, n, "on", "against"));
        // "blamed the attack on Hamas": the one blamed is not what was struck (and, only alleged, not the attacker).
        if (Lexicon.AttackNouns.TryGetValue(lower, out var attack) && lower != "air" && IsArmed(s, n))
        {
            // "the incursion of Chinese ships into its waters": forces behind "of" made it, into somewhere.
            var forces = Clause.Oblique(s, n, "of") is { } of && CarriesForce(s, of) ? of : null;
            // "Y was behind the attack": the subject of the predicate.
            return Force(s, n, attack, Clause.Oblique(s, n, "by") ?? s.Children(n, "nmod:poss").FirstOrDefault(o => !IsTime(s, o)) ?? forces ?? Launcher(s, n) ?? Claimant(s, n) ?? Answerer(s, n) ?? StateModifier(s, n)
                    ?? (s.CaseOf(n) == "behind" && !InRejectedClaim(s, n) ? s.Children(n, "nsubj").FirstOrDefault() : null),
                BlamedOn(s, n) is not null ? Clause.Oblique(s, n, "against")
                : forces is not null ? Clause.Oblique(s, n, "on", "against", "into")
                : Clause.Oblique(s, n, "on", "against", "of") ?? (Waved(s, n) is var wave && wave != n ? Clause.Oblique(s, wave, "on", "against") : null));
        }

        // "Germany's expulsion of 20 Russian diplomats", "the expulsion of the ambassador by Mali" (CAMEO 161).
        if (lower is "expulsion" or "expulsions" && Clause.Oblique(s, n, "of") is { } expelled && IsEnvoy(s, expelled))
            return Directed(s, n, EventType.Sanction, "161", ParticipantRoles.Imposer, ParticipantRoles.Target,
                // "the expulsion of the ambassador from Managua": the state expelled from expels.
                Clause.Oblique(s, n, "by") ?? Clause.Oblique(s, expelled, "by") ?? s.Children(n, "nmod:poss").FirstOrDefault()
                    ?? Clause.Oblique(s, n, "from") ?? Clause.Oblique(s, expelled, "from"), expelled);
        // "the imposition of anti-dumping duties by India on Chinese solar panels", "Canada's imposition of tariffs on US steel",
        // "the freezing of Afghan reserves by the United States": a measure named by its noun, with its doer and the side it
        // is put on (CAMEO 163); "by" and "on" may hang on the measure.
        if (lower is "imposition" or "freezing" && Clause.Oblique(s, n, "of") is { } measure
            && (lower == "imposition" ? Lexicon.SanctionNouns.Contains(s.Lower(measure)) : Lexicon.Assets.Contains(s.Lower(measure))))
            return Directed(s, n, EventType.Sanction, "163", ParticipantRoles.Imposer, ParticipantRoles.Target,
                Clause.Oblique(s, n, "by") ?? Clause.Oblique(s, measure, "by") ?? s.Children(n, "nmod:poss").FirstOrDefault(o => o.Xpos != "PRP$"),
                lower == "imposition" ? Clause.Oblique(s, n, "on", "against") ?? Clause.Oblique(s, measure, "on", "against")
                // "Afghan central bank reserves": whose reserves, named before them.
                : Sides.Of(s, measure).Count > 0 ? measure : s.Parse.Subtree(measure).FirstOrDefault(x => x.Index < measure.Index && s.MentionAt(x) is { Type: EntityType.Country }));
        // "the signing of the trade deal by Chile and Vietnam", "Chile and Vietnam's ratification of the treaty": a deal
        // signed or ratified by its parties, named after "by" (on the noun or on the deal) or as the owner (CAMEO 057).
        if (lower is "signing" or "ratification" && Clause.Oblique(s, n, "of") is { } signed && Lexicon.AgreementNouns.Contains(s.Lower(signed))
            && Partners(s, n, "by").Concat(Partners(s, signed, "by")).Concat(s.Children(n, "nmod:poss").Where(o => o.Xpos != "PRP$")).ToList() is { Count: > 0 } signers)
            return Encounter(s, n, EventType.Agreement, "057", null, signers);
        // "The two leaders witnessed the signing of 14 cooperation agreements", "attended the exchange of memoranda": who
        // witness their deals signed or exchanged are the deals' parties (CAMEO 057).
        if (lower is "signing" or "exchange" && Clause.Oblique(s, n, "of") is { } deals && (Lexicon.AgreementNouns.Contains(s.Lower(deals)) || s.Lower(deals) is "documents")
            && (ParsedSentence.Is(n, "obj") || ParsedSentence.Is(n, "obl") && s.CaseOf(n) == "over") && s.Head(n) is { Upos: "VERB" } witnessing
            && Witnesses.Contains(s.Lower(witnessing)))
            return Encounter(s, n, EventType.Agreement, "057", Clause.Doer(s, witnessing), []);
        // "Niger's suspension from the African Union", "Russia's expulsion from the Council of Europe": a state or body
        // suspended or expelled from a body, by that body (as the passive verb reads it).
        if (lower is "suspension" or "expulsion" && s.Children(n, "nmod:poss").FirstOrDefault(o => o.Xpos != "PRP$") is { } member
            && s.MentionAt(member) is { Type: EntityType.Country or EntityType.Organization, Kind: not MentionKind.Demonym }
            && Clause.Oblique(s, n, "from") is { } body && s.MentionAt(body) is { Type: EntityType.Organization })
            return Directed(s, n, EventType.Sanction, "160", ParticipantRoles.Imposer, ParticipantRoles.Target, body, member);
        // "the killing of the journalist by Saudi agents", "Russia's killing of civilians": a killing with its doer named
        // ("by" may hang on the one killed). Without an "of", the possessive is the one killed ("Mr. Hariri's
        // assassination"); a time is neither ("last month's killing of …"). Only with its doer named: "the killing of X"
        // alone is most often recalled as the subject of an inquiry or a trial, or ordered or plotted.
        if (lower is "killing" or "killings" or "assassination")
        {
            var owner = s.Children(n, "nmod:poss").FirstOrDefault(o => o.Xpos != "PRP$" && !WordLists.Calendar.Contains(o.Form) && !Clause.Durations.Contains(s.Lower(o)));
            var killed = Clause.Oblique(s, n, "of") ?? owner;
            // "Y was behind the killing": the subject of the predicate.
            var killer = Clause.Oblique(s, n, "by") ?? (killed is null ? null : Clause.Oblique(s, killed, "by")) ?? (killed == owner ? null : owner)
                ?? (s.CaseOf(n) == "behind" ? s.Children(n, "nsubj").FirstOrDefault() : null);
            return killer is null ? [] : Force(s, n, lower == "assassination" ? "186" : "190", killer, killed);
        }
        // "North Korea's missile launch", "a missile test by Iran": launches and tests of weapons (annotation guidelines).
        // "Kim oversaw the test of a new missile": what is tested may follow "of", and who oversaw or conducted it did it.
        if (Trials.Contains(lower) && (HasModifier(s, n, Lexicon.Projectiles) || Clause.Oblique(s, n, "of") is { } tested && IsWeapon(s, tested)))
            return Force(s, n, "190", Clause.Oblique(s, n, "by") ?? s.Children(n, "nmod:poss").FirstOrDefault() ?? Launcher(s, n) ?? Overseer(s, n), null);
        // "Egypt issued a warning to Ethiopia over the dam": a warning given to a named party threatens it (CAMEO 130), not
        // a travel or weather warning.
        if (lower is "warning" or "warnings" && !s.Children(n).Any(c => c.Relation is "compound" or "amod" && s.Lower(c) is not ("stern" or "strong" or "fresh" or "final" or "new" or "last"))
            && WarningGiven(s, n) is { } warning)
            return warning;
        if ((lower == "ultimatum" || Deadline(s, n)) && Ultimatum(s, n) is { } ultimatum)
            return ultimatum;
        // "Azerbaijan's threat to use force against Armenia", "China's threat to impose tariffs on Australia": a threat its
        // owner made, against the one the threatened act is aimed at (CAMEO 130).
        // "China's threat of sanctions against Lithuania": the harm named after "of", and whom it is against.
        if (lower is "threat" or "threats" && s.Children(n, "nmod:poss").FirstOrDefault(o => o.Xpos != "PRP$" && s.MentionAt(o) is not null) is { } threatener
            && (s.Children(n, "acl").FirstOrDefault(a => a.Upos == "VERB" && s.MarkOf(a) == "to") is { } act
                ? Clause.Oblique(s, act, "against", "on") ?? s.Children(act, "obj").Select(o => Clause.Oblique(s, o, "against", "on") ?? (Sides.Of(s, o).Count > 0 ? o : null))
                    .FirstOrDefault(o => o is not null)
                : Clause.Oblique(s, n, "of") is { } harm && (Lexicon.SanctionNouns.Contains(s.Lower(harm)) || Lexicon.AttackNounSet.Contains(s.Lower(harm)))
                    ? Clause.Oblique(s, harm, "against", "on") ?? Clause.Oblique(s, n, "against", "to")
                    : null) is { } aimedAt)
            return Directed(s, n, EventType.Threat, "130", ParticipantRoles.Threatener, ParticipantRoles.Target, threatener, aimedAt);
        // "Peru accepted Chile's offer of help", "rejected Japan's pledge of aid": an offer made, by its owner, to the one
        // who answers it (annotation guidelines: Offer; an offer refused was still made).
        if (OfferNouns.Contains(lower) && s.Children(n, "nmod:poss").FirstOrDefault(o => s.MentionAt(o) is not null) is { } offerer
            && Clause.Oblique(s, n, "of") is { } offered && (IsAid(s, Measured(s, offered)) || Helps.Contains(s.Lower(offered)))
            && ParsedSentence.Is(n, "obj") && s.Head(n) is { Upos: "VERB" } answering)
            return Directed(s, n, EventType.Offer, AidKind.Code(s.Parse.Subtree(offered).Select(s.Lower), true), ParticipantRoles.Giver, ParticipantRoles.Recipient,
                offerer, Clause.Doer(s, answering));
        // "gave a warm welcome to de Klerk", "accorded a red-carpet reception to the emir": a guest received (CAMEO 043).
        if (lower is "welcome" or "reception" && ParsedSentence.Is(n, "obj") && s.Head(n) is { Upos: "VERB" } giving && Accords.Contains(s.Lower(giving))
            && (Clause.Oblique(s, giving, "to") ?? Clause.Oblique(s, n, "to")) is { } guest)
            return Encounter(s, giving, EventType.Meeting, "043", Clause.Doer(s, giving), [guest]);
        // "Russia's troop buildup near Ukraine": a deployment named as a noun (CAMEO 154).
        if (Buildups.Contains(lower) && (Clause.Oblique(s, n, "by") ?? s.Children(n, "nmod:poss").FirstOrDefault()) is { } deployer)
            return Force(s, n, "154", deployer, Front(s, n));
        // "Chinese warships conducted live-fire drills near Taiwan": armed exercises held alone are a show of force
        // (CAMEO 150, as the CAMEO verb dictionary codes "conduct military exercises"); joint ones, or ones held with a
        // partner, are military cooperation (062), not an event of ours.
        if (Exercises.Contains(lower) && ExerciseHolder(s, n) is { } holder)
            return Force(s, n, "150", holder, ExerciseFront(s, n));
        // "Thailand and Cambodia exchanged fire", "exchanged fire with Cambodian troops": each side fired at the other.
        if (Exchanged.Contains(lower) && ParsedSentence.Is(n, "obj") && s.Head(n) is { } exchanging && Exchanges.Contains(s.Lower(exchanging)))
            return Exchange(s, n, exchanging);
        // "fighting between Sudanese troops and RSF fighters", "clashes broke out between X and Y": each side fought the other.
        if (Clashes.Contains(lower) && lower != "exchange" && Between(s, n) is { } between)
            return Fight(s, n, between);
        // "opened fire on protesters", "troops returned fire" (CAMEO 190).
        if (lower == "fire" && ParsedSentence.Is(n, "obj") && s.Head(n) is { } opened && Open.Contains(s.Lower(opened)))
            return Force(s, n, "190", Clause.Doer(s, opened), Clause.Oblique(s, n, "on", "at") ?? Clause.Oblique(s, opened, "on", "at"));
        // "Upon arrival in Lima, President X was greeted by …", "on his arrival in Lima": a person who arrived somewhere
        // visited it, as with "arrived in" (the owner, or the subject of the clause the arrival sets); an arrival "at" an
        // airport or a palace is a step of a visit told elsewhere, not a visit of its own.
        if (lower == "arrival" && Clause.Oblique(s, n, "in", "to") is { } arrivedAt && s.MentionAt(arrivedAt) is { Type: EntityType.Location or EntityType.Country }
            && (s.Children(n, "nmod:poss").FirstOrDefault(o => o.Xpos != "PRP$")
                ?? (ParsedSentence.Is(n, "obl") && s.CaseOf(n) is "upon" or "on" or "after" && s.Head(n) is { Upos: "VERB" } set
                    ? s.Children(set).FirstOrDefault(c => c.Relation is "nsubj" or "nsubj:pass") : null)) is { } arriving
            && Sides.Of(s, arriving).Exists(m => m.Type == EntityType.Person))
            return One(Visit(s, n, arriving, arrivedAt));
        // "a visit by X to Y", "the visit of X to Y": the visitor behind "by" or "of".
        if (Lexicon.VisitNouns.Contains(lower))
        {
            // "after a visit to Caracas by a U.S. envoy": the one behind "by" before the clause's doer.
            // "plotted an attack on X during his visit to Berlin": "his" visit is a person's, not the plotters' as a group.
            var visitor = Clause.Oblique(s, n, "by")
                ?? (doer is not null && s.Children(n, "nmod:poss").Any(p => s.Lower(p) is "his" or "her") && !Sides.Of(s, doer).Exists(m => m.Type == EntityType.Person) ? null : doer)
                ?? Clause.Oblique(s, n, "of");
            // "the visit by Premier Li to Australia", read with "to Australia" on the visitor: a person is not "to" a place.
            // "left for Lima on Sunday for a three-day visit": where the journey the visit is for goes.
            return Visits(s, n, visitor, Clause.Oblique(s, n, "to") ?? (visitor is null ? null : Clause.Oblique(s, visitor, "to"))
                ?? (s.CaseOf(n) == "for" && s.Head(n) is { Upos: "VERB" } journey && Departs.Contains(s.Lower(journey))
                    ? s.Children(journey).FirstOrDefault(c => c != n && ParsedSentence.Is(c, "obl") && s.CaseOf(c) is "for" or "to" && s.MentionAt(c) is { Type: EntityType.Location or EntityType.Country })
                    : null));
        }
        return [];
    }

    /// <summary>
    /// "Biden and Congress responded with billions in new assistance and a pledge to help Ukraine": aid brought with
    /// an act, given to the one it is to help (CAMEO 070).
    /// </summary>
    private List<EventDraft>? AidGiven(ParsedSentence s, SyntaxWord v)
    {
        var with = s.Children(v).FirstOrDefault(c => ParsedSentence.Is(c, "obl") && s.CaseOf(c) == "with" && s.Parse.Subtree(c).Any(w => Relief.Contains(s.Lower(w))));
        if (with is null || Clause.Doer(s, v) is not { } giver)
            return null;
        var helped = s.Parse.Subtree(with).Concat(s.Children(v)).FirstOrDefault(w => w.Upos == "VERB" && Helps.Contains(s.Lower(w)) && s.Children(w, "obj").Any());
        if (helped is null)
            return null;
        var givers = Voices(Sides.Of(s, giver));
        var recipients = Voices(Sides.Of(s, s.Children(helped, "obj").First()));
        if (givers.Count == 0 || recipients.Count == 0 || ParticipantList.Overlap(givers, recipients))
            return null;
        return [new EventDraft(EventType.Offer, "070", new ParticipantList().Add(givers, ParticipantRoles.Giver).Add(recipients, ParticipantRoles.Recipient).Items, Place(s, v), v.Token, 0.7)];
    }

    /// <summary>Nouns of aid that is not arms (arms brought "with" an act may be its weapons).</summary>
    private static readonly HashSet<string> Relief = new(StringComparer.Ordinal) { "aid", "assistance", "funds", "funding", "loans", "relief", "donations" };

    /// <summary>English verbs of helping: what the aid is for names its recipient.</summary>
    private static readonly HashSet<string> Helps = VerbForms.Set("help", "assist", "support", "aid");

    /// <summary>
    /// Who claimed responsibility for the attack a noun names ("The Houthis claimed responsibility for a missile attack
    /// on …"): the one claiming it did it. "for" may hang on "responsibility" or on the verb.
    /// </summary>
    private static SyntaxWord? Claimant(ParsedSentence s, SyntaxWord attack)
    {
        // "The Houthis claimed a drone attack on Eilat", "an attack that the group claimed": an attack claimed outright,
        // whose own noun names no one else as its doer (not "claimed a Ukrainian attack", which alleges it).
        var claimed = ParsedSentence.Is(attack, "obj") && s.Head(attack) is { Upos: "VERB" } over && Claiming.Contains(s.Lower(over)) ? over
            : s.Children(attack, "acl:relcl").FirstOrDefault(c => Claiming.Contains(s.Lower(c)));
        if (claimed is not null && Clause.Oblique(s, attack, "by") is null && Modality.Of(s, claimed) == Reality.Real
            && !s.Children(attack).Any(c => c.Relation is "amod" or "nmod:poss" && s.MentionAt(c) is not null))
            return ParsedSentence.Is(claimed, "acl:relcl") ? Clause.Subject(s, claimed) is { Xpos: not ("WDT" or "WP") } subject ? subject : null : Clause.Doer(s, claimed);
        // "the attack, claimed by the Houthis", "the latest attack claimed by X": the agent of a participle of claiming.
        if (Clause.Oblique(s, attack, "by") is null && s.Children(attack, "acl").FirstOrDefault(c => c.Xpos == "VBN" && Claiming.Contains(s.Lower(c))) is { } participle
            && Clause.Oblique(s, participle, "by") is { } claimer && !s.Children(attack).Any(c => c.Relation is "amod" or "nmod:poss" && s.MentionAt(c) is not null))
            return claimer;
        if (s.CaseOf(attack) != "for" || s.Head(attack) is not { } head)
            return null;
        var claiming = s.Lower(head) == "responsibility" && ParsedSentence.Is(head, "obj") ? s.Head(head) : head;
        // A claim not made ("has not claimed responsibility for the attack") names no one.
        return claiming is { Upos: "VERB" } verb && Owns.Contains(s.Lower(verb)) && s.Children(verb, "obj").Any(o => s.Lower(o) is "responsibility" or "credit")
            && Modality.Of(s, verb) == Reality.Real
            ? Clause.Doer(s, verb)
            : null;
    }

    /// <summary>The verb of claiming an attack outright ("claimed a drone attack").</summary>
    private static readonly HashSet<string> Claiming = VerbForms.Set("claim");

    /// <summary>English verbs of claiming a deed as one's own.</summary>
    private static readonly HashSet<string> Owns = VerbForms.Set("claim", "accept", "take/took/taken/taking", "admit/admitted/admitting");

    /// <summary>A projectile, or a noun a projectile modifies ("a new intercontinental ballistic missile", "missile system").</summary>
    private static bool IsWeapon(ParsedSentence s, SyntaxWord w) => Lexicon.Projectiles.Contains(s.Lower(w)) || HasModifier(s, w, Lexicon.Projectiles);

    /// <summary>English verbs of directing a test or an exercise in person.</summary>
    private static readonly HashSet<string> Oversees = VerbForms.Set("oversee/oversaw/overseen", "supervise", "observe", "guide", "watch");

    /// <summary>Who oversaw the test a noun names ("Kim oversaw the test of …").</summary>
    private static SyntaxWord? Overseer(ParsedSentence s, SyntaxWord test) =>
        ParsedSentence.Is(test, "obj") && s.Head(test) is { Upos: "VERB" } verb && Oversees.Contains(s.Lower(verb)) ? Clause.Doer(s, verb) : null;

    /// <summary>
    /// Who launched or carried out the attack a noun names ("Peruvian forces launched an attack on …", "the attack was
    /// carried out by Peruvian forces": the passive's agent).
    /// </summary>
    private static SyntaxWord? Launcher(ParsedSentence s, SyntaxWord attack) =>
        Waved(s, attack) is var launched && (ParsedSentence.Is(launched, "obj") || launched.Relation == "nsubj:pass")
        && s.Head(launched) is { Upos: "VERB" } verb && Lexicon.Launch.Contains(s.Lower(verb))
            ? Clause.Doer(s, verb) : null;

    /// <summary>"a wave of drone attacks", "a series of raids", "dozens of attacks": the noun that counts the attacks, else the attacks.</summary>
    private static SyntaxWord Waved(ParsedSentence s, SyntaxWord attack) =>
        ParsedSentence.Is(attack, "nmod") && s.CaseOf(attack) == "of" && s.Head(attack) is { } counter && (Waves.Contains(s.Lower(counter)) || Counts.Contains(s.Lower(counter))) ? counter : attack;

    /// <summary>English nouns that count attacks.</summary>
    private static readonly HashSet<string> Waves = new(StringComparer.Ordinal) { "wave", "waves", "series", "barrage", "spate", "string", "round", "flurry" };

    /// <summary>
    /// "recaptured the palace from the RSF": the side ground was taken from is the one fought. A side: a name or fighters,
    /// not a place ("seized from a checkpoint", "from a ministry building").
    /// </summary>
    private static SyntaxWord? TakenFrom(ParsedSentence s, SyntaxWord v) =>
        (Clause.Oblique(s, v, "from") ?? (Clause.Undergoer(s, v) is { } taken ? Clause.Oblique(s, taken, "from") ?? FromAfterItsPlace(s, taken) : null)) is { } from
        && (s.MentionAt(from) is { Type: not EntityType.Location } || Lexicon.Combatants.Contains(s.Lower(from))) && Actors(Sides.Of(s, from)).Count > 0 ? from : null;

    /// <summary>"seized the palace in Khartoum from the RSF", read with "from" on the place the taken ground is in.</summary>
    private static SyntaxWord? FromAfterItsPlace(ParsedSentence s, SyntaxWord taken) =>
        s.Children(taken).Where(c => ParsedSentence.Is(c, "nmod") && s.MentionAt(c) is { Type: EntityType.Location })
            .Select(place => Clause.Oblique(s, place, "from")).FirstOrDefault(from => from is not null);

    /// <summary>An organisation named as a military unit ("the 45th Panzer Brigade", "the Seventh Fleet").</summary>
    internal static bool IsUnit(ResolvedMention m) =>
        m.Type == EntityType.Organization && m.Text.Split(' ')[^1].ToLowerInvariant() is "brigade" or "battalion" or "regiment" or "division" or "corps" or "fleet" or "squadron" or "contingent";

    /// <summary>Fighters, warplanes or war machines.</summary>
    private static bool IsArmedForce(ParsedSentence s, SyntaxWord w) =>
        Lexicon.Combatants.Contains(s.Lower(w)) || Aircraft.Contains(s.Lower(w)) || WarMachines.Contains(s.Lower(w)) || BearsArms(s, w);

    /// <summary>"Armed men abducted 50 students", "masked men stormed the hall": people who bear arms are fighters.</summary>
    private static bool BearsArms(ParsedSentence s, SyntaxWord w) => s.Children(w, "amod").Any(a => s.Lower(a) is "armed" or "masked");

    /// <summary>"The Houthis targeted a ship": a group the gazetteer knows as armed (PETRARCH2/Phoenix actor dictionaries).</summary>
    private bool IsArmedGroup(ParsedSentence s, SyntaxWord w) =>
        s.MentionAt(w) is { Type: EntityType.Organization, Kind: MentionKind.Name } group && gazetteer.Lookup(group.Text)?.Category == "armed-group";

    /// <summary>English verbs water cannon is fired, used or turned with.</summary>
    private static readonly HashSet<string> Hoses = VerbForms.Set("fire", "use", "turn", "blast", "spray", "douse", "hit", "target");

    /// <summary>
    /// The vessel a verb turns water cannon on ("fired/used water cannon at/against a boat", "blasted/sprayed a boat with
    /// water cannon"), or null.
    /// </summary>
    private static SyntaxWord? WaterCannonOn(ParsedSentence s, SyntaxWord v)
    {
        SyntaxWord? first = null;
        var cannonFired = false;
        foreach (var o in s.Children(v, "obj"))
        {
            first ??= o;
            cannonFired |= IsWaterCannon(s, o);
        }

        if (first is null)
            return null;
        var hosed = cannonFired ? AimedAt(s, v) ?? Clause.Oblique(s, v, "against")
            : (Clause.Oblique(s, v, "with") ?? Clause.Oblique(s, first, "with")) is { } with && IsWaterCannon(s, with) ? first : null;
        return hosed is not null && Vessels.Contains(s.Lower(hosed)) ? hosed : null;
    }

    private static bool IsWaterCannon(ParsedSentence s, SyntaxWord w)
    {
        if (s.Lower(w) is not ("cannon" or "cannons"))
            return false;
        foreach (var c in s.Children(w))
        {
            if (s.Lower(c) == "water")
                return true;
        }

        return false;
    }

    /// <summary>Fighters, warplanes, war machines or ships: who or what carries force out.</summary>
    private static bool CarriesForce(ParsedSentence s, SyntaxWord w) => IsArmedForce(s, w) || Vessels.Contains(s.Lower(w));

    /// <summary>English verbs of the missions forces are sent on (not "to evacuate", "to deliver").</summary>
    private static readonly HashSet<string> Missions = VerbForms.Set("patrol", "escort", "intercept", "strike", "bomb", "attack", "reinforce", "guard", "protect", "defend");

    /// <summary>English nouns of military aircraft.</summary>
    private static readonly HashSet<string> Aircraft = new(StringComparer.Ordinal)
    {
        "warplanes", "warplane", "aircraft", "jets", "bombers", "planes", "helicopters", "fighter-jets",
    };

    /// <summary>Nouns that count people ("killed dozens of RSF fighters"): whom they count were hit.</summary>
    private static readonly HashSet<string> Counts = new(StringComparer.Ordinal) { "dozens", "scores", "hundreds", "thousands", "tens" };

    /// <summary>
    /// The forces that move themselves: the doer of a verb of travel or landing, or of "deployed" without an object
    /// ("US troops arrived", "a battalion of paratroopers landed", "the 101st Airborne Division deployed to Romania"),
    /// or null where its doer is no force.
    /// </summary>
    internal static SyntaxWord? ArrivingForces(ParsedSentence s, SyntaxWord v)
    {
        var lower = s.Lower(v);
        if (!Lexicon.Travel.Contains(lower) && !Lexicon.Deploy.Contains(lower) && !Deploys.Contains(lower) && !Lands(s, v))
            return null;
        var passive = s.Has(v, "nsubj:pass") || s.Has(v, "aux:pass");
        // Not "soldiers travelling in a convoy" (a participle that says which soldiers), "troops arrived home" (a return),
        // nor "troops are deployed in Iraq" (where forces stand, a state).
        if (ParsedSentence.Is(v, "acl") || s.Children(v, "advmod").Any(a => s.Lower(a) == "home")
            || passive && s.Children(v, "aux:pass").All(a => s.Lower(a) is "is" or "are" or "'re") && !s.Children(v).Any(c => c.Relation == "aux"))
            return null;
        SyntaxWord? moved;
        if (Lexicon.Travel.Contains(lower) || Lands(s, v) || Deploys.Contains(lower) && !passive && !s.Has(v, "obj"))
            moved = Clause.Doer(s, v);
        else if (Lexicon.Deploy.Contains(lower) && passive)
            // "hundreds of troops were deployed to Poland": forces sent are their own side's, whoever sent them.
            moved = s.Children(v, "nsubj:pass").FirstOrDefault();
        else
            return null;
        if (moved is null)
            return null;
        var counted = Counted(s, moved);
        // "a battalion of British paratroopers", "soldiers of the 82nd Airborne Division": whose forces they are may be
        // named on either noun.
        if (s.Children(counted).FirstOrDefault(c => ParsedSentence.Is(c, "nmod") && s.CaseOf(c) == "of" && IsForce(s, c)) is { } of
            && (Sides.Of(s, counted).Count == 0 || !Lexicon.TroopNouns.Contains(s.Lower(counted))))
            return of;
        return IsForce(s, counted) ? counted : null;
    }

    /// <summary>
    /// Goods that travel: the doer of a verb of travel or landing is a consignment ("the first shipment of tanks
    /// arrived"), aid ("the vaccines arrived") or the vessel carrying it ("the U.N.-chartered ship arrived"); null otherwise.
    /// </summary>
    internal static SyntaxWord? ArrivingGoods(ParsedSentence s, SyntaxWord v) =>
        (Lexicon.Travel.Contains(s.Lower(v)) || Lands(s, v)) && Clause.Doer(s, v) is { Upos: "NOUN" } doer && s.MentionAt(doer) is null
        && (Consignments.Contains(s.Lower(doer)) || Vessels.Contains(s.Lower(doer)) || Lexicon.AidNouns.Contains(s.Lower(doer)) && !IsForce(s, doer))
        && !s.Children(doer).Any(c => ParsedSentence.Is(c, "nmod") && s.CaseOf(c) == "of" && IsForce(s, c)) ? doer : null;

    /// <summary>The aid a vessel carries or is loaded with ("a ship carrying 2,000 tonnes of aid"), or null.</summary>
    private static SyntaxWord? Cargo(ParsedSentence s, SyntaxWord vessel) =>
        s.Children(vessel, "acl").Where(a => Carries.Contains(s.Lower(a))).SelectMany(a => s.Children(a, "obj").Concat(s.Children(a, "obl").Where(o => s.CaseOf(o) == "with")))
            .Select(c => Measured(s, c)).FirstOrDefault(c => IsAid(s, c));

    /// <summary>Where a vessel came from: "from" on it or on its load's participle, or the state before it ("a Turkish ship").</summary>
    private static SyntaxWord? ShippedFrom(ParsedSentence s, SyntaxWord vessel) =>
        Clause.Oblique(s, vessel, "from") ?? s.Children(vessel, "acl").Select(a => Clause.Oblique(s, a, "from")).FirstOrDefault(o => o is not null) ?? CountryBefore(s, vessel);

    /// <summary>English verbs of a craft's load ("a ship carrying aid", "a vessel loaded with tents").</summary>
    private static readonly HashSet<string> Carries = VerbForms.Set("carry/carried", "bring/brought", "load", "transport", "ferry/ferried");

    /// <summary>Where goods came from: "from" on the goods, on what a consignment holds ("a shipment of tanks from Poland"), or on the verb.</summary>
    private static SyntaxWord? SentFrom(ParsedSentence s, SyntaxWord goods, SyntaxWord v)
    {
        if (Clause.Oblique(s, goods, "from") is { } from)
            return from;
        foreach (var c in s.Children(goods))
        {
            if (ParsedSentence.Is(c, "nmod") && s.CaseOf(c) == "of" && Clause.Oblique(s, c, "from") is { } held)
                return held;
        }

        return Clause.Oblique(s, v, "from");
    }

    /// <summary>English nouns of goods sent together.</summary>
    private static readonly HashSet<string> Consignments = new(StringComparer.Ordinal)
    {
        "shipment", "shipments", "consignment", "consignments", "cargo", "delivery", "deliveries", "batch", "batches", "convoy", "convoys",
    };

    private static bool IsForce(ParsedSentence s, SyntaxWord noun) =>
        Lexicon.TroopNouns.Contains(s.Lower(noun)) || Lexicon.UnitNouns.Contains(s.Lower(noun)) || s.Lower(noun) == "peacekeepers";

    private static readonly HashSet<string> Deploys = VerbForms.Set("deploy", "redeploy");

    /// <summary>English verbs of basing forces somewhere.</summary>
    private static readonly HashSet<string> Stations = VerbForms.Set("station", "base", "garrison");

    /// <summary>The people a counting noun counts, else the noun.</summary>
    private static SyntaxWord Counted(ParsedSentence s, SyntaxWord noun) => CountedBy(s, noun, Counts);

    /// <summary>What a noun of one of the counting words counts ("a package of sanctions", "dozens of fighters"), else the noun.</summary>
    private static SyntaxWord CountedBy(ParsedSentence s, SyntaxWord noun, HashSet<string> counters) =>
        counters.Contains(s.Lower(noun)) && s.Children(noun).FirstOrDefault(c => ParsedSentence.Is(c, "nmod") && s.CaseOf(c) == "of") is { } counted ? counted : noun;

    /// <summary>The verb returns fire or liberates a place ("troops returned fire", "liberated the settlement of X"): a side's own telling.</summary>
    private static bool TellsNoWrong(ParsedSentence s, SyntaxWord verb) =>
        s.Lower(verb) is "return" or "returned" or "returns" or "returning" && s.Children(verb, "obj").Any(o => s.Lower(o) == "fire")
        || s.Lower(verb) is "liberate" or "liberated" or "liberates" or "liberating";

    /// <summary>A phrase of a place ("in Lebanon", "anywhere in Lebanon"), through the name's own words.</summary>
    private static bool PlaceOf(ParsedSentence s, SyntaxWord w)
    {
        while (w.Relation is "flat" or "compound" && s.Head(w) is { } up)
            w = up;
        return (ParsedSentence.Is(w, "obl") || ParsedSentence.Is(w, "nmod")) && s.CaseOf(w) is "in" or "inside" or "near" or "across" or "throughout";
    }

    /// <summary>English verbs of taking people hostage.</summary>
    private static readonly HashSet<string> Takes = VerbForms.Set("take/took/taken", "seize");

    /// <summary>English verbs that take "fire" as what they do: opening it, or returning it.</summary>
    private static readonly HashSet<string> Open = VerbForms.Set("open", "return");

    private static readonly HashSet<string> Shakes = VerbForms.Set("shake/shook/shaken");

    /// <summary>English nouns of the dead brought home ("the remains of X arrived"): no one visits.</summary>
    private static readonly HashSet<string> Remains = new(StringComparer.Ordinal) { "remains", "body", "bodies", "coffin", "coffins", "casket", "ashes" };

    private static readonly HashSet<string> Enters = VerbForms.Set("enter");

    private static readonly HashSet<string> Crosses = VerbForms.Set("cross", "move", "push", "advance", "venture", "stray", "sweep/swept/swept", "pour", "roll", "march", "surge");

    /// <summary>Prepositions of what is fired at.</summary>
    private static readonly string[] Aims = ["at", "on", "into", "toward", "towards", "upon"];

    /// <summary>What a weapon was aimed at: "at Israel", not a time ("on Tuesday night", "on Monday").</summary>
    private static SyntaxWord? AimedAt(ParsedSentence s, SyntaxWord word) =>
        s.Children(word).FirstOrDefault(c => (ParsedSentence.Is(c, "obl") || ParsedSentence.Is(c, "nmod")) && Array.IndexOf(Aims, s.CaseOf(c)) >= 0 && !IsTime(s, c));

    /// <summary>A day, a date or a span of time, or a part of a day ("Tuesday night").</summary>
    private static bool IsTime(ParsedSentence s, SyntaxWord w) =>
        WordLists.Calendar.Contains(w.Form) || Clause.Durations.Contains(s.Lower(w)) || DayParts.Contains(s.Lower(w)) || s.Children(w).Any(c => WordLists.Calendar.Contains(c.Form));

    /// <summary>English nouns of the parts of a day and week.</summary>
    private static readonly HashSet<string> DayParts = new(StringComparer.Ordinal) { "morning", "afternoon", "evening", "night", "weekend", "dawn", "midnight", "noon" };

    /// <summary>Nouns of an armed fight between two sides: "killed in a clash with Chinese troops" names the other side.</summary>
    private static readonly HashSet<string> Clashes = new(StringComparer.Ordinal)
    {
        "clash", "clashes", "fighting", "battle", "battles", "gunbattle", "firefight", "skirmish", "skirmishes", "exchange",
    };

    /// <summary>
    /// The CAMEO code of a verb of force; "shooting" is one only when it downs something ("Iran's shooting down of a
    /// drone"; a shooting star, a hunting accident are not), "downed" only when a thing is downed, and "struck down" is
    /// no blow (a law annulled).
    /// </summary>
    private static string? ForceOf(ParsedSentence s, SyntaxWord v, string lower) =>
        // "the court struck it down": a law or ruling annulled, no blow.
        lower == "struck" && s.Children(v).Any(c => c.Relation == "compound:prt" && s.Lower(c) == "down") ? null
        : Lexicon.Force.TryGetValue(lower, out var code) ? code
        : lower == "shooting" && s.Children(v).Any(c => s.Lower(c) == "down") ? "190"
        // "downed a drone", not "downed Marta Marrero" (a match won): a thing brought down, not a person.
        : lower == "downed" && v.Upos == "VERB" && s.Children(v, "obj").Any(o => o.Upos == "NOUN" && s.MentionAt(o) is null) ? "190"
        : Pounds.Contains(lower) && Clause.Doer(s, v) is { } pounder && IsArmedSide(s, pounder) ? "190"
        // "its air defences destroyed 30 Ukrainian drones", "intercepted two missiles": weapons or aircraft brought down.
        : lower == "killing" && IsArmedAftermath(s, v) ? "190"
        : Intercepts.Contains(lower) && Clause.Undergoer(s, v) is { } downed && (Lexicon.Projectiles.Contains(s.Lower(Measured(s, downed))) || Aircraft.Contains(s.Lower(Measured(s, downed)))) ? "190"
        // "violated the ceasefire" (CAMEO 196), not "violated the agreement on fishing quotas".
        : Violates.Contains(lower) && Clause.Undergoer(s, v) is { } broken && Truces.Contains(s.Lower(broken)) ? "196"
        : null;

    /// <summary>English verbs of breaking a truce.</summary>
    private static readonly HashSet<string> Violates = VerbForms.Set("violate", "breach", "break/broke/broken");

    /// <summary>English nouns of a truce between armed sides.</summary>
    private static readonly HashSet<string> Truces = new(StringComparer.Ordinal) { "ceasefire", "cease-fire", "truce", "armistice" };

    /// <summary>
    /// "A bomb exploded in Mosul, killing three soldiers", "Rebels attacked a post, killing …": a killing told by a participle
    /// without a subject of its own is force when the clause it adjoins was done by an armed side, a weapon, an attack or
    /// an explosion; not "A bus crashed near Mecca, killing …" nor "An earthquake struck, killing …". Aircraft count only
    /// where they fired or struck ("an aircraft fired rockets at a car, killing …"), not where they crashed.
    /// </summary>
    private static bool IsArmedAftermath(ParsedSentence s, SyntaxWord v)
    {
        if (v.Xpos != "VBG" || !ParsedSentence.Is(v, "advcl") || Clause.Subject(s, v) is not null || s.Head(v) is not { } adjoined)
            return false;
        var fired = adjoined.Upos == "VERB" && (Lexicon.Force.ContainsKey(s.Lower(adjoined)) || Lexicon.Fire.Contains(s.Lower(adjoined)));
        // A clause the parser read as a noun phrase ("The disease spread quickly, killing …") is told by its nouns.
        // "A U.S. military helicopter crashed" is no armed deed for the military that owns the helicopter.
        return (adjoined.Upos == "VERB" ? Clause.Doer(s, adjoined) : adjoined) is { } doer
            && (IsArmed(doer) || !IsCraft(doer) && s.Children(doer, "compound").Any(IsArmed));

        bool IsCraft(SyntaxWord w) => Aircraft.Contains(s.Lower(w)) || s.Lower(w) is "plane" or "jet" or "helicopter" or "airliner";

        bool IsArmed(SyntaxWord w) => !Mishaps.Contains(s.Lower(w)) && (IsCraft(w) ? fired
            : IsArmedSide(s, w) || Lexicon.AttackNounSet.Contains(s.Lower(w)) || Lexicon.Explosions.Contains(s.Lower(w)));
    }

    private static readonly HashSet<string> Comes = VerbForms.Set("come/came/come/coming");

    /// <summary>"took effect", "came into force": a measure or deal now in force.</summary>
    /// <summary>A thing done that a verb of praise or criticism takes, itself or by its signing ("welcomed the deal", "hailed the signing of the deal").</summary>
    private static bool ReactedTo(ParsedSentence s, SyntaxWord n)
    {
        var taken = s.CaseOf(n) == "of" && s.Head(n) is { Upos: "NOUN" } signing && Signings.Contains(s.Lower(signing)) ? signing : n;
        return ParsedSentence.Is(taken, "obj") && s.Head(taken) is { Upos: "VERB" } reacting
            && (Lexicon.Praise.Contains(s.Lower(reacting)) || Lexicon.Criticize.Contains(s.Lower(reacting)));
    }

    /// <summary>English nouns of a deal's making ("the signing of the deal").</summary>
    private static readonly HashSet<string> Signings = new(StringComparer.Ordinal) { "signing", "conclusion", "announcement" };

    private static bool TakesEffect(ParsedSentence s, SyntaxWord verb) =>
        Effects.Contains(s.Lower(verb)) && (s.Children(verb, "obj").Any(o => s.Lower(o) == "effect") || Clause.Oblique(s, verb, "into") is { } into && s.Lower(into) == "force");

    /// <summary>English verbs of putting someone under something ("placed under sanctions").</summary>
    private static readonly HashSet<string> PutsUnder = VerbForms.Set("place", "put/put/putting");

    /// <summary>English verbs of striking someone with a measure ("hit X with sanctions", "slapped X with an embargo").</summary>
    private static readonly HashSet<string> StrikesWith = VerbForms.Set("hit/hit/hitting", "slap/slapped/slapping", "target");

    /// <summary>What a side comes under when it is attacked ("came under fire", "under heavy shelling"), with its CAMEO code.</summary>
    private static readonly Dictionary<string, string> UnderFire = new(StringComparer.Ordinal)
    {
        ["fire"] = "190", ["attack"] = "190", ["attacks"] = "190", ["assault"] = "190", ["shelling"] = "194", ["bombardment"] = "194",
        ["bombing"] = "195", ["siege"] = "191",
    };

    /// <summary>English verbs of bringing down what flies.</summary>
    private static readonly HashSet<string> Intercepts = VerbForms.Set("intercept", "destroy");

    /// <summary>
    /// CAMEO 2.0's verbs of its attack (190) entries POUND and PUMMEL (../shared/reference/CAMEO.2.0.verbs.txt): force
    /// only when an armed side does it, for storms pound coasts too.
    /// </summary>
    private static readonly HashSet<string> Pounds = VerbForms.Set("pound", "pummel/pummelled/pummeled/pummelling/pummeling");

    /// <summary>Fighters, weapons or war machines, or a state or body named as the doer (not a pronoun, which may stand for a storm).</summary>
    private static bool IsArmedSide(ParsedSentence s, SyntaxWord doer) =>
        Lexicon.Combatants.Contains(s.Lower(doer)) || Lexicon.Projectiles.Contains(s.Lower(doer)) || Aircraft.Contains(s.Lower(doer)) || WarMachines.Contains(s.Lower(doer))
        || s.MentionAt(doer) is { Type: EntityType.Country or EntityType.Organization, Kind: not MentionKind.Pronoun };

    /// <summary>English nouns of armed vehicles and ships other than aircraft.</summary>
    private static readonly HashSet<string> WarMachines = new(StringComparer.Ordinal) { "gunships", "tanks", "warships", "gunboats", "batteries" };

    /// <summary>English names of classes of warship, in the plural news counts them in.</summary>
    private static readonly HashSet<string> Warships = new(StringComparer.Ordinal)
    {
        "warship", "warships", "frigate", "frigates", "destroyer", "destroyers", "cruiser", "cruisers", "corvette", "corvettes",
        "submarine", "submarines", "gunboat", "gunboats", "minesweeper", "minesweepers",
    };

    /// <summary>A warship's noun, or "carriers" that carry aircraft.</summary>
    private static bool IsWarship(ParsedSentence s, SyntaxWord w) =>
        Warships.Contains(s.Lower(w)) || s.Lower(w) is "carrier" or "carriers" && s.Children(w).Any(c => c.Relation == "compound" && s.Lower(c) == "aircraft");

    /// <summary>"A missile fired by the Houthis struck …": who fired the weapon that struck, else the doer itself.</summary>
    private static SyntaxWord? FiredBy(ParsedSentence s, SyntaxWord? doer) =>
        doer is not null && Lexicon.Projectiles.Contains(s.Lower(doer))
        // "a missile fired by X", "a missile from an Israeli drone": what it was fired by or from.
        && (s.Children(doer, "acl").SelectMany(a => s.Children(a, "obl:agent")).FirstOrDefault()
            ?? s.Children(doer, "nmod").FirstOrDefault(c => s.CaseOf(c) == "from")) is { } firer ? firer : doer;

    /// <summary>
    /// The side a passive killing was fought with ("were killed in a clash with Chinese troops") or done by ("was killed
    /// in an Israeli strike", "in a drone strike by the US"), or null.
    /// </summary>
    private static SyntaxWord? FoughtWith(ParsedSentence s, SyntaxWord v) =>
        !s.Has(v, "nsubj:pass") && !s.Has(v, "aux:pass") ? null
        : s.Children(v).Where(c => ParsedSentence.Is(c, "obl") && s.CaseOf(c) is "in" or "during")
            .Select(c => Clashes.Contains(s.Lower(c)) ? Clause.Oblique(s, c, "with")
                : Lexicon.AttackNounSet.Contains(s.Lower(c)) ? Clause.Oblique(s, c, "by") ?? s.Children(c, "nmod:poss").FirstOrDefault() ?? StateModifier(s, c)
                : null)
            .FirstOrDefault(w => w is not null);

    private static readonly HashSet<string> Calls = VerbForms.Set("call");

    /// <summary>The one "called" names as the one telephoned: a person, or a leader or envoy the sentence names a side of.</summary>
    private static SyntaxWord? Called(ParsedSentence s, SyntaxWord v, string lower)
    {
        if (!Calls.Contains(lower) || v.Upos != "VERB" || s.Has(v, "iobj"))
            return null;
        // "Faye was called by Blinken on Tuesday": the one called in the passive, with its caller.
        var passive = !s.Has(v, "obj") && s.Has(v, "obl:agent");
        // "Called by Blinken on Tuesday, Faye said …": a participle's, the clause's subject.
        var called = s.Children(v, passive ? "nsubj:pass" : "obj").ToList() is [{ } one] ? one : passive && !s.Has(v, "nsubj:pass") ? Clause.Undergoer(s, v) : null;
        return called is not null
            && !s.Children(v).Any(c => c.Relation is "xcomp" or "ccomp" or "compound:prt" || ParsedSentence.Is(c, "obl") && s.CaseOf(c) is "on" or "for" or "as" && !IsTime(s, c))
            && !s.Children(called).Any(c => c.Relation is "xcomp" or "obj" or "amod" or "case" && c.Index > called.Index)
            // "called his counterpart, X, a dictator": what the one called is called, read in apposition.
            && !s.Parse.Subtree(called).Any(x => x.Index > called.Index && x.Relation == "appos" && x.Upos == "NOUN" && s.Children(x).Any(d => s.Lower(d) is "a" or "an"))
            // "called for Danish troops to …" with "for" read on the adjective: the verb's own preposition right after it
            // (not the passive's "by").
            && v.Index + 1 < s.Parse.Words.Count && (passive || s.Parse.Words[v.Index + 1].Upos is not ("ADP" or "PART" or "ADV"))
            && (s.MentionAt(called) is { Type: EntityType.Person } || Words.AgentNouns.Contains(s.Lower(called)) && called.Upos == "NOUN" && Actors(Sides.Of(s, called)).Count > 0)
                ? called
                : null;
    }

    /// <summary>The person "called on" names, when the verb asks nothing of them (no "to" clause, no "for").</summary>
    private static SyntaxWord? CallsOn(ParsedSentence s, SyntaxWord v, string lower) =>
        !Calls.Contains(lower) || s.Children(v).Any(c => c.Relation is "xcomp" or "ccomp" || ParsedSentence.Is(c, "advcl") && s.MarkOf(c) == "to"
            || ParsedSentence.Is(c, "obl") && s.CaseOf(c) == "for")
            ? null
            : s.Children(v).FirstOrDefault(c => ParsedSentence.Is(c, "obl") && s.CaseOf(c) == "on" && s.MentionAt(c) is { Type: EntityType.Person });

    /// <summary>Police and peacekeepers sent by a state are its forces deployed too: "sent 400 police officers to Haiti".</summary>
    private static bool IsSecurityForce(ParsedSentence s, SyntaxWord noun) =>
        s.Lower(noun) is "police" or "policemen" or "peacekeepers" or "gendarmes"
        || s.Lower(noun) == "officers" && HasModifier(s, noun, SecurityBranches);

    /// <summary>English verbs of setting a deed going, whose subject does it ("announced the deployment of troops", not "condemned" it).</summary>
    private static readonly HashSet<string> Starts = VerbForms.Set("announce", "order", "approve", "authorize", "authorise", "complete", "begin/began/begun/beginning", "start", "launch", "extend", "confirm");

    /// <summary>What forces are sent "to" ("sent troops to Haiti", "to Ukraine's border"), on the verb or on the forces.</summary>
    private static SyntaxWord? CountrySentTo(ParsedSentence s, SyntaxWord v, SyntaxWord troops) => Clause.Oblique(s, v, "to") ?? Clause.Oblique(s, troops, "to");

    /// <summary>"sending troops to Ukraine's border": forces sent to a border face the side beyond it.</summary>
    private static SyntaxWord? BorderSentTo(ParsedSentence s, SyntaxWord v, SyntaxWord troops) =>
        CountrySentTo(s, v, troops) is { } sentTo && Borders.Contains(s.Lower(sentTo)) ? sentTo : null;

    /// <summary>Forces sent somewhere are there: the country or place they were sent to is the action's place where it has none.</summary>
    private static IEnumerable<EventDraft> SentTo(ParsedSentence s, IEnumerable<EventDraft> drafts, SyntaxWord? destination) =>
        destination is not null && s.MentionAt(destination) is { Type: EntityType.Country or EntityType.Location } there
            ? drafts.Select(d => d.Location is null ? d with { Location = there.EntityId } : d)
            : drafts;

    private static readonly HashSet<string> SecurityBranches = new(StringComparer.Ordinal) { "police", "military", "security", "army" };

    /// <summary>
    /// The verb's own subject fought whom "with" names, or its coordinated subjects fought each other: not when they
    /// fought someone else ("fought against X", "battling to topple the government") or together. A participle of what
    /// the fight left ("clashed in the valley, leaving 20 soldiers dead") says nothing of whom they fought.
    /// </summary>
    private static bool FoughtEachOther(ParsedSentence s, SyntaxWord v) =>
        Clause.Subject(s, v) is not null && !s.Has(v, "obj") && Clause.Oblique(s, v, "against") is null
        && !s.Children(v, "advmod").Any(a => s.Lower(a) is "together" or "alongside" or "jointly")
        && (Clause.Oblique(s, v, "with") is not null || !s.Children(v).Any(c => c.Relation is "xcomp" or "ccomp"
            || ParsedSentence.Is(c, "advcl") && !(c.Xpos == "VBG" && s.MarkOf(c).Length == 0 && c.Index > v.Index)));

    private static readonly HashSet<string> Targets = VerbForms.Set("target");

    /// <summary>A past participle with no auxiliary and no mark describing a noun ("accusations made by X"), not a clause ("that X had armed").</summary>
    private static bool ReducedParticiple(ParsedSentence s, SyntaxWord clause) => clause.Xpos == "VBN" && !s.Has(clause, "aux") && !s.Has(clause, "mark");

    /// <summary>
    /// "Azerbaijan rejected Armenia's accusations": one denies or rejects what is alleged against oneself, so the doer of
    /// the verb whose object the accusations are is the accused.
    /// </summary>
    private static SyntaxWord? Rejecter(ParsedSentence s, SyntaxWord accusations) =>
        ParsedSentence.Is(accusations, "obj") && s.Head(accusations) is { Upos: "VERB" } rejecting
        && Lexicon.Denies(s.Lower(rejecting)) ? Clause.Doer(s, rejecting) : null;

    /// <summary>
    /// "rejected the accusation that X was behind the attack", "pushed back on claims that X was behind it": a deed
    /// told in a claim that is rejected; whom the claim puts behind it is alleged only.
    /// </summary>
    private static bool InRejectedClaim(ParsedSentence s, SyntaxWord deed)
    {
        if (s.MarkOf(deed) != "that" || s.Head(deed) is not { } head)
            return false;
        var governor = Lexicon.ClaimNouns.Contains(s.Lower(head)) ? s.Head(head) : head;
        return governor is { Upos: "VERB" } && (Lexicon.Denies(s.Lower(governor)) || PushesBack(s, governor));
    }

    /// <summary>
    /// "Beijing rejected the protest", "rejected Manila's protest": one protest, a complaint lodged by a party (owned, or
    /// the only one), rejected as a claim is; not "the protests", which are mostly crowds.
    /// </summary>
    private static bool IsDiplomaticProtest(ParsedSentence s, SyntaxWord o) =>
        s.Lower(o) == "protest" && (s.Children(o, "det").Any(d => s.Lower(d) == "the") || s.Has(o, "nmod:poss") || s.Has(o, "amod"));

    /// <summary>"pushed back (on)": English "push" with "back" rejects what it is aimed at.</summary>
    private static bool PushesBack(ParsedSentence s, SyntaxWord verb) =>
        Pushes.Contains(s.Lower(verb)) && s.Children(verb).Any(c => c.Relation is "advmod" or "compound:prt" && s.Lower(c) == "back");

    private static readonly HashSet<string> Pushes = VerbForms.Set("push");

    /// <summary>English verbs of setting out ("left for", "departed for", "headed to").</summary>
    private static readonly HashSet<string> SetsOut = VerbForms.Set("leave/left", "depart", "head");

    /// <summary>English verbs of setting off on a journey, whose "for" or "to" names where to ("left for Lima").</summary>
    private static readonly HashSet<string> Departs = new(Lexicon.Travel.Concat(SetsOut).Concat(VerbForms.Set("set/set/setting")), StringComparer.Ordinal);

    /// <summary>A verb of setting out, or "set off" / "set out".</summary>
    private static bool SetsOff(ParsedSentence s, SyntaxWord v, string lower) =>
        v.Upos == "VERB" && (SetsOut.Contains(lower)
            || lower is "set" or "sets" or "setting" && s.Children(v).Any(c => c.Relation is "compound:prt" or "advmod" && s.Lower(c) is "off" or "out"));

    /// <summary>English verbs of a bomb going off.</summary>
    private static readonly HashSet<string> Explodes = VerbForms.Set("explode", "detonate");

    /// <summary>The first named place in the verb's phrases of where ("outside a police station in Mogadishu", "near Kabul").</summary>
    private static string? PlaceAround(ParsedSentence s, SyntaxWord v)
    {
        foreach (var c in s.Children(v))
        {
            if (!ParsedSentence.Is(c, "obl") || s.CaseOf(c) is not ("outside" or "near" or "inside" or "in" or "at"))
                continue;
            foreach (var w in s.Parse.Subtree(c))
            {
                // Not a word that describes a place ("a Christian neighbourhood of Beirut") but a place named.
                if (w.Relation != "amod" && s.MentionAt(w) is { Type: EntityType.Location or EntityType.Country, Kind: not MentionKind.Demonym } place)
                    return place.EntityId;
            }
        }

        return null;
    }

    /// <summary>English verbs of a place passing to those who took it ("fell to the rebels").</summary>
    private static readonly HashSet<string> Falls = VerbForms.Set("fall/fell/fallen");

    /// <summary>English verbs of two sides fighting each other.</summary>
    private static readonly HashSet<string> Reciprocal = VerbForms.Set("clash", "fight/fought", "battle", "skirmish");

    /// <summary>"discussed the ceasefire by phone": talking about something over the phone is a call.</summary>
    private static readonly HashSet<string> Discusses = VerbForms.Set("discuss", "confer/conferred/conferring", "consult");

    /// <summary>Where deployed forces face a side: "near Ukraine", "along the border with X", "against X".</summary>
    private static readonly string[] Fronts = ["near", "along", "against", "on", "toward", "towards", "into", "around"];

    /// <summary>The front deployed forces face, behind one of <see cref="Fronts"/>; not a day or month ("on Wednesday").</summary>
    private static SyntaxWord? Front(ParsedSentence s, SyntaxWord word) =>
        s.Children(word).FirstOrDefault(c => (ParsedSentence.Is(c, "obl") || ParsedSentence.Is(c, "nmod")) && Array.IndexOf(Fronts, s.CaseOf(c)) >= 0
            && !WordLists.Calendar.Contains(c.Form));

    /// <summary>Nouns of aid promised.</summary>
    private static readonly HashSet<string> OfferNouns = new(StringComparer.Ordinal) { "offer", "offers", "pledge", "pledges", "promise", "promises" };

    /// <summary>Nouns of military exercises.</summary>
    private static readonly HashSet<string> Exercises = new(StringComparer.Ordinal)
    {
        "drill", "drills", "exercise", "exercises", "manoeuvre", "manoeuvres", "maneuver", "maneuvers", "wargame", "wargames", "games",
    };

    /// <summary>
    /// What makes exercises armed: the kinds of exercise the CAMEO verb dictionary names (military, naval, air,
    /// amphibious) and English words of arms and war ("live-fire", "artillery", "missile").
    /// </summary>
    private static readonly HashSet<string> ArmedExercises = new(StringComparer.Ordinal)
    {
        "military", "naval", "navy", "army", "air", "amphibious", "live", "live-fire", "artillery", "missile", "combat", "war",
        "nuclear", "tank", "submarine", "anti-submarine", "air-defence", "air-defense", "bombing", "marine",
    };

    /// <summary>Exercises held with others: military cooperation.</summary>
    private static readonly HashSet<string> Together = new(StringComparer.Ordinal)
    {
        "joint", "combined", "bilateral", "trilateral", "multinational", "allied",
    };

    /// <summary>
    /// Who held the armed exercises a noun names ("warships conducted drills", "Russia began naval exercises"), where
    /// they held them alone: the noun is the object of a verb of holding or launching, armed by its modifier or by
    /// who held it (forces, or a country with a front: "China held drills around Taiwan"). Null otherwise ("fire
    /// drills", "joint exercises", "drills with Seoul").
    /// </summary>
    private SyntaxWord? ExerciseHolder(ParsedSentence s, SyntaxWord n)
    {
        // "began two days of drills": the span of time stands where the exercises would.
        var held = ParsedSentence.Is(n, "nmod") && s.CaseOf(n) == "of" && s.Head(n) is { } span && WordLists.TimeUnits.Contains(s.Lower(span)) ? span : n;
        // The span may be read as the verb's time ("began a week of exercises"), where the verb has no object.
        if (!(ParsedSentence.Is(held, "obj") || held != n && ParsedSentence.Is(held, "obl") && !s.Has(s.Head(held)!, "obj"))
            || s.Head(held) is not { Upos: "VERB" } verb || !(Lexicon.Launch.Contains(s.Lower(verb)) || Holds.Contains(s.Lower(verb)))
            || Clause.Doer(s, verb) is not { } holder || HasModifier(s, n, Together)
            || Partnered(s, n) || Partnered(s, verb)
            // "French and Egyptian warships launched war games": exercises of two states together are joint ones.
            || Sides.Of(s, holder).Select(m => m.EntityId).Distinct(StringComparer.Ordinal).Count() > 1)
            return null;
        var armed = HasModifier(s, n, ArmedExercises) && (s.Lower(n) != "games" || HasModifier(s, n, War));
        // A state's military holding them is armed as its forces are ("China's military began drills").
        return armed || s.Lower(n) != "games" && (Lexicon.Combatants.Contains(s.Lower(holder)) || s.Lower(holder) is "military" or "navy"
            // "Beijing held drills around Taiwan": a capital holding them stands for its state.
            || s.MentionAt(holder) is { } state && (state.Type == EntityType.Country || state.Type == EntityType.Location && gazetteer.CapitalOf(state.EntityId) is not null)
                && ExerciseFront(s, n) is not null)
            ? holder
            : null;
    }

    /// <summary>Where exercises face: named on them, on the span they are counted in or on the verb that holds them.</summary>
    private static SyntaxWord? ExerciseFront(ParsedSentence s, SyntaxWord n) =>
        Front(s, n) ?? (s.Head(n) is { } up ? Front(s, up) ?? (s.Head(up) is { } verb ? Front(s, verb) : null) : null);

    private static readonly HashSet<string> War = new(StringComparer.Ordinal) { "war" };

    /// <summary>
    /// The word has a "with" partner, not one that only ends a border's name ("near the border with Peru", the "with"
    /// hung on the verb).
    /// </summary>
    private static bool Partnered(ParsedSentence s, SyntaxWord word) =>
        Clause.Oblique(s, word, "with") is { } with && s.Parse.FirstWordOf(with) is { Index: > 0 } first
        && !Borders.Contains(s.Lower(s.Parse.Words[first.Index - 1]));

    /// <summary>Nouns of a border, whose "with" names the country across it.</summary>
    private static readonly HashSet<string> Borders = new(StringComparer.Ordinal) { "border", "borders", "frontier", "boundary" };

    /// <summary>Nouns of a deployment of forces.</summary>
    private static readonly HashSet<string> Buildups = new(StringComparer.Ordinal)
    {
        "buildup", "build-up", "deployment", "deployments", "mobilization", "mobilisation",
    };

    /// <summary>Whom a topic is discussed with: what is discussed is the topic, and "with" may hang on it ("discussed trade with Lourenco").</summary>
    private static List<SyntaxWord> DiscussedWith(ParsedSentence s, SyntaxWord v) =>
        // "discussed the trade deal with the EU": a deal's "with" names its party, not whom it was discussed with.
        [.. s.Children(v).Concat(s.Children(v, "obj").Where(o => !Lexicon.AgreementNouns.Contains(s.Lower(o))).SelectMany(s.Children))
            .Where(c => (ParsedSentence.Is(c, "obl") || ParsedSentence.Is(c, "nmod")) && s.CaseOf(c) == "with")];

    /// <summary>The nominals a meeting or call is held with: objects, and the nominals behind the prepositions.</summary>
    private static List<SyntaxWord> Partners(ParsedSentence s, SyntaxWord trigger, params string[] cases)
    {
        var partners = new List<SyntaxWord>();
        // "Vega, whom Ruiz met on Monday": "who" or "whom" stands for the noun its clause describes ("that" is often a
        // conjunction the parser took for a pronoun).
        foreach (var o in s.Children(trigger, "obj"))
            partners.Add(o is { Xpos: "WP" } && ParsedSentence.Is(trigger, "acl") && s.Head(trigger) is { } described ? described : o);
        foreach (var c in s.Children(trigger))
        {
            if ((ParsedSentence.Is(c, "obl") || ParsedSentence.Is(c, "nmod")) && Array.IndexOf(cases, s.CaseOf(c)) >= 0)
                partners.Add(c);
        }

        return partners;
    }

    /// <summary>
    /// "In a phone call, Biden told Netanyahu …", "at the meeting, X assured Y …": the person a setting's verb
    /// addresses took part in the call or meeting.
    /// </summary>
    private IEnumerable<SyntaxWord> Addressed(ParsedSentence s, SyntaxWord setting) =>
        ParsedSentence.Is(setting, "obl") && s.CaseOf(setting) is "in" or "during" or "at" && s.Head(setting) is { Upos: "VERB" } verb
            // A person: "discussed Taiwan during their meeting" talks about a country, not to it; "told his Turkish
            // counterpart" speaks to one.
            ? s.Children(verb).Where(c => c.Relation is "obj" or "iobj"
                && (s.MentionAt(c) is { Type: EntityType.Person } || s.MentionAt(c) is null && (s.Lower(c) is "counterpart" or "counterparts" || IsTitle(s, c))))
            : [];

    /// <summary>"Face" and "subject (to)": what one may undergo.</summary>
    private static readonly HashSet<string> Faces = new(StringComparer.Ordinal) { "face", "faces", "faced", "facing", "subject" };

    /// <summary>
    /// "New US sanctions on Russian oil companies took effect", "the EU's new sanctions package targets Russia's shadow
    /// fleet": sanctions said to be in force or to strike someone are imposed (CAMEO 163), by their owner on their target.
    /// </summary>
    private IEnumerable<EventDraft>? SanctionsInForce(ParsedSentence s, SyntaxWord sanctions)
    {
        // "a sanctions package": the noun the sanctions make up stands in the clause.
        var phrase = sanctions.Relation == "compound" && s.Head(sanctions) is { } grouped && Groupings.Contains(s.Lower(grouped)) ? grouped : sanctions;
        // The subject may be read as a bare oblique of a verb with no subject ("New US sanctions on X took effect").
        if (s.Head(phrase) is not { Upos: "VERB" } verb || !(ParsedSentence.Is(phrase, "nsubj")
                || ParsedSentence.Is(phrase, "obl") && phrase.Index < verb.Index && !s.Has(phrase, "case") && Clause.Subject(s, verb) is null))
            return null;
        var acts = TakesEffect(s, verb);
        var strikes = Targets.Contains(s.Lower(verb)) || s.Lower(verb) is "hit" or "hits";
        if (!acts && !strikes)
            return null;
        var imposer = StateModifier(s, sanctions) ?? s.Children(sanctions, "nmod:poss").Concat(s.Children(phrase, "nmod:poss")).FirstOrDefault()
            ?? Clause.Oblique(s, sanctions, "by") ?? Clause.Oblique(s, phrase, "by");
        var target = Clause.Oblique(s, sanctions, "on", "against") ?? Clause.Oblique(s, phrase, "on", "against")
            ?? (strikes ? Clause.Undergoer(s, verb) : s.Children(verb).FirstOrDefault(c => ParsedSentence.Is(c, "obl") && c.Index < verb.Index && s.CaseOf(c) is "on" or "against"));
        return Directed(s, sanctions, EventType.Sanction, "163", ParticipantRoles.Imposer, ParticipantRoles.Target, imposer, target).ToList() is { Count: > 0 } imposed ? imposed : null;
    }

    /// <summary>English verbs of coming into effect ("took effect", "came into force", "entered into force").</summary>
    private static readonly HashSet<string> Effects = VerbForms.Set("take/took/taken/taking", "come/came/coming", "enter");

    /// <summary>
    /// "The delivery of German Leopard tanks to Ukraine began", "Germany's deliveries of howitzers to Kyiv": aid delivered,
    /// by whose it is (the goods' or the delivery's owner, or "from" a side) to whom it goes (CAMEO 07x by the kind of aid).
    /// </summary>
    private IEnumerable<EventDraft>? Delivered(ParsedSentence s, SyntaxWord delivery)
    {
        if (Clause.Oblique(s, delivery, "of") is not { } goods || !IsAid(s, Measured(s, goods))
            || (Clause.Oblique(s, delivery, "to") ?? Clause.Oblique(s, goods, "to")) is not { } recipient)
            return null;
        // "German Leopard tanks": the state may modify the name of the goods rather than the goods.
        var giver = CountryBefore(s, goods) ?? CountryBefore(s, delivery) ?? s.Children(delivery, "nmod:poss").FirstOrDefault()
            ?? Clause.Oblique(s, delivery, "from") ?? Clause.Oblique(s, goods, "from")
            ?? s.Children(goods, "compound").Select(c => CountryBefore(s, c)).FirstOrDefault(c => c is not null);
        return Directed(s, delivery, EventType.Offer, AidKind.Code(s.Parse.Subtree(goods).Select(s.Lower), false), ParticipantRoles.Giver, ParticipantRoles.Recipient, giver, recipient).ToList() is { Count: > 0 } given ? given : null;
    }

    /// <summary>The country an adjective, compound or possessive before the noun names ("German tanks", "US Patriot batteries").</summary>
    private static SyntaxWord? CountryBefore(ParsedSentence s, SyntaxWord noun) =>
        s.Children(noun).FirstOrDefault(c => c.Index < noun.Index && c.Relation is "amod" or "compound" or "nmod:poss" && s.MentionAt(c) is { Type: EntityType.Country });

    /// <summary>English nouns of money or goods given.</summary>
    private static readonly HashSet<string> Gifts = new(StringComparer.Ordinal) { "grant", "grants", "donation", "donations", "loan", "loans", "gift", "gifts" };

    /// <summary>
    /// "a $50 million grant from Saudi Arabia to Yemen", "Norway's donation to the World Food Programme", "Pakistan's loan
    /// from the IMF": a gift named by its noun, from whom "from" names (else its owner or the state before it) to whom
    /// "to" names (else, with a "from", its owner).
    /// </summary>
    private IEnumerable<EventDraft>? Gift(ParsedSentence s, SyntaxWord gift)
    {
        var from = Clause.Oblique(s, gift, "from");
        var owner = s.Children(gift, "nmod:poss").FirstOrDefault(o => o.Xpos != "PRP$");
        var giver = from ?? owner ?? CountryBefore(s, gift);
        // "to" may hang on the giver's name ("from Saudi Arabia to Yemen") or on what is given ("donation of 50 ambulances to Ukraine").
        var recipient = Clause.Oblique(s, gift, "to") ?? (from is not null ? Clause.Oblique(s, from, "to") ?? owner : null)
            ?? (Clause.Oblique(s, gift, "of") is { } thing ? Clause.Oblique(s, thing, "to") : null);
        if (giver is null || recipient is null)
            return null;
        return Directed(s, gift, EventType.Offer, AidKind.Code(s.Parse.Subtree(gift).Select(s.Lower), false), ParticipantRoles.Giver, ParticipantRoles.Recipient, giver, recipient).ToList() is { Count: > 0 } given ? given : null;
    }

    /// <summary>"X was congratulated by Y in a phone call": the one a named agent did it to, as the other side.</summary>
    private static IEnumerable<SyntaxWord> PassiveSubjectOfAnAgent(ParsedSentence s, SyntaxWord v) =>
        Clause.Oblique(s, v, "by") is not null ? s.Children(v, "nsubj:pass") : [];

    /// <summary>English verbs of handing over credentials.</summary>
    private static readonly HashSet<string> Presents = VerbForms.Set("present", "submit", "hand");

    /// <summary>An envoy's "credentials" or "letters of credence".</summary>
    private static bool IsCredentials(ParsedSentence s, SyntaxWord noun) =>
        s.Lower(noun) is "credentials" || s.Lower(noun) is "letters" or "letter" && Clause.Oblique(s, noun, "of") is { } of && s.Lower(of) == "credence";

    /// <summary>English verbs of sitting ("sat down with").</summary>
    private static readonly HashSet<string> Sits = VerbForms.Set("sit/sat/sat/sitting");

    /// <summary>English verbs of calling a session together.</summary>
    private static readonly HashSet<string> Convenes = VerbForms.Set("convene");

    /// <summary>
    /// A body named itself ("the Security Council convened") or its members ("ASEAN foreign ministers", "members of UNASUR"),
    /// not a pronoun that may stand for another, nor its followers ("Hamas sympathizers gathered").
    /// </summary>
    private static bool IsTheBodyOrItsMembers(ParsedSentence s, SyntaxWord doer) =>
        doer.Upos != "PRON" && (s.MentionAt(doer) is { Type: EntityType.Organization } || Members.Contains(s.Lower(doer)));

    /// <summary>English nouns of those who sit in a body for its members.</summary>
    private static readonly HashSet<string> Members = new(StringComparer.Ordinal)
    {
        "ministers", "leaders", "heads", "members", "delegates", "representatives", "envoys", "lawmakers", "legislators",
        "parliamentarians", "senators", "deputies", "officials", "chiefs",
    };

    /// <summary>English verbs of coming together in one place.</summary>
    private static readonly HashSet<string> Gathers = VerbForms.Set("gather", "assemble");

    /// <summary>English verbs of a sitting opening or ending ("the summit opened", "ended the summit").</summary>
    private static readonly HashSet<string> OpensOrEnds = VerbForms.Set("open", "begin/began/begun/beginning", "end", "conclude", "close");

    /// <summary>
    /// A sitting that took place by its verb: it "opened", "ended", "convened", "took place" or "was held" (a sitting
    /// "held" actively holds nothing; "took" without "place" is another verb).
    /// </summary>
    private static bool TookPlace(ParsedSentence s, SyntaxWord sitting, SyntaxWord verb)
    {
        var lower = s.Lower(verb);
        return OpensOrEnds.Contains(lower) || Convenes.Contains(lower)
            || Holds.Contains(lower) && sitting.Relation == "nsubj:pass"
            || lower is "take" or "took" or "taken" or "takes" or "taking" && s.Children(verb, "obj").Any(o => s.Lower(o) == "place");
    }

    /// <summary>English verbs of leading a sitting ("chaired", "co-chaired", "presided over", "co-hosted").</summary>
    private static readonly HashSet<string> Chairs = VerbForms.Set("chair", "co-chair", "preside", "co-host");

    /// <summary>
    /// "a meeting of the UN Security Council", "a meeting of EU interior ministers": the body a sitting is of, named or by
    /// the members of a named body or state it gathers; none where it names neither.
    /// </summary>
    private static List<SyntaxWord> SittingOf(ParsedSentence s, SyntaxWord sitting) =>
        Clause.Oblique(s, sitting, "of") is { } of && Sides.Of(s, of).Exists(m => m.Type is EntityType.Organization or EntityType.Country) ? [of] : [];

    /// <summary>English nouns of a sitting that people chair: the meeting nouns and the bodies that sit.</summary>
    private static readonly HashSet<string> Sittings = new(MeetingNouns.Concat(
        ["session", "sessions", "conference", "commission", "committee", "council", "forum", "consultations", "dialogue", "round"]), StringComparer.Ordinal);

    /// <summary>English verbs of being present at a ceremony ("witnessed the signing", "presided over the exchange").</summary>
    private static readonly HashSet<string> Witnesses = VerbForms.Set("witness", "attend", "oversee/oversaw/overseen", "preside");

    /// <summary>English nouns of goods brought to someone.</summary>
    private static readonly HashSet<string> Deliveries = new(StringComparer.Ordinal) { "delivery", "deliveries", "supply", "supplies", "shipment", "shipments", "transfer", "transfers" };

    /// <summary>
    /// "The EU said X could face sanctions", "suggested that X could be subject to sanctions if …": sanctions a side is
    /// said to risk, by one who could impose them, threaten it (CAMEO 1312). The threatener is who says so; with no
    /// modal and no condition ("X faced sanctions") nothing is threatened, and with no one saying it, no one threatens.
    /// </summary>
    private List<EventDraft>? SanctionsFaced(ParsedSentence s, SyntaxWord sanctions)
    {
        if (s.Head(sanctions) is not { } faces || !Faces.Contains(s.Lower(faces))
            || !(ParsedSentence.Is(sanctions, "obj") || ParsedSentence.Is(sanctions, "obl") && s.CaseOf(sanctions) == "to")
            || !(s.Children(faces, "aux").Any(a => Modality.Modals.Contains(s.Lower(a))) || s.Children(faces).Any(c => s.MarkOf(c) == "if"))
            || !ParsedSentence.Is(faces, "ccomp") || s.Head(faces) is not { } saying || Clause.Doer(s, saying) is not { } sayer
            || Clause.Subject(s, faces) is not { } facing)
            return null;
        var threateners = Voices(Sides.Of(s, sayer));
        var targets = Actors(Sides.Of(s, facing));
        if (threateners.Count == 0 || targets.Count == 0 || ParticipantList.Overlap(threateners, targets))
            return null;
        return [new EventDraft(EventType.Threat, "1312", new ParticipantList().Add(threateners, ParticipantRoles.Threatener).Add(targets, ParticipantRoles.Target).Items, null, sanctions.Token, 0.7)];
    }

    /// <summary>A dialogue that a verb of holding has as its object ("held a strategic dialogue with X").</summary>
    private static bool HeldDialogue(ParsedSentence s, SyntaxWord n, string lower) =>
        lower is "dialogue" or "dialogues" && ParsedSentence.Is(n, "obj") && s.Head(n) is { Upos: "VERB" } holding && (Holds.Contains(s.Lower(holding)) || s.Lower(holding) is "had");

    /// <summary>Talks held over a medium named on the verb that holds them ("held talks with X via video link").</summary>
    private static bool HeldByPhone(ParsedSentence s, SyntaxWord talks) =>
        ParsedSentence.Is(talks, "obj") && s.Head(talks) is { Upos: "VERB" } holding && Holds.Contains(s.Lower(holding)) && ByPhone(s, holding);

    /// <summary>
    /// "by phone", "over the telephone", and "in a phone call" or "during a video conversation", on the verb or on what
    /// it is about (the parser hangs "discussed the deal in a phone call" on the deal).
    /// </summary>
    private static bool ByPhone(ParsedSentence s, SyntaxWord w)
    {
        // Walked in place, not gathered into lists: the rules ask this of every verb of an article that mentions a call.
        foreach (var c in s.Children(w))
        {
            if (AboutByPhone(s, c))
                return true;
            // "discussed the talks by phone" may hang "by phone" on the object.
            if (ParsedSentence.Is(c, "obj"))
            {
                foreach (var o in s.Children(c))
                {
                    if (AboutByPhone(s, o))
                        return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// A phrase about the verb, or on whom it is done with ("discussed Gaza with Jordan's king in a phone call" may hang
    /// the call on the king), that names the phone as the medium.
    /// </summary>
    private static bool AboutByPhone(ParsedSentence s, SyntaxWord c)
    {
        if (PhoneMedium(s, c))
            return true;
        if (s.CaseOf(c) != "with")
            return false;
        foreach (var g in s.Children(c))
        {
            if (PhoneMedium(s, g))
                return true;
        }

        return false;
    }

    private static bool PhoneMedium(ParsedSentence s, SyntaxWord c) =>
        // "by video link": the medium may be a noun the phone word modifies.
        (ParsedSentence.Is(c, "obl") || ParsedSentence.Is(c, "nmod"))
        && ((PhoneWords.Contains(s.Lower(c)) || HasModifier(s, c, PhoneWords)) && s.CaseOf(c) is "by" or "over" or "on" or "via"
            || s.CaseOf(c) is "in" or "during" && CallNouns.Contains(s.Lower(c)) && HasModifier(s, c, PhoneWords));

    /// <summary>
    /// A meeting or call: the doer's side and the partners' sides, at least two entities. A description naming
    /// several owners as partners ("his counterparts from Peru, Ghana and Laos") gives one event per owner
    /// (annotation guidelines: group sentences).
    /// </summary>
    private IEnumerable<EventDraft> Encounter(ParsedSentence s, SyntaxWord trigger, EventType type, string cameo, SyntaxWord? doer, List<SyntaxWord> partners)
    {
        var sides = new List<ResolvedMention>();
        var owners = new List<ResolvedMention>();
        if (doer is not null)
            sides.AddRange(Sides.Of(s, doer));
        // "met separately with A and B", "held separate talks with A and B": one meeting with each; and a meeting or call
        // with each of those one meets, calls or hears from ("met A, B and C", "received calls from A and B"), unless it
        // is a joint one of them all (annotation guidelines: a group sentence gives one event per named counterpart).
        var separately = doer is not null && s.Children(trigger).Any(c => c.Relation is "advmod" or "amod" && s.Lower(c) is "separately" or "individually" or "separate");
        var each = doer is not null && type is EventType.PhoneCall or EventType.Meeting && !s.Words.Any(w => Joint.Contains(s.Lower(w)));
        var listed = new List<ResolvedMention>();
        foreach (var p in partners)
        {
            // "talks between the leaders of A, B and C" are among all of them, as are those held "alongside" others; "met
            // his counterparts from A, B and C", one meeting with each.
            var named = Sides.Of(s, p, out var perOwner);
            (s.CaseOf(p) is "between" or "alongside" ? sides : perOwner || separately ? owners : each ? listed : sides).AddRange(named);
        }

        // A meeting with one partner stays one of the two sides, the pair a later "the two leaders" are.
        (type == EventType.PhoneCall || Voices(listed).Count >= 2 ? owners : sides).AddRange(listed);
        var place = Place(s, trigger);
        // "the two leaders" of a later clause or sentence are these two (a meeting or call of two named sides).
        if (type is EventType.Meeting or EventType.PhoneCall && owners.Count == 0 && Voices(sides) is { Count: 2 } two && two[0].EntityId != two[1].EntityId)
            s.Pair = two;
        var groups = owners.Count == 0 ? [[]] : Voices(owners).Select(o => new List<ResolvedMention> { o }).ToList();
        var spans = owners.Count == 0 ? null : GappedDates.Spans(s, groups.Select(g => g[0]).ToList());
        for (var i = 0; i < groups.Count; i++)
        {
            var participants = new ParticipantList().Add(Voices(sides), ParticipantRoles.Participant).Add(groups[i], ParticipantRoles.Participant);
            if (participants.Count >= 2)
                yield return new EventDraft(type, cameo, participants.Items, place, trigger.Token, 0.8, DateSpan: spans?[i]);
        }
    }

    /// <summary>English words that make a meeting or call one of all its sides together ("a trilateral meeting", "met jointly").</summary>
    private static readonly HashSet<string> Joint = new(StringComparer.Ordinal)
    {
        "conference", "joint", "jointly", "together", "trilateral", "three-way", "quadrilateral", "four-way", "multilateral",
    };

    /// <summary>
    /// A body meeting as itself ("the Security Council met on Friday", "after its summit in Abuja"): one organisation,
    /// no one else (annotation guidelines: a summit or a council session that took place is a meeting).
    /// </summary>
    private IEnumerable<EventDraft> Session(ParsedSentence s, SyntaxWord trigger, SyntaxWord? body, string? place = null)
    {
        // The body itself or its members ("the foreign ministers of the G7 met"), not people from it ("representatives
        // from A, B and C met" meet one another, even where only A is named).
        if (body is null || s.MentionAt(body) is not { Type: EntityType.Organization } && s.Children(body).Any(c => s.CaseOf(c) == "from")
            || Sides.Of(s, body) is not [{ Type: EntityType.Organization } organisation])
            return [];
        return [new EventDraft(EventType.Meeting, "040", [new Participant(organisation.EntityId, ParticipantRoles.Participant)], place ?? Place(s, trigger), trigger.Token, 0.7)];
    }

    /// <summary>
    /// A sitting no partner is named for: "after its summit in Abuja", "at the NATO summit" (a body's summit that has taken
    /// place); "the Security Council held an emergency session" (one the body held); null for others.
    /// </summary>
    private IEnumerable<EventDraft>? BodysSession(ParsedSentence s, SyntaxWord n, string lower)
    {
        if (lower is "summit" or "session" && s.CaseOf(n) is "after" or "at" or "during" or "following")
            return Session(s, n, SessionHolder(s, n));
        if (lower is "summit" or "session" or "meeting" && ParsedSentence.Is(n, "obj") && s.Head(n) is { Upos: "VERB" } sitting
            && (Holds.Contains(s.Lower(sitting)) || OpensOrEnds.Contains(s.Lower(sitting))))
            return Session(s, n, Clause.Doer(s, sitting));
        // "The NATO summit took place in Vilnius", "the 79th session of the General Assembly opened in New York", "an
        // emergency session of the Security Council was convened": a body's sitting that took place (annotation guidelines).
        // (In the past: "the summit opens on Monday" is still to come.)
        if (lower is "summit" or "session" or "meeting" && n.Relation is "nsubj" or "nsubj:pass" && s.Head(n) is { Upos: "VERB", Xpos: "VBD" or "VBN" } held && TookPlace(s, n, held))
            return Session(s, held, SessionHolder(s, n),
                // "the summit in The Hague ended", "took place in Vilnius" (hung on "place")
                Place(s, n) ?? s.Children(held, "obj").Where(o => s.Lower(o) == "place").Select(o => Place(s, o)).FirstOrDefault());
        return null;
    }

    /// <summary>
    /// Whose summit it is: a body before it ("the NATO summit", "ECOWAS's summit"), or for "its summit" the doer of
    /// the clause its phrase stands in ("in a statement after its summit, ECOWAS said").
    /// </summary>
    private static SyntaxWord? SessionHolder(ParsedSentence s, SyntaxWord summit)
    {
        var owner = s.Children(summit).FirstOrDefault(c => c.Relation is "nmod:poss" or "compound" && (s.Lower(c) == "its" || s.MentionAt(c) is { Type: EntityType.Organization }))
            // "the session of the UN General Assembly"
            ?? (Clause.Oblique(s, summit, "of") is { } of && s.MentionAt(of) is { Type: EntityType.Organization } ? of : null);
        if (owner is null || s.Lower(owner) != "its")
            return owner;
        var above = s.Head(summit);
        if (above is { Upos: "NOUN" })
            above = s.Head(above);
        return above is { Upos: "VERB" } verb ? Clause.Doer(s, verb) : null;
    }

    /// <summary>
    /// "In Beijing, X held talks with visiting Brazilian President Y", "the visiting minister laid a wreath in Hanoi": one
    /// called visiting is on a visit to where the clause places them (annotation guidelines: a visit is travel to a place).
    /// </summary>
    private EventDraft? VisitingGuest(ParsedSentence s, SyntaxWord visiting)
    {
        // "visiting Brazilian President Y" read as an adjective of the title or name, or as a verb taking them.
        var guest = visiting.Relation == "amod" ? s.Head(visiting) : s.Children(visiting, "obj").FirstOrDefault();
        // The visit is as real as the clause that places the guest ("will meet visiting X in Lima next week": none yet).
        if (guest is null || Clause.VerbAbove(s, visiting) is not { } verb || Modality.Of(s, verb) != Reality.Real || Place(s, verb) is not { } place)
            return null;
        var visitors = Actors(Sides.Of(s, guest)).Where(m => m.EntityId != place).ToList();
        return visitors.Count == 0 ? null
            : new EventDraft(EventType.Visit, "042", new ParticipantList().Add(visitors, ParticipantRoles.Visitor).Items, place, visiting.Token, 0.7);
    }

    /// <summary>
    /// A visit to the destination and one to each place joined to it ("visited Belgrade and Pristina", "travelled to
    /// Nairobi, Kenya, and Addis Ababa"): one event per place (annotation guidelines: one per named counterpart).
    /// </summary>
    private IEnumerable<EventDraft> Visits(ParsedSentence s, SyntaxWord trigger, SyntaxWord? doer, SyntaxWord? destination)
    {
        if (Visit(s, trigger, doer, destination) is not { } first)
            return [];
        var visits = new List<EventDraft> { first };
        var before = s.MentionAt(destination!);
        var places = new List<ResolvedMention>();
        if (before is not null)
            places.Add(before);
        foreach (var other in s.Children(destination!, "conj"))
        {
            // "Nairobi, Kenya, and Addis Ababa, Ethiopia": a city's country after it says where the city is.
            var place = s.MentionAt(other);
            if (place is { Type: EntityType.Location or EntityType.Country } && !(place.Type == EntityType.Country && before is { Type: EntityType.Location } city
                    && gazetteer.Lookup(city.Text)?.CountryIso2 is { } iso2 && EntityIds.Country(iso2) == place.EntityId)
                && Visit(s, trigger, doer, other) is { } next && next.Location != first.Location)
            {
                visits.Add(next);
                places.Add(place);
            }

            before = place;
        }

        if (places.Count == visits.Count && GappedDates.Spans(s, places) is { } spans)
            return visits.Select((v, i) => v with { DateSpan = spans[i] }).ToList();
        return visits;
    }

    private EventDraft? Visit(ParsedSentence s, SyntaxWord trigger, SyntaxWord? doer, SyntaxWord? destination)
    {
        // "visited troops in Maiduguri": where what was visited is, when it is no place itself.
        if (doer is null || destination is null)
            return null;
        // "visited the Zaporizhzhia nuclear plant": what is visited is a site, so a place named before it is where it is.
        var place = s.MentionAt(destination) is { } named ? named.Type is EntityType.Location or EntityType.Country ? named.EntityId : null
            : PlaceNamed(s, destination) ?? SitePlace(s, destination) ?? Place(s, trigger);
        if (place is null)
            return null;
        // "The 45th Panzer Brigade arrived in Lithuania": a unit arriving deploys (annotation guidelines: troops deploying are no visit).
        var visitors = Actors(Sides.Of(s, doer)).Where(m => m.EntityId != place && !IsUnit(m)).ToList();
        if (visitors.Count == 0)
            return null;
        return new EventDraft(EventType.Visit, "042", new ParticipantList().Add(visitors, ParticipantRoles.Visitor).Items, place, trigger.Token, 0.8);
    }

    /// <summary>The place named before a site's common noun, on it or on a noun compounded to it ("the Zaporizhzhia nuclear plant").</summary>
    private static string? SitePlace(ParsedSentence s, SyntaxWord site) =>
        site.Upos == "NOUN"
            ? s.Children(site, "compound").SelectMany(c => s.Children(c, "compound").Prepend(c)).Select(s.MentionAt).FirstOrDefault(m => m is { Type: EntityType.Location })?.EntityId
            : null;

    /// <summary>
    /// An event with a doer and a target side (accusation, sanction): both named, and not the same. Each named doer
    /// and each named target is an event of its own (annotation guidelines: "Saudi Arabia, Bahrain and Egypt cut ties
    /// with Qatar" is three sanctions).
    /// </summary>
    private IEnumerable<EventDraft> Directed(ParsedSentence s, SyntaxWord trigger, EventType type, string cameo, string doerRole, string targetRole, SyntaxWord? doer, SyntaxWord? target)
    {
        if (doer is null || target is null)
            yield break;
        var doers = Voices(Sides.Of(s, doer));
        var targets = Voices(Sides.Of(s, target));
        if (ParticipantList.Overlap(doers, targets))
            yield break;
        var place = Place(s, trigger);
        foreach (var d in doers)
        {
            foreach (var t in targets)
                yield return new EventDraft(type, cameo, [new Participant(d.EntityId, doerRole), new Participant(t.EntityId, targetRole)], place, trigger.Token, 0.8);
        }
    }

    private static IEnumerable<EventDraft> One(EventDraft? draft) => draft is null ? [] : [draft];

    /// <summary>"each other" or "one another" as the object: the doers act on one another.</summary>
    private static bool EachOther(ParsedSentence s, SyntaxWord? undergoer) =>
        undergoer is not null && (s.Lower(undergoer) == "each" && s.Children(undergoer).Any(c => s.Lower(c) == "other")
            || s.Lower(undergoer) == "one" && s.Children(undergoer).Any(c => s.Lower(c) == "another"));

    /// <summary>"India and Pakistan accused each other": each doer against each other doer, when there are two or more.</summary>
    private IEnumerable<EventDraft> Mutual(ParsedSentence s, SyntaxWord trigger, EventType type, string cameo, string doerRole, string targetRole, SyntaxWord doers)
    {
        var sides = Voices(Sides.Of(s, doers)).DistinctBy(m => m.EntityId).ToList();
        return sides.Count < 2 ? [] : EachAgainstEach(sides, type, cameo, doerRole, targetRole, Place(s, trigger), trigger.Token, 0.8);
    }

    /// <summary>One event of each side against each other side.</summary>
    private static List<EventDraft> EachAgainstEach(List<ResolvedMention> sides, EventType type, string cameo, string doerRole, string targetRole, string? place, int token, double confidence) =>
        [.. from a in sides from t in sides where a != t
            select new EventDraft(type, cameo, [new Participant(a.EntityId, doerRole), new Participant(t.EntityId, targetRole)], place, token, confidence)];

    /// <summary>
    /// A threat: a warning or threat whose complement is a sanction or an armed action against someone ("threatened
    /// to impose sanctions on X", "warned that it could freeze X's assets"). The threatener is the one who warns;
    /// the target, the target of what is threatened. The complement itself, only threatened, is no event.
    /// </summary>
    private IEnumerable<EventDraft> Threat(ParsedSentence s, SyntaxWord warning, SyntaxWord harm)
    {
        var threateners = Clause.Doer(s, warning) is { } doer ? Voices(Sides.Of(s, doer)) : [];
        // "warned Y that it could impose sanctions on Y's country": the one warned is the target, the most specific side;
        // a capital warned is its government.
        var warned = s.Children(warning, "obj").Concat(s.Children(warning, "iobj")).SelectMany(w => Voices(Sides.Of(s, w))).ToList();
        foreach (var threatened in FromVerb(s, harm).Where(d => d.Type is EventType.Sanction or EventType.MilitaryAction).Concat(Unaimed(s, harm, warned.Count > 0)))
        {
            var code = threatened.Type == EventType.MilitaryAction ? "138" : threatened.Cameo == "161" ? "1313" : "1312";
            var targets = warned.Count > 0
                ? warned.Select(m => new Participant(m.EntityId, ParticipantRoles.Target))
                : threatened.Participants.Where(p => p.Role == ParticipantRoles.Target);
            foreach (var target in targets)
            {
                foreach (var t in threateners.Where(t => t.EntityId != target.Entity))
                    yield return new EventDraft(EventType.Threat, code, [new Participant(t.EntityId, ParticipantRoles.Threatener), target], null, warning.Token, 0.7);
            }

            if (warned.Count > 0)
                yield break;
        }
    }

    /// <summary>A warning of a sanction or force (<see cref="Threat"/>), else of consequences (<see cref="Consequences"/>), else of the warner's own act (<see cref="OwnAct"/>).</summary>
    private List<EventDraft> Warning(ParsedSentence s, SyntaxWord warning)
    {
        var threats = s.Children(warning).FirstOrDefault(c => c.Relation is "xcomp" or "ccomp") is { Upos: "VERB" } harm ? Threat(s, warning, harm).ToList() : [];
        if (threats.Count == 0)
            threats.AddRange(Consequences(s, warning));
        if (threats.Count == 0)
            threats.AddRange(DeemedHostile(s, warning));
        return threats.Count > 0 ? threats : [.. OwnAct(s, warning)];
    }

    /// <summary>
    /// "Russia warned NATO that any deployment of troops to Ukraine would be treated as an attack": a deed of the one warned
    /// that the warner will take for an attack or an act of war threatens that one (CAMEO 130).
    /// </summary>
    private IEnumerable<EventDraft> DeemedHostile(ParsedSentence s, SyntaxWord warning)
    {
        if (s.Children(warning, "ccomp").FirstOrDefault() is not { Upos: "VERB" } clause || !Deems.Contains(s.Lower(clause)) || !s.Has(clause, "nsubj:pass")
            || !s.Children(clause).Any(c => (c.Relation is "xcomp" or "obj" && s.CaseOf(c) is "as" or "" || ParsedSentence.Is(c, "obl") && s.CaseOf(c) == "as") && Hostile.Contains(s.Lower(c)))
            || Clause.Doer(s, warning) is not { } warner)
            return [];
        var threateners = Voices(Sides.Of(s, warner));
        var warned = Voices(s.Children(warning, "obj").Concat(s.Children(warning, "iobj")).SelectMany(w => Sides.Of(s, w)))
            .Where(m => !threateners.Exists(t => t.EntityId == m.EntityId)).ToList();
        return from t in threateners from w in warned
            select new EventDraft(EventType.Threat, "130", [new Participant(t.EntityId, ParticipantRoles.Threatener), new Participant(w.EntityId, ParticipantRoles.Target)], null, warning.Token, 0.65);
    }

    /// <summary>English verbs of taking a thing for another ("treated as", "considered", "regarded as").</summary>
    private static readonly HashSet<string> Deems = VerbForms.Set("treat", "consider", "regard", "view", "see/saw/seen", "deem");

    /// <summary>English nouns of a hostile act, as what a deed is taken for.</summary>
    private static readonly HashSet<string> Hostile = new(StringComparer.Ordinal)
    {
        "attack", "aggression", "provocation", "declaration", "act", "threat", "invasion", "escalation",
    };

    /// <summary>
    /// "warned that continued assaults would have dire consequences outside Pakistan's control", "warned of more serious
    /// consequences such as revising relations with the EU": a threat of harm unnamed (CAMEO 130), against the one
    /// warned or the side the warning names.
    /// </summary>
    private IEnumerable<EventDraft> Consequences(ParsedSentence s, SyntaxWord warning)
    {
        // "warned Finland of retaliatory measures": the parser may hang what is warned of on the one warned; "warned
        // Finland that joining would have consequences": or split the clause in two, both on the warning; "warned Manila to
        // stop … or face countermeasures": or read the ultimatum as a clause of purpose.
        var clauses = s.Children(warning).Where(c => c.Relation is "ccomp" or "xcomp" || ParsedSentence.Is(c, "advcl") && s.MarkOf(c) == "to").ToList();
        if (clauses.Count == 0 && (Clause.Oblique(s, warning, "of", "about")
            ?? s.Children(warning, "obj").Select(o => Clause.Oblique(s, o, "of", "about")).FirstOrDefault(o => o is not null)) is { } oblique)
            clauses.Add(oblique);
        if (clauses.Count == 0 || Clause.Doer(s, warning) is not { } doer)
            yield break;
        var content = clauses.SelectMany(s.Parse.Subtree).ToList();
        var threateners = Voices(Sides.Of(s, doer));
        var warned = s.Children(warning, "obj").Concat(s.Children(warning, "iobj")).SelectMany(w => Voices(Sides.Of(s, w))).ToList();
        // "warned North Korea it could face sanctions": sanctions in what the one named is warned of threaten them (CAMEO 1312).
        var sanctions = warned.Count > 0 && content.Exists(w => Lexicon.SanctionNouns.Contains(s.Lower(w)));
        if (!sanctions && !content.Exists(w => Lexicon.Harms.Contains(s.Lower(w)) || MetWithForce(s, w) || PaysAPrice(s, w) || WillNotTolerate(s, w) || MadeATargetOrAParty(s, w)
                || warned.Count > 0 && (LosesAThing(s, w) || TakesSteps(s, w))))
            yield break;
        // Named, not described: "the country's relations with the EU" is the threatener's own country and the EU.
        // A capital named in what is warned of speaks for its state ("warned that Seoul would pay a dear price"); as the
        // doer of what is warned of it is the warner's own ("warned that Tehran would make the aggressors pay").
        var named = warned.Count > 0 ? warned : content.Select(s.MentionAt).OfType<ResolvedMention>()
            .Where(m => m.Kind != MentionKind.Pronoun && (m.Type != EntityType.Location || gazetteer.CapitalOf(m.EntityId) is not null && !DoesTheHarm(s, m))
                // "… against Hezbollah anywhere in Lebanon": where the harm would fall is no one threatened; nor where
                // those threatened were sent ("instructors sent to Ukraine would be legitimate targets").
                && !(s.HeadOf(m) is { } place && (PlaceOf(s, place) || ParsedSentence.Is(place, "obl") && s.CaseOf(place) == "to" && s.Head(place) is { Xpos: "VBN", Relation: "acl" }))
                // "warned that Israel would act with full force": who acts or answers with force is the warner's side.
                && !(s.HeadOf(m) is { } named && named.Relation.StartsWith("nsubj", StringComparison.Ordinal) && s.Head(named) is { } acting && Meets.Contains(s.Lower(acting))
                    && s.Children(acting).Any(c => MetWithForce(s, c)))).ToList();
        // Not the warner's own side, nor its capital ("warned that Beijing will not tolerate …").
        foreach (var target in named.Select(m => m.EntityId).Distinct(StringComparer.Ordinal)
            .Where(t => !threateners.Exists(m => m.EntityId == t || m.EntityId == CapitalMetonymy.StandsFor(t, gazetteer))))
        {
            foreach (var t in threateners)
                yield return new EventDraft(EventType.Threat, sanctions ? "1312" : "130", [new Participant(t.EntityId, ParticipantRoles.Threatener), new Participant(target, ParticipantRoles.Target)], null, warning.Token, 0.65);
        }
    }

    /// <summary>
    /// "… would be met with force", "Israel would act with full force against Hezbollah": force as what something is met
    /// with, or what one acts or answers with, is harm in return.
    /// </summary>
    private static bool MetWithForce(ParsedSentence s, SyntaxWord w) =>
        s.Lower(w) == "force" && s.CaseOf(w) == "with" && s.Head(w) is { Upos: "VERB" } met && Meets.Contains(s.Lower(met));

    /// <summary>English verbs of meeting a deed, acting or answering, which force comes "with".</summary>
    private static readonly HashSet<string> Meets = VerbForms.Set("meet/met/met", "act", "respond", "react", "answer", "retaliate");

    /// <summary>"… would pay a heavy price": a price to be paid is harm in return.</summary>
    private static bool PaysAPrice(ParsedSentence s, SyntaxWord w) =>
        s.Lower(w) == "price" && ParsedSentence.Is(w, "obj") && s.Head(w) is { Upos: "VERB" } pay && Pays.Contains(s.Lower(pay));

    private static readonly HashSet<string> Pays = VerbForms.Set("pay/paid/paid");

    /// <summary>English verbs of harm a warned side is told it will suffer ("would be targeted", "will be hunted down", "will be crushed").</summary>
    private static readonly HashSet<string> Hunted = VerbForms.Set("target", "hunt", "crush", "eliminate", "annihilate", "punish");

    /// <summary>
    /// "… would be legitimate targets", "… would make Germany a party to the conflict": a side to be counted a target or
    /// a party to the war is threatened with force.
    /// </summary>
    private static bool MadeATargetOrAParty(ParsedSentence s, SyntaxWord w) =>
        // "… would be (considered) legitimate targets", "… could be targeted", "… would be hunted down".
        s.Lower(w) is "target" or "targets" && (s.Has(w, "cop") || w.Relation is "obj" or "xcomp" && s.Head(w) is { } deemed && Deems.Contains(s.Lower(deemed)))
        // Not by another's hand ("warned that it could be targeted by Israel" fears a harm).
        || w.Upos == "VERB" && s.Has(w, "aux:pass") && !s.Has(w, "obl:agent") && Hunted.Contains(s.Lower(w))
        || s.Lower(w) is "party" or "participant" or "participants" or "parties" && w.Relation is "xcomp" or "obj" or "root" or "ccomp"
            // The parser may hang the war on the verb that makes the side a party ("would make Germany a participant in the conflict").
            && s.Children(w, "nmod").Concat(s.Children(w, "obl")).Concat(w.Relation is "xcomp" or "obj" && s.Head(w) is { Upos: "VERB" } making ? s.Children(making, "obl") : [])
                .Any(c => s.CaseOf(c) is "to" or "in" && s.Lower(c) is "conflict" or "war" or "hostilities");

    /// <summary>"warned Serbia that it could lose access to funds": a loss the one warned is told it could suffer is harm in return.</summary>
    private static bool LosesAThing(ParsedSentence s, SyntaxWord w) =>
        w.Upos == "VERB" && Loses.Contains(s.Lower(w)) && s.Has(w, "obj") && Clause.Subject(s, w) is { Upos: "PRON" };

    private static readonly HashSet<string> Loses = VerbForms.Set("lose/lost/lost", "forfeit");

    /// <summary>
    /// "warned the Afghan government that Pakistan would take all necessary measures": steps the warner's side will take,
    /// told to the one warned, are harm in return (not steps already taken: "had taken measures").
    /// </summary>
    private static bool TakesSteps(ParsedSentence s, SyntaxWord w) =>
        w.Upos == "VERB" && Lexicon.Take.Contains(s.Lower(w)) && s.Children(w, "obj").Any(o => Lexicon.Countering.Contains(s.Lower(o)))
        && WillDo(s, w);

    /// <summary>"warned that it would not tolerate any attack", "will no longer tolerate rallies": what will be tolerated no more is met with harm.</summary>
    private static bool WillNotTolerate(ParsedSentence s, SyntaxWord w) =>
        w.Upos == "VERB" && Tolerates.Contains(s.Lower(w))
        && s.Children(w, "advmod").Any(a => s.Lower(a) is "not" or "n't" or "never" || s.Lower(a) == "longer" && s.Children(a).Any(n => s.Lower(n) == "no"));

    private static readonly HashSet<string> Tolerates = VerbForms.Set("tolerate");

    /// <summary>
    /// A sanction threatened against someone the sentence does not name ("could impose sanctions against his country"):
    /// its kind alone, when the one warned is named and stands as the target.
    /// </summary>
    private static IEnumerable<EventDraft> Unaimed(ParsedSentence s, SyntaxWord harm, bool warnedNamed)
    {
        if (warnedNamed && Lexicon.Impose.Contains(s.Lower(harm)) && s.Children(harm, "obj").Any(o => Lexicon.SanctionNouns.Contains(s.Lower(o))))
            yield return new EventDraft(EventType.Sanction, "163", [], null, harm.Token, 0.7);
    }

    /// <summary>
    /// Armed force: an actor, a target or both named (annotation guidelines: an attack whose perpetrator is unnamed
    /// or disputed is a military action with no actor). One event per named actor and target.
    /// </summary>
    private IEnumerable<EventDraft> Force(ParsedSentence s, SyntaxWord trigger, string cameo, SyntaxWord? actor, SyntaxWord? target)
    {
        // "attacked Italy's migration policy", "shot down the proposal", "killed the bill", "struck a note of caution",
        // "attacked the deal": what no armed force can strike is struck in words.
        // (A truce is broken by force: "violated the ceasefire".)
        if (target is not null && (Intangibles.Contains(s.Lower(target))
                || Lexicon.AgreementNouns.Contains(s.Lower(target)) && Hits.Contains(s.Lower(trigger))
                || s.Lower(trigger).StartsWith("attack", StringComparison.Ordinal) && s.Lower(target) is "deal" or "deals" or "agreement" or "agreements" or "accord" or "treaty" or "pact")
            || VerbalAttacks.Are(s, trigger))
            yield break;
        // "Pyongyang fired a missile": a capital that is itself the doer stands for its government (annotation guidelines);
        // one struck, or named beside the doer ("fighting in the capital, Mogadishu"), is the city.
        var actors = actor is null ? [] : Actors(Sides.Of(s, actor));
        if (actors.Count == 0 && actor is not null && s.MentionAt(actor) is { Type: EntityType.Location } capital && gazetteer.CapitalOf(capital.EntityId) is not null)
            actors = [capital];
        // "Ukraine's General Staff said its drones hit …": the forces a state's body calls its own are the state's, where the
        // sentence names it.
        if (actor is not null && s.Children(actor, "nmod:poss").Any(o => o.Xpos == "PRP$") && (Lexicon.TroopNouns.Contains(s.Lower(actor)) || IsWeapon(s, actor)))
            actors = [.. actors.Select(m => CountryOfBody(m) is { } state && s.View.Mentions.FirstOrDefault(x => x.EntityId == state) is { } named ? named : m)];
        var struck = target is null ? [] : Sides.Of(s, target);
        var targets = Actors(struck);
        if (ParticipantList.Overlap(actors, targets))
            yield break;
        // "the opposition leader clashed with the prime minister": persons alone who clash or fight quarrel.
        if (Reciprocal.Contains(s.Lower(trigger)) && actors.Count > 0 && actors.TrueForAll(m => m.Type == EntityType.Person))
            yield break;
        // A place struck is where the action was ("Gaza was hit by air strikes"), and so is the place of what was struck
        // ("attacked an army post near Goma"), or the place the deed was near ("attacked army positions near Aleppo").
        var place = Place(s, trigger) ?? (targets.Count == 0 ? struck.FirstOrDefault(m => m.Type == EntityType.Location)?.EntityId : null)
            ?? (target is null ? null : PlaceOfTarget(s, target, targets.Count == 0))
            // "was attacked by gunmen in Darfur": the place the parser hung on the passive's agent; "a car bomb in central
            // Baghdad killed …": the place of the weapon that struck.
            ?? (actor is { Relation: "obl:agent" } || actor is not null && (Lexicon.Explosions.Contains(s.Lower(actor)) || Lexicon.Projectiles.Contains(s.Lower(actor)))
                ? PlaceBeside(s, actor) : null)
            ?? Near(s, trigger);
        // "rebels attacked a post near Goma": fighters the article does not name still fought there (annotation
        // guidelines: an attack whose perpetrator is unnamed is a MilitaryAction with no actor).
        if (actors.Count + targets.Count == 0 && (place is null || !ArmedWithoutAName(s, trigger, actor)))
            yield break;
        foreach (var a in actors.Count == 0 ? [null] : actors.Select(m => (ResolvedMention?)m))
        {
            foreach (var t in targets.Count == 0 ? [null] : targets.Select(m => (ResolvedMention?)m))
            {
                var participants = new List<Participant>();
                if (a is not null)
                    participants.Add(new Participant(a.EntityId, ParticipantRoles.Actor));
                if (t is not null)
                    participants.Add(new Participant(t.EntityId, ParticipantRoles.Target));
                yield return new EventDraft(EventType.MilitaryAction, cameo, participants, place, trigger.Token, 0.7);
            }
        }
    }

    /// <summary>
    /// Force used where no side is named: by fighters ("rebels attacked a post near Goma"), by a weapon ("two drones
    /// struck an oil depot in Tuapse"), or an attack that did harm ("a rocket attack on the Green Zone wounded two
    /// guards", "three guards were killed in a bombing in Kabul", "four people died in an air strike"): not an attack
    /// only named ("condemned the attack on the embassy"), which may be the one a sentence elsewhere tells with its sides.
    /// </summary>
    private static bool ArmedWithoutAName(ParsedSentence s, SyntaxWord trigger, SyntaxWord? actor) =>
        actor is not null ? IsArmedForce(s, actor) || Lexicon.Projectiles.Contains(s.Lower(actor))
            // "a military jet bombed a monastery", not "a plane hit a house" (a crash).
            || ArmedCraft(s, actor)
            // "a roadside bomb killed two soldiers in …", not "an explosion" or "a blast", which may be an accident.
            || Lexicon.Explosions.Contains(s.Lower(actor)) && s.Lower(actor) is not ("explosion" or "explosions" or "blast" or "blasts")
            // "a drone attack hit the pipeline near Bryansk": an attack by a weapon named.
            || Lexicon.AttackNounSet.Contains(s.Lower(actor)) && s.Children(actor).Any(c => c.Relation is "compound" or "amod" && ArmedModifiers.Contains(s.Lower(c)))
            // "A convoy was attacked in Darfur": an armed assault suffered, by no one named.
            : trigger.Upos == "VERB" ? s.Has(trigger, "nsubj:pass") && Assailed.Contains(s.Lower(trigger))
            : trigger.Upos == "NOUN" && s.Head(trigger) is { Upos: "VERB" } harm
                && (trigger.Relation == "nsubj" && Lexicon.Force.ContainsKey(s.Lower(harm))
                    || trigger.Relation == "obl" && s.CaseOf(trigger) == "in" && (Lexicon.Force.ContainsKey(s.Lower(harm)) || Perishes.Contains(s.Lower(harm)))
                        && !ToldBefore(s, trigger));

    /// <summary>One aircraft the words before it arm: "a military jet", "a fighter jet", "an army helicopter", "a Russian warplane".</summary>
    private static bool ArmedCraft(ParsedSentence s, SyntaxWord w) =>
        s.Lower(w) is "jet" or "helicopter" or "plane" or "warplane" or "bomber" or "aircraft"
        && s.Children(w).Any(c => c.Relation is "amod" or "compound" && (s.Lower(c) is "military" or "fighter" or "army" or "attack" or "combat" or "air" or "navy" or "naval"
            || s.MentionAt(c) is { Type: EntityType.Country or EntityType.Organization }));

    /// <summary>
    /// "killed in the attack": an attack named as one the reader knows, told where it was first named (with its sides,
    /// if any), unless the phrase places it ("in the bombing in Kabul").
    /// </summary>
    private static bool ToldBefore(ParsedSentence s, SyntaxWord attack) =>
        s.Children(attack, "det").Any(d => s.Lower(d) is "the" or "this" or "that")
        && !s.Children(attack).Any(c => ParsedSentence.Is(c, "nmod") && s.CaseOf(c) is "in" or "at" or "on" or "near");

    /// <summary>English verbs of dying, by which an attack that killed is told from the side of its dead.</summary>
    private static readonly HashSet<string> Perishes = VerbForms.Set("die/died/dying", "perish");

    private static readonly HashSet<string> Exchanges = VerbForms.Set("exchange", "trade");

    /// <summary>Meals and receptions a host gives for a guest.</summary>
    private static readonly HashSet<string> Meals = new(StringComparer.Ordinal)
    {
        "dinner", "lunch", "luncheon", "banquet", "breakfast", "reception", "feast", "gala",
    };

    /// <summary>Whom "in honour of" names on the word.</summary>
    private static SyntaxWord? Honoured(ParsedSentence s, SyntaxWord word) =>
        s.Children(word).Where(c => (ParsedSentence.Is(c, "obl") || ParsedSentence.Is(c, "nmod")) && s.Lower(c) is "honour" or "honor" && s.CaseOf(c) == "in")
            .Select(c => Clause.Oblique(s, c, "of")).FirstOrDefault(g => g is not null);

    /// <summary>English verbs of taking or holding a call.</summary>
    private static readonly HashSet<string> CallHolders = VerbForms.Set("receive", "take/took/taken/taking", "hold/held", "have/had/having", "make/made/making");

    /// <summary>English verbs of giving a welcome.</summary>
    private static readonly HashSet<string> Accords = VerbForms.Set("give/gave/given", "accord", "extend", "offer");

    /// <summary>What two sides exchange when they fight.</summary>
    private static readonly HashSet<string> Exchanged = new(StringComparer.Ordinal) { "fire", "gunfire", "shots", "shelling", "strikes", "salvos" };

    /// <summary>An exchange of fire: one armed action by each side at the other, the sides its subject and whoever "with" names.</summary>
    private IEnumerable<EventDraft> Exchange(ParsedSentence s, SyntaxWord fire, SyntaxWord exchanging) =>
        Mutual(s, fire, exchanging, EventType.MilitaryAction, "190", ParticipantRoles.Actor, ParticipantRoles.Target);

    /// <summary>Something two sides exchange (fire, accusations): one event of each at the other, the sides the subject and whoever "with" names.</summary>
    private IEnumerable<EventDraft> Mutual(ParsedSentence s, SyntaxWord exchanged, SyntaxWord exchanging, EventType type, string cameo, string doerRole, string otherRole)
    {
        // "Kyiv and Moscow exchanged accusations": capitals speak for their governments (a clash with a capital is no fight).
        Func<IEnumerable<ResolvedMention>, List<ResolvedMention>> named = type == EventType.MilitaryAction ? Actors : Voices;
        var sides = Clause.Doer(s, exchanging) is { } doer ? named(Sides.Of(s, doer)) : [];
        if ((Clause.Oblique(s, exchanging, "with") ?? Clause.Oblique(s, exchanged, "with")) is { } other)
            sides.AddRange(named(Sides.Of(s, other)));
        sides = [.. sides.DistinctBy(m => m.EntityId)];
        var place = Place(s, exchanging) ?? (type == EventType.MilitaryAction ? Near(s, exchanging) : null);
        return sides.Count != 2 ? [] : EachAgainstEach(sides, type, cameo, doerRole, otherRole, place, exchanged.Token, 0.7);
    }

    /// <summary>
    /// "attacked army positions near Aleppo", "clashed near the temple", "shot down drones over the Kursk region", "fired
    /// on a destroyer off Crimea", "struck targets across southern Lebanon": fighting near, over or off a place was there.
    /// </summary>
    private string? Near(ParsedSentence s, SyntaxWord trigger) =>
        Clause.Oblique(s, trigger, ForcePlaceCases) is { } near && !JoinsACompanion(s, near) ? PlaceNamed(s, near) : null;

    /// <summary>"along with the island of Bonaire": a preposition of two words that joins a companion, names no place.</summary>
    private static bool JoinsACompanion(ParsedSentence s, SyntaxWord phrase) =>
        s.Children(phrase).Any(c => c.Relation == "case" && s.Children(c, "fixed").Any());

    /// <summary>English prepositions of where force was used besides "in" and "at".</summary>
    private static readonly string[] ForcePlaceCases = ["near", "outside", "over", "off", "across", "along", "around"];

    /// <summary>
    /// A site, position, store or ship of an armed side ("Hezbollah targets", "militant bases", "a Russian warship"), not
    /// a goal ("its growth targets", "emission targets").
    /// </summary>
    private static bool IsArmedSidesAsset(ParsedSentence s, SyntaxWord w) =>
        (MilitaryTargets.Contains(s.Lower(w)) || Vessels.Contains(s.Lower(w)))
        && !s.Children(w).Any(c => c.Xpos is "PRP$" || c.Relation == "compound" && c.Upos == "NOUN" && s.Lower(w) is "targets" or "target");

    /// <summary>
    /// The sides "between" names for a fight: on the noun, or on the verb it is the subject of ("clashes erupted between
    /// …"; "clashes between X and Y killed four", with "between" read as the verb's, before it).
    /// </summary>
    private static SyntaxWord? Between(ParsedSentence s, SyntaxWord fight) =>
        Clause.Oblique(s, fight, "between")
        ?? (ParsedSentence.Is(fight, "nsubj") && s.Head(fight) is { Upos: "VERB" } verb && Clause.Oblique(s, verb, "between") is { } between
            && (!s.Has(verb, "obj") || between.Index < verb.Index) ? between : null);

    /// <summary>A fight between named sides: one armed action by each side against each other side (CAMEO 190).</summary>
    private IEnumerable<EventDraft> Fight(ParsedSentence s, SyntaxWord fight, SyntaxWord between)
    {
        var sides = Actors(Sides.Of(s, between)).DistinctBy(m => m.EntityId).ToList();
        return sides.Count < 2 ? [] : EachAgainstEach(sides, EventType.MilitaryAction, "190", ParticipantRoles.Actor, ParticipantRoles.Target, Place(s, fight) ?? (s.Head(fight) is { } verb ? Place(s, verb) : null) ?? Near(s, fight), fight.Token, 0.7);
    }

    /// <summary>
    /// Where what an armed action struck or took is: the place itself ("took control of Avdiivka"), where it stands
    /// ("a post near Goma"), or the place a noun of ground names ("the town of Bunia").
    /// </summary>
    private string? PlaceOfTarget(ParsedSentence s, SyntaxWord target, bool noActorStruck)
    {
        if (noActorStruck && s.MentionAt(target) is { Type: EntityType.Location })
            return PlaceNamed(s, target);
        // "the town of Rubaya in eastern Congo": the town's own name is the nearer place.
        if (Grounds.Contains(s.Lower(target)) && Clause.Oblique(s, target, "of") is { } ground)
            return PlaceNamed(s, ground);
        // "killed four officers in a roadside bombing in Garissa county": the first phrase that names a place; "attacked a
        // convoy of aid trucks in Darfur": or one on what the target is made of.
        return PlaceBeside(s, target) ?? s.Children(target).Where(c => ParsedSentence.Is(c, "nmod") && s.CaseOf(c) == "of").Select(c => PlaceBeside(s, c)).FirstOrDefault(p => p is not null);
    }

    /// <summary>
    /// The place the first "in", "at", "near", "outside", "over", "off", "across", "along" or "around" phrase on the word
    /// names, or null ("a camp outside El Fasher", "drones over the Kursk region").
    /// </summary>
    private string? PlaceBeside(ParsedSentence s, SyntaxWord word)
    {
        foreach (var c in s.Children(word))
        {
            if ((ParsedSentence.Is(c, "nmod") || ParsedSentence.Is(c, "obl")) && (s.CaseOf(c) is "in" or "at" || Array.IndexOf(ForcePlaceCases, s.CaseOf(c)) >= 0)
                && !JoinsACompanion(s, c) && PlaceNamed(s, c) is { } place)
                return place;
        }

        return null;
    }

    /// <summary>
    /// Named actors, and national capitals, which speak and deal for their governments (annotation guidelines: "Lima
    /// said", "talks with Canberra"; <see cref="CapitalMetonymy"/> makes them the country). Other places take part
    /// in events only as their place.
    /// </summary>
    private List<ResolvedMention> Voices(IEnumerable<ResolvedMention> mentions) =>
        [.. mentions.Where(m => m.Type != EntityType.Location || gazetteer.CapitalOf(m.EntityId) is not null)];

    /// <summary>Named actors only: places take part in events only as their place (a strike on a capital hits the city).</summary>
    /// <summary>The mention is the subject of a verb in what is warned of, other than one of paying a price.</summary>
    private static bool DoesTheHarm(ParsedSentence s, ResolvedMention m) =>
        s.HeadOf(m) is { } w && w.Relation.StartsWith("nsubj", StringComparison.Ordinal) && s.Head(w) is { } verb && !Pays.Contains(s.Lower(verb));

    private static List<ResolvedMention> Actors(IEnumerable<ResolvedMention> mentions) =>
        [.. mentions.Where(m => m.Type != EntityType.Location)];

    /// <summary>
    /// Where the event took place: a place named by an "in" or "at" oblique, or "the Xian capital" / "X's capital"
    /// / "the capital of X" for the national capital of the country the sentence names there.
    /// </summary>
    public string? Place(ParsedSentence s, SyntaxWord trigger)
    {
        // An event noun's place may hang from the verb that holds it ("held talks ... in Lima"), or from the span of time
        // or the round it is counted in ("held a new round of negotiations in Baghdad").
        // "lashed out at Washington", "took aim at Manila": the one aimed at, not a place.
        var at = s.Children(trigger).Any(c => c.Relation == "compound:prt" && s.Lower(c) == "out" && Lexicon.LashOut.Contains(s.Lower(trigger))
                || ParsedSentence.Is(c, "obj") && s.Lower(c) == "aim")
            ? Clause.Oblique(s, trigger, "in")
            : Clause.Oblique(s, trigger, "in", "at");
        var counted = trigger.Upos == "NOUN" && ParsedSentence.Is(trigger, "nmod") && s.CaseOf(trigger) == "of" && s.Head(trigger) is { Upos: "NOUN" } span
            && Clause.Durations.Contains(s.Lower(span)) ? span : trigger;
        if (at is null && counted != trigger)
            at = Clause.Oblique(s, counted, "in", "at");
        // "the talks, hosted by Saudi Arabia in Jeddah, ended in December": where a participle describing the event puts
        // it (the parser may hang the place on the participle's agent), before what the clause holding it says.
        if (at is null && trigger.Upos == "NOUN")
            at = s.Children(trigger, "acl").Where(a => a.Xpos == "VBN").SelectMany(a => s.Children(a, "obl:agent").Prepend(a))
                .Select(a => Clause.Oblique(s, a, "in", "at")).FirstOrDefault(o => o is not null);
        if (at is null && trigger.Upos == "NOUN" && s.Head(counted) is { Upos: "VERB" } verb)
            at = Clause.Oblique(s, verb, "in", "at");
        // "flew to Lima for talks with X", "departed for Moscow for talks": talks a journey was for are held where it went.
        if (at is null && trigger.Upos == "NOUN" && s.CaseOf(trigger) == "for" && s.Head(trigger) is { Upos: "VERB" } journey
            && (Departs.Contains(s.Lower(journey)) || Lexicon.Visit.Contains(s.Lower(journey))))
            at = Clause.Oblique(s, journey, "to") ?? s.Children(journey).FirstOrDefault(o => (ParsedSentence.Is(o, "obj") || o != trigger && ParsedSentence.Is(o, "obl") && s.CaseOf(o) == "for")
                && s.MentionAt(o) is { Type: EntityType.Location or EntityType.Country });
        // "welcomed the Syrian president to Riyadh": where a guest is welcomed to is where they met.
        if (at is null && trigger.Upos == "VERB" && Lexicon.ReceiveVisitor.Contains(s.Lower(trigger)))
            at = Clause.Oblique(s, trigger, "to") ?? s.Children(trigger, "obj").Select(o => Clause.Oblique(s, o, "to")).FirstOrDefault(o => o is not null);
        at ??= PlaceOfTheMet(s, trigger);
        // "During his stay in Hanoi, the leader met …", "on a visit to Lima": where the stay or the visit was.
        if (at is null && s.Children(trigger).FirstOrDefault(c => ParsedSentence.Is(c, "obl") && s.CaseOf(c) is "during" or "on"
                && (Lexicon.VisitNouns.Contains(s.Lower(c)) || s.Lower(c) is "stay" or "stopover")) is { } stay)
            at = Clause.Oblique(s, stay, "in", "to", "at");
        // "A bomb exploded in Mosul, killing three soldiers": a participle's deed without a subject of its own is where the
        // clause it adjoins happened (not a saying: "reported gains in Swat, saying …" was not said in Swat).
        if (at is null && trigger is { Upos: "VERB", Xpos: "VBG" } && ParsedSentence.Is(trigger, "advcl") && Clause.Subject(s, trigger) is null
            && !Lexicon.Say.Contains(s.Lower(trigger)) && s.Head(trigger) is { Upos: "VERB" } adjoined)
            at = Clause.Oblique(s, adjoined, "in", "at");
        // "an air strike on a school in Gaza (killed …)": an attack is where what it hit is, and so is what it did.
        if (at is null && trigger.Upos == "VERB" && Clause.Subject(s, trigger) is { Upos: "NOUN" } attack && Lexicon.AttackNounSet.Contains(s.Lower(attack)))
            return Place(s, attack);
        if (at is null && trigger.Upos == "NOUN" && Lexicon.AttackNounSet.Contains(s.Lower(trigger)) && Clause.Oblique(s, trigger, "on", "against") is { } hit)
            at = Clause.Oblique(s, hit, "in", "at");
        // "The Alaska summit between A and B", "the Geneva talks": a place named before a meeting's noun is where it was.
        if (at is null && trigger.Upos == "NOUN" && MeetingNouns.Contains(s.Lower(trigger)))
            at = s.Children(trigger, "compound").FirstOrDefault(c => c.Index < trigger.Index && s.MentionAt(c) is { Type: EntityType.Location });
        // "travelled to Abuja, where he met Tinubu": the place a "where" clause describes, named just before it.
        var clause = trigger.Upos == "NOUN" && s.Head(trigger) is { Upos: "VERB" } holder ? holder : trigger;
        at ??= DescribedPlace(s, clause);
        // "X arrived in Cairo on Friday. There he met Y": "there" is where the event told just before took place.
        if (at is null && s.PlaceBefore is { } before && s.Children(clause).Any(c => c.Relation is "advmod" or "expl" && s.Lower(c) == "there"))
            return before;
        // "NEW DELHI: … arrived here on Monday", "GENEVA — talks held here": "here" is where the story is datelined.
        if (at is null && s.DatelinePlace is { } datelined && s.Children(clause).Any(c => c.Relation == "advmod" && s.Lower(c) == "here"))
            return datelined;
        return at is null ? null : PlaceNamed(s, at);
    }

    /// <summary>
    /// Whether a talk is told where it was held: a place, a gathering or its sidelines after "in", "at", "on" or "during",
    /// on the verb or on whom it was with.
    /// </summary>
    private static bool InPerson(ParsedSentence s, SyntaxWord verb, List<SyntaxWord> with) =>
        s.Children(verb).Concat(with.SelectMany(s.Children)).Any(c => (ParsedSentence.Is(c, "obl") || ParsedSentence.Is(c, "nmod"))
            && s.CaseOf(c) is "in" or "at" or "on" or "during"
            && (s.MentionAt(c) is { Type: EntityType.Location or EntityType.Country } || s.Lower(c) == "sidelines" || MeetingNouns.Contains(s.Lower(c))));

    /// <summary>
    /// "met Ana Ruiz in Santiago" with the place hung on the person met (or on the title before the name: "received
    /// Secretary of State X in Amman"), or on the one the meeting was with or by ("was received by President X in
    /// Lima", "held talks with X in Beijing"): a person is not "in" a place as a description, the meeting is. Else "met
    /// X on the sidelines of the G20 summit in Rio", "met at a summit in Rio": a meeting held at a gathering is where the
    /// gathering is.
    /// </summary>
    private static SyntaxWord? PlaceOfTheMet(ParsedSentence s, SyntaxWord trigger)
    {
        foreach (var o in s.Children(trigger))
        {
            // "met X at State House in Nairobi", "paid a courtesy call on X in Lahore": the place named among the person's.
            if ((o.Relation is "obj" or "obl:agent" || (ParsedSentence.Is(o, "obl") || ParsedSentence.Is(o, "nmod")) && s.CaseOf(o) is "with" or "by" or "on" or "to")
                && (s.MentionAt(o) is { Type: EntityType.Person } || s.Children(o, "appos").Any(a => s.MentionAt(a) is { Type: EntityType.Person })
                    || s.CaseOf(o) is "on" or "to" && Sides.Of(s, o).Exists(m => m.Type == EntityType.Person)
                    // "held a dialogue with his Japanese counterpart in Tokyo": a counterpart is a person too.
                    || s.CaseOf(o) == "with" && s.Lower(o) is "counterpart" or "counterparts"
                    // "met Armenian ministers in Tbilisi": the people met, described by whose they are.
                    || o.Relation == "obj" && s.MentionAt(o) is null && Words.AgentNouns.Contains(s.Lower(o)) && (Lexicon.Meet.Contains(s.Lower(trigger)) || Lexicon.ReceiveVisitor.Contains(s.Lower(trigger)))
                        && Sides.Of(s, o).Count > 0)
                && (s.Children(o).Concat(s.Children(o, "appos").SelectMany(s.Children)).FirstOrDefault(c => (ParsedSentence.Is(c, "obl") || ParsedSentence.Is(c, "nmod"))
                    && s.CaseOf(c) is "in" or "at" && (OwnName(s, c) ?? c) is var named && s.MentionAt(named) is { Type: EntityType.Location or EntityType.Country }) ?? Clause.Oblique(s, o, "in", "at")) is { } met)
                return met;
            // "hosted Hamas negotiators in Cairo": guests are received where the host is; "hosted a dinner for NATO leaders in
            // Ankara": and the guests of a meal given are where it was given.
            if (o.Relation == "obj" && (Meals.Contains(s.Lower(o)) ? Clause.Oblique(s, o, "for") : Lexicon.ReceiveVisitor.Contains(s.Lower(trigger)) ? o : null) is { } guests
                && Clause.Oblique(s, guests, "in", "at") is { } received)
                return received;
        }

        foreach (var o in s.Children(trigger))
        {
            if (ParsedSentence.Is(o, "obl") && (s.Lower(o) == "sidelines" ? Clause.Oblique(s, o, "of") : o) is { } gathering
                && MeetingNouns.Contains(s.Lower(gathering)) && Clause.Oblique(s, gathering, "in") is { } gathered)
                return gathered;
        }

        return null;
    }

    /// <summary>
    /// The place a "where" clause opens on: the last place named before its comma, past a day or other words of the
    /// same clause ("flew to Ankara on Tuesday, where he held talks"), not beyond a verb.
    /// </summary>
    private static SyntaxWord? DescribedPlace(ParsedSentence s, SyntaxWord clause)
    {
        SyntaxWord? where = null;
        foreach (var a in s.Children(clause, "advmod"))
        {
            if (a.Index < clause.Index && s.Lower(a) == "where")
                where = a;
        }

        if (where is not { Index: >= 2 } || s.Parse.Words[where.Index - 1].Form != ",")
            return null;
        for (var k = where.Index - 2; k >= 0 && k >= where.Index - 8; k--)
        {
            var w = s.Parse.Words[k];
            if (w.Upos is "VERB" or "AUX" || w.Form is "," or ";")
                return null;
            // A demonym describes someone ("hosted his Ugandan counterpart at State House, where …"): no place.
            if (s.MentionAt(w) is { Type: EntityType.Location or EntityType.Country } && w.Upos != "ADJ" && !ParsedSentence.Is(w, "amod"))
                return w;
        }

        return null;
    }

    /// <summary>
    /// The name an unnamed noun of a place gives itself: after "of" ("in the Amazon city of Belem", "the Black Sea
    /// resort of Sochi", "the Afghan capital of Kabul") or before it ("near the Preah Vihear temple", "in Helmand
    /// province"); not "a trip to the Beijing Olympics". "The capital of Kenya" names a country, whose capital it is.
    /// </summary>
    private static SyntaxWord? OwnName(ParsedSentence s, SyntaxWord at)
    {
        if (s.MentionAt(at) is not null || !IsPlaceNoun(s.Lower(at)) && s.Lower(at) != "capital")
            return null;
        // "the town of X", "X city", "the capital Nairobi" / "the capital, Nairobi".
        return Clause.Oblique(s, at, "of") is { } of && s.MentionAt(of) is { Type: EntityType.Location } ? of
            : s.Children(at, "compound").LastOrDefault(c => s.MentionAt(c) is { Type: EntityType.Location })
            ?? s.Children(at, "appos").FirstOrDefault(c => s.MentionAt(c) is { Type: EntityType.Location });
    }

    /// <summary>English nouns of the edges, waters and skies of a place ("off the coast of Yemen", "the outskirts of Tripoli").</summary>
    private static readonly HashSet<string> Edges = new(StringComparer.Ordinal)
    {
        "coast", "coastline", "coasts", "shores", "waters", "outskirts", "skies", "airspace",
    };

    /// <summary>A noun of an area, a place or a site ("province", "camp", "temple").</summary>
    private static bool IsPlaceNoun(string lower) =>
        Grounds.Contains(lower) || WordLists.LocationNouns.Contains(lower) || WordLists.SiteNouns.Contains(lower)
        || WordLists.LocationHeads.Contains(SentenceShape.TitleCase(lower));

    /// <summary>
    /// The place entity a word names: a place or a country mentioned, "the capital" of a country named beside it, or
    /// the place of what it names ("in a raid in Kashmir", "at a market in Mogadishu").
    /// </summary>
    private string? PlaceNamed(ParsedSentence s, SyntaxWord at)
    {
        // "at a military post near the town of X": an unnamed place is where the place it is in or near is, unless it
        // names itself.
        if (OwnName(s, at) is { } own)
            at = own;
        else if (s.MentionAt(at) is null && Edges.Contains(s.Lower(at)) && Clause.Oblique(s, at, "of") is { } edged && s.MentionAt(edged) is { Type: EntityType.Location or EntityType.Country })
            at = edged;
        // "in an attack on a military post in the Savanes region": an attack is where what it hit is.
        else if (s.MentionAt(at) is null && Lexicon.AttackNounSet.Contains(s.Lower(at)) && Clause.Oblique(s, at, "on", "against") is { } hit
                 && (OwnName(s, hit) ?? Clause.Oblique(s, hit, "in", "at", "near", "outside")) is { } hitAt)
            at = OwnName(s, hitAt) ?? hitAt;
        else if (s.MentionAt(at) is null && s.Lower(at) != "capital" && Clause.Oblique(s, at, "in", "at", "near", "outside") is { } within)
            at = OwnName(s, within) ?? within;
        // "held talks in Oman": a country named as where something took place is its place (as the gold writes it).
        if (s.MentionAt(at) is { } named)
            return named.Type is EntityType.Location or EntityType.Country ? named.EntityId : null;
        if (s.Lower(at) != "capital")
            return null;
        var country = s.Children(at).Select(s.MentionAt).FirstOrDefault(m => m is { Type: EntityType.Country });
        if (country is not null)
            return EntityIds.CountryIso2(country.EntityId) is { } iso2 && gazetteer.Capital(iso2) is { } capital ? capital.EntityId : null;
        // "ADDIS ABABA — … met X in the capital": a capital of no country named is the one the story is datelined from.
        return s.Children(at).Any(c => c.Relation is "amod" or "nmod" or "nmod:poss" or "compound") || s.DatelinePlace is not { } datelined
            || gazetteer.CapitalOf(datelined) is null ? null : datelined;
    }
}
