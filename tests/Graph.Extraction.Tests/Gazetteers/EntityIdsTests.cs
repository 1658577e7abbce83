using Graph.Extraction.Gazetteers;

namespace Graph.Extraction.Tests.Gazetteers;

public class EntityIdsTests
{
    [Theory]
    [InlineData("Orbán", "orban")]
    [InlineData("Viktor Orbán", "viktor-orban")]
    [InlineData("U.N. Security Council", "u-n-security-council")]
    [InlineData("  São Tomé & Príncipe ", "sao-tome-principe")]
    [InlineData("Łódź", "lodz")]
    [InlineData("Straße", "strasse")]
    [InlineData("Linda Thomas-Greenfield", "linda-thomas-greenfield")]
    [InlineData("Nguyễn Xuân Phúc", "nguyen-xuan-phuc")]
    [InlineData("Orba\u0301n", "orban")]
    [InlineData("Recep Tayyip Erdoğan", "recep-tayyip-erdogan")]
    [InlineData("Путин", "путин")]
    public void Slug_Name_FoldedLowerCaseDashed(string name, string expected)
    {
        Assert.Equal(expected, EntityIds.Slug(name));
    }

    [Fact]
    public void Ids_ByType_Prefixed()
    {
        Assert.Equal("person:vladimir-putin", EntityIds.Person("Vladimir Putin"));
        Assert.Equal("org:nato", EntityIds.Organization("NATO"));
        Assert.Equal("loc:moscow", EntityIds.Location("Moscow"));
        Assert.Equal("country:RU", EntityIds.Country("ru"));
    }
}
