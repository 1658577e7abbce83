using System.Text.RegularExpressions;
using Graph.Core.Model;
using Graph.Export.Model;
using Graph.Export.Tests.Support;

namespace Graph.Export.Tests.Browser;

/// <summary>cypher/browser/style.grass as Neo4j Browser's GraSS parser reads it: selector blocks of "property: value;" pairs.</summary>
public sealed partial class StyleTests
{
    private static readonly Dictionary<string, Dictionary<string, string>> Rules = Parse(File.ReadAllText(Repository.File("cypher", "browser", "style.grass")));

    [Fact]
    public void Style_EveryLabel_HasAColourASizeAndACaption()
    {
        foreach (var label in GraphLabels.Primary)
        {
            var rule = Rules[$"node.{label}"];
            Assert.Matches("^#[0-9A-F]{6}$", rule["color"]);
            Assert.Matches("^[0-9]+px$", rule["diameter"]);
            Assert.Matches("^'.+'$", rule["caption"]);
        }

        Assert.Equal("'{name}'", Rules["node.Person"]["caption"]);
        Assert.Equal("'{type}'", Rules["node.Event"]["caption"]);
        Assert.All(GraphLabels.EventTypes, type => Assert.Matches("^#[0-9A-F]{6}$", Rules[$"node.{type}"]["color"]));
    }

    [Fact]
    public void Style_EveryRelationshipType_HasAColourAndACaption()
    {
        Assert.All(GraphLabels.RelationshipTypes, type =>
        {
            Assert.Matches("^#[0-9A-F]{6}$", Rules[$"relationship.{type}"]["color"]);
            Assert.True(Rules[$"relationship.{type}"].ContainsKey("caption"));
        });
        Assert.Equal("'{role}'", Rules["relationship.PARTICIPATED_IN"]["caption"]);
    }

    [Fact]
    public void Style_Selectors_AreOnlyTheGraphsLabelsAndTypes()
    {
        Assert.All(Rules.Keys, selector =>
        {
            var match = Selector().Match(selector);
            Assert.True(match.Success, selector);
            if (match.Groups[2].Success)
                Assert.True(GraphLabels.IsLabel(match.Groups[2].Value) || GraphLabels.IsRelationshipType(match.Groups[2].Value), selector);
        });
    }

    /// <summary>The Browser's reading of GraSS: text outside braces (spaces dropped) is the selector; no comments exist.</summary>
    private static Dictionary<string, Dictionary<string, string>> Parse(string text)
    {
        Assert.DoesNotContain("/*", text);
        Assert.Equal(text.Count(c => c == '{'), text.Count(c => c == '}'));
        var rules = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        foreach (Match block in Block().Matches(text))
        {
            var selector = Regex.Replace(block.Groups[1].Value, @"\s", "");
            Assert.False(rules.ContainsKey(selector), $"{selector} is defined twice.");
            rules[selector] = block.Groups[2].Value.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(p => p.Split(':', 2)).Where(p => p.Length == 2)
                .ToDictionary(p => p[0].Trim(), p => p[1].Trim(), StringComparer.Ordinal);
        }

        return rules;
    }

    [GeneratedRegex(@"([^{}]+)\{((?:[^{}']|'[^']*')*)\}")]
    private static partial Regex Block();

    [GeneratedRegex(@"^(node|relationship)(?:\.([A-Za-z_]+))?$")]
    private static partial Regex Selector();
}
