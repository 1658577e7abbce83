namespace Graph.Core.Model;

/// <summary>The closed list of event types (the contract's table); each is also a second Neo4j label on :Event.</summary>
public enum EventType
{
    Statement,
    Meeting,
    PhoneCall,
    Visit,
    Accusation,
    Denial,
    Offer,
    Sanction,
    Threat,
    MilitaryAction,
    Negotiation,
    Agreement,
}
