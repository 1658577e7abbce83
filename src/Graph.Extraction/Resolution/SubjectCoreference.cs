using Graph.Core.Model;
using Graph.Extraction.Mentions;
using Graph.Extraction.Syntax;

namespace Graph.Extraction.Resolution;

/// <summary>
/// Subjects that name no one — "it said", "they denounced", "the ministry added", "the statement said" — read
/// from the parse and resolved to the actor they stand for, so that every event rule sees who said or did it.
/// The antecedent is the actor of a compatible type that was last a subject (news keeps its topic in subject
/// position), first in the clause that governs the pronoun's ("Russia said it had …"), then within the two
/// sentences before; failing that, the last such actor named in the sentence before.
/// </summary>
internal static class SubjectCoreference
{
    /// <summary>How many sentences back an antecedent may be.</summary>
    private const int Reach = 2;

    private static readonly EntityType[] Persons = [EntityType.Person];
    private static readonly EntityType[] Bodies = [EntityType.Organization, EntityType.Country];
    private static readonly EntityType[] Actors = [EntityType.Person, EntityType.Organization, EntityType.Country];
    private static readonly EntityType[] States = [EntityType.Country];

    /// <summary>Kinds of body that are never a state: "the group" said by or of a country is someone else.</summary>
    private static readonly EntityType[] Organisations = [EntityType.Organization];

    /// <summary>
    /// Category nouns that, with "the", stand for a body named before ("the ministry", "the kingdom"), and nouns
    /// for what a body or person put out ("the statement"), which stand for its author. English common nouns for
    /// kinds of institution and state (the heads of organisation and country names), not words of any article.
    /// </summary>
    private static readonly Dictionary<string, EntityType[]> Descriptions = new(StringComparer.Ordinal)
    {
        ["ministry"] = Bodies, ["agency"] = Bodies, ["office"] = Bodies, ["department"] = Bodies, ["government"] = Bodies,
        ["administration"] = Bodies, ["organisation"] = Organisations, ["organization"] = Organisations, ["group"] = Organisations,
        ["bloc"] = Organisations, ["alliance"] = Organisations, ["council"] = Bodies, ["commission"] = Bodies, ["committee"] = Bodies,
        ["body"] = Bodies, ["movement"] = Organisations, ["party"] = Organisations, ["company"] = Organisations, ["court"] = Bodies,
        ["kingdom"] = States, ["country"] = States, ["state"] = States, ["nation"] = States, ["republic"] = States,
        ["statement"] = Actors, ["report"] = Actors, ["communique"] = Actors, ["communiqué"] = Actors, ["announcement"] = Actors,
    };

    /// <summary>Descriptions of bodies that judge or investigate, which are none of the states they speak of.</summary>
    private static readonly HashSet<string> Panels = new(StringComparer.Ordinal) { "commission", "council", "committee", "court", "body" };

    /// <summary>The mentions with one more for every subject resolved here, ordered by offset.</summary>
    /// <param name="isCapital">Whether a place is a national capital: "Lima called …, it said" speaks for its government, so "it" may stand for it.</param>
    public static IReadOnlyList<ResolvedMention> Resolve(IReadOnlyList<SentenceParse> parses, IReadOnlyList<ResolvedMention> mentions, Func<string, bool> isCapital)
    {
        if (parses.Count == 0)
            return mentions;
        var bySentence = mentions.ToLookup(m => m.Sentence);
        var parsed = parses.Where(p => p.Outcome == ParseOutcome.Parsed).Select(p => p.Sentence.Index).ToHashSet();
        var subjects = new List<(ResolvedMention Mention, bool Reports)>();
        var genders = Genders(parses, bySentence);
        var titled = new Dictionary<string, List<ResolvedMention>>(StringComparer.Ordinal);
        var nationalities = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var added = new List<ResolvedMention>();
        var replaced = new HashSet<ResolvedMention>(ReferenceEqualityComparer.Instance);
        for (var position = 0; position < parses.Count; position++)
        {
            var parse = parses[position];
            var index = parse.Sentence.Index;
            if (!parsed.Contains(index))
                continue;
            var here = bySentence[index].ToList();
            foreach (var word in parse.Words)
            {
                if (word.Relation is not ("nsubj" or "nsubj:pass"))
                    continue;
                // "met Tanzanian President Samia Suluhu Hassan", read with "Samia" the subject of "Hassan": a word of a name
                // is no subject of that name.
                if (At(here, word.Token) is { } inName && parse.HeadOf(word) is { } nameHead && nameHead.Token != word.Token && At(here, nameHead.Token) == inName)
                    continue;
                // A subject that reports: of a verb taking a clause ("said that …"), or putting out a statement ("in a statement",
                // wherever the parser hangs it in the verb's own clause: "accused Y of arming the rebels in a statement").
                var reports = parse.HeadOf(word) is { } verb && (parse.ChildrenOf(verb).Any(c => c.Relation is "ccomp" or "parataxis")
                    || OwnClause(parse, verb).Any(c => c.Relation is "obj" or "obl" or "nmod" && Descriptions.TryGetValue(c.Form.ToLowerInvariant(), out var kind) && kind == Actors));
                // The surface reading's pronouns ("he said") are read again with the parse, and kept where it finds nothing.
                var surface = At(here, word.Token) is { Kind: MentionKind.Pronoun } p ? p : null;
                // "Tanzanian President X met …" read with the adjective as the subject and the name in apposition: the person
                // is the subject.
                var atSubject = At(here, word.Token);
                var apposed = Apposed(parse, word, here);
                if (surface is null && (atSubject is { Kind: MentionKind.Demonym } && apposed is { Type: EntityType.Person } ? apposed : atSubject ?? apposed) is { } named)
                {
                    // "Its spokesperson, X, said", after "The State Department rejected …": the body last a subject owns the title.
                    if (named.Type == EntityType.Person && TitleOwnerPronoun(parse, word, here) is { } titleOwner && GoverningSubject(parse, word) is null
                        && Salient(subjects, index, titleOwner, Bodies, false, isCapital) is { } titleBody)
                    {
                        var owner = new ResolvedMention(titleOwner.Start, titleOwner.End, titleOwner.Form, titleBody.EntityId, titleBody.Type, index, titleOwner.Token, titleOwner.Token + 1, MentionKind.Pronoun);
                        added.Add(owner);
                        here.Add(owner);
                    }

                    subjects.Add((named, reports));
                    continue;
                }

                if (surface is null && Titled(parse, word, here, titled, nationalities, subjects, index) is { } holder)
                {
                    // "the spokesperson said", after "X, the spokesperson for the Taliban": a holder of that title.
                    var person = holder with { Start = word.Start, End = word.End, Text = word.Form, Sentence = index, FirstToken = word.Token, EndToken = word.Token + 1, Kind = MentionKind.Pronoun };
                    added.Add(person);
                    here.Add(person);
                    subjects.Add((person, reports));
                    continue;
                }

                if (surface is null && ShortenedBody(parse, word, mentions) is { } body)
                {
                    // "the Treasury said", after "the Treasury Department": the body named before.
                    var shortened = body with { Start = word.Start, End = word.End, Text = word.Form, Sentence = index, FirstToken = word.Token, EndToken = word.Token + 1, Kind = MentionKind.ShortName };
                    added.Add(shortened);
                    here.Add(shortened);
                    subjects.Add((shortened, reports));
                    continue;
                }

                if (surface is null && RepeatedBody(parses, position, word, here, bySentence) is { } state)
                {
                    // "The army said", after "the Sudanese army": the country that army was named with.
                    var repeated = new ResolvedMention(word.Start, word.End, word.Form, state.EntityId, state.Type, index, word.Token, word.Token + 1, MentionKind.Pronoun);
                    added.Add(repeated);
                    here.Add(repeated);
                    subjects.Add((repeated, reports));
                    continue;
                }

                // "Its military government has accused Togo …", after "Burkina Faso did not take part": the owner a
                // pronoun gives a state's organ is the state or body last a subject, as "it" would be; not in a clause
                // another subject governs ("the group said its forces …" is the group's, which the event rules read).
                if (surface is null && OwnerPronoun(parse, word, here) is { } its && GoverningSubject(parse, word) is null
                    && Salient(subjects, index, its, Bodies, false, isCapital) is { } owning)
                {
                    var owner = new ResolvedMention(its.Start, its.End, its.Form, owning.EntityId, owning.Type, index, its.Token, its.Token + 1, MentionKind.Pronoun);
                    added.Add(owner);
                    here.Add(owner);
                    subjects.Add((owner, reports));
                    continue;
                }

                if (Wanted(parse, word, here) is not { } types)
                {
                    // "Egypt's foreign ministry accused …": the owner, read as such by the event rules, is the subject a
                    // later "the statement said" or "it said" may stand for.
                    if (surface is null && Descriptions.TryGetValue(word.Form.ToLowerInvariant(), out var described) && Owner(parse, word, here, described) is { } owner)
                        subjects.Add((owner, reports));
                    continue;
                }
                // "she" does not stand for a man the article calls "Mr", nor "he" for a woman it calls "Mrs" or "Ms".
                var gender = word.Form.ToLowerInvariant() switch { "he" => 'm', "she" => 'f', _ => ' ' };
                var fits = subjects.Where(m => !genders.TryGetValue(m.Mention.EntityId, out var g) || gender == ' ' || g == gender).ToList();
                // "Russia hacked the machines, the commission said": a state named in what a panel says is not the panel (a
                // state's own ministry or government may be: "Moscow expelled …, the ministry said"; so may a pronoun).
                if (Panels.Contains(word.Form.ToLowerInvariant()) && parse.HeadOf(word) is { } saying
                    && parse.ChildrenOf(saying).Where(c => c.Relation is "ccomp" or "parataxis").SelectMany(parse.Subtree).Select(w => w.Token).ToHashSet() is { Count: > 0 } content)
                    fits = fits.FindAll(m => m.Mention.Sentence != index || !content.Contains(m.Mention.FirstToken));
                // What a statement says, its author said: the last one reporting, not merely the last subject.
                var authored = types == Actors;
                // "Her spokesman, X, said she had …", "a spokesman for Y said she …": the one spoken for, never the spokesperson.
                var spokenFor = SpokenFor(parse, word, here, out var principal);
                if (gender != ' ' && spokenFor)
                {
                    if (principal is not null)
                        fits = [(principal, false)];
                    else if (Governing(parse, word, here, types) is { } spokesperson)
                        fits = fits.Where(m => m.Mention.EntityId != spokesperson.EntityId).ToList();
                }

                var antecedent = Owner(parse, word, here, types)
                    ?? (authored && ReportsItsGovernor(parse, word) || spokenFor ? null : Governing(parse, word, here, types))
                    ?? Salient(fits, index, word, types, authored, isCapital)
                    ?? Salient(fits, index, word, types, false, isCapital)
                    ?? bySentence[index - 1].LastOrDefault(m => m.Kind != MentionKind.Pronoun && types.Contains(m.Type)
                        && (!genders.TryGetValue(m.EntityId, out var g) || gender == ' ' || g == gender));
                if (antecedent is null)
                {
                    // The surface reading's "he" for a woman the article speaks of as "she" stands for no one.
                    if (surface is not null && gender != ' ' && genders.TryGetValue(surface.EntityId, out var known) && known != gender)
                    {
                        here.Remove(surface);
                        replaced.Add(surface);
                    }
                    else if (surface is not null)
                        subjects.Add((surface, reports));
                    continue;
                }

                if (surface is not null)
                {
                    here.Remove(surface);
                    replaced.Add(surface);
                }

                var mention = new ResolvedMention(word.Start, word.End, word.Form, antecedent.EntityId, antecedent.Type, index, word.Token, word.Token + 1, MentionKind.Pronoun);
                added.Add(mention);
                here.Add(mention);
                subjects.Add((mention, reports));
            }

            // "Asante welcomed him", "she thanked him": an object pronoun of a person stands for the person last a subject
            // who is not the clause's own subject.
            foreach (var word in parse.Words)
            {
                if (word.Relation == "obj" && (word.Form.Equals("him", StringComparison.OrdinalIgnoreCase) || word.Form.Equals("her", StringComparison.OrdinalIgnoreCase))
                    && ObjectPronoun(parse, word, here, subjects, genders, index) is { } mention)
                {
                    added.Add(mention);
                    here.Add(mention);
                }
            }

            foreach (var word in parse.Words)
            {
                var state = IsStateDescription(parse, word, here) ? DescribedState(parse, word, here, bySentence, index)
                    : IsStateOwner(parse, word, here) ? Nearest(word, here, bySentence, index, EntityType.Country)
                    // "the bloc's foreign policy chief", after "the European Union": the body named last.
                    // "Kenya blamed the group for the attack": a group described as the verb's object, the same way.
                    : IsOwner(parse, word, here, Organisations) ? NamedWith(parses, word, bySentence, index) ?? SubjectBody(parses, word, bySentence, index)
                        ?? Nearest(word, here, bySentence, index, EntityType.Organization)
                    // "The UN accused the group of …": the group is another body than the one accusing it.
                    : IsDescribedObject(parse, word, here) ? OtherThanItsSubject(parse, word, here, NamedWith(parses, word, bySentence, index)
                        ?? SubjectBody(parses, word, bySentence, index) ?? Nearest(word, here, bySentence, index, EntityType.Organization))
                        ?? (index > 0 ? SubjectBody(parses, word, bySentence, index - 1) ?? Nearest(word, here, bySentence, index - 1, EntityType.Organization) : null)
                    : RepeatedBody(parses, position, word, here, bySentence);
                if (state is null)
                    continue;
                // "the Gulf state": the place named in the description only describes the state, it is no actor of its own.
                foreach (var modifier in parse.ChildrenOf(word).Where(c => c.Relation is "compound" or "amod"))
                {
                    if (At(here, modifier.Token) is { Type: EntityType.Location } place)
                    {
                        here.Remove(place);
                        replaced.Add(place);
                    }
                }

                var mention = new ResolvedMention(word.Start, word.End, word.Form, state.EntityId, state.Type, index, word.Token, word.Token + 1, MentionKind.Pronoun);
                added.Add(mention);
                here.Add(mention);
            }

            // After the sentence's subjects: a title given in this sentence is for the sentences after it.
            RecordTitles(parse, bySentence[index].ToList(), titled, nationalities);
        }

        if (added.Count == 0)
            return mentions;
        return [.. mentions.Where(m => !replaced.Contains(m)).Concat(added).OrderBy(m => m.Start).ThenBy(m => m.End)];
    }

    /// <summary>The title words the sentence gives its persons ("Foreign Minister X", "X, the spokesperson for Y"), each to its last holder.</summary>
    private static void RecordTitles(SentenceParse parse, List<ResolvedMention> here, Dictionary<string, List<ResolvedMention>> titled,
        Dictionary<string, HashSet<string>> nationalities)
    {
        foreach (var m in here)
        {
            if (m.Type != EntityType.Person || m.Kind == MentionKind.Pronoun)
                continue;
            foreach (var w in parse.Words)
            {
                if (w.Token < m.FirstToken || w.Token >= m.EndToken || parse.HeadOf(w) is { } h && h.Token >= m.FirstToken && h.Token < m.EndToken)
                    continue;
                // w heads the name: its descriptions are the titles before it and the nouns in apposition on either side.
                var titles = parse.ChildrenOf(w).Where(c => c.Relation is "nmod:desc" or "compound" or "appos" && c.Token < m.FirstToken || c.Relation == "appos");
                if (w.Relation == "appos" && parse.HeadOf(w) is { } described)
                    titles = titles.Append(described);
                foreach (var t in titles)
                {
                    if (t.Upos is "NOUN" or "PROPN" && At(here, t.Token) is null)
                    {
                        var key = t.Form.ToLowerInvariant();
                        if (!titled.TryGetValue(key, out var holders))
                            titled[key] = holders = [];
                        holders.Add(m);
                        // "Indian Foreign Minister X", "X, Turkey's foreign minister": the state the title is named with.
                        foreach (var c in parse.ChildrenOf(t).Concat(parse.ChildrenOf(w)))
                        {
                            if (c.Relation is "amod" or "compound" or "nmod:poss" && At(here, c.Token) is { Type: EntityType.Country } state)
                                (nationalities.TryGetValue(m.EntityId, out var states) ? states : nationalities[m.EntityId] = new HashSet<string>(StringComparer.Ordinal)).Add(state.EntityId);
                        }
                    }
                }
            }
        }
    }

    /// <summary>
    /// "The spokesperson", "the minister": a definite title noun standing alone stands for a holder of that title,
    /// when the last person who was a subject within reach is one of them.
    /// </summary>
    private static ResolvedMention? Titled(SentenceParse parse, SyntaxWord word, List<ResolvedMention> here, Dictionary<string, List<ResolvedMention>> titled,
        Dictionary<string, HashSet<string>> nationalities, List<(ResolvedMention Mention, bool Reports)> subjects, int sentence)
    {
        if (word.Upos is not ("NOUN" or "PROPN") || !titled.TryGetValue(word.Form.ToLowerInvariant(), out var holders)
            || !parse.ChildrenOf(word, "det").Any(d => d.Form.ToLowerInvariant() is "the" or "this")
            || parse.ChildrenOf(word).Any(c => c.Relation is "appos" or "flat"))
            return null;
        // "the Indian minister said": the holder of the title named with that country, whoever was the last subject.
        var country = parse.ChildrenOf(word).Where(c => c.Relation is "amod" or "compound").Select(c => At(here, c.Token)).FirstOrDefault(m => m is { Type: EntityType.Country });
        if (country is not null && holders.LastOrDefault(h => h.Sentence >= sentence - Reach - 1 && OfState(nationalities, h, country) == true) is { } named)
            return named;
        // The last person who was a subject, if the title is theirs (and not named with another state): an earlier holder
        // may be the other side's spokesman.
        for (var i = subjects.Count - 1; i >= 0 && subjects[i].Mention.Sentence >= sentence - Reach; i--)
        {
            if (subjects[i].Mention.Type == EntityType.Person)
                return holders.Exists(h => h.EntityId == subjects[i].Mention.EntityId) && (country is null || OfState(nationalities, subjects[i].Mention, country) != false)
                    ? subjects[i].Mention : null;
        }

        return null;
    }

    /// <summary>Whether the person was named with that state's title; null when named with none.</summary>
    private static bool? OfState(Dictionary<string, HashSet<string>> nationalities, ResolvedMention person, ResolvedMention state) =>
        nationalities.TryGetValue(person.EntityId, out var states) ? states.Contains(state.EntityId) : null;

    /// <summary>
    /// "accused the Gulf state of …", "sanctions on the country": a state described but not named, in any place but
    /// the subject's (read above) or an owner's ("the country's president" is usually the subject's own).
    /// </summary>
    private static bool IsStateDescription(SentenceParse parse, SyntaxWord word, List<ResolvedMention> here) =>
        word.Upos == "NOUN" && Describes(word.Form, States)
        && !word.Relation.StartsWith("nsubj", StringComparison.Ordinal) && word.Relation != "nmod:poss"
        && Definite(parse, word)
        && !parse.ChildrenOf(word).Any(c => c.Relation is "appos" or "flat" or "nmod") && At(here, word.Token) is null;

    /// <summary>
    /// "the Treasury" for an organisation named before as "the Treasury Department": a proper noun with "the" that is
    /// the name of a body named earlier without its last word, an institution noun ("Department", "Ministry").
    /// </summary>
    private static ResolvedMention? ShortenedBody(SentenceParse parse, SyntaxWord word, IReadOnlyList<ResolvedMention> mentions)
    {
        if (word.Upos != "PROPN" || !Definite(parse, word) || parse.ChildrenOf(word).Any(c => c.Relation is "compound" or "flat" or "amod"))
            return null;
        return mentions.LastOrDefault(m => m.Type == EntityType.Organization && m.Kind == MentionKind.Name && m.End <= word.Start
            && m.Text.Split(' ') is [var named, var last] && named == word.Form
            && Describes(last, Bodies));
    }

    /// <summary>A mention this stage added for a state or body described, not named ("the country", "the kingdom", "the bloc").</summary>
    public static bool IsDescribedActor(ResolvedMention m) =>
        m.Kind == MentionKind.Pronoun && (m.Type == EntityType.Country && Describes(m.Text, States) || m.Type == EntityType.Organization && Describes(m.Text, Organisations)
            || m.Type is EntityType.Country or EntityType.Organization && m.Text.Equals("its", StringComparison.OrdinalIgnoreCase));

    /// <summary>"the country's president": a state described as the owner of an office or a thing.</summary>
    private static bool IsStateOwner(SentenceParse parse, SyntaxWord word, List<ResolvedMention> here) => IsOwner(parse, word, here, States);

    /// <summary>"the country's …", "the bloc's …": a definite category noun of that kind of actor owning something.</summary>
    private static bool IsOwner(SentenceParse parse, SyntaxWord word, List<ResolvedMention> here, EntityType[] kind) =>
        word.Upos == "NOUN" && word.Relation == "nmod:poss" && Describes(word.Form, kind) && Definite(parse, word) && At(here, word.Token) is null;

    /// <summary>"the group" as an object, with nothing else to say which group it is ("the group for the attack", not "a rights group").</summary>
    private static bool IsDescribedObject(SentenceParse parse, SyntaxWord word, List<ResolvedMention> here) =>
        word.Upos == "NOUN" && word.Relation is "obj" or "iobj" && Describes(word.Form, Organisations) && Definite(parse, word) && At(here, word.Token) is null
        && !Specified(parse, word);

    /// <summary>The noun has a modifier that says which one it is (the deed alleged of it says nothing of that).</summary>
    private static bool Specified(SentenceParse parse, SyntaxWord word)
    {
        foreach (var c in parse.ChildrenOf(word))
        {
            if (c.Relation is "amod" or "compound" or "acl:relcl" or "appos" || c.Relation is "nmod" or "acl" && !IsAllegedDeed(parse, word, c))
                return true;
        }

        return false;
    }

    /// <summary>
    /// "accused the group of piracy", "blamed the group for spreading …": the deed alleged, which the parser may hang on
    /// the group, says nothing of which group it is (a "group of experts" does).
    /// </summary>
    private static bool IsAllegedDeed(SentenceParse parse, SyntaxWord group, SyntaxWord c) =>
        parse.HeadOf(group) is { } verb && Alleging.Contains(verb.Form.ToLowerInvariant())
        && parse.ChildrenOf(c).Any(m => m.Relation is "mark" or "case" && m.Form is "of" or "for");

    /// <summary>English verbs that allege a deed of their object ("accused X of", "blamed X for").</summary>
    private static readonly HashSet<string> Alleging = new(StringComparer.Ordinal)
    {
        "accuse", "accused", "accuses", "accusing", "blame", "blamed", "blames", "blaming", "charged", "charging", "condemned", "condemning",
    };

    /// <summary>The antecedent found, unless it is the subject of the verb whose object the description is: that side names itself otherwise.</summary>
    private static ResolvedMention? OtherThanItsSubject(SentenceParse parse, SyntaxWord word, List<ResolvedMention> here, ResolvedMention? antecedent) =>
        antecedent is not null && antecedent.Sentence == here.FirstOrDefault()?.Sentence && parse.HeadOf(word) is { } verb
        && parse.ChildrenOf(verb).Any(c => c.Relation.StartsWith("nsubj", StringComparison.Ordinal) && c.Token >= antecedent.FirstToken && c.Token < antecedent.EndToken)
            ? null : antecedent;

    /// <summary>The word is one of the category nouns for that kind of actor ("country" for states, "ministry" for bodies).</summary>
    private static bool Describes(string word, EntityType[] kind) => Descriptions.TryGetValue(word.ToLowerInvariant(), out var types) && types == kind;

    /// <summary>The word has "the" ("the kingdom", "the Treasury").</summary>
    private static bool Definite(SentenceParse parse, SyntaxWord word) =>
        parse.ChildrenOf(word, "det").Any(d => d.Form.Equals("the", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// "the group's base", after "the Lashkar-e-Jhangvi group, which has links to al-Qaida": the body last named with the
    /// same category noun after it, in this sentence or the ones before, rather than the nearest one.
    /// </summary>
    private static ResolvedMention? NamedWith(IReadOnlyList<SentenceParse> parses, SyntaxWord word, ILookup<int, ResolvedMention> bySentence, int index)
    {
        for (var k = index; k >= Math.Max(0, index - Reach); k--)
        {
            var words = parses[k].Words;
            if (bySentence[k].Where(m => m.Type == EntityType.Organization && m.Kind == MentionKind.Name && (k < index || m.Start < word.Start)
                    && words.FirstOrDefault(w => w.Start >= m.End) is { } next && next.Form.Equals(word.Form, StringComparison.OrdinalIgnoreCase))
                .MaxBy(m => m.Start) is { } named)
                return named;
        }

        return null;
    }

    /// <summary>
    /// "The militant group's charter …", after "Hamas leaders say they want to share power with Fatah": the body that is
    /// the subject of this sentence or the one before (or owns it, or stands beside it), rather than the nearest one named.
    /// </summary>
    private static ResolvedMention? SubjectBody(IReadOnlyList<SentenceParse> parses, SyntaxWord word, ILookup<int, ResolvedMention> bySentence, int index)
    {
        for (var k = index; k >= Math.Max(0, index - 1); k--)
        {
            var parse = parses[k];
            if (bySentence[k].Where(m => m.Type == EntityType.Organization && m.Kind == MentionKind.Name && (k < index || m.Start < word.Start)
                    && SubjectPart(parse, m)).MaxBy(m => m.Start) is { } subject)
                return subject;
        }

        return null;
    }

    /// <summary>
    /// "Hamas leaders said", "the Congress of Trade Unions, COSATU, says": a name that is the subject, in its compound or
    /// possessive, or in apposition to it.
    /// </summary>
    private static bool SubjectPart(SentenceParse parse, ResolvedMention m)
    {
        if (IsSubject(parse, m))
            return true;
        var word = parse.Words.FirstOrDefault(w => w.Token >= m.FirstToken && w.Token < m.EndToken && (parse.HeadOf(w) is not { } h || h.Token < m.FirstToken || h.Token >= m.EndToken));
        return word is { Relation: "compound" or "nmod:poss" or "appos" } && parse.HeadOf(word) is { } head && head.Relation.StartsWith("nsubj", StringComparison.Ordinal);
    }

    /// <summary>
    /// The actor an owner described as "the country" or "the bloc" stands for: the last one of that type named before
    /// it, the subject's too ("Kenya said the country's president …", "sanctions on Chile's oil firm, pressing the
    /// country's president").
    /// </summary>
    private static ResolvedMention? Nearest(SyntaxWord word, List<ResolvedMention> here, ILookup<int, ResolvedMention> bySentence, int index, EntityType type)
    {
        for (var k = index; k >= Math.Max(0, index - Reach); k--)
        {
            if ((k == index ? here : bySentence[k]).Where(m => m.Type == type && m.Start < word.Start).MaxBy(m => m.Start) is { } before)
                return before;
        }

        return null;
    }

    /// <summary>
    /// The country a description stands for: the last one named before it, within reach, that is not a subject of
    /// its sentence (a side does not call itself "the state"; the other side, named before, is the one described).
    /// </summary>
    private static ResolvedMention? DescribedState(SentenceParse parse, SyntaxWord word, List<ResolvedMention> here, ILookup<int, ResolvedMention> bySentence, int index)
    {
        var sides = here.Where(m => IsSubject(parse, m)).Select(m => m.EntityId).ToHashSet(StringComparer.Ordinal);
        for (var k = index; k >= Math.Max(0, index - Reach); k--)
        {
            var before = (k == index ? here : bySentence[k])
                .Where(m => m.Type == EntityType.Country && m.Start < word.Start && !sides.Contains(m.EntityId))
                .MaxBy(m => m.Start);
            if (before is not null)
                return before;
        }

        return null;
    }

    /// <summary>
    /// Nouns for a state's own bodies and forces: "the Sudanese army" or "Peru's government" is its country (annotation
    /// guidelines: a body named only by a lower-case description), and so is "the army" said again after it. English
    /// common nouns for kinds of state institution, not words of any article.
    /// </summary>
    private static readonly HashSet<string> StateBodies = new(StringComparer.Ordinal)
    {
        "army", "military", "navy", "police", "government", "junta", "regime", "authorities", "forces", "troops", "cabinet",
        "ministry", "administration", "presidency", "coastguard", "parliament", "legislature",
    };

    /// <summary>How many sentences back the first naming of a body may be.</summary>
    private const int BodyReach = 4;

    /// <summary>
    /// "The army denied …" after "the Sudanese army": a state body's noun with "the" and nothing else stands for the
    /// country named with the same noun last time it was used, within reach; null when that use named none or was
    /// part of a name. Any other body's noun the same way ("the agency said" after "the UN agency"), for the body or
    /// country that use named.
    /// </summary>
    private static ResolvedMention? RepeatedBody(IReadOnlyList<SentenceParse> parses, int position, SyntaxWord word, List<ResolvedMention> here, ILookup<int, ResolvedMention> bySentence)
    {
        var parse = parses[position];
        var lower = word.Form.ToLowerInvariant();
        var kinds = StateBodies.Contains(lower) ? States : Descriptions.TryGetValue(lower, out var described) && described != Actors ? described : null;
        if (word.Upos != "NOUN" || word.Relation == "compound" || kinds is null || !Definite(parse, word) || At(here, word.Token) is not null
            || parse.ChildrenOf(word).Any(c => c.Relation is "amod" or "compound" or "nmod" or "nmod:poss" or "appos" or "flat"))
            return null;
        // Another body's noun reaches only the sentence before: news names many bodies by such nouns ("the UN food agency").
        for (var k = position; k >= Math.Max(0, position - (kinds == States ? BodyReach : 1)); k--)
        {
            var earlier = parses[k];
            var named = k == position ? here : bySentence[earlier.Sentence.Index].ToList();
            for (var i = earlier.Words.Count - 1; i >= 0; i--)
            {
                var w = earlier.Words[i];
                if (k == position && w.Token >= word.Token || !w.Form.Equals(lower, StringComparison.OrdinalIgnoreCase))
                    continue;
                // "Sudan's Foreign Ministry … the ministry": the named body itself, read elsewhere.
                if (At(named, w.Token) is not null)
                    return null;
                // "the World Food Programme, the UN food agency, … the agency", "the militant group X": the body the noun
                // described, not its owner.
                if (kinds != States && (Apposed(earlier, w, named)
                    ?? (w.Relation is "appos" or "compound" or "nmod:desc" && earlier.HeadOf(w) is { } describedBody ? At(named, describedBody.Token) : null)
                    ?? (i + 1 < earlier.Words.Count ? At(named, earlier.Words[i + 1].Token) : null)) is { } body)
                    return body.Kind == MentionKind.Pronoun ? null : body;
                return earlier.ChildrenOf(w).Where(c => c.Relation is "compound" or "nmod:poss" || c.Relation == "amod" && kinds == States)
                    .Select(c => At(named, c.Token)).FirstOrDefault(m => m is { Kind: not MentionKind.Pronoun } && kinds.Contains(m.Type));
            }
        }

        return null;
    }

    /// <summary>The mention is a subject of its sentence, or a conjunct of one.</summary>
    private static bool IsSubject(SentenceParse parse, ResolvedMention m)
    {
        var word = parse.Words.FirstOrDefault(w => w.Token >= m.FirstToken && w.Token < m.EndToken
            && (parse.HeadOf(w) is not { } h || h.Token < m.FirstToken || h.Token >= m.EndToken));
        while (word is { Relation: "conj" } && parse.HeadOf(word) is { } head)
            word = head;
        return word is not null && word.Relation.StartsWith("nsubj", StringComparison.Ordinal);
    }

    /// <summary>
    /// Persons the article names with an honorific that says whether "he" or "she" may stand for them, or as the one
    /// person of a sentence whose verb speaks of them as "he" or "she" ("Ruiz said her government would …").
    /// </summary>
    private static Dictionary<string, char> Genders(IReadOnlyList<SentenceParse> parses, ILookup<int, ResolvedMention> bySentence)
    {
        var genders = new Dictionary<string, char>(StringComparer.Ordinal);
        foreach (var parse in parses)
        {
            if (AloneWithPronouns(parse, bySentence[parse.Sentence.Index]) is var (alone, said))
                genders.TryAdd(alone, said);
            var words = parse.Words;
            for (var i = 0; i + 1 < words.Count; i++)
            {
                var gender = words[i].Form.TrimEnd('.') switch
                {
                    "Mr" or "Sir" => 'm',
                    "Mrs" or "Ms" or "Miss" or "Dame" => 'f',
                    _ => ' ',
                };
                if (gender != ' ' && bySentence[parse.Sentence.Index].FirstOrDefault(m => m.Type == EntityType.Person && m.FirstToken <= words[i + 1].Token && words[i + 1].Token < m.EndToken) is { } person)
                    genders.TryAdd(person.EntityId, gender);
            }
        }

        return genders;
    }

    /// <summary>The last subject of a fitting type within reach before the word; with <paramref name="reporting"/>, the last one reporting.</summary>
    private static ResolvedMention? Salient(List<(ResolvedMention Mention, bool Reports)> subjects, int sentence, SyntaxWord word, EntityType[] types, bool reporting, Func<string, bool> isCapital)
    {
        for (var i = subjects.Count - 1; i >= 0; i--)
        {
            var (m, reports) = subjects[i];
            if (m.Sentence < sentence - Reach)
                return null;
            var fits = types.Contains(m.Type) || m.Type == EntityType.Location && types.Contains(EntityType.Country) && isCapital(m.EntityId);
            if (m.Start < word.Start && fits && (reports || !reporting))
                return m;
        }

        return null;
    }

    /// <summary>English nouns of a state's or body's organs and people, which "its" or "their" may own.</summary>
    private static readonly HashSet<string> Organs = new(StringComparer.OrdinalIgnoreCase)
    {
        "government", "ministry", "army", "military", "forces", "troops", "navy", "police", "officials", "leaders", "leadership", "parliament", "cabinet",
        "service", "services", "agency", "embassy", "envoy", "ambassador", "spokesman", "spokeswoman", "spokesperson", "delegation",
    };

    /// <summary>"its" or "their" owning a subject that is an organ ("its military government"), when no mention is there.</summary>
    private static SyntaxWord? OwnerPronoun(SentenceParse parse, SyntaxWord subject, List<ResolvedMention> here) =>
        subject.Upos == "NOUN" && Organs.Contains(subject.Form)
            ? parse.ChildrenOf(subject, "nmod:poss").FirstOrDefault(o => o.Xpos == "PRP$" && (o.Form.Equals("its", StringComparison.OrdinalIgnoreCase)
                || o.Form.Equals("their", StringComparison.OrdinalIgnoreCase)) && At(here, o.Token) is null)
            : null;

    /// <summary>
    /// "its" owning the title of a subject named in apposition ("Its spokesperson, X," or "its foreign minister X"), when no
    /// mention is there.
    /// </summary>
    private static SyntaxWord? TitleOwnerPronoun(SentenceParse parse, SyntaxWord subject, List<ResolvedMention> here)
    {
        var titles = subject.Upos == "NOUN" ? [subject] : parse.ChildrenOf(subject).Where(c => c.Index < subject.Index && c.Relation is "appos" or "amod" or "compound" or "nmod:desc");
        return titles.Where(t => WordLists.RoleNouns.Contains(t.Form.ToLowerInvariant()))
            .SelectMany(t => parse.ChildrenOf(t, "nmod:poss"))
            .FirstOrDefault(o => o.Xpos == "PRP$" && o.Form.Equals("its", StringComparison.OrdinalIgnoreCase) && At(here, o.Token) is null);
    }

    /// <summary>
    /// The one person a sentence names, as the subject of a verb that speaks of them as "he" or "she" in its own words:
    /// "X said she would …", "X said her government …", "X arrived with his delegation" (not "X welcomed his
    /// resignation", someone else's). Null when the sentence names another person or speaks of both genders.
    /// </summary>
    private static (string Person, char Gender)? AloneWithPronouns(SentenceParse parse, IEnumerable<ResolvedMention> mentions)
    {
        ResolvedMention? person = null;
        foreach (var m in mentions)
        {
            if (m.Type != EntityType.Person || m.Kind == MentionKind.Pronoun)
                continue;
            if (person is not null && person.EntityId != m.EntityId)
                return null;
            person ??= m;
        }

        if (person is null || parse.Words.FirstOrDefault(w => w.Token >= person.FirstToken && w.Token < person.EndToken && w.Relation == "nsubj") is not { } subject
            || parse.HeadOf(subject) is not { } verb)
            return null;
        var gender = ' ';
        foreach (var c in parse.ChildrenOf(verb))
        {
            // What the verb says ("said she …", "said her government …") or what it did with its own ("with his delegation").
            var owners = c.Relation == "ccomp" ? parse.ChildrenOf(c).Where(n => n.Relation == "nsubj").SelectMany(n => n.Xpos == "PRP" ? [n] : parse.ChildrenOf(n, "nmod:poss"))
                : c.Relation == "obl" && parse.ChildrenOf(c, "case").Any(k => k.Form.Equals("with", StringComparison.OrdinalIgnoreCase)) ? parse.ChildrenOf(c, "nmod:poss")
                : [];
            foreach (var w in owners)
            {
                var said = w.Form.ToLowerInvariant() switch
                {
                    "he" or "his" => 'm',
                    "she" or "her" => 'f',
                    _ => ' ',
                };
                if (said == ' ')
                    continue;
                if (gender != ' ' && gender != said)
                    return null;
                gender = said;
            }
        }

        return gender == ' ' ? null : (person.EntityId, gender);
    }

    /// <summary>The entity types a subject word may stand for, or null when it is not an anaphor read here.</summary>
    private static EntityType[]? Wanted(SentenceParse parse, SyntaxWord word, List<ResolvedMention> here)
    {
        var lower = word.Form.ToLowerInvariant();
        if (word.Xpos == "PRP")
            return lower switch
            {
                "he" or "she" => Persons,
                "it" or "they" => Bodies,
                _ => null,
            };
        if (word.Upos != "NOUN" || !Descriptions.TryGetValue(lower, out var types))
            return null;
        var determiner = parse.ChildrenOf(word, "det").FirstOrDefault();
        var owned = parse.ChildrenOf(word, "nmod").Any() || parse.ChildrenOf(word, "nmod:poss").Any();
        // "The Bush administration": a person named in the phrase says whose it is; it stands for no body named before.
        if (types != Actors && parse.ChildrenOf(word).Any(c => c.Relation is "compound" or "amod" && At(here, c.Token) is { Type: EntityType.Person }))
            return null;
        return determiner?.Form.ToLowerInvariant() is "the" or "this" or "that" || owned && types == Actors ? types : null;
    }

    /// <summary>The words of a verb's clause, less the clauses within it that say or describe something of their own.</summary>
    private static IEnumerable<SyntaxWord> OwnClause(SentenceParse parse, SyntaxWord verb)
    {
        foreach (var child in parse.ChildrenOf(verb))
        {
            if (child.Relation is "ccomp" or "parataxis" or "acl:relcl" or "conj")
                continue;
            yield return child;
            foreach (var below in OwnClause(parse, child))
                yield return below;
        }
    }

    /// <summary>"The Taliban's statement said", "a report by the rapporteur, X, said", "the Indian high commission": the named owner of the noun.</summary>
    private static ResolvedMention? Owner(SentenceParse parse, SyntaxWord word, List<ResolvedMention> here, EntityType[] types)
    {
        ResolvedMention? best = null;
        foreach (var child in parse.ChildrenOf(word))
        {
            // "the Indian high commission": the body of the country its adjective names (annotation guidelines: "Kenyan officials" → Kenya).
            if (child.Relation is "amod" or "compound" && child.Token < word.Token && At(here, child.Token) is { Type: EntityType.Country or EntityType.Organization } named && types.Contains(named.Type))
                best ??= named;
            if (child.Relation is not ("nmod" or "nmod:poss"))
                continue;
            foreach (var w in parse.Subtree(child))
            {
                // Of an owner and its apposition ("the rapporteur, X"), the person is the more specific.
                if (At(here, w.Token) is { } m && types.Contains(m.Type) && (best is null || best.Type != EntityType.Person && m.Type == EntityType.Person))
                    best = m;
            }
        }

        return best;
    }

    /// <summary>"Russia said it had …": the named subject of the clause governing the pronoun's, when it fits.</summary>
    private static ResolvedMention? Governing(SentenceParse parse, SyntaxWord word, List<ResolvedMention> here, EntityType[] types)
    {
        if (GoverningSubject(parse, word) is not { } subject)
            return null;
        // The subject itself, its name in apposition, or the name that says whose it is ("Bahrain's news agency").
        foreach (var w in parse.ChildrenOf(subject).Where(c => c.Relation is "appos" or "compound" or "nmod:poss" or "amod").Prepend(subject))
        {
            if (At(here, w.Token) is { } m && types.Contains(m.Type))
                return m;
        }

        return null;
    }

    /// <summary>
    /// "X held talks with Y, the statement said": the reporting verb, with no content of its own, reports the clause it
    /// hangs on, whose subject is what the statement is about, not its author.
    /// </summary>
    private static bool ReportsItsGovernor(SentenceParse parse, SyntaxWord subject) =>
        parse.HeadOf(subject) is { Relation: "conj" or "parataxis" or "advcl" } verb && parse.HeadOf(verb) is { } governor && governor.Token < verb.Token
        && !parse.ChildrenOf(verb).Any(c => c.Relation is "ccomp" or "obj" or "xcomp");

    /// <summary>
    /// The subject of the clause that governs a pronoun's clause (through a reported, adverbial, coordinated or
    /// parenthetical clause), or null: "Russia said it had …", "the four states cut ties as they accused …".
    /// </summary>
    internal static SyntaxWord? GoverningSubject(SentenceParse parse, SyntaxWord pronoun)
    {
        var verb = parse.HeadOf(pronoun);
        for (var depth = 0; verb is not null && depth < 3; depth++)
        {
            if (verb.Relation is not ("ccomp" or "advcl" or "conj" or "parataxis") || parse.HeadOf(verb) is not { } governor)
                return null;
            if (parse.ChildrenOf(governor, "nsubj").FirstOrDefault() is { Xpos: not "PRP" } subject)
                return subject;
            verb = governor;
        }

        return null;
    }

    /// <summary>
    /// Whether a pronoun is in what a spokesperson of someone else says ("Her spokesman, X, said she …", "A spokesman for Y
    /// said she …"), with the one spoken for where the sentence names them.
    /// </summary>
    private static bool SpokenFor(SentenceParse parse, SyntaxWord pronoun, List<ResolvedMention> here, out ResolvedMention? principal)
    {
        principal = null;
        if (GoverningSubject(parse, pronoun) is not { } subject)
            return false;
        var title = Spokespersons.Contains(subject.Form.ToLowerInvariant()) ? subject
            : parse.ChildrenOf(subject).FirstOrDefault(c => c.Index < subject.Index && c.Relation is "nmod:desc" or "compound" or "appos" && Spokespersons.Contains(c.Form.ToLowerInvariant()));
        if (title is null)
            return false;
        foreach (var n in parse.ChildrenOf(title, "nmod"))
        {
            if (parse.ChildrenOf(n, "case").Any(c => c.Form.Equals("for", StringComparison.OrdinalIgnoreCase)) && At(here, n.Token) is { Type: EntityType.Person } named)
            {
                principal = named;
                return true;
            }
        }

        return parse.ChildrenOf(title, "nmod:poss").Any(o => o.Form.ToLowerInvariant() is "his" or "her");
    }

    /// <summary>English nouns of those who speak for a person.</summary>
    private static readonly HashSet<string> Spokespersons = new(StringComparer.Ordinal)
    {
        "spokesman", "spokeswoman", "spokesperson", "aide", "aides", "adviser", "advisor", "lawyer", "lawyers", "office",
    };

    /// <summary>"Kenya's president, X, said": the name in apposition to a subject noun; "Mr. Peskov said": the name an honorific heads.</summary>
    private static ResolvedMention? Apposed(SentenceParse parse, SyntaxWord word, List<ResolvedMention> here) =>
        parse.ChildrenOf(word).Where(c => c.Relation is "appos" or "flat").Select(a => At(here, a.Token)).FirstOrDefault(m => m is not null);

    /// <summary>"him" or "her" as the object of a person's verb: the person last a subject who is not that person, or null.</summary>
    private static ResolvedMention? ObjectPronoun(SentenceParse parse, SyntaxWord word, List<ResolvedMention> here, List<(ResolvedMention Mention, bool Reports)> subjects,
        Dictionary<string, char> genders, int index)
    {
        if (At(here, word.Token) is not null || parse.HeadOf(word) is not { Upos: "VERB" } verb || parse.ChildrenOf(verb, "nsubj").FirstOrDefault() is not { } own
            || At(here, own.Token) is not { Type: EntityType.Person } doer)
            return null;
        var gender = word.Form.Equals("him", StringComparison.OrdinalIgnoreCase) ? 'm' : 'f';
        var antecedent = subjects.LastOrDefault(m => m.Mention.Type == EntityType.Person && !MayBeOnePerson(m.Mention.EntityId, doer.EntityId) && m.Mention.Start < word.Start
            && m.Mention.Sentence >= index - Reach && (!genders.TryGetValue(m.Mention.EntityId, out var g) || g == gender)).Mention;
        return antecedent is null ? null
            : new ResolvedMention(word.Start, word.End, word.Form, antecedent.EntityId, antecedent.Type, index, word.Token, word.Token + 1, MentionKind.Pronoun);
    }

    /// <summary>Whether two person ids may name one person: the same, or one a surname the other ends in ("asante", "kwame-asante").</summary>
    private static bool MayBeOnePerson(string a, string b) =>
        a == b || a.EndsWith("-" + b[(b.IndexOf(':') + 1)..], StringComparison.Ordinal) || b.EndsWith("-" + a[(a.IndexOf(':') + 1)..], StringComparison.Ordinal);

    private static ResolvedMention? At(List<ResolvedMention> mentions, int token) =>
        mentions.FirstOrDefault(m => m.FirstToken <= token && token < m.EndToken);
}
