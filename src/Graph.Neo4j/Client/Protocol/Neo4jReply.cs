using System.Text.Json;

namespace Graph.Neo4j.Client.Protocol;

/// <summary>A successful answer: its JSON body (an empty object when there was none) and the cluster affinity header, if sent.</summary>
internal sealed record Neo4jReply(JsonElement Json, string? ClusterAffinity);
