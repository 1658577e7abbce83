using Graph.Core.Model;
using Graph.Extraction.Mentions;
using Graph.Extraction.Syntax;

namespace Graph.Extraction.Events.Frames;

/// <summary>
/// Deals made and aid given, read from the verb and what it acts on, active or passive: "An accord was signed by A
/// and B", "C brokered a truce between A and B", "C delivered howitzers to D", "aid was sent to D by C", "D received
/// supplies from C".
/// </summary>
internal sealed partial class FrameRule
{
    /// <summary>
    /// Verbs of making a deal known: "Chile and Peru announced a trade agreement" says they reached it (a plan, a
    /// ceasefire of one side or an end announced is no deal between parties).
    /// </summary>
    private static readonly HashSet<string> Announces = VerbForms.Set("announce", "unveil");

    /// <summary>Verbs of bringing about a deal between others (CAMEO 057 for the parties, the broker among them).</summary>
    private static readonly HashSet<string> Brokers = VerbForms.Set("broker", "mediate", "negotiate");

    /// <summary>
    /// A deal signed, reached or brokered: the deal is the verb's object or its passive subject, and its parties are
    /// the doer and whoever the deal or the verb names with "between" or "with" (annotation guidelines: Agreement).
    /// </summary>
    private IEnumerable<EventDraft>? Deal(ParsedSentence s, SyntaxWord v, string lower)
    {
        // "Israel, Hamas agree to ceasefire", "Kenya agreed with Somalia to …": the parties that agree, two or more.
        if (Lexicon.Agree.Contains(lower))
        {
            var agreed = Encounter(s, v, EventType.Agreement, s.Parse.Subtree(v).Any(w => Lexicon.AgreementNouns.Contains(s.Lower(w))) ? "057" : "030",
                Clause.Doer(s, v), [.. Partners(s, v, "with"), .. MetBefore(s, v), .. s.Children(v).Where(c => Lexicon.AgreementNouns.Contains(s.Lower(c))).SelectMany(d => BrokersOf(s, d)),
                    .. s.Children(v).Where(c => ParsedSentence.Is(c, "obl") && s.CaseOf(c) == "to").SelectMany(p => ProposerOf(s, p))]).ToList();
            return agreed.Count > 0 ? agreed : null;
        }

        // "accepted an American proposal for a truce": one side takes up what another put forward, and the two agree.
        if (Accepts.Contains(lower) && s.Children(v, "obj").SelectMany(p => ProposerOf(s, p)).ToList() is [_, ..] proposers)
        {
            var accepted = Encounter(s, v, EventType.Agreement, "057", Clause.Doer(s, v), proposers).ToList();
            return accepted.Count > 0 ? accepted : null;
        }

        // "Saudi Arabia and Iran restored diplomatic relations", "established ties with Chile": relations set up between
        // parties are agreed between them (CAMEO 064).
        if (Restores.Contains(lower) && s.Children(v, "obj").FirstOrDefault(o => Lexicon.RelationsNouns.Contains(s.Lower(o))) is { } relations)
        {
            var restored = Encounter(s, v, EventType.Agreement, "064", Clause.Doer(s, v), [.. Partners(s, v, "with"), .. Partners(s, relations, "with")]).ToList();
            return restored.Count > 0 ? restored : null;
        }

        if (DealOfTheMeeting(s, v, lower) is { } outcome)
            return outcome;
        // "Peru strikes a trade deal with Chile": the present of "struck a deal" (a headline's, or the news's own).
        var strikes = Strikes.Contains(lower);
        if (!Lexicon.Sign.Contains(lower) && !Brokers.Contains(lower) && !Announces.Contains(lower) && !strikes)
            return null;
        if (Clause.Undergoer(s, v) is not { } undergoer
            // "the two sides signed 20 cooperation documents", "signed an action plan", "signed a roadmap": documents and
            // plans two sides sign are deals.
            || (Lexicon.AgreementNouns.Contains(s.Lower(undergoer)) || Lexicon.Sign.Contains(lower) && s.Lower(undergoer) is "document" or "documents" or "plan" or "plans" or "roadmap" ? undergoer
                : strikes ? null : TextOf(s, undergoer) ?? Brokered(s, undergoer, lower)) is not { } deal)
            return null;
        var partners = Partners(s, deal, "between", "with");
        partners.AddRange(Partners(s, v, "between", "with").Where(p => p != deal));
        if (partners.Count == 0)
            partners.AddRange(MetBefore(s, v));
        // "Qatar signed a deal to supply LNG to Sinopec": the other party is whom the deal's deed is with, to or from.
        if (partners.Count == 0)
            partners.AddRange(s.Children(deal, "acl").Where(a => s.MarkOf(a) == "to").Select(a => Clause.Oblique(s, a, "to", "from", "with")).OfType<SyntaxWord>());
        // "signed a reconciliation agreement brokered by Egypt": the broker is a party to the deal, as when it is the doer.
        var brokers = BrokersOf(s, deal).ToList();
        // "Iran and Saudi Arabia restored relations in a deal brokered by China": the parties are who did what the deal
        // did, the doers of the clause the deal is a phrase of.
        if (partners.Count == 0 && ParsedSentence.Is(v, "acl") && s.Head(v) == deal && s.CaseOf(deal) is "in" or "under" or "through"
            && Clause.VerbAbove(s, deal) is { } clause && Clause.Doer(s, clause) is { } parties)
            return Encounter(s, v, EventType.Agreement, "057", Clause.Doer(s, v), [parties]);
        // "The ceasefire brokered by Qatar and Egypt took effect": brokers with no parties named are no parties.
        if (partners.Count == 0 && Brokers.Contains(lower))
            return null;
        return (brokers.Count == 0 ? EachCounterpart(s, v, Clause.Doer(s, v), partners) : null) ?? Encounter(s, v, EventType.Agreement, "057", Clause.Doer(s, v), [.. partners, .. brokers]);
    }

    /// <summary>
    /// "met Peru's president in Lima and signed a border treaty", "received X and agreed to …", "held talks with X, and the
    /// two signed …": a deal in a clause joined to a meeting, with the meeting's subject or the two who met as its own, is
    /// made by the two who met (not "agreed that more talks were needed", an opinion shared).
    /// </summary>
    private static List<SyntaxWord> MetBefore(ParsedSentence s, SyntaxWord v)
    {
        if (v.Relation != "conj" || s.Head(v) is not { Upos: "VERB" } met || met.Index > v.Index || s.Children(v, "ccomp").Any())
            return [];
        var subject = s.Children(v).FirstOrDefault(c => c.Relation.StartsWith("nsubj", StringComparison.Ordinal));
        if (subject is not null && s.Lower(subject) is not ("they" or "both" or "two") && !Sides.IsTheTwo(s, subject))
            return [];
        var lower = s.Lower(met);
        List<SyntaxWord> partners = Lexicon.Meet.Contains(lower) || Lexicon.Host.Contains(lower) || Lexicon.ReceiveVisitor.Contains(lower) ? Partners(s, met, "with")
            // "sat down with X and agreed …".
            : SitsDown.Contains(lower) && s.Children(met).FirstOrDefault(p => p.Relation is "compound:prt" or "advmod" && s.Lower(p) == "down") is { } down
                ? [.. Partners(s, met, "with"), .. Partners(s, down, "with")]
            : Holds.Contains(lower) && s.Children(met, "obj").FirstOrDefault(o => MeetingNouns.Contains(s.Lower(o))) is { } talks
                ? [.. Partners(s, met, "with").Where(p => p != talks), .. Partners(s, talks, "with")]
            : [];
        // "… and they signed": the two who met, the meeting's subject among them.
        if (subject is not null && partners.Count > 0 && Clause.Doer(s, met) is { } host)
            partners.Insert(0, host);
        return partners;
    }

    private static readonly HashSet<string> SitsDown = VerbForms.Set("sit/sat/sitting");

    /// <summary>English verbs of taking up what another offers.</summary>
    private static readonly HashSet<string> Accepts = VerbForms.Set("accept", "endorse", "embrace");

    /// <summary>English nouns of what one side puts forward for another to agree to.</summary>
    private static readonly HashSet<string> Proposals = new(StringComparer.Ordinal) { "proposal", "proposals", "plan", "initiative", "offer", "formula", "roadmap", "framework" };

    /// <summary>Who put forward a proposal: "a US proposal", "Egypt's plan", "a proposal by Qatar", "an offer from Turkey".</summary>
    private static IEnumerable<SyntaxWord> ProposerOf(ParsedSentence s, SyntaxWord proposal) =>
        !Proposals.Contains(s.Lower(proposal)) ? []
        : (Clause.Oblique(s, proposal, "by", "from") ?? s.Children(proposal, "nmod:poss").FirstOrDefault(o => o.Xpos != "PRP$") ?? StateModifier(s, proposal)) is { } proposer ? [proposer] : [];

    /// <summary>Who a deal's participle says brought it about: "a prisoner exchange brokered by the UAE", "a deal mediated by Qatar".</summary>
    private static IEnumerable<SyntaxWord> BrokersOf(ParsedSentence s, SyntaxWord deal) =>
        s.Children(deal).Where(a => a.Relation is "acl" or "advcl" && a.Xpos == "VBN" && Brokers.Contains(s.Lower(a))).Select(a => Clause.Oblique(s, a, "by")).OfType<SyntaxWord>();

    /// <summary>
    /// "brokered a prisoner swap between Russia and Ukraine", "brokered an extension of the ceasefire": what a broker
    /// brings about between parties (not talks, which a meeting reads), or the deal it extends, is a deal; null for other
    /// verbs and things.
    /// </summary>
    private static SyntaxWord? Brokered(ParsedSentence s, SyntaxWord thing, string lower) =>
        !Brokers.Contains(lower) ? null
        : Partners(s, thing, "between").Count > 0 && !MeetingNouns.Contains(s.Lower(thing)) && !Lexicon.TalksNouns.Contains(s.Lower(thing)) ? thing
        : s.Children(thing, "nmod").FirstOrDefault(n => s.CaseOf(n) == "of" && Lexicon.AgreementNouns.Contains(s.Lower(n)));

    /// <summary>"finalised the text of a free trade agreement": the deal whose text or terms a verb settles, or null.</summary>
    private static SyntaxWord? TextOf(ParsedSentence s, SyntaxWord w) =>
        Wording.Contains(s.Lower(w)) ? s.Children(w, "nmod").FirstOrDefault(n => s.CaseOf(n) == "of" && Lexicon.AgreementNouns.Contains(s.Lower(n))) : null;

    /// <summary>English nouns of the wording of a deal.</summary>
    private static readonly HashSet<string> Wording = new(StringComparer.Ordinal) { "text", "terms", "wording", "details" };

    /// <summary>English verbs of setting up or mending relations.</summary>
    private static readonly HashSet<string> Restores = VerbForms.Set("restore", "establish", "re-establish", "reestablish", "normalize", "normalise", "resume");

    /// <summary>Verbs of what a meeting brought about ("the talks produced a deal", "ended with an accord"); English verbs of outcome.</summary>
    private static readonly HashSet<string> Outcomes = VerbForms.Set("produce", "yield", "result", "end", "conclude", "close", "bring", "deliver");

    /// <summary>
    /// "The meeting also yielded an agreement", "the talks ended with a deal", "the call resulted in an accord": the meeting stands for its two sides, the
    /// pair of the article's last meeting or call (annotation guidelines: one event told in several sentences; the deal
    /// is theirs).
    /// </summary>
    private List<EventDraft>? DealOfTheMeeting(ParsedSentence s, SyntaxWord v, string lower)
    {
        if (!Outcomes.Contains(lower) || s.Pair is not [var one, var other] || Clause.Doer(s, v) is not { } meeting
            || !MeetingNouns.Contains(s.Lower(meeting)) && !Lexicon.TalksNouns.Contains(s.Lower(meeting)) && !CallNouns.Contains(s.Lower(meeting))
            || !s.Children(meeting, "det").Any(d => s.Lower(d) is "the" or "this" or "that"))
            return null;
        if ((Clause.Undergoer(s, v) ?? s.Children(v, "obl").FirstOrDefault(o => s.CaseOf(o) is "with" or "in")) is not { } deal
            || !Lexicon.AgreementNouns.Contains(s.Lower(deal)))
            return null;
        return [new EventDraft(EventType.Agreement, "057",
            [new Participant(one.EntityId, ParticipantRoles.Participant), new Participant(other.EntityId, ParticipantRoles.Participant)], Place(s, v), v.Token, 0.8)];
    }

    /// <summary>
    /// "negotiated free trade agreements with the United States, Thailand and Singapore": one side's deals "with" several
    /// named counterparts are one agreement with each (annotation guidelines: group sentences); null otherwise.
    /// </summary>
    private List<EventDraft>? EachCounterpart(ParsedSentence s, SyntaxWord v, SyntaxWord? doer, List<SyntaxWord> partners)
    {
        if (doer is null || partners.Exists(p => s.CaseOf(p) == "between") || Voices(Sides.Of(s, doer)) is not [var party])
            return null;
        var counterparts = Voices(partners.SelectMany(p => Sides.Of(s, p))).Where(m => m.EntityId != party.EntityId)
            .DistinctBy(m => m.EntityId).ToList();
        if (counterparts.Count < 2)
            return null;
        var place = Place(s, v);
        return [.. counterparts.Select(c => new EventDraft(EventType.Agreement, "057",
            [new Participant(party.EntityId, ParticipantRoles.Participant), new Participant(c.EntityId, ParticipantRoles.Participant)], place, v.Token, 0.8))];
    }

    /// <summary>
    /// Aid given or pledged: a verb of giving whose object (or passive subject) is aid, to whoever "to" or "for" names,
    /// on the verb or on the aid itself (the parser hangs "to Poland" on either), or the verb's indirect object.
    /// </summary>
    private IEnumerable<EventDraft>? Supply(ParsedSentence s, SyntaxWord v, string lower)
    {
        // "Saudi Arabia deposited $3 billion with Pakistan's central bank": money put in a state's bank is aid to that
        // state (CAMEO 071); the parser hangs the bank on the verb or on the money.
        if (Deposits.Contains(lower) && s.Children(v, "obj").FirstOrDefault(o => o.Xpos == "$" || OfferRule.Currencies.Contains(s.Lower(o))) is { } money
            && (Clause.Oblique(s, v, "with", "in", "into") ?? Clause.Oblique(s, money, "with", "in", "into")) is { } bank && Banks.Contains(s.Lower(bank))
            && (s.Children(bank, "nmod:poss").FirstOrDefault(o => s.MentionAt(o) is not null) ?? StateModifier(s, bank) ?? Clause.Oblique(s, bank, "of")) is { } owner)
            return Directed(s, v, EventType.Offer, "071", ParticipantRoles.Giver, ParticipantRoles.Recipient, Clause.Doer(s, v), owner);
        // "Kenya took delivery of two patrol boats from India": taking delivery is receiving, from whom they come.
        if (Lexicon.Take.Contains(lower) && s.Children(v, "obj").FirstOrDefault(o => s.Lower(o) == "delivery") is { } delivery && Clause.Oblique(s, delivery, "of") is { } goods
            && Measured(s, goods) is var delivered && (IsAid(s, delivered) || IsCraft(s, delivered)) && Modality.Of(s, v) == Reality.Real)
            return Directed(s, v, EventType.Offer, AidKind.Code(s.Parse.Subtree(delivered).Select(s.Lower), false), ParticipantRoles.Giver, ParticipantRoles.Recipient,
                Clause.Oblique(s, delivered, "from") ?? Clause.Oblique(s, delivery, "from") ?? Clause.Oblique(s, v, "from") ?? StateModifier(s, delivered), Clause.Doer(s, v));
        var promised = Lexicon.Pledge.Contains(lower) || Grants.Contains(lower);
        var received = Receives.Contains(lower);
        // "sold anti-armour missiles to Ukraine": weapons sold are weapons supplied (annotation guidelines: Offer); not goods traded.
        var sold = Sells.Contains(lower) && Clause.Undergoer(s, v) is { } wares && s.Parse.Subtree(Measured(s, wares)).Any(w => Armaments.Contains(s.Lower(w)));
        var gives = promised || received || sold || Lexicon.Give.Contains(lower) || Disburses.Contains(lower) || Furnishes.Contains(lower) || Donates.Contains(lower);
        // "India agreed to help Burma": one side agreeing to help another pledges help (an offer, not an agreement).
        var commits = promised || Lexicon.Agree.Contains(lower);
        if (!gives && !commits)
            return null;
        // "Chile offered to help Argentina": help pledged to whom the helping verb names (annotation guidelines: Offer);
        // "offered Argentina help" read with "help" a verb: to the object before it.
        if (commits && s.Children(v, "xcomp").FirstOrDefault(x => Helps.Contains(s.Lower(x))) is { } help
            && (s.Children(help, "obj").FirstOrDefault() ?? s.Children(v, "obj").FirstOrDefault(o => o.Index < help.Index)) is { } helped)
            return Directed(s, v, EventType.Offer, "033", ParticipantRoles.Giver, ParticipantRoles.Recipient, Clause.Doer(s, v), HelpedSide(s, help, helped));
        // "provided Ukraine with generators", "armed the militia with rifles": the object receives what "with" names; a
        // place does not ("provided Lima with buses"), unless it is a capital that stands for its government and gets
        // aid ("supplied Kyiv with weapons").
        if (Furnishes.Contains(lower) && s.Children(v, "obj").FirstOrDefault() is { } furnished && s.MentionAt(furnished) is { } recipient
            && Clause.Oblique(s, v, "with") is { Upos: "NOUN" } gift && !Information.Contains(s.Lower(gift))
            && (recipient.Type != EntityType.Location || gazetteer.CapitalOf(recipient.EntityId) is not null && IsAid(s, Measured(s, gift))))
            return Directed(s, v, EventType.Offer, AidKind.Code(s.Parse.Subtree(gift).Select(s.Lower), false), ParticipantRoles.Giver, ParticipantRoles.Recipient, Clause.Doer(s, v), furnished);
        if (!gives)
            return null;
        // "Norway donated field hospitals to Mozambique": what is donated is a gift, whatever it is.
        // Money pledged is aid too ("pledged $5 million to help …"), as the rules read it.
        // "handed Pakistan a $2 billion loan", read as two objects: the first, a side, receives what the second names.
        var objects = s.Children(v, "obj").ToList();
        var indirect = objects is [var first, _] && s.MentionAt(first) is not null ? first : null;
        if ((indirect is not null ? objects[1] : Clause.Undergoer(s, v)) is not { } given || Measured(s, given) is var aid && !IsAid(s, aid) && !Donates.Contains(lower)
            && !(promised && OfferRule.Currencies.Contains(s.Lower(given))) && !((HandsOver.Contains(lower) || Furnishes.Contains(lower) || received) && IsCraft(s, aid)))
            return null;
        // "Ghana received medical supplies from Nigeria": the giver behind "from", the receiver the doer; "received German
        // tanks": the state the aid is of. Aid a side wants or hopes to receive is no one's pledge; aid it will receive is.
        if (received && Modality.Of(s, v) != Reality.Real && !s.Children(v, "aux").Any(a => s.Lower(a) is "will" or "'ll"))
            return null;
        if (received)
            return Directed(s, v, EventType.Offer, AidKind.Code(s.Parse.Subtree(aid).Select(s.Lower), false), ParticipantRoles.Giver, ParticipantRoles.Recipient,
                Clause.Oblique(s, v, "from") ?? Clause.Oblique(s, aid, "from") ?? StateModifier(s, aid), Clause.Doer(s, v));
        var receiver = Clause.Oblique(s, v, "to", "for") ?? Clause.Oblique(s, aid, "to", "for") ?? s.Children(v, "iobj").FirstOrDefault() ?? indirect
            // "military aid worth 100 million euros for Ukraine": the recipient hung on the aid's worth.
            ?? s.Children(aid, "amod").Where(a => s.Lower(a) == "worth").Select(a => Clause.Oblique(s, a, "to", "for")).FirstOrDefault(r => r is not null)
            // "offered Argentina help": an indirect object the parser read as a compound of the aid, named right after the verb.
            ?? s.Children(aid, "compound").FirstOrDefault(c => c.Index == v.Index + 1 && s.MentionAt(c) is { Kind: not MentionKind.Demonym })
            // "donated $2 million to assist refugees in Chad": whom the aid is to help.
            ?? (s.Children(v).Concat(s.Children(given)).Concat(s.Children(aid)).FirstOrDefault(c => c.Relation is "xcomp" or "advcl" or "acl" && Helps.Contains(s.Lower(c)) && s.MarkOf(c) == "to") is { } helping
                && s.Children(helping, "obj").FirstOrDefault() is { } helpedByAid ? HelpedSide(s, helping, helpedByAid) : null)
            ?? ReceiverAround(s, v)
            // "met Zelenskyy in Kyiv and promised two air defence systems": the one met receives what the visitor then gives.
            ?? MetBefore(s, v).FirstOrDefault();
        var code = AidKind.Code(s.Parse.Subtree(aid).Select(s.Lower), promised);
        return Directed(s, v, EventType.Offer, code, ParticipantRoles.Giver, ParticipantRoles.Recipient, Clause.Doer(s, v), receiver);
    }

    /// <summary>
    /// "Mozambique welcomed the arrival of kits donated by Portugal", "Venezuela rejected aid offered by the United States",
    /// "Medical supplies donated by Germany arrived in Ukraine": a gift its giver's participle describes goes to whoever the
    /// clause around it has receive, welcome or turn it down, or to where it arrives.
    /// </summary>
    private static SyntaxWord? ReceiverAround(ParsedSentence s, SyntaxWord participle)
    {
        if (!ParsedSentence.Is(participle, "acl") || participle.Xpos != "VBN" || s.Head(participle) is not { } gift)
            return null;
        var phrase = gift;
        while (ParsedSentence.Is(phrase, "nmod") && s.CaseOf(phrase) == "of" && s.Head(phrase) is { Upos: "NOUN" } up)
            phrase = up;
        if (s.Head(phrase) is not { Upos: "VERB" } clause)
            return null;
        if (ParsedSentence.Is(phrase, "obj") && Takers.Contains(s.Lower(clause)))
            return Clause.Doer(s, clause);
        return phrase.Relation.StartsWith("nsubj", StringComparison.Ordinal) && Arrivals.Contains(s.Lower(clause))
            ? Clause.Oblique(s, clause, "in", "to") ?? s.Children(clause, "obj").FirstOrDefault()
            : null;
    }

    /// <summary>English verbs of taking or turning down what is given.</summary>
    private static readonly HashSet<string> Takers = VerbForms.Set("receive", "welcome", "accept", "reject", "refuse", "get/got/gotten");

    /// <summary>English verbs of a shipment's arriving.</summary>
    private static readonly HashSet<string> Arrivals = VerbForms.Set("arrive", "reach", "land/landed");

    /// <summary>
    /// The side helped: the one the helping verb names, or, for people it names by their plight ("flood victims in Guinea",
    /// "refugees in Chad"), the country they are in.
    /// </summary>
    private static SyntaxWord HelpedSide(ParsedSentence s, SyntaxWord help, SyntaxWord helped) =>
        Sides.Of(s, helped).Count > 0 ? helped
        : (Clause.Oblique(s, helped, "in") ?? Clause.Oblique(s, help, "in")) is { } there && s.MentionAt(there) is { Type: EntityType.Country } ? there : helped;

    /// <summary>English verbs of granting aid by a decision ("approved a loan for Kenya", "announced a package of aid").</summary>
    private static readonly HashSet<string> Grants = VerbForms.Set("approve", "announce", "unveil");

    /// <summary>
    /// English verbs of handing over, which make ships and aircraft given aid ("delivered two patrol boats to Peru"); not
    /// "sent", which deploys them.
    /// </summary>
    private static readonly HashSet<string> HandsOver = VerbForms.Set("deliver", "transfer/transferred/transferring", "hand");

    /// <summary>English verbs of putting money in a bank.</summary>
    private static readonly HashSet<string> Deposits = VerbForms.Set("deposit", "park");

    /// <summary>English nouns of a bank that holds a state's money.</summary>
    private static readonly HashSet<string> Banks = new(StringComparer.Ordinal) { "bank", "reserves", "treasury" };

    /// <summary>English verbs of giving as a gift, which make anything given aid.</summary>
    private static readonly HashSet<string> Donates = VerbForms.Set("donate", "gift");

    /// <summary>English verbs that take the recipient as their object and the gift with "with".</summary>
    private static readonly HashSet<string> Furnishes = VerbForms.Set("provide", "supply", "equip/equipped/equipping", "arm", "furnish");

    /// <summary>English nouns of information, which is told, not given as aid ("provided Congress with reports").</summary>
    private static readonly HashSet<string> Information = new(StringComparer.Ordinal)
    {
        "report", "reports", "information", "details", "briefing", "briefings", "evidence", "data", "update", "updates", "answers", "assurances",
    };

    /// <summary>English verbs of paying out.</summary>
    private static readonly HashSet<string> Disburses = VerbForms.Set("disburse", "release", "transfer/transferred/transferring", "allocate");

    /// <summary>English verbs of receiving.</summary>
    private static readonly HashSet<string> Receives = VerbForms.Set("receive", "accept", "obtain", "secure");

    /// <summary>English verbs of selling.</summary>
    private static readonly HashSet<string> Sells = VerbForms.Set("sell/sold");

    /// <summary>English words of arms of war, whose sale supplies a side (not jets or drones, which airlines and shops buy too).</summary>
    private static readonly HashSet<string> Armaments = new(StringComparer.Ordinal)
    {
        "weapons", "weaponry", "arms", "munitions", "ammunition", "missiles", "missile", "howitzers", "tanks", "rifles", "artillery",
        "launchers", "military", "fighter", "warplanes", "warships", "frigates", "interceptors",
    };

    /// <summary>A noun of aid ("weapons", "funding"), or support of a kind that is aid ("military support").</summary>
    private static bool IsAid(ParsedSentence s, SyntaxWord noun)
    {
        var lower = s.Lower(noun);
        if (Lexicon.AidNouns.Contains(lower))
            return lower != "troops";
        // "handed Pakistan a $2 billion loan", read with the currency sign as the phrase's head: money given is aid.
        if (noun.Xpos == "$")
            return true;
        // "offered Argentina help": help given is aid (annotation guidelines: Offer), read as a noun by the parse only.
        if (lower == "help")
            return true;
        // "Patriot missile systems", "food parcels", "an air defence system": what the compound names.
        // "two Patriot systems", "IRIS-T launchers": a model's name before a noun of arms names weapons.
        if (s.Children(noun, "compound").Any(c => Lexicon.AidNouns.Contains(s.Lower(c)) || Lexicon.Projectiles.Contains(s.Lower(c))
                || (c.Upos == "PROPN" || c.Form.Length > 1 && char.IsUpper(c.Form[0])) && WeaponNames.IsArms(lower))
            || s.Children(noun).Any(c => c.Relation is "compound" or "amod" && Defences.Contains(s.Lower(c))))
            return true;
        // "sent 250 doctors", "a search-and-rescue team", "a medical team": people sent to rescue and heal are help given.
        if (Rescuers.Contains(lower) || lower is "team" or "teams" && s.Children(noun).Any(c => c.Relation is "amod" or "compound" && Rescuers.Contains(s.Lower(c))))
            return true;
        // "a 50-billion-euro support package", "an aid package": a package of what the compound names.
        // "a $50 million package": a package of money.
        if (lower is "package" or "packages")
            return s.Children(noun, "compound").Any(c => Lexicon.AidNouns.Contains(s.Lower(c)) || s.Lower(c) is "support" or "rescue" or "bailout" or "relief")
                || s.Children(noun).Any(c => c.Xpos == "$" || c.Relation is "compound" or "amod" or "nummod" && OfferRule.Currencies.Contains(s.Lower(c)));
        return lower == "support" && s.Children(noun).Any(c => c.Relation is "amod" or "compound" && Lexicon.SupportQualifiers.Contains(s.Lower(c)));
    }

    /// <summary>English nouns of those sent to rescue and heal, and of the teams they form ("rescue team", "medical team").</summary>
    private static readonly HashSet<string> Rescuers = new(StringComparer.Ordinal)
    {
        "rescuers", "doctors", "medics", "paramedics", "nurses", "firefighters", "rescue", "medical", "relief", "humanitarian",
    };

    /// <summary>English words of armed defence, which name weapons as a compound ("air defence system").</summary>
    private static readonly HashSet<string> Defences = new(StringComparer.Ordinal) { "defence", "defense", "anti-aircraft", "anti-tank", "anti-drone", "anti-missile" };

    /// <summary>
    /// Ships, aircraft and armoured vehicles, which a state hands over or supplies to another ("delivered six F-16s",
    /// "handed over two patrol vessels", "supplied armoured personnel carriers") but may as well send as its own forces.
    /// </summary>
    private static bool IsCraft(ParsedSentence s, SyntaxWord noun) =>
        s.Lower(noun) is var lower && (Vessels.Contains(lower) || Aircraft.Contains(lower) || Warships.Contains(lower) || IsModelsPlural(lower)
            || lower == "carriers" && s.Children(noun, "compound").Any(c => s.Lower(c) == "personnel"));

    /// <summary>A plural of a model's letters and number ("f-16s", "su-30s", "mig-29s").</summary>
    private static bool IsModelsPlural(string lower)
    {
        var hyphen = lower.IndexOf('-');
        return hyphen is > 0 and <= 4 && lower.Length - hyphen >= 3 && lower[^1] == 's' && lower[..hyphen].All(char.IsAsciiLetterLower)
            && lower[(hyphen + 1)..^1].All(char.IsAsciiDigit);
    }
}
