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

    [Theory]
    [InlineData("Chile expelled a Peruvian diplomat on Monday. REUTERS/Jorge Salas")]
    [InlineData("Chile expelled a Peruvian diplomat on Monday. (Reuters photo)")]
    [InlineData("Chile expelled a Peruvian diplomat on Monday.\n\nPhoto: Jorge Salas/Reuters")]
    [InlineData("Chile expelled a Peruvian diplomat on Monday.\n\n\u00A9 2024 Reuters. All rights reserved.")]
    [InlineData("Chile expelled a Peruvian diplomat on Monday.\n\nReuters contributed to this report.")]
    [InlineData("Chile expelled a Peruvian diplomat on Monday.\n\nSource: Reuters")]
    [InlineData("Chile expelled a Peruvian diplomat on Monday.\n\nAdditional reporting by Reuters")]
    [InlineData("Chile expelled a Peruvian diplomat on Monday.\n\nPhoto by Reuters")]
    public void Extract_AgencyNamedInACredit_NoOrganization(string body) =>
        Assert.Empty(Named(body, EntityType.Organization));

    [Fact]
    public void Extract_AgencyThatReports_Organization() =>
        Assert.Equal(["Reuters"], Named("Chile expelled a Peruvian diplomat on Monday, Reuters reported.", EntityType.Organization));

    [Fact]
    public void Extract_TitleCaseHeadingWithoutACredit_NamesNeedEvidence() =>
        Assert.DoesNotContain("Malik Sayed", Named("Malik Sayed Rally Draws Crowds In Dushanbe\n\nThousands gathered on Sunday.", EntityType.Person));
}
