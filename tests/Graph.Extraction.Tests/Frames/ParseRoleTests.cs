namespace Graph.Extraction.Tests.Frames;

/// <summary>Roles in apposition, read from the parse in either order.</summary>
public sealed class ParseRoleTests
{
    [Fact]
    public void Extract_PossessiveDescriptionThenName_Role() =>
        Assert.Contains("Daniel Otieno / President / Kenya", Parsed.Roles("Kenya's president, Daniel Otieno, opened the session."));

    [Fact]
    public void Extract_NameThenDescriptionWithOf_Role() =>
        Assert.Contains("Ana Ruiz / Foreign Minister / Chile", Parsed.Roles("Ana Ruiz, the foreign minister of Chile, opened the session."));

    [Fact]
    public void Extract_NameThenAdjectivalDescription_Role() =>
        Assert.Contains("Ida Holm / Defense Minister / Norway", Parsed.Roles("Ida Holm, Norway's defence minister, spoke first."));
}
