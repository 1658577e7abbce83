using Graph.Core.Model;
using Graph.Extraction.Mentions;
using Graph.Extraction.Syntax;

namespace Graph.Extraction.Events.Frames;

/// <summary>
/// The named actors a phrase of the parse stands for, the most specific first (annotation guidelines: a person
/// where one is named, else the country or organisation). A name stands for itself; a description stands for
/// the names in apposition to it ("Kenya's president, Daniel Otieno"), else for its owner ("Kenya's president",
/// "Kenyan officials", "the leaders of Peru and Ghana", "counterparts from Peru"); each conjunct is read alike.
/// </summary>
internal static class Sides
{
    /// <summary>Relations by which a name or demonym says whose a description is.</summary>
    private static readonly string[] Owners = ["nmod:poss", "amod", "compound"];

    /// <summary>
    /// English nouns of what a state's forces hold ("fired on its positions", "violated its airspace"), whose owner is
    /// the state, as of its defences.
    /// </summary>
    private static readonly HashSet<string> Held = new(StringComparer.Ordinal)
    {
        "defences", "defenses", "positions", "outposts", "bases", "territory", "airspace", "soil",
    };

    /// <summary>Prepositions by which a description names its owner: "the president of Kenya", "counterparts from Peru".</summary>
    private static readonly HashSet<string> OwnerCases = new(StringComparer.Ordinal) { "of", "from", "for", "at", "in" };

    /// <summary>The actors of the phrase headed by <paramref name="word"/> and of its conjuncts.</summary>
    /// <param name="perOwner">Set when the phrase is a description that named several owners ("his counterparts from Peru, Ghana and Laos"): one side each.</param>
    public static List<ResolvedMention> Of(ParsedSentence s, SyntaxWord word, out bool perOwner)
    {
        // "The Indian cricket team toured Australia", "Argentina's national team arrived in Qatar": a sports team plays for
        // its country but acts for no side in the events of the graph.
        if (IsSportsTeam(s, word) || IsPress(s, word))
        {
            perOwner = false;
            return [];
        }

        // "sanctioned X on Tuesday, accusing him of …": the object pronoun of a participle the clause adjoins is the
        // clause's object, when a person stands for "him" or "her" and nothing else does.
        if (word.Xpos == "PRP" && ParsedSentence.Is(word, "obj") && s.Head(word) is { Xpos: "VBG" } participle && ParsedSentence.Is(participle, "advcl")
            && !s.Children(participle).Any(c => c.Relation.StartsWith("nsubj", StringComparison.Ordinal)) && s.Head(participle) is { } clause
            && s.Children(clause, "obj").FirstOrDefault() is { } clauseObject)
        {
            // "imposed sanctions on two ministers, X and Y, accusing them of …": the sanctions' target.
            if (Lexicon.SanctionNouns.Contains(s.Lower(clauseObject)) && (Clause.Oblique(s, clauseObject, "on", "against") ?? Clause.Oblique(s, clause, "on", "against")) is { } target)
                clauseObject = target;
            var objects = Of(s, clauseObject, out perOwner);
            var personal = s.Lower(word) is "him" or "her";
            // "them" stands for any sides, "him" and "her" for persons only: the state of an unnamed official ("a Sudanese
            // official") is not whom a person accused of a deed is.
            if (objects.Count > 0 && (s.Lower(word) == "them" || objects.TrueForAll(m => m.Type == EntityType.Person == personal)))
                return objects;
        }

        // "Four states cut ties, as they accused Qatar": a pronoun reads as the subject of the clause that governs its
        // own, conjuncts and all, when that subject names whom the pronoun was resolved to.
        if (word.Xpos == "PRP" && Resolution.SubjectCoreference.GoverningSubject(s.Parse, word) is { } antecedent)
        {
            // A bare "the army" the article's army stands for is no mention the resolver could see: its state wins.
            var sides = Of(s, antecedent, out perOwner);
            if (sides.Count > 0 && (s.MentionAt(word) is not { } resolved || sides.Exists(m => m.EntityId == resolved.EntityId) || IsBareArmy(s, antecedent)))
                return sides;
        }

        // "Russia said its forces had captured …", "its air defences shot down …": a body a possessive pronoun owns is
        // that of the governing clause's subject, when that is a country or an organisation.
        // "Nigeria and Niger agreed … after talks between their foreign ministers": people inside a phrase of the clause
        // are those of the clause's own subject ("along its border" is no body of anyone).
        // "Japarov said his country had signed a deal", "her government expelled …": a person's country or government, the
        // subject of what he tells, is the state the article names him in office for.
        if (word.Upos == "NOUN" && word.Relation.StartsWith("nsubj", StringComparison.Ordinal) && StateNouns.Contains(s.Lower(word)) && HasChild(s, word, "nmod:poss", "his", "her")
            && Resolution.SubjectCoreference.GoverningSubject(s.Parse, word) is { } governing && governing != word
            && Of(s, governing, out _) is [{ Type: EntityType.Person } holder] && s.Offices.CountryOf(holder.EntityId) is { } state)
        {
            perOwner = false;
            return [StandingAt(s, word, holder with { EntityId = state, Type = EntityType.Country })];
        }

        // Not "their counterparts from Egypt and Jordan": a counterpart is another side's.
        if (word.Upos == "NOUN" && HasChild(s, word, "nmod:poss", "its", "their") && (Words.AgentNouns.Contains(s.Lower(word)) || Lexicon.Combatants.Contains(s.Lower(word))
                || Held.Contains(s.Lower(word))) && s.MentionAt(word) is null && s.Lower(word) is not ("counterpart" or "counterparts")
            && (Resolution.SubjectCoreference.GoverningSubject(s.Parse, word) ?? (word.Xpos == "NNS" ? SubjectOfTheClause(s, word) : null)) is { } owner)
        {
            var owners = Of(s, owner, out perOwner);
            if (owners.Count > 0 && owners.TrueForAll(m => m.Type != EntityType.Person))
                return owners;
            // "Hamas spokesman X said its fighters ambushed …": "its" in a person's words is the body the person speaks for.
            if (HasChild(s, word, "nmod:poss", "its") && owners is [{ Type: EntityType.Person } officer]
                && s.Offices.OwnerOf(officer.EntityId) is { } body && s.View.Mentions.FirstOrDefault(m => m.EntityId == body) is { } spokenFor)
                return [spokenFor];
        }

        // "a delegation led by Pakistan's army chief": a party sent is the side of whoever leads it.
        if (word.Upos == "NOUN" && Parties.Contains(s.Lower(word)) && s.MentionAt(word) is null && Leader(s, word) is { } leader)
        {
            var leaders = Of(s, leader, out perOwner);
            if (leaders.Count > 0)
                return leaders;
        }

        perOwner = false;
        if ((s.Pair ?? s.PairVisited) is { } pair && TheTwo(s, word, pair) is { } two)
            return two;
        // "Mali's army spokesman, Colonel X, said troops had killed 40 jihadists", "X, commander of Ukraine's ground forces,
        // said his units had recaptured …", "Hezbollah leader X said the group had fired …": forces named bare in what an
        // officer of a side reports are that side's.
        if (IsBareForce(s, word) && ReportingOfficersSide(s, word) is { } officersSide)
            return [officersSide];
        // "The RSF accused the army of shelling the camp", after "Sudan's army": the army the article named with its state,
        // unless the sentence names another state and not that one ("the military said it arrested militants in Nigeria").
        if (s.ArmyOwner is { } armyOwner && IsBareArmy(s, word)
            && (s.View.Mentions.Any(m => m.EntityId == armyOwner.EntityId) || !s.View.Mentions.Any(m => m.Type == EntityType.Country)))
            return [armyOwner];
        var found = new List<ResolvedMention>();
        foreach (var w in WithConjuncts(s, word))
        {
            var named = Named(s, w, out var owners);
            perOwner |= owners && named.Count > 1;
            foreach (var m in named)
            {
                if (!found.Exists(f => f.EntityId == m.EntityId))
                    found.Add(m);
            }
        }

        return found;
    }

    public static List<ResolvedMention> Of(ParsedSentence s, SyntaxWord word) => Of(s, word, out _);

    /// <summary>English nouns of the other parties one has: partners, allies, neighbours, rivals, critics, enemies.</summary>
    internal static readonly HashSet<string> OthersOf = new(StringComparer.Ordinal)
    {
        "partner", "partners", "ally", "allies", "neighbour", "neighbours", "neighbor", "neighbors", "rival", "rivals", "critic", "critics",
        "opponent", "opponents", "enemy", "enemies", "adversary", "adversaries", "foe", "foes", "backer", "backers",
    };

    /// <summary>English nouns of a state's land forces as a whole.</summary>
    private static readonly HashSet<string> Armies = new(StringComparer.Ordinal) { "army", "military" };

    /// <summary>"the army", "the military": a state's forces named with nothing of their own to say whose.</summary>
    private static bool IsBareArmy(ParsedSentence s, SyntaxWord word) =>
        word.Upos == "NOUN" && Armies.Contains(s.Lower(word)) && s.MentionAt(word) is null && HasChild(s, word, "det", "the")
        && !s.Children(word).Any(c => c.Relation is "nmod:poss" or "amod" or "compound" or "nmod" or "appos");

    /// <summary>
    /// Forces or an armed group with nothing to say whose but a possessive pronoun ("troops", "the army", "his units",
    /// "the group").
    /// </summary>
    private static bool IsBareForce(ParsedSentence s, SyntaxWord word)
    {
        if (word.Upos != "NOUN" || s.MentionAt(word) is not null || !(Lexicon.TroopNouns.Contains(s.Lower(word)) || Armies.Contains(s.Lower(word)) || s.Lower(word) == "group"))
            return false;
        foreach (var c in s.Children(word))
        {
            if (c.Relation is "amod" or "compound" or "nmod" or "appos" || ParsedSentence.Is(c, "nmod:poss") && c.Xpos != "PRP$"
                || c.Relation == "det" && s.Lower(c) != "the")
                return false;
        }

        return true;
    }

    /// <summary>
    /// The side of the person who reports the clause the word is the subject of: the country or organisation the article
    /// names them in office at, when this sentence names it too.
    /// </summary>
    private static ResolvedMention? ReportingOfficersSide(ParsedSentence s, SyntaxWord word)
    {
        if (!word.Relation.StartsWith("nsubj", StringComparison.Ordinal) || s.Head(word) is not { } clause || !ParsedSentence.Is(clause, "ccomp")
            || s.Head(clause) is not { } saying || !Lexicon.Say.Contains(s.Lower(saying)) || Clause.Doer(s, saying) is not { } teller)
            return null;
        // "Ukraine said troops had repelled …": a state telling of troops tells of its own.
        var tellers = Of(s, teller);
        if (tellers is [{ Type: EntityType.Country } state])
            return state;
        return tellers.FirstOrDefault(m => m.Type == EntityType.Person) is { } officer && s.Offices.OwnerOf(officer.EntityId) is { } owner
            ? s.View.Mentions.FirstOrDefault(m => m.EntityId == owner) : null;
    }

    /// <summary>The one state the sentence names as an army's owner ("Sudan's army", "the Sudanese military"), or null.</summary>
    public static ResolvedMention? ArmyNamed(ParsedSentence s)
    {
        ResolvedMention? owner = null;
        foreach (var w in s.Words)
        {
            if (w.Upos != "NOUN" || !Armies.Contains(s.Lower(w)) || !s.Children(w).Any(c => c.Relation is "nmod:poss" or "amod" or "compound"))
                continue;
            if (Of(s, w) is not [{ Type: EntityType.Country } state] || owner is not null && owner.EntityId != state.EntityId)
                return null;
            owner = state;
        }

        return owner;
    }

    private static bool HasChild(ParsedSentence s, SyntaxWord word, string relation, string lower, string? orLower = null)
    {
        foreach (var c in s.Children(word, relation))
        {
            if (s.Lower(c) == lower || s.Lower(c) == orLower)
                return true;
        }

        return false;
    }

    /// <summary>A noun of kinship ("sister", "son-in-law").</summary>
    public static bool IsKin(ParsedSentence s, SyntaxWord w) => w.Upos == "NOUN" && WordLists.Kinship.Contains(s.Lower(w));

    /// <summary>English nouns of a team that plays.</summary>
    private static readonly HashSet<string> Teams = new(StringComparer.Ordinal) { "team", "teams", "squad", "squads", "side", "eleven" };

    /// <summary>English words that make a team one that plays sport: the team sports news reports, and "national" and "Olympic".</summary>
    private static readonly HashSet<string> Sports = new(StringComparer.Ordinal)
    {
        "cricket", "football", "soccer", "rugby", "hockey", "basketball", "volleyball", "handball", "baseball", "tennis", "polo",
        "national", "olympic", "paralympic", "davis", "ryder",
    };

    /// <summary>"the Indian cricket team", "Argentina's national squad".</summary>
    public static bool IsSportsTeam(ParsedSentence s, SyntaxWord word) =>
        word.Upos == "NOUN" && Teams.Contains(s.Lower(word)) && s.Children(word).Any(c => c.Relation is "amod" or "compound" && Sports.Contains(s.Lower(c)));

    /// <summary>English nouns of the press.</summary>
    private static readonly HashSet<string> Press = new(StringComparer.Ordinal)
    {
        "media", "press", "newspaper", "newspapers", "outlets", "outlet", "broadcaster", "broadcasters", "television", "tv", "daily", "dailies",
        "tabloid", "tabloids", "channel", "channels",
    };

    /// <summary>
    /// "Israeli media reported", "Kenyan newspapers said": the press of a country named by its modifier speaks for no
    /// state; its state media do ("Russian state television"), and a paper named speaks for itself ("the newspaper, La Repubblica").
    /// </summary>
    public static bool IsPress(ParsedSentence s, SyntaxWord word) =>
        word.Upos == "NOUN" && Press.Contains(s.Lower(word)) && s.MentionAt(word) is null && !s.Has(word, "appos")
        && s.Children(word).Any(c => c.Relation is "amod" or "compound" or "nmod:poss" && s.MentionAt(c) is { Type: EntityType.Country })
        && !s.Children(word).Any(c => s.Lower(c) is "state" or "state-run" or "state-owned" or "official" or "government");

    /// <summary>Nouns of a party sent somewhere under a leader.</summary>
    private static readonly HashSet<string> Parties = new(StringComparer.Ordinal) { "delegation", "delegations", "team", "mission", "contingent" };

    /// <summary>Who a party is "led" or "headed" by, or null.</summary>
    private static SyntaxWord? Leader(ParsedSentence s, SyntaxWord party) =>
        s.Children(party, "acl").FirstOrDefault(a => Leads.Contains(s.Lower(a))) is { } led ? Clause.Oblique(s, led, "by") : null;

    /// <summary>A party sent ("a delegation", "a team"), which travels and talks for whoever leads or owns it.</summary>
    public static bool IsParty(ParsedSentence s, SyntaxWord w) => w.Upos == "NOUN" && Parties.Contains(s.Lower(w));

    /// <summary>English verbs of leading a party.</summary>
    internal static readonly HashSet<string> Leads = VerbForms.Set("lead/led", "head");

    /// <summary>English nouns of a state as its people's or its rulers' ("his country", "her government").</summary>
    private static readonly HashSet<string> StateNouns = new(StringComparer.Ordinal) { "country", "government", "nation", "administration" };

    /// <summary>Nouns for two persons just named together ("the two leaders", "both presidents").</summary>
    private static readonly HashSet<string> PairPersons = new(StringComparer.Ordinal)
    {
        "leaders", "presidents", "ministers", "men", "women", "counterparts", "premiers", "heads", "envoys", "diplomats", "officials",
    };

    /// <summary>Nouns of the pair that name one office, with the titles of that office.</summary>
    private static readonly Dictionary<string, HashSet<string>> PairOffices = new(StringComparer.Ordinal)
    {
        ["presidents"] = new(StringComparer.OrdinalIgnoreCase) { "President" },
        ["premiers"] = new(StringComparer.OrdinalIgnoreCase) { "Premier", "Prime Minister" },
    };

    /// <summary>Nouns for the two parties behind them ("the two sides", "both countries").</summary>
    private static readonly HashSet<string> PairParties = new(StringComparer.Ordinal)
    {
        "sides", "countries", "nations", "governments", "neighbours", "neighbors", "states", "parties",
    };

    /// <summary>
    /// "the two leaders", "both presidents", "the two", "they" opening the sentence after (the pair of the article's last
    /// meeting or call), and "the two sides", "both countries" (the countries those two hold office in, or the two themselves where they are parties):
    /// null for any other phrase.
    /// </summary>
    /// <summary>"the two leaders", "both countries", "the two": a phrase of two persons or parties named together.</summary>
    internal static bool IsTheTwo(ParsedSentence s, SyntaxWord word)
    {
        var lower = s.Lower(word);
        return word.Upos == "NUM" ? lower == "two" && HasChild(s, word, "det", "the")
            : word.Upos == "NOUN" && (PairParties.Contains(lower) || PairPersons.Contains(lower)) && s.MentionAt(word) is null
                && (HasChild(s, word, "nummod", "two") && HasChild(s, word, "det", "the", "these") || HasChild(s, word, "det", "both") || HasChild(s, word, "amod", "both"));
    }

    /// <summary>
    /// "X received Y … The prime ministers signed a declaration": holders of an office, plural and definite, right after
    /// the sentence that told two of them meeting, are those two (not "officials" or "diplomats", a wider group).
    /// </summary>
    private static bool TheOnesJustMet(ParsedSentence s, SyntaxWord word) =>
        word.Upos == "NOUN" && JustMetPersons.Contains(s.Lower(word)) && s.MentionAt(word) is null && HasChild(s, word, "det", "the")
        && !s.Children(word).Any(c => c.Relation is "nummod" or "nmod" or "acl" or "acl:relcl" || s.MentionAt(c) is not null);

    /// <summary>The nouns of <see cref="PairPersons"/> that name an office or a counterpart.</summary>
    private static readonly HashSet<string> JustMetPersons = new(StringComparer.Ordinal) { "leaders", "presidents", "ministers", "premiers", "counterparts" };

    private static List<ResolvedMention>? TheTwo(ParsedSentence s, SyntaxWord word, IReadOnlyList<ResolvedMention> pair)
    {
        var lower = s.Lower(word);
        // "A and B met in Bishkek. They agreed to …", "They signed …": "they" who agree or sign in the main clause right after
        // the meeting are its two (not every "they": "they said" after a meeting is as often the hosts).
        if (lower == "they" && word.Upos == "PRON" && s.PairJustMet && ParsedSentence.Is(word, "nsubj")
            && s.Head(word) is { Relation: "root" } verb && (Lexicon.Agree.Contains(s.Lower(verb)) || Lexicon.Sign.Contains(s.Lower(verb))))
            return [.. pair.Select(m => StandingAt(s, word, m))];
        var parties = PairParties.Contains(lower);
        // A visitor and the country visited, told after the last meeting, are "the two countries", not "the two leaders".
        if (parties && s.PairVisited is { } visited)
            pair = visited;
        else if (ReferenceEquals(pair, s.PairVisited))
            return null;
        // The word lists first: this is asked of every phrase once the article has had a meeting.
        if (!IsTheTwo(s, word) && !(s.PairJustMet && TheOnesJustMet(s, word)))
            return null;
        var sides = new List<ResolvedMention>();
        foreach (var m in pair)
        {
            // "the two presidents" are not a pair one of whom the article names in another office (a foreign minister).
            if (PairOffices.TryGetValue(lower, out var titles) && m.Type == EntityType.Person && s.Offices.HoldsOtherThan(m.EntityId, titles))
                return null;
            var side = parties && m.Type == EntityType.Person ? s.Offices.CountryOf(m.EntityId) is { } country ? m with { EntityId = country, Type = EntityType.Country } : null : m;
            // A person whose country the article does not give is no side of "the two sides".
            if (side is null)
                return null;
            if (!sides.Exists(x => x.EntityId == side.EntityId))
                sides.Add(StandingAt(s, word, side));
        }

        return sides.Count == 2 ? sides : null;
    }

    /// <summary>A side read at <paramref name="word"/> of this sentence, which stands for it as a pronoun does.</summary>
    private static ResolvedMention StandingAt(ParsedSentence s, SyntaxWord word, ResolvedMention side) =>
        side with { Start = word.Start, End = word.End, Sentence = s.View.Sentence.Index, FirstToken = word.Token, EndToken = word.Token + 1, Kind = MentionKind.Pronoun };

    /// <summary>The doer of the verb a nominal phrase hangs on (through other nominals; its controller for "to reopen"), not the phrase itself.</summary>
    private static SyntaxWord? SubjectOfTheClause(ParsedSentence s, SyntaxWord word)
    {
        var up = s.Head(word);
        for (var depth = 0; up is { Upos: not "VERB" } && depth < 3; depth++)
            up = s.Head(up);
        return up is { Upos: "VERB" } && word.Relation is not ("nsubj" or "nsubj:pass") && Clause.Doer(s, up) is { } subject && subject != word ? subject : null;
    }

    /// <summary>
    /// Lower-case bodies of a state (annotation guidelines: "Peru's foreign ministry" is no organisation; its acts are the
    /// country's), and parties sent by a state or an organisation ("the head of the IMF mission").
    /// </summary>
    private static readonly HashSet<string> Bodies = new(StringComparer.Ordinal)
    {
        "ministry", "government", "office", "embassy", "administration", "cabinet", "parliament", "presidency", "army", "military",
        "mission", "delegation",
    };

    /// <summary>English nouns of a state's rulers and bodies, named by the city they rule from ("the regime in Damascus", "the foreign ministry in Baku").</summary>
    private static readonly HashSet<string> Seated = new(StringComparer.Ordinal)
    {
        "government", "regime", "authorities", "leadership", "administration", "junta", "rulers", "officials", "ministry", "presidency",
        "cabinet",
    };

    /// <summary>
    /// The most specific actor for a mention of a country or organisation that only says whose a description
    /// is: "Kenya's president, Daniel Otieno" → Daniel Otieno; "Kenyan President Daniel Otieno" → Daniel Otieno;
    /// "Venezuela's oil firm PDVSA" → PDVSA.
    /// Null when the parse names no one more specific.
    /// </summary>
    public static ResolvedMention? MoreSpecific(ParsedSentence s, ResolvedMention owner)
    {
        // "President Halvard Stenmark's envoy, Kurt Ambrose, met …": the one a person's description names is the side.
        if (owner.Type == EntityType.Person)
        {
            return s.HeadOf(owner) is { Relation: "nmod:poss" } possessor && s.Head(possessor) is { Upos: "NOUN" } described
                ? Appositions(s, described).Find(a => a.Type == EntityType.Person && a.EntityId != owner.EntityId)
                : null;
        }

        if (owner.Type is not (EntityType.Country or EntityType.Organization))
            return null;
        if (TitledPerson(s.View, owner, afterComma: true) is { } titled)
            return titled;
        if (s.HeadOf(owner) is not { } w)
            return null;
        for (var depth = 0; depth < 3; depth++)
        {
            if (!IsOwnerRelation(s, w) || s.Head(w) is not { } described)
                return null;
            // A person described, or a body a country owns ("Venezuela's state-owned oil firm PDVSA").
            if (s.MentionAt(described) is { } m && m.EntityId != owner.EntityId)
                return IsMoreSpecific(m, owner) ? m : null;
            if (Appositions(s, described).FirstOrDefault(a => IsMoreSpecific(a, owner)) is { } named)
                return named;
            // "Colombia's ELN guerrillas", "Ukraine's SBU security service": a body named on what the state owns.
            if (owner.Type == EntityType.Country && w.Relation == "nmod:poss" && !Postings.Contains(s.Lower(described)) && NamedBodyOn(s, described) is { } body)
                return body;
            // "The Israeli delegation, led by Mossad chief David Barnea": the party's leader, where one is named.
            if (IsParty(s, described) && Leader(s, described) is { } leader && Of(s, leader).Find(m => m.Type == EntityType.Person) is { } head)
                return head;
            w = described;
        }

        return null;
    }

    /// <summary>The country a possessive among the owners names ("Colombia's"), or null.</summary>
    private static string? StatePossessor(ParsedSentence s, List<SyntaxWord> owning)
    {
        foreach (var c in owning)
        {
            if (c.Relation == "nmod:poss" && s.MentionAt(c) is { Type: EntityType.Country } country)
                return country.EntityId;
        }

        return null;
    }

    /// <summary>
    /// English nouns of a state's envoys, whose compound names where they are posted, not whom they serve ("Russia's U.N.
    /// ambassador" speaks for Russia).
    /// </summary>
    private static readonly HashSet<string> Postings = new(StringComparer.Ordinal)
    {
        "ambassador", "ambassadors", "envoy", "envoys", "representative", "representatives", "delegate", "delegates", "delegation",
        "mission", "emissary", "observer", "observers", "negotiator", "negotiators",
    };

    /// <summary>An organisation named as a compound of the noun, or of a noun compounded to it ("SBU security service").</summary>
    private static ResolvedMention? NamedBodyOn(ParsedSentence s, SyntaxWord noun) =>
        s.Children(noun, "compound").SelectMany(c => s.Children(c, "compound").Prepend(c)).Select(s.MentionAt).FirstOrDefault(m => m is { Type: EntityType.Organization });

    private static bool IsMoreSpecific(ResolvedMention described, ResolvedMention owner) =>
        described.Type == EntityType.Person || described.Type == EntityType.Organization && owner.Type == EntityType.Country;

    /// <summary>
    /// "Chilean Foreign Minister Ana Ruiz", "Kenya's President Daniel Otieno" as written, whatever the parser made
    /// of it: an owner, title words, then the person's name. The title may carry its brief ("Kenyan Cabinet Secretary
    /// for Trade X", "the Chinese Ambassador to Nigeria, X"), and the owner may be that brief ("UN envoy for Yemen X").
    /// </summary>
    /// <param name="view">The sentence.</param>
    /// <param name="owner">The owner before the title.</param>
    /// <param name="afterComma">The holder may follow the brief after a comma: for a title that stands for a side
    /// ("met the Chinese Ambassador to Nigeria, X"), not for the owner itself ("Sweden's ambassador to Iran, X, was
    /// recalled": Sweden recalled him).</param>
    public static ResolvedMention? TitledPerson(SentenceView view, ResolvedMention owner, bool afterComma = false)
    {
        // "Minister of Defence of Lithuania Tomas Kairys visited …": a person named right after a title's "of" and its owner.
        var of = owner.FirstToken - (view.Word(owner.FirstToken - 1) == "the" ? 2 : 1);
        if (of >= 1 && view.Word(of) == "of" && view.IsCapitalized(of - 1) && view.MentionAt(owner.EndToken) is { Type: EntityType.Person } holder
            && holder.FirstToken == owner.EndToken)
            return holder;
        var at = owner.EndToken;
        if (view.IsPossessiveMark(at))
            at++;
        var first = at;
        // "African Union chairperson X": a role noun in lower case is a title too; "State Councilor and Foreign Minister X",
        // "Crown Prince and Prime Minister X": two titles of one holder.
        while (at < first + 6 && view.MentionAt(at) is null && (view.IsCapitalized(at) || WordLists.RoleNouns.Contains(view.Word(at))
            || at > first && view.Word(at) == "and" && view.IsCapitalized(at + 1) && view.MentionAt(at + 1) is null))
            at++;
        // "UN envoy for Yemen X", "her counterpart from Indonesia, X".
        if (at == first && owner.FirstToken >= 2 && view.Word(owner.FirstToken - 1) is "for" or "to" or "from"
            && WordLists.RoleNouns.Contains(view.Word(owner.FirstToken - 2)))
        {
            if (afterComma && view.Word(at) == ",")
                at++;
            return view.MentionAt(at) is { Type: EntityType.Person } briefed && briefed.FirstToken == at ? briefed : null;
        }
        if (at > first && view.Word(at) is "for" or "to" or "of")
        {
            // The brief: a few capitalised words or names that are no person ("of State for Foreign Affairs"), and maybe
            // the comma before the holder.
            var brief = ++at;
            while (at < brief + 6 && (view.IsCapitalized(at) && view.MentionAt(at) is not { Type: EntityType.Person }
                || view.Word(at) is "of" or "for" or "and" or "the" && view.IsCapitalized(at + 1)))
                at++;
            if (at == brief)
                return null;
            if (afterComma && view.Word(at) == ",")
                at++;
        }

        return at > first && view.MentionAt(at) is { Type: EntityType.Person } person && person.FirstToken == at ? person : null;
    }

    /// <summary>"rebels with the Sudan Liberation Movement", "a spokesman with the agency": fighters or agents "with" a named body are its.</summary>
    private static bool MemberWith(ParsedSentence s, SyntaxWord noun, SyntaxWord c) =>
        ParsedSentence.Is(c, "nmod") && s.CaseOf(c) == "with" && s.MentionAt(c) is { Type: EntityType.Organization }
        && (Lexicon.Combatants.Contains(s.Lower(noun)) || Words.AgentNouns.Contains(s.Lower(noun)));

    /// <summary>English nouns of a kind of armed or political group, whose name may stand before them ("the M23 group").</summary>
    private static readonly HashSet<string> Groups = new(StringComparer.Ordinal)
    {
        "group", "groups", "movement", "militia", "faction", "organisation", "organization", "network", "party", "front", "brigade", "brigades",
    };

    private static bool IsOwnerRelation(ParsedSentence s, SyntaxWord w) =>
        Array.Exists(Owners, r => w.Relation == r) && !Words.IsBasedOrBackedBy(s.View, w.Token)
            // "a Russian-made missile downed the airliner": who made a weapon is not who fired it.
            && !(Words.IsMaker(s.View, w.Token) && s.Head(w) is { } made && Lexicon.Projectiles.Contains(s.Lower(made)))
        || ParsedSentence.Is(w, "nmod") && OwnerCases.Contains(s.CaseOf(w));

    private static List<ResolvedMention> Named(ParsedSentence s, SyntaxWord w, out bool owners)
    {
        owners = false;
        if (s.MentionAt(w) is { } self)
            return [self.Type is EntityType.Country or EntityType.Organization && TitledPerson(s.View, self) is { } titled ? titled : self];
        if (w.Upos is not ("NOUN" or "PROPN" or "PRON"))
            return [];
        var appositions = Appositions(s, w);
        if (appositions.Count > 0)
            return appositions;
        // "Kim Jong Un's sister warned …": a relative of a named person, unnamed, acts for no one the sentence names.
        if (IsKin(s, w))
            return [];
        // "Mali's partners condemned the move", "Ukraine's allies pledged …": others a possessor has, unnamed, are not it.
        if (OthersOf.Contains(s.Lower(w)) && s.Children(w).Any(c => ParsedSentence.Is(c, "nmod:poss") && c.Xpos != "PRP$"))
            return [];
        owners = true;
        var found = new List<ResolvedMention>();
        // "Syrian army positions", "Israeli air strikes", "a US surveillance drone" read with the adjective or name on the
        // noun before: whose that noun is.
        var owning = s.Children(w).Where(c => IsOwnerRelation(s, c) || MemberWith(s, w, c)).Concat(OwnerHungOnTheVerb(s, w)).ToList();
        // "an al-Shabaab commander in Somalia": with a named owner before it, a phrase of "in" or "at" says where the one
        // described is, not whose ("lawmakers in Pakistan", with no other owner, are Pakistan's).
        // Fighters outside a state's forces are no more the state's for being in it ("insurgents in Iraq"), nor is an
        // attack or a weapon ("a suicide bombing in Pakistan killed …").
        if (owning.Exists(c => c.Relation is "amod" or "nmod:poss" or "compound" && s.MentionAt(c) is { Type: not EntityType.Location })
            || Lexicon.Combatants.Contains(s.Lower(w)) && !Lexicon.TroopNouns.Contains(s.Lower(w))
            || Lexicon.AttackNounSet.Contains(s.Lower(w)) || Lexicon.Projectiles.Contains(s.Lower(w)) || Lexicon.Explosions.Contains(s.Lower(w)))
            owning.RemoveAll(c => ParsedSentence.Is(c, "nmod") && s.CaseOf(c) is "in" or "at");
        // "a spokesperson for the German foreign ministry": a body described, not named, speaks for whose it is.
        // Only whose the body is (an adjective or a possessor), not where it is ("the Israeli embassy in France").
        var described = owning.Where(c => c.Upos == "NOUN" && s.MentionAt(c) is null && Bodies.Contains(s.Lower(c)))
            .SelectMany(c => s.Children(c).Where(o => o.Relation is "amod" or "nmod:poss" or "compound"));
        // "Rebels of the M23 group", "fighters from the M23 group": the name on the unnamed group the phrase says they are
        // of (not "the mother of a U.S. soldier").
        var ofNamed = owning.Where(c => ParsedSentence.Is(c, "nmod") && c.Upos == "NOUN" && s.MentionAt(c) is null && s.CaseOf(c) is "of" or "from" && Groups.Contains(s.Lower(c)))
            .SelectMany(c => s.Children(c, "compound").Where(x => x.Upos == "PROPN"));
        foreach (var c in owning.Concat(s.Children(w, "compound").Where(c => c.Upos == "NOUN" && s.MentionAt(c) is null).SelectMany(c => s.Children(c, "amod").Concat(s.Children(c, "compound").Where(x => x.Upos == "PROPN")))).Concat(described).Concat(ofNamed))
            AddOwners(c);
        // "Colombia's ELN guerrillas", "Ukraine's SBU security service": a named body after a state's possessive is the side;
        // the state only says whose the body is.
        if (found.Count > 1 && StatePossessor(s, owning) is { } state)
        {
            if (!Postings.Contains(s.Lower(w)) && found.Exists(m => m.Type == EntityType.Organization && m.EntityId != state))
                found.RemoveAll(m => m.EntityId == state);
            // "Peru's U.N. ambassador": the body an envoy is posted to is not whom the envoy speaks for.
            else if (Postings.Contains(s.Lower(w)))
                found.RemoveAll(m => m.Type == EntityType.Organization && s.Children(w, "compound").Any(c => s.MentionAt(c)?.EntityId == m.EntityId));
        }

        // "the government in Lima", "authorities in Beijing": a state's rulers in a city sit there; a capital so named
        // speaks for its country where a voice is asked for (other places are dropped there, and wherever an actor is).
        if (found.Count == 0 && Seated.Contains(s.Lower(w))
            && s.Children(w, "nmod").FirstOrDefault(c => s.CaseOf(c) == "in" && s.MentionAt(c) is { Type: EntityType.Location }) is { } seat)
            found.Add(s.MentionAt(seat)!);

        // "Peru and Chile, whose foreign ministers met": "whose" stands for the noun its clause describes.
        if (found.Count == 0 && owning.Exists(c => c.Xpos == "WP$") && s.Head(w) is { Relation: "acl:relcl" } clause && s.Head(clause) is { } antecedent)
            AddOwners(antecedent);

        // The parser may hang a name set off by commas elsewhere; the commas still say it is in apposition.
        if (found.Count == 0 && s.View.Word(w.Token + 1) == "," && s.View.MentionAt(w.Token + 2) is { Type: EntityType.Person } named
            && named.FirstToken == w.Token + 2 && (named.EndToken >= s.View.Count || s.View.IsBreak(named.EndToken)))
            found.Add(named);
        return found;

        // The named owners a word and its conjuncts give, each the holder of the office where the article names one.
        void AddOwners(SyntaxWord owner)
        {
            foreach (var x in WithConjuncts(s, owner))
            {
                // "the Chinese Ambassador to Nigeria, Zhou Mingyuan": the holder the title names as written.
                if (s.MentionAt(x) is { Type: not EntityType.Location } m
                    && (m.Type is EntityType.Country or EntityType.Organization && TitledPerson(s.View, m, afterComma: true) is { } titled ? titled : HolderOrOwner(s, w, m)) is var side
                    && !found.Exists(f => f.EntityId == side.EntityId))
                    found.Add(side);
            }
        }
    }

    /// <summary>
    /// "the leaders of Ukraine and Russia", "the president of Kenya": the person the article names in that office at
    /// the owner, else the owner.
    /// </summary>
    private static ResolvedMention HolderOrOwner(ParsedSentence s, SyntaxWord office, ResolvedMention owner) =>
        // "two Palestinian militant leaders" are counted, not the one holder of an office.
        !s.Has(office, "nummod") && s.Offices.Holder(owner.EntityId, OfficeOf(s, office)) is { } person ? owner with { EntityId = person, Type = EntityType.Person } : owner;

    /// <summary>The office a noun names, with the noun before it ("prime minister").</summary>
    private static string OfficeOf(ParsedSentence s, SyntaxWord noun) =>
        s.Children(noun, "compound").LastOrDefault(c => c.Index == noun.Index - 1) is { } first ? $"{s.Lower(first)} {s.Lower(noun)}" : s.Lower(noun);

    /// <summary>
    /// "met her counterparts from Ghana", read with "from Ghana" as the verb's: the owner of an agent noun
    /// (<see cref="Words.AgentNouns"/>) that has none of its own, right after it.
    /// </summary>
    private static IEnumerable<SyntaxWord> OwnerHungOnTheVerb(ParsedSentence s, SyntaxWord noun)
    {
        if (!ParsedSentence.Is(noun, "obj") || !Words.AgentNouns.Contains(s.Lower(noun)) || s.Head(noun) is not { } verb
            || s.Children(noun).Any(c => IsOwnerRelation(s, c) && c.Upos != "PRON"))
            yield break;
        var end = s.Parse.LastWordOf(noun).Index;
        if (s.Children(verb).FirstOrDefault(c => c.Index > end) is { } next && ParsedSentence.Is(next, "obl") && OwnerCases.Contains(s.CaseOf(next))
            && s.Parse.FirstWordOf(next).Index == end + 1)
            yield return next;
    }

    /// <summary>
    /// Names a description stands for: in apposition ("the president, Otieno"), or a title heading the name in
    /// the parse ("Secretary of State Antony Blinken" where the name hangs from "Secretary").
    /// </summary>
    private static List<ResolvedMention> Appositions(ParsedSentence s, SyntaxWord w)
    {
        var found = new List<ResolvedMention>();
        // "three states, Mali, Guinea and Niger", "suspended four members: A, B, C and D", "one member, Niger": a count spelled out.
        var counted = IsCounted(s, w);
        foreach (var c in s.Children(w))
        {
            var apposition = ParsedSentence.Is(c, "appos");
            if (!apposition && !ParsedSentence.Is(c, "flat") && c.Relation != "compound")
                continue;
            foreach (var x in apposition ? WithConjuncts(s, c) : [c])
            {
                if (s.MentionAt(x) is { } m && (m.Type is EntityType.Person or EntityType.Organization
                        || m is { Type: EntityType.Country, Kind: MentionKind.Name } && apposition && counted && SpelledOut(s, w, c))
                    && (apposition || m.Type == EntityType.Person)
                    && !found.Exists(f => f.EntityId == m.EntityId))
                    found.Add(m);
            }
        }

        // The parser may hang a name set off by commas elsewhere; the commas still say it is in apposition.
        if (found.Count == 0 && s.View.Word(w.Token + 1) == "," && s.View.MentionAt(w.Token + 2) is { Type: EntityType.Person } named
            && named.FirstToken == w.Token + 2 && (named.EndToken >= s.View.Count || s.View.IsBreak(named.EndToken)))
            found.Add(named);
        // The parser may hang a name set off by commas elsewhere; the commas still say it is in apposition (a title
        // may open it: "his counterpart, Foreign Minister Sergey Lavrov,").
        if (found.Count == 0 && s.View.Word(w.Token + 1) == "," && CommaApposition(s.View, w.Token + 2) is { } set)
            found.Add(set);
        return found;
    }

    /// <summary>A noun counted by a number: "three states", "one member".</summary>
    internal static bool IsCounted(ParsedSentence s, SyntaxWord noun) =>
        noun.Xpos is "NNS" or "NN" && s.Children(noun, "nummod").Any(n => noun.Xpos == "NNS" || s.Lower(n) == "one");

    /// <summary>A list set off right after the counted noun by a comma ("two states, A and B"), or after a colon ("…: A and B").</summary>
    private static bool SpelledOut(ParsedSentence s, SyntaxWord counted, SyntaxWord first) =>
        first.Index > 0 && s.Parse.Words[first.Index - 1].Form is var before && (before == ":" || before == "," && first.Index - 2 == counted.Index);

    /// <summary>A person's name right after a comma, a title possibly before it, ending the phrase: ", Foreign Minister Sergey Lavrov,".</summary>
    public static ResolvedMention? CommaApposition(SentenceView view, int from)
    {
        var at = from;
        while (at < from + 4 && view.MentionAt(at) is null && view.IsCapitalized(at))
            at++;
        return view.MentionAt(at) is { Type: EntityType.Person } person && person.FirstToken == at
            && (person.EndToken >= view.Count || view.IsBreak(person.EndToken)) ? person : null;
    }

    private static IEnumerable<SyntaxWord> WithConjuncts(ParsedSentence s, SyntaxWord w)
    {
        yield return w;
        foreach (var c in s.Children(w, "conj"))
            yield return c;
    }
}
