namespace Graph.Core.Model;

/// <summary>What each event type means: its default CAMEO code, Goldstein value and participant roles.</summary>
/// <param name="Type">The event type.</param>
/// <param name="Cameo">Default CAMEO code (a rule may give a more specific one).</param>
/// <param name="Goldstein">Goldstein scale value of that code (-10 conflict … +10 cooperation).</param>
/// <param name="Roles">Participant roles, as the contract names them.</param>
/// <param name="Symmetric">True where participants are interchangeable (order carries no meaning).</param>
public sealed record EventKind(EventType Type, string Cameo, double Goldstein, IReadOnlyList<string> Roles, bool Symmetric);

public static class EventCatalog
{
    public static readonly IReadOnlyDictionary<EventType, EventKind> Kinds = new Dictionary<EventType, EventKind>
    {
        [EventType.Statement] = new(EventType.Statement, "010", 0.0, [ParticipantRoles.Speaker, ParticipantRoles.Addressee], false),
        [EventType.Meeting] = new(EventType.Meeting, "040", 1.0, [ParticipantRoles.Participant], true),
        [EventType.PhoneCall] = new(EventType.PhoneCall, "041", 1.0, [ParticipantRoles.Participant], true),
        [EventType.Visit] = new(EventType.Visit, "042", 1.9, [ParticipantRoles.Visitor], false),
        [EventType.Accusation] = new(EventType.Accusation, "112", -2.0, [ParticipantRoles.Accuser, ParticipantRoles.Accused], false),
        [EventType.Denial] = new(EventType.Denial, "016", -2.0, [ParticipantRoles.Speaker], false),
        [EventType.Offer] = new(EventType.Offer, "070", 7.0, [ParticipantRoles.Giver, ParticipantRoles.Recipient], false),
        [EventType.Sanction] = new(EventType.Sanction, "163", -8.0, [ParticipantRoles.Imposer, ParticipantRoles.Target], false),
        [EventType.Threat] = new(EventType.Threat, "130", -4.4, [ParticipantRoles.Threatener, ParticipantRoles.Target], false),
        [EventType.MilitaryAction] = new(EventType.MilitaryAction, "190", -10.0, [ParticipantRoles.Actor, ParticipantRoles.Target], false),
        [EventType.Negotiation] = new(EventType.Negotiation, "046", 7.0, [ParticipantRoles.Participant], true),
        [EventType.Agreement] = new(EventType.Agreement, "057", 8.0, [ParticipantRoles.Participant], true),
    };
}

/// <summary>Participant role names, exactly as the graph-document contract spells them.</summary>
public static class ParticipantRoles
{
    public const string Speaker = "speaker";
    public const string Addressee = "addressee";
    public const string Participant = "participant";
    public const string Visitor = "visitor";
    public const string Accuser = "accuser";
    public const string Accused = "accused";
    public const string Giver = "giver";
    public const string Recipient = "recipient";
    public const string Imposer = "imposer";
    public const string Target = "target";
    public const string Threatener = "threatener";
    public const string Actor = "actor";
}
