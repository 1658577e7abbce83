namespace Graph.Extraction.Events;

/// <summary>Closed word classes the shallow clause reading relies on (all lower case).</summary>
internal static class Words
{
    private static HashSet<string> Set(params string[] words) => new(words, StringComparer.Ordinal);

    /// <summary>
    /// "US-based", "US based", "Iranian-backed", "Kremlin - linked": the token names where something is, or who backs it,
    /// not whose it is.
    /// </summary>
    public static bool IsBasedOrBackedBy(SentenceView v, int token)
    {
        var word = v.Word(token);
        var hyphen = word.LastIndexOf('-');
        return hyphen > 0 && Patronage.Contains(word[(hyphen + 1)..]) || Patronage.Contains(v.Word(token + 1))
            || v.Word(token + 1) == "-" && Patronage.Contains(v.Word(token + 2));
    }

    /// <summary>"Russian-made", "US-built": the word is joined by a hyphen to a participle of making.</summary>
    public static bool IsMaker(SentenceView v, int token)
    {
        var word = v.Word(token);
        var hyphen = word.LastIndexOf('-');
        return hyphen > 0 && Makers.Contains(word[(hyphen + 1)..]) || v.Word(token + 1) == "-" && Makers.Contains(v.Word(token + 2));
    }

    /// <summary>Participles that make the word before them a place or a patron ("-based", "-backed", "-linked").</summary>
    private static readonly HashSet<string> Patronage = Set("based", "backed", "allied", "aligned", "funded", "sponsored", "supported", "linked", "affiliated", "inspired");

    /// <summary>Participles that, joined by a hyphen, make the word before them a maker ("a Russian-made missile"); apart they are verbs ("Blair made").</summary>
    private static readonly HashSet<string> Makers = Set("made", "built", "designed", "manufactured");

    /// <summary>Forms of "be": before a past participle they make it passive.</summary>
    public static readonly HashSet<string> Be = Set("is", "are", "was", "were", "be", "been", "being", "am", "'s", "'re");

    public static readonly HashSet<string> Have = Set("has", "have", "had", "having", "'ve", "'d");

    public static readonly HashSet<string> Do = Set("do", "does", "did");

    /// <summary>Modals that announce what an actor intends ("will meet"): intent, not a done event.</summary>
    public static readonly HashSet<string> IntentModals = Set("will", "would", "'ll", "shall", "wo");

    /// <summary>Modals of possibility or obligation ("could invade", "must return"): no event happened.</summary>
    public static readonly HashSet<string> SpeculativeModals = Set("could", "may", "might", "can", "should", "must", "ought");

    public static readonly HashSet<string> Negations = Set("not", "n't", "never", "no", "neither", "nor", "cannot");

    /// <summary>Adverbs that sit between a subject and its verb without changing who acts.</summary>
    public static readonly HashSet<string> Adverbs = Set(
        "also", "again", "once", "already", "still", "now", "then", "later", "earlier", "first", "just", "even", "only",
        "further", "instead", "meanwhile", "however", "today", "yesterday", "tonight", "reportedly", "allegedly",
        "apparently", "repeatedly", "recently", "previously", "jointly", "formally", "officially", "publicly", "finally",
        "outright", "flatly", "bluntly", "routinely", "simultaneously", "subsequently", "quickly", "soon", "twice",
        "thus", "thereby", "too", "all", "both", "each", "personally", "directly", "separately", "together", "ever",
        "long", "yet", "newly", "strongly", "sharply", "swiftly", "immediately", "initially", "originally", "last",
        "this", "next", "morning", "afternoon", "evening", "night", "overnight", "week", "weekend", "month", "year");

    /// <summary>Lower-case words ending in -ly that are not adverbs.</summary>
    public static readonly HashSet<string> NotAdverbs = Set("ally", "family", "assembly", "supply", "reply", "rally", "italy", "july", "anomaly", "monopoly", "early");

    public static readonly HashSet<string> Weekdays = Set("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

    public static readonly HashSet<string> Months = Set(
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.");

    /// <summary>Words that open a new clause: a subject is not looked for across them.</summary>
    public static readonly HashSet<string> ClauseOpeners = Set(
        "that", "which", "who", "whom", "whose", "where", "when", "while", "whereas", "if", "unless", "although", "though",
        "because", "since", "after", "before", "as", "until", "so", "but", "or", "whether", "than", "once", "amid");

    public static readonly HashSet<string> Prepositions = Set(
        "of", "to", "for", "from", "with", "in", "at", "on", "by", "against", "near", "into", "over", "about", "between",
        "among", "under", "through", "during", "across", "toward", "towards", "upon", "onto", "within", "without",
        "including", "like", "via", "per", "after", "before", "since", "amid", "despite", "along", "around", "outside",
        "inside", "behind", "beyond", "following", "regarding", "concerning", "off");

    public static readonly HashSet<string> Determiners = Set(
        "the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our", "my", "your", "some",
        "many", "several", "two", "three", "both", "all", "any", "each", "every", "other", "another", "such", "no");

    /// <summary>Possessive determiners: a pronoun mention with this text modifies a noun, it is not the actor itself.</summary>
    public static readonly HashSet<string> PossessivePronouns = Set("his", "her", "its", "their", "our", "my", "your");

    /// <summary>
    /// Nouns whose bearer acts for a country: a demonym before one of them names the actor ("Russian officials",
    /// "Polish troops"); before other nouns it does not ("Russian gas supplies").
    /// </summary>
    public static readonly HashSet<string> AgentNouns = Set(
        "official", "officials", "service", "services", "government", "governments", "authorities", "authority", "forces", "force", "troops",
        "soldiers", "army", "military", "navy", "police", "president", "leader", "leaders", "leadership", "minister",
        "ministers", "diplomat", "diplomats", "ambassador", "envoy", "envoys", "negotiator", "negotiators", "delegation",
        "delegates", "side", "sides", "counterpart", "counterparts", "spokesman", "spokeswoman", "spokesperson",
        "aircraft", "jets", "warplanes", "planes", "tanks", "helicopters", "gunships", "artillery", "militia",
        "militias", "rebels", "guerrillas", "guerillas", "militants", "fighters", "parliament", "cabinet", "court",
        "ministry", "embassy", "administration", "regime", "officers", "commanders", "commander", "lawmakers",
        "legislators", "premier", "chancellor", "king", "emir", "prince", "foreign", "prime", "defense", "defence",
        "interior", "state", "warships", "navy", "drones", "units", "battalions", "brigades", "security", "intelligence",
        "agency", "agencies", "media", "coalition", "senate", "congress", "team", "representatives", "representative",
        "secretary", "general", "chief", "head", "deputy", "vice", "senior", "top", "border", "coast", "patrol",
        "paratroopers", "marines", "peacekeepers", "contingent", "batteries", "submarines", "ships", "vessels",
        "people", "nationalists", "separatists", "insurgents", "opposition", "junta", "group", "groups", "members",
        "militiamen", "gunmen", "bombers", "doctors", "farmers", "students", "workers", "activists", "protesters",
        "demonstrators", "youths", "settlers", "hackers", "judge", "judges", "prosecutor", "prosecutors", "magistrate", "magistrates", "businessman",
        "businessmen", "companies", "firms", "citizens", "nationals", "civilians", "refugees", "mediator", "mediators", "individuals", "entities",
        "monitors", "observers", "inspectors", "agents", "guards", "warriors", "commandos", "snipers", "sources",
        "elders", "clerics", "authorities", "parties", "party", "movement", "faction", "factions", "newspaper",
        "radio", "television", "agency", "envoy", "emissary");

    /// <summary>Nouns after "to" that make "to X" a governed infinitive only when the word before is a verb of intent.</summary>
    public static readonly HashSet<string> IntentGovernors = Set(
        "threaten", "threatens", "threatened", "threatening", "plan", "plans", "planned", "planning", "intend", "intends",
        "intended", "intending", "want", "wants", "wanted", "seek", "seeks", "sought", "seeking", "prepare", "prepares",
        "prepared", "preparing", "vow", "vows", "vowed", "vowing", "pledge", "pledges", "pledged", "pledging", "promise",
        "promises", "promised", "promising", "offer", "offers", "offered", "offering", "agree", "agrees", "agreed",
        "agreeing", "decide", "decides", "decided", "deciding", "hope", "hopes", "hoped", "hoping", "expect", "expects",
        "expected", "expecting", "aim", "aims", "aimed", "aiming", "ready", "willing", "going", "set", "due", "likely",
        "move", "moved", "moves",
        "able", "poised", "determined", "eager", "keen", "wish", "wishes", "wished", "propose", "proposes", "proposed",
        "is", "are", "was", "were");

    /// <summary>Governors that deny the governed action: nothing happened ("refused to meet").</summary>
    public static readonly HashSet<string> RefusalGovernors = Set(
        "refuse", "refuses", "refused", "refusing", "decline", "declines", "declined", "declining", "fail", "fails",
        "failed", "failing", "reluctant", "unwilling", "unable", "unlikely", "cease", "ceased", "stop", "stopped");

    /// <summary>Nouns of places: "a village in X" is X's village, where "people in X" are merely there.</summary>
    public static readonly HashSet<string> PlaceNouns = Set(
        "village", "villages", "town", "towns", "city", "cities", "positions", "position", "camp", "camps", "base", "bases",
        "region", "province", "area", "areas", "district", "territory", "stronghold", "strongholds", "outpost", "outposts",
        "targets", "sites", "facilities", "facility", "port", "airport", "border", "enclave", "capital", "settlement",
        "settlements", "neighborhood", "neighbourhood", "suburb", "suburbs", "embassy", "consulate");

    /// <summary>Governors of an infinitive that report an action really undertaken ("attempted to assassinate").</summary>
    public static readonly HashSet<string> Attempts = Set(
        "try", "tries", "tried", "trying", "attempt", "attempts", "attempted", "attempting", "managed", "sought", "seeks", "seek");

    /// <summary>Verbs after which an "-ing" form is an action that is really taking place ("began sending troops").</summary>
    public static readonly HashSet<string> Aspectuals = Set(
        "began", "begin", "begins", "beginning", "begun", "started", "start", "starts", "continued", "continue",
        "continues", "resumed", "resume", "resumes", "kept", "keep", "keeps");
}
