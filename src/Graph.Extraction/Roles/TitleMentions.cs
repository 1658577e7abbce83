using Graph.Core.Model;
using Graph.Extraction.Events;
using Graph.Extraction.Events.Frames;
using Graph.Extraction.Gazetteers;
using Graph.Extraction.Mentions;
using Graph.Extraction.Syntax;

namespace Graph.Extraction.Roles;

/// <summary>
/// A title in apposition to a person's name ("Col. Ana Ruiz, the army's spokesperson,", "The task force's commander,
/// Gen. Luis Vega,") is a place in the article that refers to that person, as the graph document's mentions are: one
/// more mention of the person. Read after every other stage, so that no rule takes the title's words for the person.
/// </summary>
internal static class TitleMentions
{
    public static IEnumerable<Mention> Find(ArticleAnalysis analysis, IGazetteer gazetteer)
    {
        var bySentence = analysis.Mentions.Where(m => m.Kind != MentionKind.Pronoun).ToLookup(m => m.Sentence);
        foreach (var sentence in analysis.Sentences)
        {
            var mentions = bySentence[sentence.Index].ToList();
            if (sentence.Index >= analysis.Parses.Count || !mentions.Exists(m => m.Type == EntityType.Person)
                || new ParsedSentence(new SentenceView(analysis.Article.Text, sentence, mentions, []), analysis.Parses[sentence.Index]) is not { IsParsed: true } s)
                continue;
            foreach (var person in mentions)
            {
                if (person.Type != EntityType.Person || s.HeadOf(person) is not { } name)
                    continue;
                // "Col. John Dorrian": the honorific the name hangs on heads the phrase an apposition hangs on.
                while (name.Relation is "flat" or "compound" && s.Head(name) is { Upos: "PROPN" } up && up.Index < name.Index && s.MentionAt(up) is null)
                    name = up;
                foreach (var title in ParseRoles.Appositions(s, name))
                {
                    if (!WordLists.RoleNouns.Contains(s.Lower(title)) && !RoleTitle.IsKnown(gazetteer, s.Lower(title)))
                        continue;
                    var (first, last) = Span(s, title, name);
                    if (first is not null && last is not null)
                        yield return new Mention(person.EntityId, analysis.Article.Id, first.Start, last.End, analysis.Article.Text[first.Start..last.End]);
                }
            }
        }
    }

    /// <summary>
    /// The first and last words of the title's phrase: its subtree without the name's, and ending where a comma, bracket
    /// or relative clause after the title's head begins ("Ana Ruiz, the spokesperson, who …"); no punctuation at either
    /// end, nor the word that ties the phrase to its clause.
    /// </summary>
    private static (SyntaxWord? First, SyntaxWord? Last) Span(ParsedSentence s, SyntaxWord title, SyntaxWord name)
    {
        var titled = s.Parse.Subtree(title).ToList();
        var named = s.Parse.Subtree(name).Select(w => w.Index).ToHashSet();
        // A title after the name hangs in the name's subtree; the name's own words are the rest of it.
        if (title.Index > name.Index)
            named.ExceptWith(titled.Select(w => w.Index));
        var clauses = s.Children(title).Where(c => c.Index > title.Index && c.Relation.StartsWith("acl", StringComparison.Ordinal))
            .SelectMany(s.Parse.Subtree).Select(w => w.Index).ToHashSet();
        SyntaxWord? first = null, last = null;
        foreach (var w in titled)
        {
            if (named.Contains(w.Index) || clauses.Contains(w.Index))
            {
                // The name comes after a title put first: the title ends before it.
                if (w.Index > title.Index)
                    break;
                continue;
            }

            // "of", "and", "by", "according to" before the title tie its phrase to the clause, and are no part of it.
            if (first is null && w.Relation is "case" or "cc" or "mark" or "fixed")
                continue;
            // A hyphen inside a word ("the Lima-based office") is no end of the title's phrase, nor its last word.
            if (w.Form == "-" && first is not null && w.Start == s.Parse.Words[w.Index - 1].End)
                continue;
            if (w.Upos == "PUNCT")
            {
                if (w.Index > title.Index && first is not null)
                    break;
                continue;
            }

            first ??= w;
            last = w;
        }

        return (first, last);
    }
}
