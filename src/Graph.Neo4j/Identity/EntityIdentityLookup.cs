using Graph.Core.Identity;
using Graph.Core.Model;
using Graph.Neo4j.Client;
using Graph.Neo4j.Writing;

namespace Graph.Neo4j.Identity;

/// <summary>A short form stored with another article that the article being written names in full: that article is written again with the full form.</summary>
/// <param name="Article">The article that names the short form.</param>
/// <param name="ShortId">The short form's entity id.</param>
/// <param name="ShortName">Its name.</param>
/// <param name="Full">The full form (as the article being written gives it).</param>
/// <param name="Rule">The rule that joins them.</param>
internal sealed record Absorption(string Article, string ShortId, string ShortName, Entity Full, string Rule);

/// <param name="Slice">The slice with its short forms joined to full forms named elsewhere.</param>
/// <param name="Stored">What the article's stored version has.</param>
/// <param name="Roles">Roles the slice's persons hold, here and in other articles.</param>
/// <param name="Absorptions">Stored short forms this article's full forms take in.</param>
/// <param name="Alongside">The results of the statements sent along with the lookup's reads.</param>
internal sealed record EntityLookup(
    ArticleSlice Slice, StoredArticle Stored, IReadOnlyDictionary<string, IReadOnlySet<string>> Roles,
    IReadOnlyList<Absorption> Absorptions, IReadOnlyList<CypherResult> Alongside);

/// <summary>
/// Entity identity for one article arriving in a graph that holds others (<see cref="EntityIdentity"/>, the
/// rules the batch applies too): its short forms join the one stored full form that fits, and short forms stored
/// with other articles join the full forms it names, whichever came first.
/// </summary>
internal static class EntityIdentityLookup
{
    /// <summary>The statements of the first request for the slice, whose results <see cref="RunAsync"/> takes.</summary>
    /// <param name="alongside">Other reads to send in the same request (their results come back in <see cref="EntityLookup.Alongside"/>).</param>
    public static IReadOnlyList<CypherStatement> FirstReads(ArticleSlice slice, bool absorb, IReadOnlyList<CypherStatement> alongside)
    {
        var article = slice.Article.Id;
        var (entities, _, shortForms, absorbable) = Prepare(slice, absorb);

        // Full forms are looked up by bucket for this article's short forms, and for the stored short forms its full
        // forms may take in (a short form shares its full form's bucket); those are named so their kind is known.
        Dictionary<string, object?>[] Candidates(EntityType type) =>
        [
            .. Probes(shortForms, type),
            .. absorbable.Where(a => a.Full.Type == type)
                .Select(a => new Dictionary<string, object?> { ["id"] = a.Id, ["bucket"] = ShortForms.Bucket(a.Full.Type, a.Full.Id, a.Full.Name) }),
        ];
        string[] Absorbable(EntityType type) => [.. absorbable.Where(a => a.Full.Type == type).Select(a => a.Id)];

        return
        [
            new CypherStatement(IdentityCypher.StoredArticle, Params(article)),
            new CypherStatement(IdentityCypher.RolesHeld, Params(article, ("keys", entities.Where(e => e.Type == EntityType.Person).Select(e => e.Id).ToArray()))),
            new CypherStatement(IdentityCypher.Vetoes, Params(article, ("ids", shortForms.Select(s => s.Id).ToArray()))),
            new CypherStatement(IdentityCypher.FullFormCandidates(EntityType.Person), Params(article, ("probes", Candidates(EntityType.Person)))),
            new CypherStatement(IdentityCypher.FullFormCandidates(EntityType.Organization), Params(article, ("probes", Candidates(EntityType.Organization)))),
            new CypherStatement(IdentityCypher.Names(EntityType.Person), Params(article, ("ids", Absorbable(EntityType.Person)))),
            new CypherStatement(IdentityCypher.Names(EntityType.Organization), Params(article, ("ids", Absorbable(EntityType.Organization)))),
            .. alongside,
        ];
    }

    /// <param name="results">The results of <see cref="FirstReads"/>, read after everything written before this slice.</param>
    public static async Task<EntityLookup> RunAsync(
        ICypherRunner client, ArticleSlice slice, bool absorb, IReadOnlyList<CypherResult> results, CancellationToken cancellationToken)
    {
        var article = slice.Article.Id;
        var (entities, ids, shortForms, absorbable) = Prepare(slice, absorb);

        var stored = StoredArticle.FromRow(results[0].Rows.FirstOrDefault());
        var roles = Roles(slice, results[1]);
        var vetoes = Vetoes(results[2]);
        var names = CandidatesByProbe(results[3].Rows.Concat(results[4].Rows));
        var own = entities.Where(e => ShortForms.IsFull(e.Type, e.Id, e.Name)).Select(e => new FullForm(e.Id, e.Name, Empty, Empty, false)).ToList();

        // A short form joins only when exactly one full form fits: only such a stored one needs its details read.
        var unique = shortForms
            .Select(s => (Short: s, Fits: names.GetValueOrDefault(s.Id, []).Where(c => ShortForms.Matches(s, c.Key, c.Name))
                .Select(c => c.Key).Concat(own.Where(o => ShortForms.Matches(s, o.Id, o.Name)).Select(o => o.Id)).Distinct(StringComparer.Ordinal).ToList()))
            .Where(p => p.Fits.Count == 1 && names.GetValueOrDefault(p.Short.Id, []).Any(c => c.Key == p.Fits[0]))
            .Select(p => (p.Short, Probe: p.Short.Id, Key: p.Fits[0], Article: article, Context: (IEnumerable<string>)ids.Where(id => id != p.Short.Id)))
            .ToList();
        var candidates = await DetailsAsync(client, article, unique, cancellationToken).ConfigureAwait(false);

        // This article's short forms: each joins the one full form that fits, if its context ties them.
        var replacements = new Dictionary<string, Entity>(StringComparer.Ordinal);
        var merges = slice.Merges.ToList();
        foreach (var shortForm in shortForms)
        {
            var context = new ShortFormContext(
                slice.Relations.Where(r => r.Source == shortForm.Id && r.Type == RelationTypes.HoldsRole).Select(r => r.Target).ToHashSet(StringComparer.Ordinal),
                ids.Where(id => id != shortForm.Id).ToHashSet(StringComparer.Ordinal),
                vetoes.GetValueOrDefault(shortForm.Id) ?? new HashSet<string>(StringComparer.Ordinal));
            var known = candidates.GetValueOrDefault(shortForm.Id, []).Concat(own);
            if (EntityIdentity.Join(shortForm, context, known) is not { } match)
                continue;
            var name = candidates[shortForm.Id].First(c => c.Id == match.Target).Name;
            var self = entities.First(e => e.Id == shortForm.Id);
            replacements[shortForm.Id] = SliceMapper.WithNames(new Entity(match.Target, shortForm.Type, name, []), self.Aliases.Append(self.Name));
            merges.Add(new EntityMerge(shortForm.Id, self.Name, match.Target, match.Rule, article));
        }

        var resolved = SliceMapper.Map(slice, replacements, merges);
        var absorptions = await AbsorptionsAsync(client, resolved, Unambiguous(absorbable, results[5].Rows.Concat(results[6].Rows), names), roles, cancellationToken)
            .ConfigureAwait(false);
        return new EntityLookup(resolved, stored, roles, absorptions, [.. results.Skip(OwnReads)]);
    }

    /// <summary>
    /// The stored short forms a full form of the article may take in: those that exist, fit it, and fit no other
    /// stored full form (two make it ambiguous, whatever the articles naming it say), with whether the full form is
    /// stored already. Decided from the bucket alone, so a common surname costs the same however many articles name it.
    /// </summary>
    private static List<(ShortForm Short, Entity Full, bool FullStored)> Unambiguous(
        List<(string Id, Entity Full)> absorbable, IEnumerable<IReadOnlyList<System.Text.Json.JsonElement>> storedNames,
        Dictionary<string, List<(string Key, string Name)>> candidates)
    {
        var nameOf = storedNames.ToDictionary(r => CypherValues.String(r[0])!, r => CypherValues.String(r[1]) ?? "", StringComparer.Ordinal);
        var result = new List<(ShortForm, Entity, bool)>();
        foreach (var (id, full) in absorbable)
        {
            if (!nameOf.TryGetValue(id, out var name) || ShortForms.Of(new Entity(id, full.Type, name, [])) is not { } shortForm
                || !ShortForms.Matches(shortForm, full.Id, full.Name))
                continue;
            var fits = candidates.GetValueOrDefault(id, []).Where(c => ShortForms.Matches(shortForm, c.Key, c.Name)).ToList();
            if (fits.All(c => c.Key == full.Id))
                result.Add((shortForm, full, fits.Count > 0));
        }

        return result;
    }

    /// <summary>How many of <see cref="FirstReads"/>' statements are the lookup's own (the rest were sent alongside).</summary>
    private const int OwnReads = 7;

    private static readonly IReadOnlySet<string> Empty = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>The slice's entities, their ids, its short forms, and the stored short forms its full forms may take in.</summary>
    private static (List<Entity> Entities, HashSet<string> Ids, List<ShortForm> ShortForms, List<(string Id, Entity Full)> Absorbable)
        Prepare(ArticleSlice slice, bool absorb)
    {
        var entities = slice.Entities.Select(e => e.Entity).ToList();
        var ids = entities.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var shortForms = entities.Select(ShortForms.Of).OfType<ShortForm>().ToList();
        var absorbable = absorb
            ? entities.SelectMany(e => ShortForms.ShortIdsOf(e).Where(id => !ids.Contains(id)).Select(id => (Id: id, Full: e)))
                .GroupBy(p => p.Id, StringComparer.Ordinal).Select(g => g.First()).ToList()
            : [];
        return (entities, ids, shortForms, absorbable);
    }


    /// <summary>Short forms stored with other articles: each article's one joins this article's full form when the rules say so there.</summary>
    private static async Task<List<Absorption>> AbsorptionsAsync(
        ICypherRunner client, ArticleSlice slice, List<(ShortForm Short, Entity Full, bool FullStored)> absorbable,
        IReadOnlyDictionary<string, IReadOnlySet<string>> roles, CancellationToken cancellationToken)
    {
        if (absorbable.Count == 0)
            return [];
        var article = slice.Article.Id;
        string[] Ids(EntityType type) => [.. absorbable.Where(a => a.Short.Type == type).Select(a => a.Short.Id)];
        var results = await client.ExecuteAsync(
        [
            new CypherStatement(IdentityCypher.ShortForms(EntityType.Person), Params(article, ("ids", Ids(EntityType.Person)))),
            new CypherStatement(IdentityCypher.ShortForms(EntityType.Organization), Params(article, ("ids", Ids(EntityType.Organization)))),
            new CypherStatement(IdentityCypher.Vetoes, Params(article, ("ids", absorbable.Select(a => a.Short.Id).ToArray()))),
        ], cancellationToken).ConfigureAwait(false);
        var vetoes = Vetoes(results[2]);

        var byId = absorbable.ToDictionary(a => a.Short.Id, StringComparer.Ordinal);
        var found = results[0].Rows.Concat(results[1].Rows)
            .Select(row => (Entry: byId[CypherValues.String(row[0])!], Article: CypherValues.String(row[2])!,
                Roles: CypherValues.Strings(row[3]).ToHashSet(StringComparer.Ordinal), Context: CypherValues.Strings(row[4]).ToHashSet(StringComparer.Ordinal)))
            .ToList();
        // What is stored around the full form itself counts too, seen from each article naming the short form.
        var stored = await DetailsAsync(client, article,
            [.. found.Where(f => f.Entry.FullStored)
                .Select(f => (f.Entry.Short, Probe: ProbeKey(f.Entry.Short.Id, f.Article), Key: f.Entry.Full.Id, f.Article, Context: (IEnumerable<string>)f.Context))],
            cancellationToken).ConfigureAwait(false);

        var mentioned = slice.Entities.Select(e => e.Entity.Id).ToHashSet(StringComparer.Ordinal);
        var absorptions = new List<Absorption>();
        foreach (var ((shortForm, full, _), other, shortRoles, context) in found)
        {
            var coMentioned = mentioned.Where(id => id != full.Id).ToHashSet(StringComparer.Ordinal);
            foreach (var same in stored.GetValueOrDefault(ProbeKey(shortForm.Id, other), []))
                coMentioned.UnionWith(same.CoMentioned);
            var here = new FullForm(full.Id, full.Name, roles.GetValueOrDefault(full.Id) ?? Empty, coMentioned, true);
            var shortContext = new ShortFormContext(shortRoles, context, vetoes.GetValueOrDefault(shortForm.Id) ?? new HashSet<string>(StringComparer.Ordinal));
            if (EntityIdentity.Join(shortForm, shortContext, [here]) is { } match && match.Target == full.Id)
                absorptions.Add(new Absorption(other, shortForm.Id, shortForm.Name, full, match.Rule));
        }

        return absorptions;
    }

    private static Dictionary<string, object?>[] Probes(List<ShortForm> shortForms, EntityType type) =>
        [.. shortForms.Where(s => s.Type == type).Select(s => Probe(s, s.Id))];

    private static Dictionary<string, object?> Probe(ShortForm s, string probeId) => new()
    {
        ["id"] = probeId,
        ["bucket"] = ShortForms.Bucket(s),
    };

    /// <summary>The stored details (<see cref="IdentityCypher.FullFormDetails"/>) of each probe's one fitting full form, by probe id.</summary>
    private static async Task<Dictionary<string, List<FullForm>>> DetailsAsync(
        ICypherRunner client, string article,
        List<(ShortForm Short, string Probe, string Key, string Article, IEnumerable<string> Context)> probes, CancellationToken cancellationToken)
    {
        if (probes.Count == 0)
            return [];
        Dictionary<string, object?>[] Rows(EntityType type) =>
        [
            .. probes.Where(p => p.Short.Type == type).Select(p => new Dictionary<string, object?>
            {
                ["id"] = p.Probe,
                ["key"] = p.Key,
                ["article"] = p.Article,
                ["context"] = p.Context.Order(StringComparer.Ordinal).ToArray(),
            }),
        ];

        var results = await client.ExecuteAsync(
        [
            new CypherStatement(IdentityCypher.FullFormDetails(EntityType.Person), Params(article, ("probes", Rows(EntityType.Person)))),
            new CypherStatement(IdentityCypher.FullFormDetails(EntityType.Organization), Params(article, ("probes", Rows(EntityType.Organization)))),
        ], cancellationToken).ConfigureAwait(false);
        return FullFormsByProbe(results[0].Rows.Concat(results[1].Rows));
    }

    /// <summary>Rows of <see cref="IdentityCypher.FullFormCandidates"/> by probe id: each candidate's key and name.</summary>
    private static Dictionary<string, List<(string Key, string Name)>> CandidatesByProbe(IEnumerable<IReadOnlyList<System.Text.Json.JsonElement>> rows)
    {
        var byProbe = new Dictionary<string, List<(string Key, string Name)>>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var probe = CypherValues.String(row[0])!;
            if (!byProbe.TryGetValue(probe, out var list))
                byProbe[probe] = list = [];
            list.Add((CypherValues.String(row[1])!, CypherValues.String(row[2]) ?? ""));
        }

        return byProbe;
    }

    private static string ProbeKey(string shortId, string article) => shortId + "\u001f" + article;

    /// <summary>Candidate rows by probe id (for absorption probes, the short form's id and its article).</summary>
    private static Dictionary<string, List<FullForm>> FullFormsByProbe(IEnumerable<IReadOnlyList<System.Text.Json.JsonElement>> rows)
    {
        var byProbe = new Dictionary<string, List<FullForm>>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var probe = CypherValues.String(row[0])!;
            if (!byProbe.TryGetValue(probe, out var list))
                byProbe[probe] = list = [];
            list.Add(new FullForm(CypherValues.String(row[1])!, CypherValues.String(row[2]) ?? "",
                CypherValues.Strings(row[4]).ToHashSet(StringComparer.Ordinal), CypherValues.Strings(row[5]).ToHashSet(StringComparer.Ordinal),
                CypherValues.Long(row[3]) > 0));
        }

        return byProbe;
    }

    private static Dictionary<string, IReadOnlySet<string>> Roles(ArticleSlice slice, CypherResult stored)
    {
        var roles = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        void Add(string person, string target)
        {
            if (!roles.TryGetValue(person, out var set))
                roles[person] = set = new HashSet<string>(StringComparer.Ordinal);
            set.Add(target);
        }

        foreach (var row in stored.Rows)
        {
            foreach (var target in CypherValues.Strings(row[1]))
                Add(CypherValues.String(row[0])!, target);
        }

        foreach (var r in slice.Relations.Where(r => r.Type == RelationTypes.HoldsRole))
            Add(r.Source, r.Target);
        return roles.ToDictionary(p => p.Key, p => (IReadOnlySet<string>)p.Value, StringComparer.Ordinal);
    }

    private static Dictionary<string, IReadOnlySet<string>> Vetoes(CypherResult result) =>
        result.Rows.ToDictionary(r => CypherValues.String(r[0])!, r => (IReadOnlySet<string>)CypherValues.Strings(r[1]).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);

    private static Dictionary<string, object?> Params(string article, params (string Key, object? Value)[] values)
    {
        var parameters = new Dictionary<string, object?> { ["article"] = article };
        foreach (var (k, v) in values)
            parameters[k] = v;
        return parameters;
    }
}
