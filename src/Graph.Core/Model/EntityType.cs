namespace Graph.Core.Model;

/// <summary>The closed list of entity types; each is also a Neo4j node label.</summary>
public enum EntityType
{
    Person,
    Country,
    Organization,
    Location,
}
