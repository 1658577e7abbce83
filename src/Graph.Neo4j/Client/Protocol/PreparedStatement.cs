using System.Text.Json;
using System.Text.Json.Serialization;

namespace Graph.Neo4j.Client.Protocol;

/// <summary>A statement with its parameters already written as a JSON object, so that replays reuse the bytes.</summary>
internal sealed record PreparedStatement(string Text, byte[] ParametersJson)
{
    private static readonly JsonSerializerOptions ValueOptions = new()
    {
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>
    /// Serialises every statement's parameters once, before any request, so that a value JSON cannot carry
    /// fails at once (ArgumentException) instead of inside the retry loop.
    /// </summary>
    public static IReadOnlyList<PreparedStatement> PrepareAll(IReadOnlyList<CypherStatement> statements)
    {
        var prepared = new PreparedStatement[statements.Count];
        for (var i = 0; i < statements.Count; i++)
        {
            var statement = statements[i] ?? throw new ArgumentException($"Statement {i} is null.", nameof(statements));
            if (string.IsNullOrWhiteSpace(statement.Text))
                throw new ArgumentException($"Statement {i} has no Cypher text.", nameof(statements));
            prepared[i] = new PreparedStatement(statement.Text, WriteParameters(statement, i));
        }

        return prepared;
    }

    /// <summary>Writes <c>"statement"</c> and <c>"parameters"</c> into an object the caller has opened.</summary>
    public void WriteFields(Utf8JsonWriter writer)
    {
        writer.WriteString("statement", Text);
        writer.WritePropertyName("parameters");
        writer.WriteRawValue(ParametersJson, skipInputValidation: true);
    }

    private static byte[] WriteParameters(CypherStatement statement, int index)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var (name, value) in statement.Parameters ?? new Dictionary<string, object?>())
            {
                writer.WritePropertyName(name);
                try
                {
                    JsonSerializer.Serialize(writer, value, value?.GetType() ?? typeof(object), ValueOptions);
                }
                catch (Exception ex) when (ex is NotSupportedException or ArgumentException or JsonException or InvalidOperationException)
                {
                    throw new ArgumentException($"Parameter '{name}' of statement {index} cannot be sent as JSON: {ex.Message}", nameof(statement), ex);
                }
            }

            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }
}
