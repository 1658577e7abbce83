using Graph.Core.Model;

namespace Graph.Neo4j.Writing;

/// <summary>
/// Validates one article's graph document and gathers what it contributes (its <see cref="ArticleSlice"/>). An
/// article with any invalid part is set aside whole (with its reasons), so nothing half-valid reaches the graph.
/// </summary>
internal static class ArticleValidator
{
    private static readonly HashSet<string> ReservedRelationProperties = new(StringComparer.Ordinal) { "article", "evidence" };

    /// <summary>The slice of the document's one article, or why it is set aside (by the article's id, else by the article its facts name).</summary>
    public static SliceResult Validate(GraphDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var documentErrors = DocumentErrors(document);
        if (documentErrors.Count > 0)
            return new SliceResult(document.Articles?.FirstOrDefault(a => a is not null)?.Id ?? "", null, documentErrors);

        var factArticles = document.Mentions.Select(m => m.Article).Concat(document.Events.Select(e => e.Article))
            .Concat(document.Relations.Select(r => r.Article)).Concat((document.Merges ?? []).Select(m => m.Article))
            .Select(id => id ?? "").Distinct(StringComparer.Ordinal).ToList();
        var ids = document.Articles.Select(a => a.Id ?? "").Distinct(StringComparer.Ordinal).ToList();
        var errors = new List<string>();
        if (ids.Count != 1)
        {
            if (ids.Count > 1)
                errors.Add($"the document holds {ids.Count} articles ({string.Join(", ", ids)}); the writer takes one document per article");
            else if (factArticles.Count == 0)
                errors.Add("the document has no article");
        }

        var id = ids.Count > 0 ? ids[0] : factArticles.FirstOrDefault() ?? "";
        // Facts whose article is not the document's cannot be written anywhere.
        errors.AddRange(factArticles.Where(a => !ids.Contains(a, StringComparer.Ordinal)).Order(StringComparer.Ordinal)
            .Select(a => $"mentions, events, relations or merges refer to article '{a}', which is not among the document's articles"));
        if (ids.Count != 1)
            return new SliceResult(id, null, errors);

        var article = document.Articles[0];
        if (document.Articles.Count > 1)
            errors.Add($"article id '{id}' appears {document.Articles.Count} times in the document");
        CheckArticle(article, errors);
        var (entities, entityErrors) = IndexEntities(document.Entities);
        var context = new SliceContext(entities, entityErrors, errors);
        var mentions = document.Mentions.Where(m => m.Article == id).ToList();
        foreach (var mention in mentions)
            context.Mention(mention);
        var events = document.Events.Where(e => e.Article == id).ToList();
        foreach (var graphEvent in events)
            context.Event(graphEvent);
        foreach (var duplicate in events.GroupBy(e => e.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
            errors.Add($"event id '{duplicate.Key}' appears {duplicate.Count()} times");
        var relations = document.Relations.Where(r => r.Article == id).ToList();
        foreach (var relation in relations)
            context.Relation(relation);
        var merges = (document.Merges ?? []).Where(m => m.Article == id).ToList();
        foreach (var merge in merges)
            context.Merge(merge);

        return errors.Count > 0
            ? new SliceResult(id, null, errors)
            : new SliceResult(id, new ArticleSlice(article, context.EntitiesInArticle(), events, relations) { Merges = merges }, []);
    }

    /// <summary>Null lists or null entries make the whole document unreadable (it did not come from a valid JSON or extractor).</summary>
    private static List<string> DocumentErrors(GraphDocument document)
    {
        var errors = new List<string>();
        Check(document.Articles, "articles");
        Check(document.Entities, "entities");
        Check(document.Mentions, "mentions");
        Check(document.Events, "events");
        Check(document.Relations, "relations");
        if (document.Merges?.Any(m => m is null) == true)
            errors.Add("the document has an empty entry in 'merges'");
        return errors;

        void Check<T>(List<T>? items, string name)
        {
            if (items is null)
                errors.Add($"the document has no '{name}' list");
            else if (items.Any(i => i is null))
                errors.Add($"the document has an empty entry in '{name}'");
        }
    }

    private static void CheckArticle(ArticleRecord article, List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(article.Id))
            errors.Add("an article has no id");
        if (article.Title is null)
            errors.Add($"article '{article.Id}' has no title");
        if (article.Source is null)
            errors.Add($"article '{article.Id}' has no source");
        if (string.IsNullOrWhiteSpace(article.ContentHash))
            errors.Add($"article '{article.Id}' has no content hash");
    }

    private static (Dictionary<string, Entity> Valid, Dictionary<string, string> Invalid) IndexEntities(List<Entity> entities)
    {
        var valid = new Dictionary<string, Entity>(StringComparer.Ordinal);
        var invalid = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entity in entities)
        {
            var id = entity.Id ?? "";
            var problem = EntityProblem(entity);
            if (problem is not null)
            {
                invalid.TryAdd(id, problem);
                continue;
            }

            if (!valid.TryGetValue(id, out var seen))
            {
                valid[id] = entity;
            }
            else if (seen.Type != entity.Type)
            {
                invalid.TryAdd(id, $"entity '{id}' is given as both {seen.Type} and {entity.Type}");
            }
            else
            {
                // The same entity listed twice: one node, the union of its aliases.
                var aliases = seen.Aliases.Union(entity.Aliases, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
                valid[id] = seen with { Aliases = aliases, Iso2 = seen.Iso2 ?? entity.Iso2 };
            }
        }

        foreach (var id in invalid.Keys)
            valid.Remove(id);
        return (valid, invalid);
    }

    private static string? EntityProblem(Entity entity)
    {
        if (string.IsNullOrWhiteSpace(entity.Id))
            return "an entity has no id";
        if (!Enum.IsDefined(entity.Type))
            return $"entity '{entity.Id}' has an unknown type ({(int)entity.Type})";
        if (string.IsNullOrWhiteSpace(entity.Name))
            return $"entity '{entity.Id}' has no name";
        if (entity.Aliases is null || entity.Aliases.Any(a => a is null))
            return $"entity '{entity.Id}' has a missing alias list or an empty alias";
        return null;
    }

    /// <summary>Validates one article's facts against the document's entities and collects the entities it refers to.</summary>
    private sealed class SliceContext(Dictionary<string, Entity> entities, Dictionary<string, string> entityErrors, List<string> errors)
    {
        private readonly Dictionary<string, int> _mentionCounts = new(StringComparer.Ordinal);

        public void Mention(Mention mention)
        {
            if (Refer(mention.Entity, "a mention"))
                _mentionCounts[mention.Entity] = _mentionCounts.GetValueOrDefault(mention.Entity) + 1;
        }

        public void Event(GraphEvent graphEvent)
        {
            var id = graphEvent.Id;
            if (string.IsNullOrWhiteSpace(id))
                errors.Add("an event has no id");
            if (!Enum.IsDefined(graphEvent.Type))
                errors.Add($"event '{id}' has an unknown type ({(int)graphEvent.Type})");
            if (graphEvent.Cameo is null)
                errors.Add($"event '{id}' has no CAMEO code");
            if (graphEvent.Evidence is null)
                errors.Add($"event '{id}' has no evidence");
            if (!double.IsFinite(graphEvent.Goldstein) || !double.IsFinite(graphEvent.Confidence))
                errors.Add($"event '{id}' has a Goldstein value or confidence that is not a finite number");
            if (graphEvent.Participants is null || graphEvent.Participants.Any(p => p is null))
            {
                errors.Add($"event '{id}' has a missing participant list or an empty participant");
            }
            else
            {
                foreach (var participant in graphEvent.Participants)
                {
                    Refer(participant.Entity, $"event '{id}'");
                    if (string.IsNullOrWhiteSpace(participant.Role))
                        errors.Add($"event '{id}' has a participant without a role");
                }
            }

            if (graphEvent.Location is not null)
                Refer(graphEvent.Location, $"event '{id}' (its location)");
        }

        public void Relation(Relation relation)
        {
            var type = relation.Type ?? "";
            var where = $"relation {type} {relation.Source} -> {relation.Target}";
            if (!RelationTypes.All.Contains(type) || !RelationShapes.IsKnown(type))
            {
                errors.Add($"{where}: unknown relation type");
                return;
            }

            Refer(relation.Source, where);
            Refer(relation.Target, where);
            if (relation.Evidence is null)
                errors.Add($"{where}: no evidence");
            if (relation.Properties is null || relation.Properties.Values.Any(v => v is null))
            {
                errors.Add($"{where}: a missing property map or an empty property value");
                return;
            }

            var identity = RelationShapes.IdentityOf(type);
            if (string.IsNullOrWhiteSpace(relation.Properties.GetValueOrDefault(identity)))
                errors.Add($"{where}: no '{identity}' property");
            foreach (var reserved in relation.Properties.Keys.Where(ReservedRelationProperties.Contains))
                errors.Add($"{where}: the property name '{reserved}' is reserved by the writer");
        }

        /// <summary>A short form joined to an entity: it must name a known entity and say how.</summary>
        public void Merge(EntityMerge merge)
        {
            var where = $"merge of '{merge.Alias}' into '{merge.Entity}'";
            if (string.IsNullOrWhiteSpace(merge.Alias) || string.IsNullOrWhiteSpace(merge.Name) || string.IsNullOrWhiteSpace(merge.Rule))
                errors.Add($"{where}: no alias, name or rule");
            Refer(merge.Entity, where);
        }

        /// <summary>Every entity the article refers to, sorted by key, with its mention count (0 when only an event or relation names it).</summary>
        public IReadOnlyList<EntityInArticle> EntitiesInArticle() =>
            _mentionCounts.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => new EntityInArticle(entities[p.Key], p.Value)).ToList();

        private bool Refer(string? entityId, string where)
        {
            if (entityId is not null && entities.ContainsKey(entityId))
            {
                _mentionCounts.TryAdd(entityId, 0);
                return true;
            }

            errors.Add(entityId is not null && entityErrors.TryGetValue(entityId, out var problem)
                ? $"{where} refers to an invalid entity: {problem}"
                : $"{where} refers to unknown entity '{entityId}'");
            return false;
        }
    }
}
