namespace Graph.Export.Queries;

/// <summary>One query of the library (cypher/queries/NAME.cypher): its header and its Cypher text.</summary>
/// <param name="Name">The file name without <c>.cypher</c>.</param>
/// <param name="Summary">What it answers (the header's first paragraph).</param>
/// <param name="Parameters">Its <c>@param</c> lines, in order.</param>
/// <param name="Examples">Its <c>Example:</c> lines.</param>
/// <param name="Text">The whole file, header comments included (Neo4j ignores them).</param>
public sealed record LibraryQuery(string Name, string Summary, IReadOnlyList<QueryParameter> Parameters, IReadOnlyList<string> Examples, string Text);

/// <summary>A query parameter: <c>// @param NAME TYPE DEFAULT DESCRIPTION</c>, DEFAULT being <c>required</c>, <c>null</c> or a value.</summary>
public sealed record QueryParameter(string Name, QueryParameterType Type, bool Required, string? Default, string Description);

/// <summary>Parameter types; a <see cref="List"/> is a list of strings, given comma-separated on the command line.</summary>
public enum QueryParameterType
{
    String,
    Int,
    Float,
    Bool,
    List,
}
