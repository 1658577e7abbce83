using Graph.Core.Model;
using Graph.Extraction.Events;
using Graph.Extraction.Events.Frames;
using Graph.Extraction.Mentions;
using Graph.Extraction.Syntax;

namespace Graph.Extraction.Roles;

/// <summary>
/// The country of a state office the sentence leaves unqualified ("Prime Minister X met the Saudi king"), from the
/// article's clear context (annotation guidelines): the one country of the sentence that is neither another person's
/// nor on the far side of the person's own clause; where the sentence names none, the article's most frequent country
/// that is not the far side and has no other holder of the same title (a military rank or a body's spokesperson takes only its own sentence's
/// country, or the country of an office the person holds). Nothing where the context is not clear.
/// </summary>
internal static class ContextRoles
{
    /// <summary>One unqualified title in one sentence, with what the sentence says around it.</summary>
    /// <param name="Excluded">Countries that are not the person's: other people's, or on the far side of the person's clause.</param>
    /// <param name="Secondary">A title a person may hold beside a stated office: a military rank ("General X") or a state body's spokesperson.</param>
    /// <param name="SpokeIn">The country whose capital the person's own clause names as its place ("speaking in Kyiv", "at a
    /// news conference in Warsaw"): an official with a bare title speaks at home more often than not.</param>
    public sealed record Unqualified(ResolvedMention Person, string Title, bool Secondary, IReadOnlyList<string> Candidates, IReadOnlySet<string> Excluded, string Evidence,
        string? SpokeIn = null);

    /// <summary>Cases that make a country the place of the sentence ("met in Germany", "a visit to Saudi Arabia"), where something comes from ("refugees from Ukraine") or whom it is for ("a force for Sudan"), not an owner.</summary>
    private static readonly HashSet<string> PlaceCases = new(StringComparer.Ordinal) { "in", "at", "to", "into", "inside", "near", "across", "throughout", "from", "for" };

    /// <summary>Branches of a clause that do not oppose their content to the subject: what the subject says or thinks.</summary>
    private static readonly HashSet<string> ContentBranches = new(StringComparer.Ordinal) { "ccomp", "parataxis", "csubj", "punct", "discourse", "vocative" };

    /// <summary>The sentence's part: its countries that may own the person's office, and those it opposes to the person.</summary>
    /// <param name="parsed">The sentence's parse, null where it was not parsed.</param>
    /// <param name="capitalOf">The country a location is the capital of, or null.</param>
    public static Unqualified Read(ResolvedMention person, string title, bool secondary, IReadOnlyList<ResolvedMention> mentions,
        IEnumerable<(string Person, string Title, string Target)> rolesInSentence, ParsedSentence? parsed, string evidence, Func<string, string?> capitalOf)
    {
        // "Japanese Foreign Minister X and Defence Minister Y": a titled name joined to another by "and" shares its owner,
        // which is then no other person's country to this one.
        var excluded = rolesInSentence.Where(r => r.Person != person.EntityId && !Conjoined(parsed, mentions, person, r.Person))
            .Select(r => r.Target).ToHashSet(StringComparer.Ordinal);
        // "President X and her Chilean counterpart": the counterpart's country is the other side's.
        if (parsed is not null)
            excluded.UnionWith(ParseRoles.CounterpartCountries(parsed));
        var candidates = new List<string>();
        var clause = parsed is null ? null : ClauseOf(parsed, person);
        // What the subject says is its own side ("President X said Chile would …"), unless it is said to another side
        // named ("told President Y that Taiwan was …", which is neither side's for certain; not "told Reuters").
        var ownContent = clause is { } own && !parsed!.Children(own.Clause).Any(c => c.Relation is "obj" or "iobj" && parsed.MentionAt(c) is { Kind: not MentionKind.Pronoun, Type: EntityType.Person or EntityType.Country });
        // The one told is on the far side of what they are told, and of who tells them.
        clause ??= parsed is null ? null : Told(parsed, person);
        var spokeIn = new HashSet<string>(StringComparer.Ordinal);
        foreach (var m in mentions)
        {
            // "reaffirmed Washington's commitment", "Tokyo proposed": a capital speaks for its country (annotation
            // guidelines); not one named as a place ("in the capital, Honiara", "is due to visit Islamabad", "Moscow-backed").
            var head = parsed?.HeadOf(m);
            // Where the person's own clause happens ("said in Minsk", "at a news conference in Warsaw"), not where it goes
            // ("departed for Moscow") nor who backs whom ("Moscow-backed").
            if (m.Type == EntityType.Location && head is not null && clause is { } personClause && capitalOf(m.EntityId) is { } home
                && parsed!.CaseOf(PhraseHead(parsed, head)) is "in" or "at" && !Words.IsBasedOrBackedBy(parsed.View, m.EndToken - 1)
                && parsed.Parse.Dominates(personClause.Clause, head) && !parsed.Parse.Dominates(personClause.Branch, head))
                spokeIn.Add(home);
            var country = m.Type == EntityType.Country ? m.EntityId
                : m.Type == EntityType.Location && head is not null && !NamedAsAPlace(parsed!, head, m) ? capitalOf(m.EntityId) : null;
            if (country is null || m.Kind == MentionKind.Pronoun || excluded.Contains(country))
                continue;
            // "the sanctions on Nicaraguan officials", "a war against Ukraine": what a measure or a harm is on or against says
            // nothing of whose the person is (the person's own side is as often the one harmed as the one harming).
            if (head is not null && parsed!.CaseOf(PhraseHead(parsed, head)) is "on" or "against" && parsed.Head(PhraseHead(parsed, head)) is { Upos: "NOUN" or "VERB" })
                continue;

            if (clause is { } c && Under(parsed!, head, c, ownContent) || head is not null && (OwnsAnotherPerson(parsed!, head, person) || OwnsTheTitleApart(parsed!, head, person, title)))
            {
                // A capital in the person's clause is more often where it happened ("met X at the airport in Damascus")
                // than the other side.
                if (m.Type == EntityType.Country)
                    excluded.Add(country);
            }
            // A place's phrase that holds the person ("support for the Uzbek government of President X") says whose the
            // person is, not where something happened.
            else if (!candidates.Contains(country) && !(head is not null && PlaceCases.Contains(parsed!.CaseOf(PhraseHead(parsed, head)))
                && !(parsed.HeadOf(person) is { } self && parsed.Parse.Dominates(PhraseHead(parsed, head), self))))
                candidates.Add(country);
        }

        // "Estonia declared a Russian diplomat persona non grata, Foreign Minister X said": an office holder (not a
        // spokesperson or a rank) who tells what a state did tells it of their own state; not a state's force, which its
        // enemy reports as often as its own ("Israel struck Gaza, the foreign minister said" says nothing of whose).
        if (parsed is not null && !secondary && ReportedState(parsed, person, capitalOf) is { } acting && !excluded.Contains(acting))
            candidates = [acting];

        // "The Bangladeshi delegation was led by Foreign Minister X": who leads a state's delegation holds office there.
        if (parsed is not null && LedDelegationOf(parsed, person) is { } delegated)
        {
            excluded.Remove(delegated);
            candidates = [delegated];
        }

        candidates.RemoveAll(excluded.Contains);
        // The host of a visit holds office where the visit is: the place is then the owner, not a mere place.
        if (parsed is not null && Hosts(parsed, person) && HostCountry(parsed, mentions, capitalOf) is { } host && !excluded.Contains(host))
            candidates = [host];
        return new Unqualified(person, title, secondary, candidates, excluded, evidence, spokeIn.Count == 1 ? spokeIn.First() : null);
    }

    /// <summary>A capital named where something is or goes: after a preposition of place (through an apposition or "of"), visited, or a patron.</summary>
    private static bool NamedAsAPlace(ParsedSentence s, SyntaxWord capital, ResolvedMention m)
    {
        var top = capital;
        while ((top.Relation == "appos" || ParsedSentence.Is(top, "nmod") && s.CaseOf(top) == "of") && s.Head(top) is { } up)
            top = up;
        return PlaceCases.Contains(s.CaseOf(PhraseHead(s, top))) || Words.IsBasedOrBackedBy(s.View, m.EndToken - 1)
            || ParsedSentence.Is(top, "obj") && s.Head(top) is { } verb && (Lexicon.Visit.Contains(s.Lower(verb)) || Lexicon.Travel.Contains(s.Lower(verb)));
    }

    /// <summary>
    /// "a visit to Peru at the invitation of President X", "arrived in Lima, where she was greeted by Prime Minister X",
    /// "held talks with her host, President X": the person invites, welcomes, receives or hosts a visitor (annotation
    /// guidelines: a "Foreign Minister Ida Holm" welcoming a visitor to Oslo holds office in Norway).
    /// </summary>
    private static bool Hosts(ParsedSentence s, ResolvedMention person)
    {
        if (NameWord(s, person) is not { } word || s.Head(word) is not { } head)
            return false;
        return ParsedSentence.Is(word, "obl") && s.CaseOf(word) == "by" && Lexicon.ReceiveVisitor.Contains(s.Lower(head))
            || ParsedSentence.Is(word, "nmod") && s.CaseOf(word) == "of" && s.Lower(head) == "invitation"
            || word.Relation == "appos" && s.Lower(head) is "host" or "hosts";
    }

    /// <summary>
    /// Whether the person is met, received, called or visited by <paramref name="subject"/>, in its clause or its infinitive:
    /// "He met President X", "She is expected to hold talks with President X".
    /// </summary>
    public static bool Faces(ParsedSentence s, ResolvedMention subject, ResolvedMention person)
    {
        if (s.HeadOf(subject) is not { } doer || !doer.Relation.StartsWith("nsubj", StringComparison.Ordinal) || s.Head(doer) is not { } verb
            || NameWord(s, person) is not { } word)
            return false;
        // "held talks with President X": the name on the object's noun.
        if (ParsedSentence.Is(word, "nmod") && s.Head(word) is { } noun)
            word = noun;
        // Only an encounter: the sides of a contest or a quarrel at home share a country ("ran against President X").
        if (word.Relation.Split(':')[0] is not ("obj" or "obl" or "iobj") || s.Head(word) is not { } encounter || !Encounters.Contains(s.Lower(encounter)))
            return false;
        for (var v = s.Head(word); v is not null; v = v.Relation == "xcomp" || ParsedSentence.Is(v, "advcl") && s.MarkOf(v) == "to" ? s.Head(v) : null)
        {
            if (v == verb)
                return true;
        }

        return false;
    }

    /// <summary>English verbs of meeting, receiving, calling or visiting another party, and the light verbs of talks ("held talks with").</summary>
    private static readonly HashSet<string> Encounters = new(Lexicon.Encounter.Concat(Lexicon.Phone), StringComparer.Ordinal);

    /// <summary>The word that heads the person's name as a phrase of the clause (up from the parts of a name and its title).</summary>
    private static SyntaxWord? NameWord(ParsedSentence s, ResolvedMention person)
    {
        var word = s.HeadOf(person);
        for (var depth = 0; word is not null && depth < 4 && word.Relation is "flat" or "compound" or "nmod:desc"; depth++)
            word = s.Head(word);
        return word;
    }

    /// <summary>The country whose delegation or side the person led or headed ("was led by X", "headed by X"), or null.</summary>
    private static string? LedDelegationOf(ParsedSentence s, ResolvedMention person)
    {
        // "the Indian side was headed by X": a side at talks is a party sent too.
        if (NameWord(s, person) is not { } word || !ParsedSentence.Is(word, "obl") || s.CaseOf(word) != "by" || s.Head(word) is not { } led || !Sides.Leads.Contains(s.Lower(led))
            || s.Children(led, "nsubj:pass").FirstOrDefault() is not { } party || !Sides.IsParty(s, party) && s.Lower(party) != "side")
            return null;
        return s.Children(party).Where(c => c.Relation is "amod" or "compound" or "nmod:poss").Select(s.MentionAt)
            .FirstOrDefault(m => m is { Type: EntityType.Country })?.EntityId;
    }

    /// <summary>The one country the sentence travels to or is in ("a visit to Peru", "arrived in Lima"), a capital standing for its country.</summary>
    private static string? HostCountry(ParsedSentence s, IReadOnlyList<ResolvedMention> mentions, Func<string, string?> capitalOf)
    {
        var countries = new HashSet<string>(StringComparer.Ordinal);
        foreach (var m in mentions)
        {
            if (m.Kind == MentionKind.Pronoun || s.HeadOf(m) is not { } head || s.CaseOf(PhraseHead(s, head)) is not ("to" or "in"))
                continue;
            if (m.Type == EntityType.Country)
                countries.Add(m.EntityId);
            else if (m.Type == EntityType.Location && capitalOf(m.EntityId) is { } country)
                countries.Add(country);
        }

        return countries.Count == 1 ? countries.First() : null;
    }

    /// <summary>
    /// "President Ana Ruiz and Peru's Luis Vega met": a country that owns the name of a person joined after this one by
    /// "and" is that person's, the other side (not "Israel's Prime Minister X and President Y", whose possessor owns
    /// both; nor "Lebanon's President X … Prime Minister Y", one country's two offices).
    /// </summary>
    private static bool OwnsAnotherPerson(ParsedSentence parsed, SyntaxWord country, ResolvedMention person) =>
        ParsedSentence.Is(country, "nmod:poss") && parsed.Head(country) is { } owned && parsed.MentionAt(owned) is { Type: EntityType.Person } other
        && other.EntityId != person.EntityId && parsed.HeadOf(person) is { } self && ParsedSentence.Is(owned, "conj") && parsed.Head(owned) == self;

    /// <summary>
    /// "The Pakistan president will travel to Washington for talks with President Bush": a country that has the title as
    /// a noun of its own, with no name in apposition to this person, has another holder in the sentence.
    /// </summary>
    private static bool OwnsTheTitleApart(ParsedSentence parsed, SyntaxWord country, ResolvedMention person, string title)
    {
        if (country.Relation is not ("compound" or "amod" or "nmod:poss") || parsed.Head(country) is not { Upos: "NOUN" } office
            || !(" " + title).EndsWith(" " + office.Form, StringComparison.OrdinalIgnoreCase) || parsed.HeadOf(person) is not { } self)
            return false;
        // Not the person's own office: "Pakistan's president, X" (X under it) or "X, Pakistan's president" (it under X).
        return !parsed.Parse.Dominates(office, self) && !parsed.Parse.Dominates(self, office);
    }

    /// <summary>
    /// The owners the context gives, at most one per person: a sentence's own country before the article's, and none
    /// where two sentences disagree.
    /// </summary>
    /// <param name="ministries">The ministries the article names with their countries ("Mexico's foreign ministry" → foreign, Mexico).</param>
    /// <param name="dateline">The country of the capital the story is datelined from, if any: after the article's dominant country, whose a state office is.</param>
    public static IEnumerable<(Unqualified Role, string Target)> Resolve(IReadOnlyList<Unqualified> unqualified,
        IReadOnlyCollection<(string Person, string Title, string Target)> stated, IReadOnlyList<ResolvedMention> articleMentions,
        IReadOnlyList<(string Branch, string Country)> ministries, string? dateline = null)
    {
        var countryCounts = articleMentions.Where(m => m.Type == EntityType.Country && m.Kind != MentionKind.Pronoun)
            .GroupBy(m => m.EntityId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var named = articleMentions.Where(m => m.Type == EntityType.Country && m.Kind is MentionKind.Name or MentionKind.ShortName)
            .Select(m => m.EntityId).ToHashSet(StringComparer.Ordinal);
        // A rank goes with a stated office: "the president of Chad, General X" is a general of Chad.
        foreach (var rank in unqualified.Where(u => u.Secondary).GroupBy(u => u.Person.EntityId, StringComparer.Ordinal))
        {
            var owners = stated.Where(r => r.Person == rank.Key).Select(r => r.Target).Distinct(StringComparer.Ordinal).ToList();
            if (owners is [var owner])
                yield return (rank.First(), owner);
        }

        // Two people the article leaves with the same bare title are not both the holder the article's context points to
        // (its ministry, its dominant country, its dateline): the context then tells neither.
        // A person whose office the article states somewhere keeps what it states.
        var open = unqualified.Where(u => !stated.Any(r => r.Person == u.Person.EntityId)).ToList();
        var holders = open.GroupBy(u => u.Title, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.Select(u => u.Person.EntityId).Distinct(StringComparer.Ordinal).Count(), StringComparer.OrdinalIgnoreCase);
        foreach (var person in open.GroupBy(u => u.Person.EntityId, StringComparer.Ordinal))
        {
            var inSentence = person.Where(u => u.Candidates.Count == 1).ToList();
            var home = person.Where(u => u.Candidates.Count == 0 && u.SpokeIn is { } c && !u.Excluded.Contains(c) && !Held(stated, c, u.Title)).ToList();
            var chosen = inSentence.Count > 0
                ? inSentence.Select(u => (Role: u, Target: u.Candidates[0])).ToList()
                : home.Count > 0 ? home.Select(u => (Role: u, Target: u.SpokeIn!)).ToList()
                : person.Where(u => u.Candidates.Count == 0 && !u.Secondary && holders[u.Title] == 1)
                    .Select(u => (Role: u, Target: OfMinistry(u, stated, ministries) ?? Dominant(u, stated, countryCounts, named) ?? Home(u, stated, countryCounts, dateline)))
                    .Where(c => c.Target is not null).Select(c => (c.Role, Target: c.Target!)).ToList();
            if (chosen.Count > 0 && chosen.TrueForAll(c => c.Target == chosen[0].Target))
                yield return chosen[0];
        }
    }

    /// <summary>
    /// The ministries a sentence names with one country ("Mexico's foreign ministry", "the Kenyan defence ministry",
    /// "Colombia's Defence Ministry"): the branch ("foreign") and the country.
    /// </summary>
    public static IEnumerable<(string Branch, string Country)> Ministries(ParsedSentence s)
    {
        foreach (var w in s.Words)
        {
            // A named ministry ("the Defence Ministry" as a body) counts in capitals, with its branch in capitals.
            var named = w.Form == "Ministry";
            if (!named && (w.Form != "ministry" || s.MentionAt(w) is { Type: EntityType.Organization }))
                continue;
            var branch = s.Children(w).FirstOrDefault(c => c.Relation is "amod" or "compound"
                && (named ? c.Form.Length > 1 && char.IsUpper(c.Form[0]) && c.Form[1..].All(char.IsLower) && s.MentionAt(c) is not { Type: EntityType.Country } : c.Form.All(char.IsLower)));
            var countries = s.Children(w).Where(c => c.Relation is "amod" or "compound" or "nmod:poss").Select(s.MentionAt)
                .OfType<ResolvedMention>().Where(m => m.Type == EntityType.Country).Select(m => m.EntityId).Distinct(StringComparer.Ordinal).ToList();
            if (branch is not null && countries is [var country])
                yield return (branch.Form.ToLowerInvariant(), country);
        }
    }

    /// <summary>
    /// The country whose ministry of the title's branch the article names, when it names one: "Foreign Minister X" in
    /// an article about "Mexico's foreign ministry" is Mexico's, unless Mexico has another foreign minister in it.
    /// </summary>
    private static string? OfMinistry(Unqualified u, IReadOnlyCollection<(string Person, string Title, string Target)> stated, IReadOnlyList<(string Branch, string Country)> ministries)
    {
        if (u.Title.Split(' ') is not [var branch, "Minister"])
            return null;
        var owners = ministries.Where(m => m.Branch.Equals(branch, StringComparison.OrdinalIgnoreCase)).Select(m => m.Country).Distinct(StringComparer.Ordinal).ToList();
        return owners is [var owner] && !Held(stated, owner, u.Title) ? owner : null;
    }

    /// <summary>
    /// The country of the story's dateline ("WASHINGTON (AP) — … President Joe Biden"), when the article also names it,
    /// the sentence does not oppose it to the person, and it has no other holder of the title.
    /// </summary>
    private static string? Home(Unqualified u, IReadOnlyCollection<(string Person, string Title, string Target)> stated, Dictionary<string, int> countryCounts, string? dateline) =>
        dateline is not null && countryCounts.ContainsKey(dateline) && !u.Excluded.Contains(dateline)
        && !Held(stated, dateline, u.Title)
            ? dateline
            : null;

    /// <summary>Someone the article names holds the title at the country already: a country has one holder of an office at a time.</summary>
    private static bool Held(IReadOnlyCollection<(string Person, string Title, string Target)> stated, string country, string title) =>
        // A former holder counts: an article that names a former president of a country is as unlikely to leave a bare
        // "President X" to that country as one that names its president.
        stated.Any(r => r.Target == country && string.Equals(RoleTitle.Office(r.Title), title, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The article's country where one dominates: mentioned more than half as often again as the next, and named at
    /// least once. One the article names only by its adjective ("Chinese jets", "the Chinese embassy") is as often the
    /// other side the article tells of as the home of its bare titles: it dominates, and no one's office is given there.
    /// </summary>
    private static string? Dominant(Unqualified u, IReadOnlyCollection<(string Person, string Title, string Target)> stated, Dictionary<string, int> countryCounts,
        HashSet<string> named)
    {
        var ranked = countryCounts.Where(c => !u.Excluded.Contains(c.Key) && !Held(stated, c.Key, u.Title))
            .OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Take(2).ToList();
        return ranked.Count > 0 && ranked[0].Value >= 2 && (ranked.Count == 1 || ranked[0].Value > 1.5 * ranked[1].Value) && named.Contains(ranked[0].Key)
            ? ranked[0].Key : null;
    }

    /// <summary>The predicate the person is the subject or agent of, with the person's branch under it; null where it is neither.</summary>
    private static (SyntaxWord Clause, SyntaxWord Branch)? ClauseOf(ParsedSentence s, ResolvedMention person)
    {
        var word = s.HeadOf(person);
        while (word is not null && ParsedSentence.Is(word, "conj") && s.Head(word) is { } first && s.MentionAt(first) is { Type: EntityType.Person })
            word = first;
        // "President X's order freezes Y": what the person's order, visit or statement does, the person does.
        if (word is not null && word.Relation == "nmod:poss" && s.Head(word) is { } owned)
            word = owned;
        if (word is null || !(ParsedSentence.Is(word, "nsubj") || ParsedSentence.Is(word, "obl:agent")) || s.Head(word) is not { } clause)
            return null;
        // "The delegation, led by X, held talks with Y": the leader of the subject is on the subject's side of its clause.
        if (ParsedSentence.Is(word, "obl:agent") && s.CaseOf(word) == "by" && ParsedSentence.Is(clause, "acl") && s.Head(clause) is { } led && ParsedSentence.Is(led, "nsubj")
            && s.Head(led) is { } verb)
            return (verb, led);
        return (clause, word);
    }

    /// <summary>
    /// The state that is the subject of what the person says ("Hungary expelled two diplomats, X announced"), a capital
    /// standing for its state; null where the person tells no state's deed, or one of force.
    /// </summary>
    private static string? ReportedState(ParsedSentence s, ResolvedMention person, Func<string, string?> capitalOf)
    {
        if (ClauseOf(s, person) is not { } speaking || !Lexicon.Say.Contains(s.Lower(speaking.Clause)))
            return null;
        // The parser hangs a closing "…, X said" on what is said as often as the other way round.
        var content = s.Children(speaking.Clause).FirstOrDefault(c => c.Relation is "ccomp" or "parataxis")
            ?? (speaking.Clause.Relation is "parataxis" or "ccomp" or "advcl" && s.Head(speaking.Clause) is { Upos: "VERB" } said ? said : null);
        if (content is null || ForceVerbs.Contains(s.Lower(content)) || s.Children(content).FirstOrDefault(c => c.Relation is "nsubj" or "nsubj:pass") is not { } subject
            || s.MentionAt(subject) is not { Kind: not MentionKind.Pronoun } state)
            return null;
        return state.Type == EntityType.Country ? state.EntityId : state.Type == EntityType.Location ? capitalOf(state.EntityId) : null;
    }

    /// <summary>English verbs of armed force (CAMEO 18x–19x), whose doer the other side reports as often as its own.</summary>
    private static readonly HashSet<string> ForceVerbs = VerbForms.Set(
        "attack", "strike/struck", "shell", "bomb", "invade", "raid", "hit/hit/hitting", "kill", "shoot/shot", "fire", "launch", "seize", "capture", "storm", "pound");

    /// <summary>The saying whose object the person is, when it says something ("told President Y that …"), with the person's branch.</summary>
    private static (SyntaxWord Clause, SyntaxWord Branch)? Told(ParsedSentence s, ResolvedMention person)
    {
        var word = s.HeadOf(person);
        for (var depth = 0; word is not null && depth < 4 && word.Relation is "flat" or "compound" or "nmod:desc"; depth++)
            word = s.Head(word);
        return word is { Relation: "obj" or "iobj" } && s.Head(word) is { Upos: "VERB" } verb && s.Has(verb, "ccomp")
            // Not "announced X is heading to Iran": only a verb of telling has the one told as its object.
            && (word.Relation == "iobj" || ParseReading.Tells.Contains(s.Lower(verb))) ? (verb, word) : null;
    }

    /// <summary>Whether the sentence joins the two persons' names as conjuncts, the other's first.</summary>
    private static bool Conjoined(ParsedSentence? s, IReadOnlyList<ResolvedMention> mentions, ResolvedMention person, string other)
    {
        if (s is null || s.HeadOf(person) is not { } word)
            return false;
        // The name may hang on its title ("and Defence Minister Luis Vega", with the title the conjunct).
        while (word.Relation is "flat" or "compound" && s.Head(word) is { Upos: "PROPN" or "NOUN" } title)
            word = title;
        if (!ParsedSentence.Is(word, "conj") || s.Head(word) is not { } first)
            return false;
        return mentions.Any(m => m.EntityId == other && s.HeadOf(m) == first);
    }

    /// <summary>The noun a modifier belongs to: "Mexican" in "in the Mexican embassy" is in the embassy's phrase.</summary>
    private static SyntaxWord PhraseHead(ParsedSentence s, SyntaxWord word)
    {
        var w = word;
        while (w.Relation is "amod" or "compound" or "nmod:poss" or "flat" && s.Head(w) is { } h)
            w = h;
        return w;
    }

    /// <summary>Whether <paramref name="word"/> lies under the clause by another branch than the person's own (what is said counting as the person's own when <paramref name="ownContent"/>).</summary>
    private static bool Under(ParsedSentence s, SyntaxWord? word, (SyntaxWord Clause, SyntaxWord Branch) clause, bool ownContent)
    {
        for (var w = word; w is not null; w = s.Head(w))
        {
            if (w.Index == clause.Clause.Index)
                return false;
            if (s.Head(w) is { } h && h.Index == clause.Clause.Index)
                return w.Index != clause.Branch.Index && !(ownContent && ContentBranches.Contains(w.Relation.Split(':')[0]) && !OtherSideOfOurs(s, w, word!));
        }

        return false;
    }

    /// <summary>
    /// ""Russia is hitting our ports," X said": where what is said names the speaker's side in the first person plural ("our
    /// ports"), a country that is the subject doing it is the other side (not "we will defend Ukraine").
    /// </summary>
    private static bool OtherSideOfOurs(ParsedSentence s, SyntaxWord content, SyntaxWord word)
    {
        if (s.Children(content).FirstOrDefault(c => c.Relation.StartsWith("nsubj", StringComparison.Ordinal)) is not { } subject || !s.Parse.Dominates(subject, word) && subject != word)
            return false;
        var subjectWords = s.Parse.Subtree(subject);
        return s.Parse.Subtree(content).Any(w => w.Upos == "PRON" && s.Lower(w) is "we" or "our" or "us" or "ours" && !subjectWords.Contains(w));
    }
}
