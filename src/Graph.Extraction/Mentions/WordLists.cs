namespace Graph.Extraction.Mentions;

/// <summary>
/// The closed word lists the mention rules read: cue verbs, head nouns of organisation and place names,
/// calendar words, plus two lists built from a news corpus (given names; words common in lower case).
/// </summary>
internal static class WordLists
{
    /// <summary>Verbs whose subject (or, after a quote, whose inverted subject) is a speaker: a person's cue.</summary>
    public static readonly HashSet<string> SpeechVerbs = Set(
        "said", "says", "say", "told", "tells", "added", "adds", "argued", "argues", "vowed", "vows", "warned", "warns",
        "stated", "noted", "notes", "explained", "explains", "insisted", "insists", "stressed", "stresses", "claimed",
        "claims", "wrote", "writes", "tweeted", "declared", "declares", "asked", "asks", "replied", "replies", "responded",
        "acknowledged", "admitted", "confirmed", "denied", "denies", "announced", "announces", "urged", "urges",
        "reiterated", "reiterates", "repeated", "emphasized", "emphasised", "contributed", "reported", "reports",
        "commented", "suggested", "thinks", "believes", "predicted", "testified", "recalled", "cautioned", "conceded", "disclosed");

    /// <summary>
    /// Verbs of meeting, calling, hosting and travelling (the forms news writes of the Meeting, PhoneCall and Visit
    /// verbs of the annotation guidelines): persons do them, so a one-word name doing one is a person's cue.
    /// </summary>
    public static readonly HashSet<string> EncounterVerbs = Set(
        "met", "meets", "phoned", "phones", "telephoned", "rang", "called", "calls", "visited", "visits", "hosted", "hosts",
        "received", "receives", "welcomed", "welcomes", "greeted", "greets", "spoke", "speaks", "arrived", "arrives",
        "travelled", "traveled", "travels", "flew", "flies", "toured", "tours");

    /// <summary>Words that may stand between a subject and its speech verb ("X also said").</summary>
    public static readonly HashSet<string> SpeechAdverbs = Set(
        "also", "later", "then", "further", "has", "had", "have", "again", "previously", "earlier", "once", "repeatedly", "recently");

    /// <summary>Last words of organisation names.</summary>
    public static readonly HashSet<string> OrganizationHeads = Set(
        "Council", "Department", "Ministry", "Party", "Agency", "Army", "Forces", "Force", "Command", "Coalition",
        "Committee", "Commission", "Union", "Organization", "Organisation", "Bank", "Fund", "Corps", "Front", "Brigade",
        "Brigades", "Regiment", "Battalion", "Division", "Office", "Court", "Parliament", "Assembly", "Congress", "Senate",
        "University", "Institute", "Center", "Centre", "Group", "Company", "Corporation", "Association", "Alliance",
        "Federation", "League", "Movement", "Network", "Service", "Services", "Bureau", "Administration", "Authority",
        "Guard", "Navy", "Police", "Embassy", "Consulate", "Mission", "Foundation", "Society", "Board", "Cabinet",
        "Government", "Squadron", "Wing", "Fleet", "Directorate", "Secretariat", "Tribunal", "Airlines", "Inc.", "Corp.",
        "Ltd.", "Council", "Caucus", "Brotherhood", "Militia", "Guards", "Marines", "Academy", "Agencies", "Ministries", "Church",
        "Chamber", "Chambers");

    /// <summary>
    /// Last words of company names in English (legal forms and the trades news names firms by): they end a name, but
    /// alone are no name ("Energy", "Holdings").
    /// </summary>
    public static readonly HashSet<string> CompanyHeads = Set(
        "Inc", "Corp", "Ltd", "LLC", "PLC", "Plc", "Holdings", "Industries", "Enterprises", "Petroleum", "Minerals", "Mining",
        "Motors", "Airways", "Airlines", "Air", "Telecom", "Pharmaceuticals", "Technologies");

    /// <summary>First words of "X of Y" organisation names ("Ministry of Defense").</summary>
    public static readonly HashSet<string> OrganizationStarts = Set(
        "Ministry", "Department", "Council", "Office", "Bureau", "Agency", "Committee", "Commission", "Court", "Bank",
        "University", "Institute", "Organization", "Organisation", "League", "Union", "Federation", "Association", "Board",
        "Secretariat", "Directorate", "Embassy", "Consulate", "Mission", "Army", "Government", "Tribunal", "Chamber", "Fund", "Authority",
        "Assembly", "Parliament", "Senate", "Party");

    /// <summary>English nouns of kinship: relations, not offices.</summary>
    public static readonly HashSet<string> Kinship = Set(
        "sister", "sisters", "brother", "brothers", "wife", "husband", "son", "sons", "daughter", "daughters", "mother", "father",
        "cousin", "nephew", "niece", "widow", "widower", "uncle", "aunt", "grandson", "granddaughter", "son-in-law", "brother-in-law");

    /// <summary>Last words of place names.</summary>
    public static readonly HashSet<string> LocationHeads = Set(
        "Province", "Governorate", "District", "Region", "City", "County", "Valley", "River", "Dam", "Mountains",
        "Mountain", "Lake", "Sea", "Ocean", "Gulf", "Strait", "Island", "Islands", "Peninsula", "Desert", "Base", "Airbase",
        "Airport", "Airfield", "Square", "Street", "Camp", "Village", "Town", "Crossing", "Bridge", "Port", "Bay", "Coast",
        "Plain", "Plains", "Heights", "Hill", "Hills", "Highway", "Park", "Palace", "Canal", "Oblast", "Prefecture", "Gate",
        "Shoal", "Reef", "Atoll", "Archipelago", "Basin", "Pipeline", "Refinery");

    /// <summary>Lower-case nouns that announce a name of their kind right after them ("news outlet X", "the town of X").</summary>
    public static readonly HashSet<string> OrganizationNouns = Set(
        "outlet", "newspaper", "agency", "channel", "broadcaster", "network", "party", "group", "militia", "company",
        "firm", "organization", "organisation", "daily", "weekly", "magazine", "station", "movement", "faction", "regime",
        "administration", "militants", "rebels", "fighters");

    public static readonly HashSet<string> LocationNouns = Set(
        "city", "town", "village", "province", "region", "district", "capital", "port", "governorate", "neighborhood",
        "neighbourhood", "suburb", "area", "island", "enclave", "state", "county", "towns", "cities", "villages",
        "provinces", "regions", "districts", "governorates", "neighborhoods", "camp");

    /// <summary>Buildings and sites a name before them names ("the Ta Muen Thom temple", "Jomo Kenyatta airport").</summary>
    public static readonly HashSet<string> SiteNouns = Set("temple", "mosque", "church", "cathedral", "shrine", "monastery", "airport", "airbase", "palace", "resort");

    /// <summary>Words of a faith, which describe a site rather than name it ("a Sunni mosque", "the Roman Catholic church").</summary>
    public static readonly HashSet<string> FaithWords = Set(
        "Sunni", "Shi'ite", "Shiite", "Shia", "Shi'a", "Muslim", "Islamic", "Christian", "Catholic", "Roman", "Orthodox", "Protestant",
        "Anglican", "Evangelical", "Coptic", "Buddhist", "Hindu", "Jewish", "Sikh", "Lutheran", "Methodist", "Baptist", "Sufi");

    /// <summary>Prepositions after which a capitalised name is a place when nothing says otherwise.</summary>
    public static readonly HashSet<string> PlacePrepositions = Set(
        "in", "near", "outside", "around", "across", "into", "toward", "towards", "inside", "throughout");

    /// <summary>Role nouns that make "X, the/a … role" an apposition about a person.</summary>
    public static readonly HashSet<string> RoleNouns = Set(
        "leader", "spokesman", "spokeswoman", "spokesperson", "commander", "official", "minister", "ambassador",
        "president", "chief", "head", "director", "secretary", "envoy", "member", "founder", "chairman", "chairwoman", "chairperson",
        "senator", "general", "officer", "soldier", "adviser", "advisor", "correspondent", "reporter", "journalist",
        "editor", "analyst", "professor", "researcher", "lawmaker", "governor", "mayor", "king", "queen", "prince",
        "diplomat", "representative", "negotiator", "deputy", "counterpart", "premier", "chancellor", "coordinator",
        "administrator", "emir", "cleric", "militant", "operative", "executive", "candidate", "activist", "lawyer",
        "father", "mother", "son", "daughter", "wife", "husband", "brother", "sister", "citizen", "resident", "author",
        "manager", "captain", "sergeant", "colonel", "lieutenant", "major", "specialist", "airman", "sailor", "marine");

    /// <summary>Honorifics and ranks that precede a name, besides the gazetteer's titles.</summary>
    public static readonly HashSet<string> Honorifics = Set(
        "Mr.", "Mrs.", "Ms.", "Dr.", "Mr", "Mrs", "Ms", "Dr", "Prof.", "Gen.", "Lt.", "Col.", "Maj.", "Capt.", "Sgt.",
        "Cpl.", "Pvt.", "Spc.", "Adm.", "Cmdr.", "Brig.", "Sen.", "Rep.", "Gov.", "Rev.", "Sheikh", "Sheik", "HE",
        "President", "Ambassador", "Senator", "General", "Secretary", "Minister", "Spokesperson", "Spokesman",
        "Spokeswoman", "Governor", "Mayor", "King", "Queen", "Prince", "Princess", "Pope", "Chancellor", "Premier",
        "Lieutenant", "Colonel", "Major", "Captain", "Sergeant", "Admiral", "Commander", "Director", "Envoy", "Judge",
        "Justice", "Emir", "Imam", "Ayatollah", "Mullah", "Cardinal", "Bishop", "Chairman", "Chairwoman", "Speaker",
        "Professor", "Sir", "Dame", "Lord", "Lady", "Madam", "Congressman", "Congresswoman", "Representative", "Airman",
        "Sgt", "Spc", "Pfc.", "Cpl", "Lt", "Col", "Gen", "Officer", "Seaman", "Corporal", "Specialist", "Advisor",
        "Adviser", "Coordinator", "Administrator", "Commissioner", "Attorney", "Chief");

    /// <summary>Words that sharpen a title ("Deputy Interior Minister", "Acting Director").</summary>
    public static readonly HashSet<string> TitleModifiers = Set(
        "Deputy", "Vice", "Acting", "Assistant", "Former", "Interim", "Senior", "Chief", "Special", "First", "Under",
        "Executive", "Principal", "Lieutenant", "Associate", "Permanent", "Foreign", "Defense", "Defence", "Interior",
        "Finance", "Justice", "Prime", "Grand", "Supreme", "Top", "Presidential", "Parliamentary");

    /// <summary>Name particles that may be written in lower case inside a name ("Abu Bakr al-Baghdadi", "Ursula von der Leyen").</summary>
    public static readonly HashSet<string> NameParticles = Set(
        "al", "el", "az", "ad", "bin", "ibn", "bint", "de", "da", "di", "del", "della", "van", "von", "der", "den", "du", "dos", "la", "le", "ter", "y");

    /// <summary>
    /// English derivational prefixes that attach to proper names and their adjectives ("pro-Russian", "anti-Houthi",
    /// "intra-Syrian", "post-Soviet"): the name is spoken of, not the owner of what the word describes.
    /// </summary>
    public static readonly HashSet<string> NamePrefixes = new(StringComparer.OrdinalIgnoreCase)
    {
        "anti", "pro", "non", "intra", "inter", "pan", "post", "pre", "ex", "neo", "trans", "ultra",
    };

    /// <summary>
    /// The English combining forms of country names ("Franco-German", "Sino-US", "Russo-Ukrainian"), each with the
    /// country's name as the gazetteer spells it; read only before another country's part.
    /// </summary>
    public static readonly Dictionary<string, string> CountryCombiningForms = new(StringComparer.Ordinal)
    {
        ["Franco"] = "France", ["Sino"] = "China", ["Russo"] = "Russia", ["Anglo"] = "United Kingdom", ["Indo"] = "India",
        ["Italo"] = "Italy", ["Greco"] = "Greece", ["Turco"] = "Turkey", ["Austro"] = "Austria", ["Nippo"] = "Japan",
        ["Serbo"] = "Serbia", ["Luso"] = "Portugal", ["Hispano"] = "Spain", ["Dano"] = "Denmark", ["Belgo"] = "Belgium",
    };

    /// <summary>
    /// Where a word of the form "pro-Russian" has a name-prefix: the offset in the word after the hyphen that ends it,
    /// else -1.
    /// </summary>
    public static int AfterNamePrefix(string word)
    {
        var hyphen = word.IndexOf('-');
        return hyphen > 0 && hyphen + 1 < word.Length && NamePrefixes.Contains(word[..hyphen]) ? hyphen + 1 : -1;
    }

    /// <summary>Days, months and other calendar words: capitalised but never a name here.</summary>
    public static readonly HashSet<string> Calendar = Set(
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March",
        "April", "May", "June", "July", "August", "September", "October", "November", "December", "Jan.", "Feb.", "Mar.",
        "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec.", "Christmas", "Easter", "Ramadan",
        "Eid", "Thanksgiving", "Today", "Tonight", "Yesterday", "Tomorrow");

    /// <summary>
    /// The time-unit nouns of English, which head a bare time adjunct ("this week", "last month", "next spring") and are
    /// no subject of a deed.
    /// </summary>
    public static readonly HashSet<string> TimeUnits = new(StringComparer.OrdinalIgnoreCase)
    {
        "day", "days", "week", "weeks", "weekend", "month", "months", "year", "years", "morning", "afternoon", "evening", "night",
        "spring", "summer", "autumn", "fall", "winter",
    };

    /// <summary>Capitalised words that are never names on their own: pronouns, determiners, discourse words.</summary>
    public static readonly HashSet<string> NeverNames = Set(
        "I", "He", "She", "It", "We", "They", "You", "His", "Her", "Its", "Our", "Their", "My", "Your", "The", "A", "An",
        "This", "That", "These", "Those", "There", "Here", "What", "Who", "Whom", "Which", "Why", "How", "When", "Where",
        "Mr", "Mrs", "Ms", "OK", "AM", "PM", "TV", "Q", "A.", "Q.", "QUESTION", "ANSWER", "MR", "MS", "UPDATE", "NOTE",
        "EDITOR", "PHOTO", "VIDEO", "AP", "Inc", "Co");

    /// <summary>First names the GMB corpus shows opening persons' names (the file's header says how it was made).</summary>
    public static readonly HashSet<string> GivenNames = Load(["given-names.txt"], StringComparer.Ordinal);

    /// <summary>
    /// More first names, of the office-holders of every country in the PETRARCH2/Phoenix dictionaries (the file's header
    /// says how it was made): weaker evidence, since some also open place names ("Musa Qala") that the GMB list's do not.
    /// </summary>
    public static readonly HashSet<string> LeaderGivenNames = Load(["leader-given-names.txt"], StringComparer.Ordinal);

    /// <summary>Lower-case words; compare a capitalised token by its lower-case form.</summary>
    public static readonly HashSet<string> CommonWords = Load(["common-words.txt"], StringComparer.Ordinal);

    public static bool IsCommonWord(string token) => CommonWords.Contains(token.ToLowerInvariant());

    private static HashSet<string> Set(params string[] words) => new(words, StringComparer.Ordinal);

    private static HashSet<string> Load(string[] names, StringComparer comparer)
    {
        var assembly = typeof(WordLists).Assembly;
        var set = new HashSet<string>(comparer);
        foreach (var name in names)
        {
            using var stream = assembly.GetManifestResourceStream("Graph.Extraction.Mentions." + name)
                ?? throw new InvalidOperationException($"The embedded word list {name} is missing.");
            using var reader = new StreamReader(stream);
            while (reader.ReadLine() is { } line)
            {
                if (line.Length > 0 && line[0] != '#')
                    set.Add(line);
            }
        }

        return set;
    }

    /// <summary>English words that credit a journalist before "by" in a wire credit line ("Reporting by", "Additional reporting by", "Editing by").</summary>
    public static readonly HashSet<string> CreditWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "reporting", "writing", "editing", "compiled", "written", "edited", "reported", "produced", "photography", "graphics", "research",
    };

    /// <summary>
    /// Prefixes that navies and merchant shipping put before a ship's name ("HMS Richmond", "FS Charles de Gaulle",
    /// "MV Galaxy Leader"), from the conventional ship prefixes of the larger navies; a name after one is a thing's.
    /// Left out where the letters also name a body or a person's initials ("SAS", "RSS", "SS", "JS", "KD", "HS").
    /// </summary>
    public static readonly HashSet<string> ShipPrefixes = new(StringComparer.Ordinal)
    {
        "USS", "USNS", "USCGC", "HMS", "HMCS", "HMAS", "HMNZS", "RFA", "INS", "FS", "ROKS", "PNS", "TCG", "ARA", "BRP", "KRI",
        "HTMS", "NRP", "ESPS", "HNLMS", "HDMS", "HNoMS", "HSwMS", "CNS", "BNS", "NNS", "MV", "MT", "RV",
    };

    /// <summary>English nouns of a ship, whose name after them names a thing, not an actor ("the bulk carrier Sea Orchid", "the tanker X").</summary>
    public static readonly HashSet<string> VesselNouns = new(StringComparer.Ordinal)
    {
        "ship", "vessel", "tanker", "freighter", "trawler", "ferry", "frigate", "destroyer", "cruiser", "corvette", "submarine",
        "yacht", "boat", "barge", "containership", "steamer", "liner",
    };
}
