using System.Text.Json.Serialization;

namespace Graph.Worker.Health;

/// <summary>The report <c>run</c> writes and <c>graph health</c> reads.</summary>
internal sealed record HealthFile(
    string Status,
    DateTimeOffset CheckedAt,
    IReadOnlyDictionary<string, HealthFileEntry> Checks);

internal sealed record HealthFileEntry(string Status, string? Description, IReadOnlyDictionary<string, object>? Data);

[JsonSerializable(typeof(HealthFile))]
[JsonSerializable(typeof(long))]
[JsonSerializable(typeof(int))]
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
internal sealed partial class HealthFileJson : JsonSerializerContext;
