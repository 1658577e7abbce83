using Graph.Core.Model;
using Graph.Extraction.Tests.Frames;

namespace Graph.Extraction.Tests.Mentions;

/// <summary>A wire credit line names journalists (annotation guidelines: persons), where they reported from, and editors.</summary>
public sealed class CreditLineTests
{
    private static List<string> Named(string body, EntityType type) =>
        [.. Parsed.Extract(body).Entities.Where(e => e.Type == type).Select(e => e.Name).Order(StringComparer.Ordinal)];

    [Theory]
    [InlineData("(Reporting by Dana Orlova in Bishkek and Malik Sayed in Dushanbe; Editing by Ruth Kessler)")]
    [InlineData("Reporting by Dana Orlova in Bishkek and Malik Sayed in Dushanbe; Editing by Ruth Kessler")]
    public void Extract_CreditLineAfterTheStory_ReportersAndEditorArePersonsTheirCitiesPlaces(string credit)
    {
        var body = "Kyrgyz and Tajik troops exchanged fire on Sunday.\n\n" + credit;

        Assert.Equal(["Dana Orlova", "Malik Sayed", "Ruth Kessler"], Named(body, EntityType.Person));
        Assert.Equal(["Bishkek", "Dushanbe"], Named(body, EntityType.Location));
    }

    [Fact]
    public void Extract_TitleCaseHeadingWithoutACredit_NamesNeedEvidence() =>
        Assert.DoesNotContain("Malik Sayed", Named("Malik Sayed Rally Draws Crowds In Dushanbe\n\nThousands gathered on Sunday.", EntityType.Person));
}
