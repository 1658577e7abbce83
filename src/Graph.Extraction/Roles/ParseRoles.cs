using Graph.Core.Model;
using Graph.Extraction.Events;
using Graph.Extraction.Events.Frames;
using Graph.Extraction.Gazetteers;
using Graph.Extraction.Mentions;
using Graph.Extraction.Syntax;

namespace Graph.Extraction.Roles;

/// <summary>
/// Roles the parse shows in apposition, whichever comes first and whatever stands between: "Kenya's president,
/// Daniel Otieno", "Daniel Otieno, Kenya's president", "Ana Ruiz, the foreign minister of Chile", "Ana Ruiz, the
/// head of the WHO". The description's title words (a gazetteer title or a role noun with its modifiers) give the
/// title; its owner (possessor, adjective, compound or "of / at / for" a country or organisation) the target.
/// </summary>
internal static class ParseRoles
{
    private static readonly HashSet<string> OwnerCases = new(StringComparer.Ordinal) { "of", "at", "for", "in", "with" };

    public static IEnumerable<(string Person, string Title, string Target)> Find(ParsedSentence s, IGazetteer gazetteer)
    {
        foreach (var person in s.View.Mentions)
        {
            if (person.Type != EntityType.Person || person.Kind == MentionKind.Pronoun || s.HeadOf(person) is not { } p)
                continue;
            foreach (var description in Descriptions(s, p))
            {
                if (Role(s, gazetteer, description) is { } role)
                    yield return (person.EntityId, role.Title, role.Target);
            }

            foreach (var (title, target) in Governed(s, p))
                yield return (person.EntityId, title, target);
            if (TitledOf(s, gazetteer, p) is { } titled)
                yield return (person.EntityId, titled.Title, titled.Target);
        }
    }

    /// <summary>
    /// "met President Luis Vega of Peru": a title before the name, and right after the name "of" and a country or body
    /// named, wherever the name stands in the sentence (not an honorific: "Mr. X of Fatah" names a member). A plural title
    /// is each conjunct's ("Presidents Ana Ruiz of Chile and Luis Vega of Peru").
    /// </summary>
    private static (string Title, string Target)? TitledOf(ParsedSentence s, IGazetteer gazetteer, SyntaxWord name)
    {
        var title = TitleBefore(s, name);
        var shared = title is null && name.Relation == "conj" && s.Head(name) is { } first && first.Index < name.Index;
        if (shared)
            title = TitleBefore(s, s.Head(name)!);
        if (title is null)
            return null;
        var last = s.Children(name).Where(c => c.Relation == "flat").Select(c => c.Token).Append(name.Token).Max();
        var opening = last + (s.View.Word(last + 2) == "the" ? 3 : 2);
        if (s.View.Word(last + 1) != "of" || s.WordOf(opening) is not { } word || s.MentionAt(word) is not { Type: EntityType.Country or EntityType.Organization, Kind: MentionKind.Name } owner
            || owner.FirstToken != opening || s.HeadOf(owner) is not { } ownerHead || s.Head(ownerHead) is not { } head || head != name && head.Head != name.Index)
            return null;
        var phrase = Phrase(s, s.Parse.FirstWordOf(title).Token, title.Token + 1);
        // "Presidents": the office of each.
        var plural = phrase.EndsWith('s') && RoleTitle.IsKnown(gazetteer, phrase[..^1]) && !RoleTitle.IsKnown(gazetteer, phrase);
        if (plural)
            phrase = phrase[..^1];
        else if (shared)
            return null;
        return RoleTitle.IsKnown(gazetteer, phrase) && gazetteer.Lookup(phrase) is not { IsHonorific: true } ? (RoleTitle.Of(gazetteer, phrase), owner.EntityId) : null;
    }

    /// <summary>The title word before a name ("President" of "President Luis Vega"), not a part of the name.</summary>
    private static SyntaxWord? TitleBefore(ParsedSentence s, SyntaxWord name) =>
        s.Children(name).LastOrDefault(c => c.Relation is "nmod:desc" or "compound" && c.Index < name.Index && s.MentionAt(c) is null);

    /// <summary>English verbs of holding an office over a body, with the office's title.</summary>
    private static readonly (HashSet<string> Forms, string Title)[] Offices =
    [
        (VerbForms.Set("head"), "Head"), (VerbForms.Set("lead/led"), "Leader"), (VerbForms.Set("chair"), "Chair"),
        (VerbForms.Set("command"), "Commander"), (VerbForms.Set("direct"), "Director"),
    ];

    /// <summary>
    /// "Jens Stoltenberg, who heads NATO": one who heads, leads or chairs a body or a country now (present tense or
    /// "has led") holds that office there; "who led the party" says it was so once.
    /// </summary>
    private static IEnumerable<(string Title, string Target)> Governed(ParsedSentence s, SyntaxWord person)
    {
        foreach (var clause in s.Children(person, "acl:relcl"))
        {
            var now = clause.Xpos is "VBZ" or "VBP" || clause.Xpos == "VBN" && s.Children(clause, "aux").Any(a => s.Lower(a) is "has" or "have");
            if (!now || !s.Children(clause, "nsubj").Any(n => n.Xpos == "WP") || Array.Find(Offices, o => o.Forms.Contains(s.Lower(clause))) is not { Forms: not null } office)
                continue;
            // A body named, not one described ("who has led the country"), which the clause's reader may take for another.
            if (s.Children(clause, "obj").Select(s.MentionAt).FirstOrDefault(m => m is { Type: EntityType.Organization or EntityType.Country, Kind: not MentionKind.Pronoun }) is { } body)
                yield return (office.Title, body.EntityId);
        }
    }

    /// <summary>
    /// "his Russian counterpart, Vladimir Putin" (annotation guidelines): the counterpart holds the title of the one
    /// whose counterpart they are (a role read in the sentence, or given that person earlier in the article), at the
    /// country the description names.
    /// </summary>
    /// <param name="earlier">Roles the article stated before the sentence: "his counterpart" of a minister named earlier.</param>
    /// <param name="personAt">The person a word of the sentence stands for, pronouns resolved ("He met his counterpart").</param>
    public static IEnumerable<(string Person, string Title, string Target)> Counterparts(ParsedSentence s, IReadOnlyList<(string Person, string Title, string Target)> known,
        IReadOnlyList<(string Person, string Title, string Target)> earlier, Func<SyntaxWord, string?> personAt)
    {
        foreach (var w in s.Words)
        {
            if (s.Lower(w) is not ("counterpart" or "counterparts") || s.MentionAt(w) is not null)
                continue;
            var owner = OwnersOfCounterpart(s, w).Select(c => Owner(s, c)).FirstOrDefault(o => o is not null);
            var person = s.Children(w, "appos").Select(s.MentionAt).FirstOrDefault(m => m is { Type: EntityType.Person })
                ?? (s.View.Word(w.Token + 1) == "," ? Sides.CommaApposition(s.View, w.Token + 2) : null)
                // "his Chinese counterpart Wang Yi" read with the counterpart describing the name, as a title does.
                ?? (w.Relation is "compound" or "nmod:desc" && s.Head(w) is { } named && named.Index > w.Index && s.MentionAt(named) is { Type: EntityType.Person } described ? described : null);
            // A counterpart whose own title the sentence gives ("his Russian counterpart, Foreign Minister X") has it.
            if (owner is null || person is null || known.Any(r => r.Person == person.EntityId))
                continue;
            // "Pistorius … met his Ukrainian counterpart X": the title the sentence or the article gave the one whose
            // counterpart X is; "a spokesman said President Y thanked his Turkish counterpart, X": Y's, not the spokesman's.
            var stated = Possessor(s, w, personAt) is { } whose
                ? known.Concat(earlier.Reverse()).FirstOrDefault(r => r.Person == whose && r.Target != owner)
                : known.FirstOrDefault(r => r.Person != person.EntityId && r.Target != owner);
            if (stated.Person is not null)
                yield return (person.EntityId, stated.Title, owner);
        }
    }

    /// <summary>The person "his" or "her" counterpart belongs to: the subject of the clause the counterpart is in.</summary>
    private static string? Possessor(ParsedSentence s, SyntaxWord counterpart, Func<SyntaxWord, string?> personAt)
    {
        // "her" on the counterpart, or on the name it describes ("her Peruvian counterpart Luis Vega" read as one name).
        var phrase = counterpart;
        while (!s.Children(phrase, "nmod:poss").Any(p => p.Upos == "PRON"))
        {
            if (phrase.Relation is not ("compound" or "nmod:desc" or "flat") || s.Head(phrase) is not { Upos: "PROPN" or "NOUN" } up)
                return null;
            phrase = up;
        }

        var verb = s.Head(phrase);
        while (verb is { Upos: not "VERB" } && s.Head(verb) is { } up)
            verb = up;
        return verb is { Upos: "VERB" } && Clause.Doer(s, verb) is { } doer ? personAt(doer) : null;
    }

    /// <summary>The countries the sentence gives its counterparts ("her Chilean counterpart", "counterparts from Peru").</summary>
    public static IEnumerable<string> CounterpartCountries(ParsedSentence s) =>
        s.Words.Where(w => s.Lower(w) is "counterpart" or "counterparts").SelectMany(w => OwnersOfCounterpart(s, w))
            .Select(s.MentionAt).OfType<ResolvedMention>().Where(m => m.Type == EntityType.Country).Select(m => m.EntityId);

    /// <summary>The words that say whose a counterpart is: "Chilean", "Peru's", "from Peru".</summary>
    private static IEnumerable<SyntaxWord> OwnersOfCounterpart(ParsedSentence s, SyntaxWord counterpart) =>
        s.Children(counterpart).Where(c => c.Relation is "nmod:poss" or "amod" or "compound" || ParsedSentence.Is(c, "nmod") && s.CaseOf(c) is "from" or "of");

    /// <summary>Common nouns that say what the named person is: in apposition, in a relative clause, by a copula.</summary>
    private static IEnumerable<SyntaxWord> Descriptions(ParsedSentence s, SyntaxWord name)
    {
        foreach (var apposed in Appositions(s, name))
            yield return apposed;

        // "Ida Holm, who has been Norway's foreign minister since 2021": a relative clause that says what the person is (a
        // copula with "who" its subject) describes the person as an apposition does ("former" titles are read as the
        // apposition's are).
        foreach (var clause in s.Children(name, "acl:relcl"))
        {
            if (clause.Upos == "NOUN" && s.MentionAt(clause) is null && s.Has(clause, "cop")
                && s.Children(clause, "nsubj").Any(w => s.Lower(w) is "who"))
                yield return clause;
        }

        // "Ana Ruiz is Chile's defence minister", "Chile's new defence minister is Ana Ruiz": a copula says what the person
        // is, as an apposition does; not where it is denied ("is not"), nor a rank among those who did something ("the
        // highest-ranking Iranian official to visit Iraq").
        if (ParsedSentence.Is(name, "nsubj") && s.Head(name) is { Upos: "NOUN" } predicate && s.MentionAt(predicate) is null && s.Has(predicate, "cop") && Says(s, predicate))
            yield return predicate;
        if (s.Has(name, "cop") && Says(s, name) && s.Children(name, "nsubj").FirstOrDefault(n => n.Upos == "NOUN" && s.MentionAt(n) is null) is { } subject)
            yield return subject;
    }

    /// <summary>
    /// Common nouns in apposition to the name, on either side. A "conjunct" joined by a comma alone is read as the
    /// apposition it is ("The Kenyan President, Daniel Otieno,"); a phrase behind "and" or "or" is another person's
    /// ("Ana Ruiz and Peru's trade minister, Luis Vega"), whatever relation the parser gave it.
    /// </summary>
    internal static IEnumerable<SyntaxWord> Appositions(ParsedSentence s, SyntaxWord name)
    {
        var conjunct = ParsedSentence.Is(name, "conj") && !s.Has(name, "cc");
        if ((ParsedSentence.Is(name, "appos") || conjunct) && s.Head(name) is { Upos: "NOUN" or "PROPN" } before
            && s.MentionAt(before) is null && Apposed(s, before, name, separated: conjunct))
            yield return before;
        foreach (var after in s.Children(name, "appos"))
        {
            if (after.Upos == "NOUN" && s.MentionAt(after) is null && Apposed(s, name, after, separated: false))
                yield return after;
        }
    }

    /// <summary>A predicate that says what someone is: not denied, not ranked by a deed ("the first … to visit").</summary>
    private static bool Says(ParsedSentence s, SyntaxWord predicate) =>
        !s.Children(predicate, "advmod").Any(a => s.Lower(a) is "not" or "n't" or "never")
        && !s.Children(predicate, "acl").Any(a => s.Children(a, "mark").Any(m => s.Lower(m) == "to"));

    /// <summary>Two words of one apposition: no coordinating word between them and, where asked, a comma, bracket or dash.</summary>
    private static bool Apposed(ParsedSentence s, SyntaxWord first, SyntaxWord second, bool separated)
    {
        var comma = !separated;
        for (var t = first.Token + 1; t < second.Token; t++)
        {
            var word = s.View.Word(t);
            if (word is "and" or "or")
                return false;
            comma |= word is "," or "(" or "\u2014" or "\u2013";
        }

        return comma;
    }

    /// <summary>English verbs of heading a body in the present, and the title each gives its subject.</summary>
    private static readonly Dictionary<string, string> Heads = new(StringComparer.Ordinal)
    {
        ["heads"] = "Head", ["head"] = "Head", ["leads"] = "Leader", ["lead"] = "Leader", ["chairs"] = "Chair", ["chair"] = "Chair",
        ["commands"] = "Commander", ["command"] = "Commander",
    };

    /// <summary>
    /// "Mohamed Dagalo, who leads the Rapid Support Forces", "X, who chairs the African Union Commission": a person a "who"
    /// clause says heads a named body (or a country) holds that body's head office; not one who "headed" it before.
    /// </summary>
    public static IEnumerable<(string Person, string Title, string Target)> Leaders(ParsedSentence s)
    {
        foreach (var clause in s.Words)
        {
            if (clause.Relation != "acl:relcl" || !Heads.TryGetValue(s.Lower(clause), out var title) || clause.Xpos is not ("VBZ" or "VBP")
                || !s.Children(clause, "nsubj").Any(w => s.Lower(w) == "who") || s.Head(clause) is not { } name
                || s.MentionAt(name) is not { Type: EntityType.Person } person
                || s.Children(clause, "obj").Select(s.MentionAt).FirstOrDefault(m => m is { Type: EntityType.Organization or EntityType.Country }) is not { } body)
                continue;
            yield return (person.EntityId, title, body.EntityId);
        }
    }

    /// <summary>English verbs of putting someone in an office ("appointed X as foreign minister").</summary>
    private static readonly HashSet<string> Appoints = VerbForms.Set("appoint", "name", "nominate", "elect", "designate", "promote");

    /// <summary>
    /// "President Ruto appointed Ana Ruiz as foreign minister", "Ana Ruiz was named foreign minister by Ruto": the office
    /// one is put in, at the country or body its title names, else at the appointer's own (whose role the sentence gives).
    /// Not an office only proposed ("plans to appoint", "will name").
    /// </summary>
    public static IEnumerable<(string Person, string Title, string Target)> Appointments(ParsedSentence s, IGazetteer gazetteer,
        IReadOnlyList<(string Person, string Title, string Target)> known)
    {
        foreach (var verb in s.Words)
        {
            if (verb.Upos != "VERB" || !Appoints.Contains(s.Lower(verb)) || Modality.Of(s, verb) != Reality.Real)
                continue;
            var passive = s.Has(verb, "aux:pass");
            if ((passive ? s.Children(verb, "nsubj:pass").FirstOrDefault() : s.Children(verb, "obj").FirstOrDefault()) is not { } appointed
                || s.MentionAt(appointed) is not { Type: EntityType.Person } person)
                continue;
            // The office behind "as", or read as a complement or as an object ("was named foreign minister", "named Ruiz
            // foreign minister": the object after the person's).
            var office = s.Children(verb).FirstOrDefault(c => c.Upos == "NOUN" && s.MentionAt(c) is null
                && (ParsedSentence.Is(c, "obl") && s.CaseOf(c) == "as" || c.Relation is "xcomp" && s.CaseOf(c).Length == 0
                    || c.Relation == "obj" && (passive || c.Index > appointed.Index)));
            var appointer = (passive ? Clause.Oblique(s, verb, "by") : Clause.Subject(s, verb)) is { } by ? s.MentionAt(by) : null;
            var theirs = appointer is null ? null
                : appointer.Type is EntityType.Country or EntityType.Organization ? appointer.EntityId
                : known.FirstOrDefault(r => r.Person == appointer.EntityId).Target ?? StateNamedWith(s, s.HeadOf(appointer));
            if (office is not null && Role(s, gazetteer, office, theirs) is { } role)
                yield return (person.EntityId, role.Title, role.Target);
        }
    }

    /// <summary>"President Luis Vega of Peru", "Kenyan President X": the country named on a name or on its title.</summary>
    private static string? StateNamedWith(ParsedSentence s, SyntaxWord? name) =>
        name is null ? null
        : s.Children(name).SelectMany(c => c.Relation is "nmod:desc" or "compound" or "flat" ? [c, .. s.Children(c)] : new[] { c })
            .Where(c => c.Relation is "amod" or "nmod:poss" || ParsedSentence.Is(c, "nmod") && s.CaseOf(c) == "of")
            .Select(s.MentionAt).FirstOrDefault(m => m is { Type: EntityType.Country })?.EntityId;

    private static (string Title, string Target)? Role(ParsedSentence s, IGazetteer gazetteer, SyntaxWord description, string? otherwise = null)
    {
        // "his Russian counterpart, X" says whose equal X is, not X's title: Counterparts reads it.
        if (s.Lower(description) is "counterpart" or "counterparts")
            return null;
        string? target = null;
        var first = description.Token;
        var last = description.Token;
        foreach (var c in s.Children(description))
        {
            if (c.Token > description.Token)
            {
                if (target is null && ParsedSentence.Is(c, "nmod") && OwnerCases.Contains(s.CaseOf(c)) && Owner(s, c) is { } of)
                    target = of;
                // "the chief of staff of the Israeli army": a title of two nouns, whose owner comes after the second.
                else if (target is null && ParsedSentence.Is(c, "nmod") && s.CaseOf(c) == "of" && s.MentionAt(c) is null && c.Token == description.Token + 2
                    && RoleTitle.IsKnown(gazetteer, Phrase(s, description.Token, c.Token + 1))
                    && s.Children(c).FirstOrDefault(o => ParsedSentence.Is(o, "nmod") && OwnerCases.Contains(s.CaseOf(o)) && Owner(s, o) is not null) is { } owned)
                {
                    target = Owner(s, owned);
                    last = c.Token;
                }

                continue;
            }

            if (c.Relation is "nmod:poss" or "amod" or "compound" && Owner(s, c) is { } owner)
                target ??= owner;
            // "defence minister", "vice president" are titles; "embattled president", "socialist president" describe one.
            else if (c.Relation is "amod" or "compound" && s.MentionAt(c) is null
                && (c.Upos == "NOUN" || gazetteer.CanonicalTitle(Phrase(s, c.Token, description.Token + 1)) is not null))
            {
                first = Math.Min(first, c.Token);
                // "Kenya's deputy national security adviser" read with the owner on the title's first word.
                target ??= s.Children(c, "nmod:poss").Select(o => Owner(s, o)).FirstOrDefault(o => o is not null);
            }
        }

        target ??= otherwise;
        if (target is null)
            return null;
        // "deputy security chief", read with "deputy" on "security": a title word's own modifiers are the title's when
        // they are nouns or sharpen titles ("new", "interim" and "former" describe the holder).
        while (first < description.Token && s.WordOf(first - 1) is { Relation: "amod" or "compound" } before && s.MentionAt(before) is null
               && (before.Upos == "NOUN" || WordLists.TitleModifiers.Contains(RoleTitle.Of(gazetteer, before.Form)))
               && s.Head(before) is { } modified && modified.Token >= first && modified.Token <= description.Token)
            first--;
        var title = Phrase(s, first, last + 1);
        // "the sister of North Korea's leader": kinship is no office.
        if (!RoleTitle.IsKnown(gazetteer, title) && !WordLists.RoleNouns.Contains(s.Lower(description)) || Sides.IsKin(s, description))
            return null;
        // "Ukraine's former president, X", "the ousted prime minister, X": an office held once, not now.
        var office = RoleTitle.Of(gazetteer, title);
        return (!RoleTitle.IsFormer(office) && s.Children(description).Any(c => c.Relation == "amod" && c.Token < description.Token && Ended.Contains(s.Lower(c)))
            ? "Former " + office : office, target);
    }

    /// <summary>English adjectives of an office left or lost ("former", "ousted", "deposed", "late").</summary>
    private static readonly HashSet<string> Ended = new(StringComparer.Ordinal) { "former", "ousted", "deposed", "toppled", "late", "erstwhile" };

    /// <summary>
    /// The country or organisation the word names; or, for a common noun, the one named in apposition to it ("with
    /// Sudan's paramilitary Rapid Support Forces", read as two nominals); or, for a body described but not named, the
    /// country it belongs to ("a spokesman for the Iranian foreign ministry": annotation guidelines, its roles go to the country).
    /// </summary>
    private static string? Owner(ParsedSentence s, SyntaxWord w) =>
        (s.MentionAt(w) ?? (w.Upos == "NOUN" ? s.Children(w, "appos").Select(s.MentionAt).FirstOrDefault(m => m is not null) ?? StateOfABody(s, w) ?? OrganisationsOwn(s, w) : null))
            is { Type: EntityType.Country or EntityType.Organization } m ? m.EntityId : null;

    /// <summary>The organisation a noun names as its kind ("the UN mission", "the AU force"): whose part the noun is.</summary>
    private static ResolvedMention? OrganisationsOwn(ParsedSentence s, SyntaxWord noun) =>
        s.Children(noun, "compound").Select(s.MentionAt).FirstOrDefault(m => m is { Type: EntityType.Organization });

    /// <summary>The country of a noun of a state body ("the Iranian foreign ministry", "Peru's embassy", "the central bank of Nigeria"), or null.</summary>
    private static ResolvedMention? StateOfABody(ParsedSentence s, SyntaxWord body) =>
        // "Peru's central bank" is the state's; a bank of any other kind is not.
        StateBodies.Contains(s.Lower(body)) || s.Lower(body) == "bank" && s.Children(body, "amod").Any(a => s.Lower(a) == "central")
            ? s.Children(body).Where(c => c.Index < body.Index && c.Relation is "amod" or "nmod:poss" or "compound" || ParsedSentence.Is(c, "nmod") && s.CaseOf(c) == "of")
                .Select(s.MentionAt).FirstOrDefault(m => m is { Type: EntityType.Country })
            : null;

    /// <summary>English nouns of the bodies of a state and of its parties, whose roles belong to the country when unnamed.</summary>
    private static readonly HashSet<string> StateBodies = new(StringComparer.Ordinal)
    {
        "ministry", "government", "embassy", "consulate", "army", "military", "forces", "navy", "police", "parliament", "cabinet",
        "court", "administration", "regime", "delegation", "mission", "agency", "intelligence", "party", "presidency", "legislature",
    };

    private static string Phrase(ParsedSentence s, int start, int end) =>
        string.Join(' ', Enumerable.Range(start, end - start).Select(t => s.View.Text(t)));
}
