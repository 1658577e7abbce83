using Microsoft.Extensions.Options;

namespace Graph.Neo4j.Writing;

/// <summary>Checks the ranges on <see cref="GraphWriterOptions"/> at start (generated from its attributes, no reflection).</summary>
[OptionsValidator]
internal sealed partial class GraphWriterOptionsValidator : IValidateOptions<GraphWriterOptions>;
