using Graph.Core.Model;
using Graph.Extraction.Mentions;

namespace Graph.Extraction.Events;

/// <summary>
/// Use of force with a named actor and target: force verbs ("attacked", "invaded" 192, "shelled" 194, "bombed"
/// 195, "killed", "tortured" 1822…), launching an attack or offensive on someone, firing weapons at someone,
/// "beat up" (182), imposing a blockade (191), and deploying or reinforcing troops toward a place (exhibiting force
/// posture, 154). Announced ("will attack") it is a threat of force (138), but for a deployment, which counts announced.
/// Passive "X was attacked by Y" swaps the sides.
/// </summary>
internal sealed class MilitaryActionRule : IEventRule
{
    private static readonly HashSet<string> By = new(StringComparer.Ordinal) { "by" };
    private static readonly HashSet<string> With = new(StringComparer.Ordinal) { "with", "against" };
    private static readonly HashSet<string> OnTarget = new(StringComparer.Ordinal) { "on", "against", "at", "into", "upon" };
    private static readonly HashSet<string> AttackTarget = new(StringComparer.Ordinal) { "on", "against", "into", "at", "upon" };
    private static readonly HashSet<string> InvasionTarget = new(StringComparer.Ordinal) { "on", "against", "into", "at", "upon", "of" };
    /// <summary>Where deployed troops face someone: not "to" or "in" a country, where they are sent or stationed (an ally may have asked for them).</summary>
    private static readonly HashSet<string> Destination = new(StringComparer.Ordinal) { "into", "near", "along", "on", "toward", "towards", "against" };

    private static readonly HashSet<string> Borders = new(StringComparer.Ordinal) { "border", "borders", "frontier" };

    /// <summary>Where forces are sent or stationed.</summary>
    private static readonly HashSet<string> SentTo = new(StringComparer.Ordinal) { "to", "in" };
    private static readonly HashSet<string> FireAt = new(StringComparer.Ordinal) { "at", "on", "into", "toward", "towards", "upon" };
    private static readonly HashSet<string> Blockade = new(StringComparer.Ordinal) { "blockade", "blockades" };
    private static readonly HashSet<string> Preparing = new(StringComparer.Ordinal) { "prepare", "prepares", "prepared", "preparing", "poised", "ready", "readying" };

    /// <summary>Words before "strike" that make it a labour action, not an armed one ("a hunger strike").</summary>
    private static readonly HashSet<string> NotArmed = new(StringComparer.Ordinal)
    {
        "hunger", "general", "labor", "labour", "workers", "national", "nationwide", "rail", "transport", "teachers", "doctors", "student",
    };

    public IEnumerable<EventDraft> Find(SentenceContext s, ArticleState article)
    {
        for (var t = 0; t < s.Count; t++)
        {
            if (!s.IsAsserted(t) || s.IsNounUse(t))
                continue;
            var (cameo, targets) = Match(s, t);
            if (cameo is null)
                continue;
            var group = s.VerbGroupOf(t);
            if (group.Negated || group.Speculative || group.Refused || group.Governor >= 0 && Lexicon.Threaten.Contains(s.Word(group.Governor)))
                continue;
            var actors = group.Passive ? s.AfterPreposition(t, By, 15, HeadUse.Agent) : s.SubjectOf(t);
            if (group.Passive)
                targets = s.PassiveSubjectOf(t);
            // "X killed 23 people": casualties without a named side still make a use of force by X.
            var casualties = targets.Count == 0 && !group.Passive && Lexicon.Force.ContainsKey(s.Word(t)) && s.CountsPeople(t + 1);
            // "sent 850 soldiers to Somalia": forces sent to a country are there, facing no one the sentence names.
            var sentTo = cameo == "154" && targets.Count == 0 ? s.AfterPreposition(t, SentTo, 10).FirstOrDefault(m => m.Type is EntityType.Country or EntityType.Location) : null;
            if (actors.Count == 0 || targets.Count == 0 && !casualties && sentTo is null || ParticipantList.Overlap(actors, targets)
                || sentTo is not null && actors.Any(a => a.EntityId == sentTo.EntityId))
                continue;
            // "Kenyan police raided the offices of X": a search by police is policing.
            if (s.Word(t).StartsWith("raid", StringComparison.Ordinal) && SearchedByPolice(s, t))
                continue;
            // "the opposition leader clashed with the prime minister over migration": persons alone who clash quarrel.
            if (s.Word(t) is "fought" or "clashed" && actors.All(m => m.Type == EntityType.Person) && targets.All(m => m.Type == EntityType.Person))
                continue;
            // "will send two warships to the Red Sea": a place forces go to is where they are, not a side they act against.
            var destination = cameo == "154" ? targets.FirstOrDefault(m => m.Type == EntityType.Location) ?? sentTo : null;
            if (cameo == "154")
                targets = [.. targets.Where(m => m.Type != EntityType.Location)];
            // "prepared to resume shelling X": readying force is a show of force posture (150), not yet its use.
            if (s.Governors(t).Any(g => Preparing.Contains(s.Word(g))))
                cameo = "150";
            // A deployment announced is one (annotation guidelines: deployments "actual or announced"), no threat.
            else if (group.Intent && cameo != "154")
            {
                var threat = new ParticipantList().Add(actors, ParticipantRoles.Threatener).Add(targets, ParticipantRoles.Target);
                yield return new EventDraft(EventType.Threat, "138", threat.Items, null, t, 0.65);
                continue;
            }

            var participants = new ParticipantList().Add(actors, ParticipantRoles.Actor).Add(targets, ParticipantRoles.Target);
            var location = destination?.EntityId ?? s.PlaceNear(t, [.. participants.Entities]);
            yield return new EventDraft(EventType.MilitaryAction, cameo, participants.Items, location, t, casualties ? 0.6 : 0.8);
        }
    }

    /// <summary>A searcher's noun among the three words before the verb ("Kenyan police raided", "FBI agents raided").</summary>
    private static bool SearchedByPolice(SentenceContext s, int t)
    {
        for (var j = Math.Max(0, t - 3); j < t; j++)
        {
            if (Lexicon.Searchers.Contains(s.Word(j)))
                return true;
        }

        return false;
    }

    private static (string? Cameo, List<ResolvedMention> Targets) Match(SentenceContext s, int t)
    {
        var w = s.Word(t);
        if (Lexicon.Force.TryGetValue(w, out var code))
        {
            if (w == "struck" && s.Ahead(t, Lexicon.AgreementNouns, 3) >= 0 || w == "shot" && s.Word(t + 1) is not ("down" or "at" or "dead"))
                return (null, []);
            if (w is "wounded" or "injured" && s.VerbGroupOf(t).Passive)
                return (null, []);
            if (w is "fought" or "clashed")
                return (code, s.AfterPreposition(t, With, 6));
            var targets = s.Word(t + 1) is "down" or "at" ? [] : s.PhraseAt(t + 1, HeadUse.Patient).Heads;
            return (code, targets.Count > 0 ? targets : s.AfterPreposition(t, OnTarget, 6));
        }

        if (Lexicon.Launch.Contains(w) && s.Ahead(t, Lexicon.AttackNounSet, 4) is var n and >= 0 && !NotArmed.Contains(s.Word(n - 1)))
            return (Lexicon.AttackNouns[s.Word(n)], s.AfterPreposition(n, s.Word(n) is "invasion" or "incursion" or "bombardment" or "shelling" ? InvasionTarget : AttackTarget, 8));
        if (w is "beat" or "beaten" or "beating" && s.Word(t + 1) == "up")
            return ("182", s.PhraseAt(t + 2, HeadUse.Patient).Heads);
        if (Lexicon.Impose.Contains(w) && s.Ahead(t, Blockade, 5) is var b and >= 0)
            return ("191", s.AfterPreposition(b, InvasionTarget, 6));
        // "sending troops to Brazil's border": forces sent to a border face the side beyond it.
        if (Lexicon.Deploy.Contains(w) && s.Ahead(t, Lexicon.TroopNouns, 5) is var troops and >= 0)
            return ("154", s.AfterPreposition(troops, Destination, 8) is var faced && (faced.Count > 0 || s.Ahead(troops, Borders, 6) < 0) ? faced : s.AfterPreposition(troops, SentTo, 8));
        if (Lexicon.Fire.Contains(w) && s.Ahead(t, Lexicon.Projectiles, 4) >= 0 || w == "opened" && s.Word(t + 1) == "fire")
            return ("190", s.AfterPreposition(t, FireAt, 8));
        return (null, []);
    }
}
