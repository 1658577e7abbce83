using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using Graph.Ingestion.Reading;

namespace Graph.Worker.Commands;

/// <summary>Arguments and options shared by the verbs that read articles.</summary>
internal static class CommonOptions
{
    public static Argument<string[]> Paths()
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = $"Article files or folders (folders are read recursively). Formats: {ArticleFormatsHelp}.",
            Arity = ArgumentArity.OneOrMore,
        };
        // The parser takes an unknown option for a path; a mistyped option should be a usage error, not a missing file.
        paths.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Where(t => t.Value.StartsWith('-') && !Path.Exists(t.Value)))
                result.AddError($"Unrecognized option '{token.Value}' (write a path that starts with '-' as ./{token.Value}).");
        });
        return paths;
    }

    public static Option<DateOnly?> Published() => new("--published")
    {
        Description = "Publication date (YYYY-MM-DD) for articles that state none; relative dates such as \"on Monday\" resolve against it.",
        HelpName = "YYYY-MM-DD",
        CustomParser = ParseDate,
    };

    public static ArticleReadOptions ReadOptions(ParseResult parseResult, Option<DateOnly?> published) =>
        new(parseResult.GetValue(published));

    private const string ArticleFormatsHelp = ".txt/.md (optional front matter), .json, .jsonl, .html";

    private static DateOnly? ParseDate(ArgumentResult result)
    {
        var token = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
        if (DateOnly.TryParseExact(token, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;
        result.AddError($"--published takes a date as YYYY-MM-DD, not '{token}'.");
        return null;
    }
}
