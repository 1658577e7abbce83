using Microsoft.Extensions.Options;

namespace Graph.Extraction.Syntax;

/// <summary>Checks <see cref="SyntaxOptions"/> (section <c>Syntax</c>) at start, with messages that name the setting to fix.</summary>
internal sealed class SyntaxOptionsValidator : IValidateOptions<SyntaxOptions>
{
    public ValidateOptionsResult Validate(string? name, SyntaxOptions options)
    {
        var problems = options.Problems();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
