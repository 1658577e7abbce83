using Graph.Core.Model;
using Graph.Extraction.Events;
using Graph.Extraction.Events.Frames;
using Graph.Extraction.Gazetteers;
using Graph.Extraction.Mentions;
using Graph.Extraction.Resolution;
using Graph.Extraction.Text;

namespace Graph.Extraction.Roles;

/// <summary>
/// HOLDS_ROLE relations (person → country or organisation, with the title) stated inside one sentence:
/// "[Hungary's | Russian | U.S.] Title Name", "Name, the [U.S.] Title [to the X]", "his Russian counterpart,
/// Title Name", "NPR's Name" (a journalist of a news outlet) and credit lines ("Name contributed"); where the
/// sentence is parsed, also appositions in either order (<see cref="ParseRoles"/>).
/// One relation per (person, title, target) per article; the evidence is the sentence.
/// </summary>
public sealed class RoleExtractor(IGazetteer gazetteer)
{
    public const string JournalistTitle = "journalist";

    /// <summary>
    /// The country of the capital a wire story is datelined from ("WASHINGTON (AP) —"): the story's home, whose officials
    /// the wires leave unqualified. Null without a dateline, or with a place that is no capital, or with two.
    /// </summary>
    private string? DatelineCountry(ArticleAnalysis analysis)
    {
        var first = analysis.Sentences.FirstOrDefault(s => s.Start >= analysis.Article.BodyStart);
        if (first is null || first.Index >= analysis.Parses.Count || analysis.Parses[first.Index].Words is not { Count: > 0 } words
            || Syntax.Dateline.Length(words) is var length && length == 0)
            return null;
        var (start, end) = (words[0].Start, words[length - 1].End);
        var countries = analysis.Mentions.Where(m => m.Sentence == first.Index && m.Start >= start && m.End <= end && m.Type == EntityType.Location)
            .Select(m => gazetteer.CapitalOf(m.EntityId)?.EntityId).Distinct(StringComparer.Ordinal).ToList();
        return countries is [{ } country] ? country : null;
    }

    public IReadOnlyList<Relation> Extract(ArticleAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var relations = new List<Relation>();
        var seen = new HashSet<(string, string, string)>();
        var stated = new List<(string Person, string Title, string Target)>();
        var unqualified = new List<ContextRoles.Unqualified>();
        var ministries = new List<(string Branch, string Country)>();
        // "pro-Syrian President X": a name a prefix opens a word with holds no office's country, here or in the context.
        var acting = analysis.Mentions.Where(m => !m.IsSpokenOf(analysis.Sentences[m.Sentence].Tokens)).ToList();
        var bySentence = acting.ToLookup(m => m.Sentence);
        // A capital stands for its country as an owner only where the article names the country (a role's target is one of its entities).
        var countries = analysis.Mentions.Where(m => m.Type == EntityType.Country).Select(m => m.EntityId).ToHashSet(StringComparer.Ordinal);
        string? CountryOfCapital(string location) => gazetteer.CapitalOf(location)?.EntityId is { } country && countries.Contains(country) ? country : null;
        for (var i = 0; i < analysis.Sentences.Count; i++)
        {
            var sentence = analysis.Sentences[i];
            // A state the sentence describes ("the country's president") owns offices as a named one does.
            var mentions = bySentence[sentence.Index].Where(m => m.Kind != MentionKind.Pronoun || SubjectCoreference.IsDescribedActor(m)).ToList();
            var persons = mentions.Exists(m => m.Type == EntityType.Person);
            // "Mexico's foreign ministry", in any sentence: whose foreign minister a "Foreign Minister X" is.
            var ministry = sentence.Text.Contains("inistry", StringComparison.Ordinal);
            if (!persons && !ministry)
                continue;
            var parsed = i < analysis.Parses.Count && new ParsedSentence(new SentenceView(analysis.Article.Text, sentence, mentions, []), analysis.Parses[i]) is { IsParsed: true } p ? p : null;
            if (parsed is not null && ministry)
                ministries.AddRange(ContextRoles.Ministries(parsed));
            if (!persons)
                continue;
            var roles = new SentenceRoles(gazetteer, sentence, mentions, t => parsed?.WordOf(t)?.Upos, t => parsed is not null && OpensSubject(parsed, t),
                t => parsed is not null && InFrontedPhrase(parsed, t));
            var found = roles.Find().ToList();
            var untargeted = roles.UnqualifiedStateTitles().ToList();
            if (parsed is not null)
            {
                found.AddRange(ParseRoles.Find(parsed, gazetteer));
                found.AddRange(ParseRoles.Leaders(parsed));
                // "President X and her Chilean counterpart Y": Y's title is X's, whether or not the sentence says X's country.
                // Pronouns included ("He met his counterpart"), which the sentence's own mentions leave out.
                found.AddRange(ParseRoles.Counterparts(parsed, [.. found, .. untargeted.Select(u => (u.Person.EntityId, u.Title, ""))], stated,
                    w => bySentence[sentence.Index].FirstOrDefault(m => m.Type == EntityType.Person && m.FirstToken <= w.Token && w.Token < m.EndToken)?.EntityId).ToList());
            }

            // "He is expected to meet President X": the subject a pronoun names, facing the person, holds the office the
            // article stated for them, another person's country to a bare title as a named subject's is.
            var pronouns = bySentence[sentence.Index].Where(m => m.Kind == MentionKind.Pronoun && m.Type == EntityType.Person).ToList();
            unqualified.AddRange(untargeted.Select(u => ContextRoles.Read(u.Person, u.Title, u.Secondary, mentions,
                [.. found, .. pronouns.Where(m => parsed is not null && ContextRoles.Faces(parsed, m, u.Person)).SelectMany(m => stated.Where(r => r.Person == m.EntityId))],
                parsed, sentence.Text, CountryOfCapital)));
            // Offices given by appointment, after the context has read the other titles: the appointee's office is at the
            // appointer's country, which says nothing of whose the appointer's unqualified title is.
            if (parsed is not null)
                found.AddRange(ParseRoles.Appointments(parsed, gazetteer, found).ToList());
            stated.AddRange(found);
            foreach (var (person, title, target) in found)
                Add(person, title, target, sentence.Text);
        }

        foreach (var (role, target) in ContextRoles.Resolve(unqualified, stated, acting, ministries, DatelineCountry(analysis)).ToList())
            Add(role.Person.EntityId, role.Title, target, role.Evidence);
        // "US Secretary of State Antony Blinken" read both whole and cut short ("Secretary"), "National Security Adviser"
        // and "Security Adviser", "Deputy Secretary of State" and "Secretary": the cut title goes, when the whole one is a
        // title the gazetteer knows (not "Supreme Leader Ayatollah", a title and an honorific).
        // So also a title and the same with its complement ("Ambassador" and "Ambassador to Peru") or with modifiers before
        // its head ("Leader" and "Civilian Leader"): one office, said once.
        relations.RemoveAll(r => relations.Exists(o => o.Source == r.Source && o.Target == r.Target && Extends(o.Properties["title"], r.Properties["title"])));
        // "The ousted Syrian president, X," read both as a former office and, by the title's words alone, as the present one:
        // the sentence says the office is held no more.
        relations.RemoveAll(r => !RoleTitle.IsFormer(r.Properties["title"]) && relations.Exists(o => o.Source == r.Source && o.Target == r.Target && o.Evidence == r.Evidence
            && RoleTitle.IsFormer(o.Properties["title"]) && string.Equals(RoleTitle.Office(o.Properties["title"]), r.Properties["title"], StringComparison.OrdinalIgnoreCase)));
        return relations;

        // The shorter title is whole words of the longer one; a former office is not the one held now.
        bool Extends(string longer, string shorter) =>
            longer.Length > shorter.Length + 1 && RoleTitle.IsFormer(longer) == RoleTitle.IsFormer(shorter) && (" " + longer + " ").Contains(" " + shorter + " ", StringComparison.OrdinalIgnoreCase)
            && (RoleTitle.IsKnown(gazetteer, longer.ToLowerInvariant()) || Completes(longer, shorter) || longer.EndsWith(" " + shorter, StringComparison.OrdinalIgnoreCase));

        // "Ambassador to Peru": the title, then a phrase of a preposition.
        static bool Completes(string longer, string shorter) =>
            longer.StartsWith(shorter + " ", StringComparison.OrdinalIgnoreCase) && longer[(shorter.Length + 1)..].Split(' ')[0].ToLowerInvariant() is "to" or "of" or "for" or "in" or "at" or "on";

        // The phrase a token opens (a title and the name it describes) is a clause's subject: from the token's word up
        // through the words that describe a name to the name itself.
        static bool OpensSubject(ParsedSentence parsed, int token)
        {
            var w = parsed.WordOf(token);
            for (var depth = 0; w is not null && depth < 4 && w.Relation is "compound" or "nmod:desc" or "amod" or "flat"; depth++)
                w = parsed.Head(w);
            return w is not null && w.Relation.StartsWith("nsubj", StringComparison.Ordinal);
        }

        // The token lies in an oblique phrase or adverbial clause put before the subject of the verb it hangs on ("In a
        // post on X, …", "After meeting X, …").
        static bool InFrontedPhrase(ParsedSentence parsed, int token)
        {
            var w = parsed.WordOf(token);
            for (var depth = 0; w is not null && depth < 6; depth++)
            {
                if ((w.Relation.StartsWith("obl", StringComparison.Ordinal) || w.Relation == "advcl") && parsed.Head(w) is { } verb)
                    return parsed.Children(verb).Any(c => c.Relation.StartsWith("nsubj", StringComparison.Ordinal) && c.Index > w.Index);
                w = parsed.Head(w);
            }

            return false;
        }

        void Add(string person, string title, string target, string evidence)
        {
            if (person == target || !seen.Add((person, title.ToLowerInvariant(), target)))
                return;
            relations.Add(new Relation(RelationTypes.HoldsRole, person, target,
                new Dictionary<string, string>(StringComparer.Ordinal) { ["title"] = title }, analysis.Article.Id, evidence));
        }
    }
}
