using Graph.Core.Model;
using Graph.Extraction.Syntax;

namespace Graph.Extraction.Events.Frames;

/// <summary>
/// Measures one side takes against another that the annotation guidelines count as sanctions (CAMEO 16x): trade
/// banned ("banned imports of Polish apples"), borders and airspace closed ("closed its border with Chad"), envoys
/// recalled ("recalled its ambassador to Madrid") or told to leave, memberships and aid suspended, bodies forced out ("forced the UN agency out of the country").
/// </summary>
internal sealed partial class FrameRule
{
    /// <summary>English verbs of banning or halting trade.</summary>
    private static readonly HashSet<string> Bans = VerbForms.Set("ban/banned/banning", "bar/barred/barring", "prohibit", "block", "halt", "suspend", "restrict");

    /// <summary>What a consulate does with visas ("suspended visa services for Canadians").</summary>
    private static readonly HashSet<string> VisaWork = new(StringComparer.Ordinal) { "services", "issuance", "processing", "applications" };

    /// <summary>English verbs of coming into a country, in the form after "from".</summary>
    private static readonly HashSet<string> Entries = new(StringComparer.Ordinal) { "entering", "travelling", "traveling", "visiting", "coming" };

    /// <summary>What trade and travel are: nouns whose ban is an embargo or a travel ban.</summary>
    private static readonly HashSet<string> Trade = new(StringComparer.Ordinal)
    {
        "imports", "exports", "shipments", "flights", "trade", "goods", "products", "purchases", "sales", "visas",
        "import", "export", "sale",
    };

    /// <summary>English verbs of closing.</summary>
    private static readonly HashSet<string> Closes = VerbForms.Set("close", "shut/shut/shutting", "seal");

    /// <summary>What a country closes to another.</summary>
    private static readonly HashSet<string> Crossings = new(StringComparer.Ordinal)
    {
        "border", "borders", "frontier", "frontiers", "airspace", "ports", "crossings", "crossing", "waters", "checkpoint", "checkpoints",
    };

    /// <summary>English verbs that with "out" expel a party ("forced X out", "kicked X out"; "threw out" is most often a case or a plea).</summary>
    private static readonly HashSet<string> Forces = VerbForms.Set("force", "kick", "push", "drive/drove/driven");

    /// <summary>Envoys a country recalls or withdraws (CAMEO 161), or summons in protest.</summary>
    private static readonly HashSet<string> Envoys = new(StringComparer.Ordinal)
    {
        "ambassador", "ambassadors", "envoy", "envoys", "diplomat", "diplomats", "emissary", "charge", "chargé", "commissioner",
        "attache", "attaches", "attaché", "attachés",
        // "chargé d'affaires", its last word the head as a treebank splits it.
        "d'affaires", "d’affaires",
    };

    /// <summary>"a Russian embassy employee", "consulate staff": those who work at a state's post abroad, as its envoys do.</summary>
    private static bool IsMissionStaff(ParsedSentence s, SyntaxWord noun) =>
        Staff.Contains(s.Lower(noun)) && s.Children(noun, "compound").Any(c => Posts.Contains(s.Lower(c)));

    /// <summary>English nouns of a body's representation abroad, whose head is its envoy.</summary>
    private static readonly HashSet<string> Posts = new(StringComparer.Ordinal) { "mission", "embassy", "delegation", "consulate", "office" };

    /// <summary>"Ambassador Helena Morales was expelled", read with the name heading its title: an envoy named with the title.</summary>
    private static bool TitledEnvoy(ParsedSentence s, SyntaxWord named) =>
        named.Upos == "PROPN" && s.Children(named).Any(c => c.Relation is "compound" or "nmod:desc" && c.Index < named.Index && Envoys.Contains(s.Lower(c)));

    /// <summary>An envoy, or the staff of a post ("embassy staff", "diplomatic personnel").</summary>
    private static bool IsEnvoy(ParsedSentence s, SyntaxWord noun) =>
        Envoys.Contains(s.Lower(noun))
        || s.Lower(noun) is "staff" or "staffers" or "personnel" or "employees" or "officials"
            && s.Children(noun).Any(c => c.Relation is "compound" or "amod" && (Posts.Contains(s.Lower(c)) || s.Lower(c) == "diplomatic"));

    /// <summary>English verbs of telling someone to go.</summary>
    private static readonly HashSet<string> Orders = VerbForms.Set("order", "ask", "tell/told", "give/gave/given", "instruct", "summon");

    /// <summary>English verbs of going away.</summary>
    private static readonly HashSet<string> Leaves = VerbForms.Set("leave/left", "depart", "quit/quit/quitting", "exit");

    /// <summary>English verbs of putting a party on a list.</summary>
    private static readonly HashSet<string> Lists = VerbForms.Set("add", "place", "put/put/putting", "include");

    /// <summary>A list whose parties are sanctioned: a blacklist, or a list of sanctions, trade or entities, or of terrorist groups.</summary>
    private static bool IsBlacklist(ParsedSentence s, SyntaxWord list) =>
        s.Lower(list) is "blacklist" or "blacklists"
        || s.Lower(list) is "list" && (HasModifier(s, list, Lexicon.SanctionNouns) || HasModifier(s, list, ListedFor)
            || Clause.Oblique(s, list, "of") is { } listed && HasModifier(s, listed, ListedFor));

    /// <summary>What a list of sanctioned parties is for ("the entity list", "a trade blacklist", "its terrorism list", "the Specially Designated Nationals list").</summary>
    private static readonly HashSet<string> ListedFor = new(StringComparer.Ordinal) { "entity", "trade", "terrorism", "terror", "terrorist", "blacklist", "designated" };

    private static readonly HashSet<string> Suspends = VerbForms.Set("suspend", "freeze/froze/frozen/freezing", "cut/cut/cutting", "halt", "pause", "withhold/withheld");

    /// <summary>English verbs of ending an agreement for good ("revoked military agreements with Paris", "ended its defence pact with Paris").</summary>
    private static readonly HashSet<string> Revokes = VerbForms.Set("revoke", "cancel", "terminate", "scrap", "annul", "end");

    /// <summary>Ties with a party that can be ended besides agreements ("ended military cooperation with France").</summary>
    private static readonly HashSet<string> Ties = new(StringComparer.Ordinal) { "cooperation", "ties", "relations", "partnership" };

    /// <summary>What a party has that can be suspended: its place in a body, aid and ties it receives, or its licence to work.</summary>
    private static readonly HashSet<string> Memberships = new(StringComparer.Ordinal)
    {
        "membership", "participation", "seat", "accreditation", "aid", "assistance", "funding", "cooperation", "ties", "relations",
        "licence", "license", "licences", "licenses", "permit", "permits", "lending", "loans", "disbursements", "financing",
    };

    /// <summary>English nouns of the people a body sends to work in a country ("expelled the staff of X").</summary>
    private static readonly HashSet<string> Staff = new(StringComparer.Ordinal)
    {
        "staff", "employees", "workers", "personnel", "representatives", "correspondents", "journalists", "team", "teams",
        "employee", "staffer", "staffers", "worker", "official", "officials",
    };

    /// <summary>
    /// The party a suspension falls on: a party suspended itself, or the owner of a membership or the receiver of aid
    /// ("Niger's membership", "aid to Niger").
    /// </summary>
    private static SyntaxWord? Suspended(ParsedSentence s, SyntaxWord v, SyntaxWord undergoer)
    {
        if (s.MentionAt(undergoer) is { Type: EntityType.Country or EntityType.Organization })
            return undergoer;
        // "suspended three states: Mali, Guinea and Niger": the members a count spells out.
        if (Sides.IsCounted(s, undergoer) && s.Children(undergoer, "appos").FirstOrDefault(a => s.MentionAt(a) is { Type: EntityType.Country or EntityType.Organization }) is not null)
            return undergoer;
        // "suspended a military agreement with North Korea": a pact with a party suspended.
        if (Lexicon.AgreementNouns.Contains(s.Lower(undergoer)) && Clause.Oblique(s, undergoer, "with") is { } party)
            return party;
        if (!Memberships.Contains(s.Lower(undergoer)))
            return null;
        return s.Children(undergoer, "nmod:poss").FirstOrDefault(o => s.MentionAt(o) is not null)
            ?? Clause.Oblique(s, undergoer, "to", "for", "with", "of") ?? Clause.Oblique(s, v, "to", "for", "with");
    }

    private IEnumerable<EventDraft>? Measure(ParsedSentence s, SyntaxWord v, string lower)
    {
        var undergoer = Clause.Undergoer(s, v);
        if (undergoer is null)
            return null;
        var thing = s.Lower(undergoer);
        // "banned imports of Polish apples", "halted Russian gas imports", "suspended visas for Canadians": whose trade or travel it is.
        // "banned exports of rare earths to the United States": of the phrases (on the goods too), the one naming a side.
        if (Bans.Contains(lower) && (Trade.Contains(thing) || VisaWork.Contains(thing) && s.Children(undergoer).Any(c => c.Relation == "compound" && s.Lower(c) == "visa")))
            return Directed(s, v, EventType.Sanction, "163", ParticipantRoles.Imposer, ParticipantRoles.Target, Clause.Doer(s, v),
                s.Children(undergoer).Concat(s.Children(v)).Concat(Clause.Oblique(s, undergoer, "of") is { } goods ? s.Children(goods) : []).FirstOrDefault(c => (ParsedSentence.Is(c, "obl") || ParsedSentence.Is(c, "nmod"))
                    && s.CaseOf(c) is "of" or "from" or "to" or "for" or "with" && Sides.Of(s, c).Count > 0)
                ?? Clause.Oblique(s, undergoer, "of", "from", "to", "for", "with") ?? Clause.Oblique(s, v, "from", "to", "for", "with") ?? undergoer);
        // "barred entry to two European lawmakers", "Israel denied entry to the delegation": an entry ban on whom entry is
        // barred to (CAMEO 163); in the passive, "was denied entry to Israel", the state named is the one that bars it.
        if ((lower is "banned" or "bans" or "ban" or "barred" or "bars" or "bar" || Lexicon.Deny.Contains(lower) || Lexicon.Refuse.Contains(lower))
            && (thing == "entry" ? undergoer : s.Children(v, "obj").FirstOrDefault(o => s.Lower(o) == "entry")) is { } entry
            && (Clause.Oblique(s, entry, "to", "into") ?? Clause.Oblique(s, v, "to", "into")) is { } barredAt)
        {
            if (Clause.Doer(s, v) is { } barring)
                return Directed(s, v, EventType.Sanction, "163", ParticipantRoles.Imposer, ParticipantRoles.Target, barring, barredAt);
            if (s.MentionAt(barredAt) is { Type: EntityType.Country } && s.Children(v, "nsubj:pass").FirstOrDefault() is { Upos: not "PRON" } barred)
                return Directed(s, v, EventType.Sanction, "163", ParticipantRoles.Imposer, ParticipantRoles.Target, barredAt, barred);
        }
        // "banned 500 Americans from entering the country", "barred Chilean officials from travelling to the EU": an entry
        // ban on the party (CAMEO 163). Only "ban" and "bar": "blocked protesters from entering" is policing.
        // "Two Dutch activists were barred from entering Azerbaijan": in the passive, the state not to be entered bars them.
        if (lower is "banned" or "bans" or "ban" or "barred" or "bars" or "bar"
            && s.Children(undergoer).Concat(s.Children(v)).FirstOrDefault(c => c.Relation is "advcl" or "acl" or "xcomp" && (s.MarkOf(c) == "from" || s.CaseOf(c) == "from") && Entries.Contains(s.Lower(c))) is { } entering)
            return Directed(s, v, EventType.Sanction, "163", ParticipantRoles.Imposer, ParticipantRoles.Target,
                Clause.Doer(s, v) ?? (ParsedSentence.Is(undergoer, "nsubj:pass") && s.Children(entering, "obj").FirstOrDefault() is { } land && s.MentionAt(land) is { Type: EntityType.Country } ? land : null),
                undergoer);
        // "closed its border with Chad", "shut its airspace to Russian aircraft".
        if (Closes.Contains(lower) && Crossings.Contains(thing))
            return Directed(s, v, EventType.Sanction, "163", ParticipantRoles.Imposer, ParticipantRoles.Target, Clause.Doer(s, v),
                Clause.Oblique(s, undergoer, "with", "to") ?? Clause.Oblique(s, v, "with", "to"));
        // "closed the Russian consulate in Rotterdam", "shut Iran's embassy": a state's mission closed reduces relations
        // with that state (CAMEO 161), whose the mission is by its modifier or possessor.
        if (Closes.Contains(lower) && Posts.Contains(thing) && thing != "delegation" && Sides.Of(s, undergoer).Count > 0)
            return Directed(s, v, EventType.Sanction, "161", ParticipantRoles.Imposer, ParticipantRoles.Target, Clause.Doer(s, v), undergoer);
        // "forced the UN refugee agency out of the country": an expulsion (CAMEO 166).
        // Only a party is expelled: "threw out the plea" or "forced the price out of reach" expel no one; troops pushed
        // out of a town are fought, not expelled.
        if (Forces.Contains(lower) && (s.MentionAt(undergoer) is not null || Words.AgentNouns.Contains(thing)) && !Lexicon.Combatants.Contains(thing)
            && s.Children(v).Any(c => s.Lower(c) == "out" && c.Relation is "compound:prt" or "advmod" || s.CaseOf(c) == "out"))
            return Directed(s, v, EventType.Sanction, "166", ParticipantRoles.Imposer, ParticipantRoles.Target, Clause.Doer(s, v), undergoer);
        // "ordered the French ambassador to leave the country" (the parser hangs "to leave" on the verb, as a complement or
        // an adverbial clause, or on the envoy):
        // an envoy told to go is expelled (CAMEO 161).
        // "ordered 12 French diplomats out of the country": so too an envoy ordered out.
        if (Orders.Contains(lower) && (Envoys.Contains(thing) || IsEnvoy(s, undergoer) || IsMissionStaff(s, undergoer))
            && (s.Children(v, "xcomp").Concat(s.Children(v, "advcl").Where(x => s.MarkOf(x) == "to")).Concat(s.Children(undergoer, "acl")).Any(x => Leaves.Contains(s.Lower(x)))
                || s.Children(v).Concat(s.Children(undergoer)).Any(c => s.Lower(c) == "out" && c.Relation is "compound:prt" or "advmod" || s.CaseOf(c) == "out")))
            return Directed(s, v, EventType.Sanction, "161", ParticipantRoles.Imposer, ParticipantRoles.Target, Clause.Doer(s, v), undergoer);
        // "revoked a string of military agreements with Paris": an agreement with a party ended is a sanction on it.
        if (Revokes.Contains(lower) && Measured(s, undergoer) is var revoked && (Lexicon.AgreementNouns.Contains(s.Lower(revoked)) || Ties.Contains(s.Lower(revoked)))
            && (Clause.Oblique(s, revoked, "with") ?? Clause.Oblique(s, v, "with")) is { } partner)
            return Directed(s, v, EventType.Sanction, "160", ParticipantRoles.Imposer, ParticipantRoles.Target, Clause.Doer(s, v), partner);
        // "The AU expelled Mali", "Germany banned Hezbollah": a member state a body expels, a body a state bans (CAMEO 16x).
        if (ParsedSentence.Is(undergoer, "obj") && Clause.Doer(s, v) is { } measuring && s.MentionAt(measuring) is { } measurer
            && (Lexicon.Expel.Contains(lower) && s.MentionAt(undergoer) is { Type: EntityType.Country, Kind: Mentions.MentionKind.Name } && measurer.Type == EntityType.Organization
                || Bans.Contains(lower) && lower.StartsWith('b') && s.MentionAt(undergoer) is { Type: EntityType.Organization, Kind: Mentions.MentionKind.Name } && measurer.Type == EntityType.Country))
            return Directed(s, v, EventType.Sanction, "160", ParticipantRoles.Imposer, ParticipantRoles.Target, measuring, undergoer);
        // "Niger was suspended from ECOWAS", "Russia was expelled from the Council of Europe": a state or body suspended,
        // expelled or barred from a body, by that body where no other is named (CAMEO 16x; not a player from a team).
        if ((Suspends.Contains(lower) || Lexicon.Expel.Contains(lower) || Bans.Contains(lower)) && ParsedSentence.Is(undergoer, "nsubj:pass")
            && s.MentionAt(undergoer) is { Type: EntityType.Country or EntityType.Organization, Kind: not Mentions.MentionKind.Demonym }
            && Clause.Oblique(s, v, "from") is { } memberOf && s.MentionAt(memberOf) is { Type: EntityType.Organization })
            return Directed(s, v, EventType.Sanction, "160", ParticipantRoles.Imposer, ParticipantRoles.Target, Clause.Oblique(s, v, "by") ?? memberOf, undergoer);
        // "suspended Niger's membership", "suspended Mali from the bloc", "suspended aid to Niger" (annotation guidelines:
        // suspensions are sanctions).
        if (Suspends.Contains(lower) && Suspended(s, v, undergoer) is { } suspended)
            return Directed(s, v, EventType.Sanction, Lexicon.AidNouns.Contains(thing) ? "162" : "160", ParticipantRoles.Imposer, ParticipantRoles.Target, Clause.Doer(s, v), suspended);
        // "added 20 companies to its sanctions list", "placed Huawei on its trade blacklist" (CAMEO 163).
        // The list may hang on the verb or on what is listed, beside a day ("on Friday").
        if (Lists.Contains(lower) && s.Children(v).Concat(s.Children(undergoer)).Any(c => (ParsedSentence.Is(c, "obl") || ParsedSentence.Is(c, "nmod"))
                && s.CaseOf(c) is "to" or "on" && IsBlacklist(s, c)))
            return Directed(s, v, EventType.Sanction, "163", ParticipantRoles.Imposer, ParticipantRoles.Target, Clause.Doer(s, v), undergoer);
        // "expelled the head of the UN mission", "expelled the chief of the French embassy": the head of a body's mission
        // is its envoy (CAMEO 161), and the body the target.
        if (Lexicon.Expel.Contains(lower) && thing is "head" or "chief" && Clause.Oblique(s, undergoer, "of") is { } post && Posts.Contains(s.Lower(post))
            && (s.Children(post, "nmod:poss").FirstOrDefault(o => s.MentionAt(o) is not null) ?? StateModifier(s, post) ?? Clause.Oblique(s, post, "of", "to", "in")) is { } sender)
            return Directed(s, v, EventType.Sanction, "161", ParticipantRoles.Imposer, ParticipantRoles.Target, Clause.Doer(s, v), sender);
        // "Hungary and Slovakia expelled each other's military attaches": each side's envoys expelled by the other.
        if (Lexicon.Expel.Contains(lower) && Envoys.Contains(thing) && s.Children(undergoer).Any(c => s.Lower(c) == "other")
            && s.Children(undergoer).Any(c => s.Lower(c) == "each") && Clause.Doer(s, v) is { } expelling)
            return Mutual(s, v, EventType.Sanction, "161", ParticipantRoles.Imposer, ParticipantRoles.Target, expelling);
        // "Two Russian diplomats were expelled by Norway", "Norway expelled two Russian diplomats": envoys expelled are a
        // sanction on the state they serve (CAMEO 161), whose they are by their modifier or possessor.
        if (Lexicon.Expel.Contains(lower) && (Envoys.Contains(thing) || TitledEnvoy(s, undergoer)) && Sides.Of(s, undergoer).Count > 0)
            return Directed(s, v, EventType.Sanction, "161", ParticipantRoles.Imposer, ParticipantRoles.Target, Clause.Doer(s, v), undergoer);
        // "expelled the Norwegian Refugee Council", "expelled the staff of Chevron": a body, or the people it sent, expelled
        // (CAMEO 166), the body the target; not a group ousted from power ("ousted the Taliban").
        if (lower.StartsWith("expel", StringComparison.Ordinal) && (s.MentionAt(undergoer) is { Type: EntityType.Organization } ? undergoer
                : Staff.Contains(thing) ? s.Children(undergoer, "nmod:poss").Append(Clause.Oblique(s, undergoer, "of")).FirstOrDefault(o => o is not null && s.MentionAt(o) is { Type: EntityType.Organization })
                : null) is { } body)
            return Directed(s, v, EventType.Sanction, "166", ParticipantRoles.Imposer, ParticipantRoles.Target, Clause.Doer(s, v), body);
        // "Russia expelled reporter Evan Marsh", "was deported from China": a person a state expels (CAMEO 166), the state
        // the subject, or in the passive the one expelled from; not one ousted from power or expelled from a party.
        if ((lower.StartsWith("expel", StringComparison.Ordinal) || lower.StartsWith("deport", StringComparison.Ordinal)) && Sides.Of(s, undergoer) is [{ Type: EntityType.Person }]
            && (Clause.Doer(s, v) ?? (ParsedSentence.Is(undergoer, "nsubj:pass") ? Clause.Oblique(s, v, "from") : null)) is { } expeller
            && Sides.Of(s, expeller) is [{ Type: EntityType.Country }])
            return Directed(s, v, EventType.Sanction, "166", ParticipantRoles.Imposer, ParticipantRoles.Target, expeller, undergoer);
        // "recalled its ambassador to Madrid", "withdrew its envoy from Kigali", "called back its ambassador to Lima".
        // "Sweden's ambassador to Iran was recalled": recalled by whose envoy it is.
        if ((Lexicon.Withdraw.Contains(lower) || Calls.Contains(lower) && s.Children(v).Any(c => s.Lower(c) is "back" or "home")) && Envoys.Contains(thing))
            return Directed(s, v, EventType.Sanction, "161", ParticipantRoles.Imposer, ParticipantRoles.Target,
                Clause.Doer(s, v) ?? (ParsedSentence.Is(undergoer, "nsubj:pass") ? s.Children(undergoer, "nmod:poss").FirstOrDefault(o => s.MentionAt(o) is { Type: EntityType.Country }) : null),
                Clause.Oblique(s, undergoer, "to", "from", "in") ?? Clause.Oblique(s, v, "from", "to"));
        // "ordered the expulsion of two Russian diplomats", "announced the closure of its border with Niger", "the recall
        // of its ambassador": a measure told by its noun is taken as its verb would be.
        if (thing is "expulsion" or "expulsions" or "closure" or "closing" or "shutdown" or "recall" or "withdrawal" && (Orders.Contains(lower) || Announces.Contains(lower) || lower is "decreed" or "decrees")
            && Clause.Oblique(s, undergoer, "of") is { } measured)
        {
            // "announced the recall of its ambassador from Quito": whom the envoy is recalled from.
            if (thing is "recall" or "withdrawal" && Envoys.Contains(s.Lower(measured)))
                return Directed(s, v, EventType.Sanction, "161", ParticipantRoles.Imposer, ParticipantRoles.Target, Clause.Doer(s, v),
                    Clause.Oblique(s, measured, "from", "to", "in") ?? Clause.Oblique(s, undergoer, "from", "to") ?? Clause.Oblique(s, v, "from"));
            if (thing is "expulsion" or "expulsions" && Envoys.Contains(s.Lower(measured)) && Sides.Of(s, measured).Count > 0)
                return Directed(s, v, EventType.Sanction, "161", ParticipantRoles.Imposer, ParticipantRoles.Target, Clause.Doer(s, v), measured);
            if (thing is "closure" or "closing" or "shutdown" && Crossings.Contains(s.Lower(measured)))
                return Directed(s, v, EventType.Sanction, "163", ParticipantRoles.Imposer, ParticipantRoles.Target, Clause.Doer(s, v),
                    Clause.Oblique(s, measured, "with", "to") ?? Clause.Oblique(s, undergoer, "with", "to") ?? Clause.Oblique(s, v, "with", "to"));
        }

        // "OFAC designated six Iranian officials", "the firm was also designated": a party put on a sanctions list by the
        // word the listing authorities use (CAMEO 163); not "designated X as its candidate", "designated Y to lead the
        // talks" or "designated three national parks".
        // A title's "-designate" ("Chancellor-designate X") is no verb, whatever the parser made of it.
        if (Designates.Contains(lower) && (Sides.Of(s, undergoer).Count > 0 || Listed.Contains(thing)) && !ParsedSentence.Is(v, "amod")
            && !(v.Index > 0 && s.Parse.Words[v.Index - 1].Token == v.Token)
            && !s.Children(v).Concat(s.Children(undergoer)).Any(c => c.Relation is "xcomp" or "advcl" or "obl" or "acl" && (s.MarkOf(c) is "to" || s.CaseOf(c) is "as" or "to") && !NamesTerror(s, c)))
            return Directed(s, v, EventType.Sanction, "163", ParticipantRoles.Imposer, ParticipantRoles.Target, Clause.Doer(s, v), undergoer);
        return null;
    }

    /// <summary>The listing authorities' verb ("OFAC designated …").</summary>
    private static readonly HashSet<string> Designates = VerbForms.Set("designate");

    /// <summary>What a sanctions authority lists besides named parties (the nouns of its press releases).</summary>
    private static readonly HashSet<string> Listed = new(StringComparer.Ordinal)
    {
        "individual", "individuals", "entity", "entities", "company", "companies", "firm", "firms", "network", "networks", "official", "officials",
        "businessman", "businessmen", "businesswoman", "vessel", "vessels", "person", "persons", "people", "group", "groups",
    };

    /// <summary>"as a terrorist organisation", "a state sponsor of terrorism": what a designation as a pariah says.</summary>
    private static bool NamesTerror(ParsedSentence s, SyntaxWord phrase) =>
        s.Parse.Subtree(phrase).Any(w => s.Lower(w) is "terrorist" or "terrorists" or "terror" or "terrorism" or "sponsor");
}
