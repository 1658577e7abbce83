using static Graph.Extraction.Events.VerbForms;

namespace Graph.Extraction.Events;

/// <summary>
/// Trigger words of the event rules, grouped by what they mean (after the CAMEO verb dictionary's synonym sets).
/// Verbs are listed as lemmas and inflected; forms that are mostly nouns ("claims", "visits") are left out where
/// the rule reading them would misfire.
/// </summary>
internal static class Lexicon
{
    private static HashSet<string> W(params string[] words) => new(words, StringComparer.Ordinal);

    private static HashSet<string> Union(params IEnumerable<string>[] parts)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var part in parts)
            set.UnionWith(part);
        return set;
    }

    // --- speech (Statement, CAMEO 01/02/05/10/12) ---

    /// <summary>Verbs of saying (CAMEO 010).</summary>
    public static readonly HashSet<string> Say = Union(
        Set("say/said", "tell/told", "ask", "argue", "vow", "reiterate", "insist", "announce", "declare", "confirm", "explain",
            "emphasize", "emphasise", "acknowledge", "warn", "contend", "assert", "predict", "tweet", "underline", "caution", "disclose",
            "affirm", "reaffirm"),
        W("added", "adds", "repeated", "stressed", "stresses", "noted", "notes", "stated", "claimed", "commented",
            "remarked", "wrote", "writes", "responded", "replied", "observed", "recalled", "complained", "protested", "admitted", "briefed"));

    /// <summary>Appeals (CAMEO 020): "urged X to", "appealed to X".</summary>
    public static readonly HashSet<string> Appeal = Union(Set("urge", "plead"), W("appealed", "appeals"));

    /// <summary>Demands (CAMEO 100).</summary>
    public static readonly HashSet<string> Demand = W("demanded", "demanding", "demand");

    /// <summary>Praise (CAMEO 051).</summary>
    public static readonly HashSet<string> Praise = Union(Set("praise", "commend", "applaud", "thank", "congratulate", "felicitate"), W("hailed", "welcomed"));

    /// <summary>Criticism with the particle "out at" (CAMEO 111: the verb dictionary's LASH_OUT; "hit out at" its synonym in English news).</summary>
    public static readonly HashSet<string> LashOut = Set("lash", "hit/hit/hitting");

    /// <summary>Criticism (CAMEO 111): an Accusation when its target is named, else a Statement.</summary>
    public static readonly HashSet<string> Criticize = Union(
        Set("criticize", "criticise", "condemn", "denounce", "deplore", "rebuke", "castigate", "censure", "decry", "slam/slammed/slamming", "lambaste"),
        W("blasted"));

    /// <summary>Rejection of a proposal or request (CAMEO 12): a Statement by the one who rejects.</summary>
    public static readonly HashSet<string> Reject = Union(Set("reject", "dismiss", "rebuff", "veto/vetoed/vetoes", "spurn"), W("turned"));

    /// <summary>What can be rejected as a proposal (CAMEO 12), as opposed to a claim (a Denial).</summary>
    public static readonly HashSet<string> ProposalNouns = W(
        "proposal", "proposals", "request", "requests", "offer", "offers", "demand", "demands", "call", "calls", "appeal",
        "appeals", "plan", "plans", "ultimatum", "invitation", "resolution", "idea", "initiative", "bid", "deal", "terms",
        "conditions", "mediation", "suggestion", "peace", "ceasefire", "cease-fire", "truce", "draft", "request", "pressure",
        // What others said or decided, rejected as one rejects a proposal: "rejected the warning as interference".
        "warning", "warnings", "threat", "threats", "criticism", "remarks", "comments", "sanctions", "ruling", "verdict",
        "measures", "decision", "decisions", "move", "tariffs", "restrictions", "ban", "embargo", "results", "findings",
        // Of a plan put forward: "the peace formula", "a US framework", "the nomination of an envoy".
        "formula", "framework", "nomination", "nominee", "candidacy", "application");

    /// <summary>"refused to", "declined to" (CAMEO 12): a Statement of refusal.</summary>
    public static readonly HashSet<string> Refuse = Union(Set("refuse", "decline"));

    /// <summary>Claims that a denial answers: rejecting one of these is a Denial.</summary>
    public static readonly HashSet<string> ClaimNouns = W(
        "claim", "claims", "allegation", "allegations", "accusation", "accusations", "charge", "charges", "report",
        "reports", "suggestion", "suggestions", "assertion", "assertions", "speculation", "rumors", "rumours");

    // --- Denial (CAMEO 016) ---

    public static readonly HashSet<string> Deny = Set("deny/denied");

    /// <summary>English nouns of those who search and arrest, not fight ("police raided the offices of X").</summary>
    public static readonly HashSet<string> Searchers = W("police", "policemen", "officers", "agents", "inspectors", "investigators", "prosecutors", "detectives");

    /// <summary>
    /// English nouns of what is granted or refused, not claimed ("denied visas to", "denied a request", "denied bail"):
    /// denying them refuses, it denies no allegation.
    /// </summary>
    public static readonly HashSet<string> Granted = W(
        "request", "requests", "visa", "visas", "permission", "access", "bail", "application", "applications", "asylum", "licence",
        "licences", "license", "licenses", "clearance", "permit", "permits", "passage", "appeal", "appeals", "petition", "petitions");

    public static readonly HashSet<string> DenyClaim = Union(Set("reject", "dismiss", "refute", "rebuff"));

    /// <summary>A verb of denying or of rejecting a claim.</summary>
    public static bool Denies(string word) => Deny.Contains(word) || DenyClaim.Contains(word);

    // --- Accusation (CAMEO 112) ---

    public static readonly HashSet<string> Accuse = Set("accuse", "blame");

    /// <summary>"charged X with …" (CAMEO 112).</summary>
    public static readonly HashSet<string> Charge = W("charged", "charges", "charging", "charge");

    /// <summary>"sued X" (CAMEO 115, bring lawsuit against).</summary>
    public static readonly HashSet<string> Sue = Set("sue");

    /// <summary>"lodged a protest / complaint with X" (CAMEO 114, complain officially).</summary>
    public static readonly HashSet<string> Lodge = Union(Set("lodge", "file", "submit/submitted/submitting"), W("made", "sent", "issued"));

    public static readonly HashSet<string> ComplaintNouns = W("protest", "protests", "complaint", "complaints");

    // --- Offer (CAMEO 033 intent / 07 provide aid) ---

    /// <summary>Promising aid (CAMEO 033).</summary>
    public static readonly HashSet<string> Pledge = Set("offer", "pledge", "promise", "commit/committed/committing");

    /// <summary>Giving aid (CAMEO 07).</summary>
    public static readonly HashSet<string> Give = Union(
        Set("send/sent", "provide", "give/gave/given", "deliver", "donate", "supply", "grant", "ship/shipped/shipping",
            "contribute", "extend", "airlift", "dispatch", "despatch", "transfer/transferred/transferring", "lend/lent/lent",
            "airdrop/airdropped/airdropping", "distribute", "fly/flew/flown"),
        W("handed"));

    /// <summary>What aid is: one of these in the object makes giving an Offer.</summary>
    public static readonly HashSet<string> AidNouns = W(
        "aid", "assistance", "weapons", "weaponry", "arms", "munitions", "ammunition", "missiles", "equipment", "money",
        "dollars", "euros", "funds", "funding", "loan", "loans", "grant", "grants", "credit", "credits", "food", "medicine",
        "medicines", "supplies", "vaccines", "vaccine", "relief", "asylum", "peacekeepers", "shelter", "tents", "blankets", "disbursement", "tranche",
        "fuel", "grain", "rice", "wheat", "flour", "maize", "rations", "goods", "donations", "howitzers", "drones", "tanks", "jets",
        "rifles", "troops", "bailout", "bailouts", "batteries", "launchers", "artillery", "vehicles", "ambulances", "generators",
        "interceptors", "rockets", "shells", "bombs", "mortars", "grenades", "warheads",
        "parcels", "cargo", "kits", "meals", "fertiliser", "fertilizer", "seeds", "contribution", "contributions", "donation",
        // Currencies given as money (English names of currencies, beside "dollars" and "euros").
        "pounds", "yen", "yuan", "rupees", "francs", "roubles", "rubles", "riyals", "dirhams", "shillings", "pesos", "lira", "kroner", "kronor");

    /// <summary>"support" is aid only with one of these before it ("munitions support"), not "support for a plan".</summary>
    public static readonly HashSet<string> SupportQualifiers = W(
        "munitions", "military", "financial", "economic", "humanitarian", "material", "logistical", "logistic", "air",
        "naval", "defense", "defence", "budget", "budgetary", "medical", "technical", "weapons", "arms");

    // --- Sanction (CAMEO 16) ---

    public static readonly HashSet<string> SanctionVerb = W("sanctioned", "sanctioning", "sanction", "blacklisted", "boycotted", "boycotting", "boycott", "embargoed");

    public static readonly HashSet<string> Impose = Union(
        Set("impose", "slap/slapped/slapping", "levy/levied", "announce", "approve", "adopt", "tighten", "expand", "introduce", "renew", "prolong",
            "unveil", "enact", "reimpose", "order", "toughen", "broaden", "raise", "hike/hiked/hiking", "increase", "double", "triple"),
        W("extended", "extends"));

    public static readonly HashSet<string> SanctionNouns = W(
        "sanctions", "sanction", "embargo", "embargoes", "penalties", "tariffs", "tariff", "levies", "boycott", "boycotts", "duties",
        "surtax", "surtaxes");

    /// <summary>What a freeze is a sanction on ("froze the assets of X", "asset freezes").</summary>
    public static readonly HashSet<string> Assets = W("assets", "asset", "accounts", "funds", "reserves", "property", "properties");

    public static readonly HashSet<string> Freeze = W("froze", "freeze", "freezes", "freezing", "frozen", "seized", "seize", "seizes", "confiscated");

    public static readonly HashSet<string> Expel = Set("expel/expelled/expelling/expels", "oust", "kick/kicked");

    /// <summary>Withdrawing observers, peacekeepers, aid workers (CAMEO 166x) or an ambassador (161).</summary>
    public static readonly HashSet<string> Withdraw = Union(Set("withdraw/withdrew/withdrawn", "pull", "recall", "evacuate"));

    public static readonly HashSet<string> Cut = Union(
        Set("sever", "suspend", "halt", "downgrade", "freeze/froze/frozen/freezing", "withhold/withheld", "end", "cancel", "reduce", "stop/stopped/stopping"),
        W("broke", "break", "breaks", "breaking", "broken", "cut", "cuts", "cutting", "called"));

    public static readonly HashSet<string> RelationsNouns = W("relations", "ties", "contacts", "links");

    public static readonly HashSet<string> TalksNouns = W("talks", "negotiations", "dialogue", "mediation");

    // --- Threat (CAMEO 13) ---

    public static readonly HashSet<string> Threaten = W("threatened", "threatens", "threaten", "threatening");

    /// <summary>Verbs of threatening and warning (CAMEO 13) whose complement says what is threatened.</summary>
    public static readonly HashSet<string> Warn = new(Threaten.Concat(VerbForms.Set("warn")), StringComparer.Ordinal);

    /// <summary>After "warned of": what makes a warning a threat.</summary>
    public static readonly HashSet<string> ThreatNouns = W(
        "consequences", "retaliation", "reprisals", "response", "action", "measures", "sanctions", "war", "attack",
        "attacks", "force", "strikes", "punishment", "costs", "countermeasures", "retribution");

    /// <summary>Nouns that, followed by "if" or "unless", make a conditional threat ("response measures if X attacks").</summary>
    public static readonly HashSet<string> ConditionalThreatNouns = W(
        "consequences", "retaliation", "reprisals", "response", "measures", "countermeasures", "costs", "punishment",
        "retribution");

    /// <summary>
    /// Nouns of a medium of speech: "in a statement, X called …" reports X's words whatever the verb; "released a video
    /// denying …" denies for whoever released it.
    /// </summary>
    public static readonly HashSet<string> Media = W(
        "statement", "interview", "speech", "address", "communique", "communiqué", "post", "tweet", "message", "letter", "briefing", "remarks",
        "video", "recording");

    /// <summary>Bringing a suit before a court ("brought a case against", "launched a WTO case against").</summary>
    public static readonly HashSet<string> Brings = Set("bring/brought", "launch");

    /// <summary>English nouns of a suit before a court, and of one before a trade body ("lodged a WTO dispute against").</summary>
    public static readonly HashSet<string> Lawsuits = W("case", "lawsuit", "suit", "cases", "lawsuits", "dispute", "disputes");

    /// <summary>
    /// Nouns of a message whose content a "that" clause gives ("issued a stern reminder that …", "sent a message that …"):
    /// the media nouns and the English nouns of telling and reminding.
    /// </summary>
    public static readonly HashSet<string> Messages = new(Media.Concat(W(
        "reminder", "reminders", "warning", "warnings", "assurance", "assurances", "notice", "signal", "appeal", "messages", "statements")), StringComparer.Ordinal);

    // --- MilitaryAction (CAMEO 15/18/19) ---

    /// <summary>Verbs of using force with their CAMEO code.</summary>
    public static readonly IReadOnlyDictionary<string, string> Force = BuildForce();

    public static readonly HashSet<string> Launch = Union(Set("launch", "mount", "carry/carried", "conduct", "stage", "begin/began/begun", "start", "unleash", "resume", "intensify", "escalate"));

    /// <summary>Nouns of an armed attack with their CAMEO code ("launched an offensive").</summary>
    public static readonly IReadOnlyDictionary<string, string> AttackNouns = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["attack"] = "190", ["attacks"] = "190", ["offensive"] = "190", ["offensives"] = "190", ["assault"] = "190", ["assaults"] = "190", ["raid"] = "190",
        ["raids"] = "190", ["incursion"] = "192", ["incursions"] = "192", ["invasion"] = "192", ["strike"] = "190", ["strikes"] = "190",
        ["airstrike"] = "195", ["airstrikes"] = "195", ["air"] = "195", ["bombing"] = "195", ["bombardment"] = "194",
        ["shelling"] = "194", ["missile"] = "190", ["rocket"] = "190", ["counteroffensive"] = "190",
        // Nouns of "shoot down" (a verb of Force): "Iran's downing of a US drone".
        ["downing"] = "190", ["shootdown"] = "190",
    };

    public static readonly HashSet<string> AttackNounSet = new(AttackNouns.Keys, StringComparer.Ordinal);

    public static readonly HashSet<string> Deploy = Union(
        Set("deploy", "send/sent", "move", "amass", "mobilize", "mobilise", "dispatch", "reinforce", "strengthen", "bolster", "boost", "scramble"),
        W("massed", "massing", "build", "built", "building"));

    public static readonly HashSet<string> TroopNouns = W(
        "troops", "forces", "soldiers", "units", "battalions", "brigades", "reservists", "paratroopers", "marines", "army", "navy",
        "servicemen", "buildup", "build-up", "warships", "contingent");

    /// <summary>
    /// The echelons of armies, navies and air forces in English (platoon to corps, squadron, wing, fleet), the head
    /// words of a named unit ("the 82nd Airborne Division").
    /// </summary>
    public static readonly HashSet<string> UnitNouns = W(
        "platoon", "company", "battalion", "regiment", "brigade", "division", "corps", "squadron", "wing", "fleet", "flotilla");

    /// <summary>
    /// Who fights without a name ("rebels attacked a post"): the forces of <see cref="TroopNouns"/> and the armed
    /// groups of <see cref="Words.AgentNouns"/>.
    /// </summary>
    public static readonly HashSet<string> Combatants = new(TroopNouns.Concat(W(
        "rebels", "gunmen", "militants", "insurgents", "fighters", "militiamen", "militia", "militias", "guerrillas", "guerillas",
        "jihadists", "attackers", "assailants", "bombers", "snipers", "commandos", "gunman", "militant", "insurgent", "attacker",
        "assailant", "bomber", "sniper", "separatists", "paramilitaries", "mercenaries", "pirates", "extremists", "terrorists",
        "bandits", "kidnappers", "raiders", "abductors", "hijackers", "bandit", "kidnapper", "raider", "hijacker")),
        StringComparer.Ordinal);

    public static readonly HashSet<string> Fire = W("fired", "fires", "firing", "fire");

    /// <summary>English nouns of harm promised in return, and the adjectives that make measures such ("retaliatory measures").</summary>
    public static readonly HashSet<string> Harms = W(
        "consequences", "retaliation", "reprisals", "repercussions", "response", "countermeasures", "counter-measures", "punishment",
        "revenge", "vengeance", "retaliatory", "punitive");

    /// <summary>English nouns of steps taken, harmful when taken against someone or threatened.</summary>
    public static readonly HashSet<string> Countering = W("measures", "steps", "action", "actions");

    /// <summary>English nouns of explosions and the devices that make them.</summary>
    public static readonly HashSet<string> Explosions = W(
        "bomb", "bombs", "explosion", "explosions", "blast", "blasts", "explosive", "explosives", "device", "devices", "landmine", "landmines");

    /// <summary>Weapons fired at a target ("fired rockets at X").</summary>
    public static readonly HashSet<string> Projectiles = W(
        "missiles", "missile", "rockets", "rocket", "shells", "shell", "bombs", "mortars", "mortar", "artillery", "shots", "bullets",
        "grenades", "drones", "drone", "salvo", "salvos", "volley");

    // --- Meeting / PhoneCall / Negotiation / Agreement (CAMEO 04/05) ---

    /// <summary>Verbs whose subject takes part in the event their object names ("held talks", "paid a visit").</summary>
    public static readonly HashSet<string> LightVerbs = new(StringComparer.Ordinal)
    {
        "held", "hold", "holds", "holding", "had", "have", "has", "began", "begin", "begins", "opened", "open", "resumed",
        "resume", "renewed", "launched", "conducted", "convened", "started", "start",
        "entered", "concluded", "wrapped", "engaged", "called", "sought", "proposed", "made", "paid", "pay", "pays", "paying", "undertook",
        "undertake", "undertakes", "undertaken", "initiated", "received", "receives", "receive", "receiving",
    };

    public static readonly HashSet<string> Meet = Set("meet/met");

    public static readonly HashSet<string> Host = Set("host");

    /// <summary>Receiving a visitor (CAMEO 043): hosting, receiving, welcoming, greeting.</summary>
    public static readonly HashSet<string> ReceiveVisitor = Set("host", "receive", "welcome", "greet");

    public static readonly HashSet<string> Phone = Union(Set("phone", "telephone"), W("rang"));

    public static readonly HashSet<string> Speak = Union(Set("speak/spoke/spoken", "talk", "chat/chatted/chatting", "converse"));

    public static readonly HashSet<string> CallNouns = W("call", "calls", "conversation", "conversations");

    /// <summary>
    /// Negotiating (CAMEO 046; "haggle", "bargain" and "huddle with" as the CAMEO verb dictionary codes them; not
    /// "bargain" and "bargaining", more often nouns: "a bargaining chip").
    /// </summary>
    public static readonly HashSet<string> Negotiate = Union(Set("negotiate"), Set("mediate"), Set("haggle", "huddle"), W("bargained"));

    public static readonly HashSet<string> NegotiationNouns = W("negotiations", "negotiation", "mediation");

    public static readonly HashSet<string> Agree = W("agreed", "agrees", "agree", "agreeing");

    public static readonly HashSet<string> Sign = Union(Set("sign", "reach", "conclude", "clinch", "ink", "finalize", "finalise", "seal", "ratify", "renew"), W("struck", "initialled", "initialed"));

    /// <summary>"take" in its forms ("take place", "take measures", "take aim at").</summary>
    public static readonly HashSet<string> Take = Set("take/took/taken/taking");

    /// <summary>English verbs that conclude a deal with the particle "out" ("worked out a deal", "hammered out an accord").</summary>
    public static readonly HashSet<string> SettleOut = Set("work", "hammer", "thrash");

    public static readonly HashSet<string> AgreementNouns = W(
        "agreement", "agreements", "deal", "deals", "accord", "accords", "treaty", "treaties", "pact", "pacts", "memorandum", "memoranda",
        "memorandums", "mou", "mous", "contract", "contracts", "ceasefire", "cease-fire", "truce", "armistice", "protocol", "declaration", "consensus",
        "understanding", "compromise", "settlement", "arrangement", "charter", "communique", "communiqué", "communiques", "communiqués",
        "protocols", "declarations");

    // --- Visit (CAMEO 042) ---

    public static readonly HashSet<string> Visit = Union(Set("visit", "tour"));

    /// <summary>Verbs of one party meeting, receiving or visiting another, and the light verbs of talks ("held talks with").</summary>
    public static readonly HashSet<string> Encounter = Union(Meet, ReceiveVisitor, Visit, LightVerbs);

    public static readonly HashSet<string> Travel = Union(Set("travel/traveled/travelled/traveling/travelling", "fly/flew/flown", "arrive"));

    public static readonly HashSet<string> VisitNouns = W("visit", "visits", "trip", "tour", "trips");

    /// <summary>Every verb form any rule reads: a subject is not looked for across one.</summary>
    public static readonly HashSet<string> AllVerbs = Union(
        Say, Appeal, Demand, Praise, Criticize, Deny, Accuse, Pledge, Give, Impose, Threaten, Force.Keys, Meet, Host, Phone,
        Negotiate, Agree, Visit, Travel, Expel, Refuse, Reject.Where(v => v != "turned"), Sue, Withdraw,
        W("sanctioned", "invaded", "attacked"));

    private static Dictionary<string, string> BuildForce()
    {
        var force = new Dictionary<string, string>(StringComparer.Ordinal);
        void Add(string code, IEnumerable<string> forms)
        {
            foreach (var form in forms)
                force[form] = code;
        }

        Add("190", Set("attack", "raid", "ambush", "assault"));
        Add("190", W("killed", "kills", "kill", "struck", "fought", "clashed", "shot"));
        Add("192", Set("invade", "occupy/occupied/occupies", "overrun/overran", "recapture", "capture", "retake/retook/retaken", "liberate"));
        Add("194", W("shelled", "shelling", "shell", "bombarded", "bombarding", "bombard", "bombards"));
        Add("195", W("bombed", "bomb", "bombs"));
        Add("191", W("besieged", "besieging", "besiege", "blockaded", "blockading", "blockade"));
        Add("186", Set("assassinate"));
        Add("181", Set("kidnap/kidnapped/kidnapping", "abduct", "hijack"));
        Add("1822", Set("torture"));
        Add("190", W("wounded", "injured"));
        return force;
    }
}
