using System.Globalization;

namespace Graph.Export.Queries;

/// <summary>Turns <c>--param key=value</c> texts into the query's typed parameters, with the declared defaults.</summary>
public static class QueryArguments
{
    /// <summary>The parameters to send; throws <see cref="ArgumentException"/> with a message for the user when an argument is wrong.</summary>
    public static Dictionary<string, object?> Bind(LibraryQuery query, IEnumerable<string> assignments)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(assignments);
        var given = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var assignment in assignments)
        {
            var equals = assignment.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
                throw new ArgumentException($"--param takes key=value, not '{assignment}'.");
            var key = assignment[..equals].Trim();
            if (query.Parameters.All(p => p.Name != key))
            {
                throw new ArgumentException(query.Parameters.Count == 0
                    ? $"Query {query.Name} takes no parameters."
                    : $"Query {query.Name} has no parameter '{key}'; it takes {string.Join(", ", query.Parameters.Select(p => p.Name))}.");
            }

            given[key] = assignment[(equals + 1)..];
        }

        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var parameter in query.Parameters)
        {
            if (given.TryGetValue(parameter.Name, out var text))
                values[parameter.Name] = Convert(query, parameter, text);
            else if (parameter.Required)
                throw new ArgumentException($"Query {query.Name} needs --param {parameter.Name}=… ({parameter.Description}).");
            else
                values[parameter.Name] = parameter.Default is null ? null : Convert(query, parameter, parameter.Default);
        }

        return values;
    }

    private static object? Convert(LibraryQuery query, QueryParameter parameter, string text)
    {
        if (text == "null" && !parameter.Required)
            return null;
        object? value = parameter.Type switch
        {
            QueryParameterType.String => text,
            QueryParameterType.Int => long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var l) ? l : null,
            QueryParameterType.Float => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d) ? d : null,
            QueryParameterType.Bool => bool.TryParse(text, out var b) ? b : null,
            QueryParameterType.List => text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries),
            _ => null,
        };
        return value ?? throw new ArgumentException(
            $"Query {query.Name}: {parameter.Name} takes {parameter.Type.ToString().ToLowerInvariant()}, not '{text}'.");
    }
}
