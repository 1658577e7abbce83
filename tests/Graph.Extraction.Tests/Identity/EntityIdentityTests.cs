using Graph.Core.Identity;
using Graph.Core.Model;

namespace Graph.Extraction.Tests.Identity;

public sealed class EntityIdentityTests
{
    private static readonly ShortForm Orban = ShortForms.Of(new Entity("person:orban", EntityType.Person, "Orbán", []))!;

    private static HashSet<string> Set(params string[] items) => new(items, StringComparer.Ordinal);

    private static ShortFormContext Context(string[]? roles = null, string[]? mentioned = null, string[]? vetoed = null) =>
        new(Set(roles ?? []), Set(mentioned ?? []), Set(vetoed ?? []));

    private static FullForm Viktor(bool elsewhere = true) =>
        new("person:viktor-orban", "Viktor Orbán", Set("country:HU"), Set("country:HU", "loc:budapest", "person:rosa-ibarra"), elsewhere);

    [Fact]
    public void Join_SharedRoleHolder_RuleSurnameRole()
    {
        var match = EntityIdentity.Join(Orban, Context(roles: ["country:HU"]), [Viktor()]);

        Assert.Equal(new IdentityMatch("person:viktor-orban", "surname+role"), match);
    }

    [Fact]
    public void Join_ArticleNamesTheFullFormsCountry_RuleSurnameCountry()
    {
        Assert.Equal("surname+country", EntityIdentity.Join(Orban, Context(mentioned: ["country:HU"]), [Viktor()])?.Rule);
    }

    [Fact]
    public void Join_ArticleNamesSomeoneNamedWithTheFullForm_RuleSurnameComention()
    {
        Assert.Equal("surname+comention", EntityIdentity.Join(Orban, Context(mentioned: ["person:rosa-ibarra"]), [Viktor()])?.Rule);
    }

    [Fact]
    public void Join_TwoFullFormsFit_NoJoin()
    {
        var anna = new FullForm("person:anna-orban", "Anna Orbán", Set("country:HU"), Set(), true);

        Assert.Null(EntityIdentity.Join(Orban, Context(roles: ["country:HU"]), [Viktor(), anna]));
    }

    [Fact]
    public void Join_NothingTiesThem_NoJoin()
    {
        Assert.Null(EntityIdentity.Join(Orban, Context(mentioned: ["country:PE"]), [Viktor()]));
    }

    [Fact]
    public void Join_FullFormOnlyInTheSameArticleOrVetoed_NoJoin()
    {
        Assert.Null(EntityIdentity.Join(Orban, Context(roles: ["country:HU"]), [Viktor(elsewhere: false)]));
        Assert.Null(EntityIdentity.Join(Orban, Context(roles: ["country:HU"], vetoed: ["person:viktor-orban"]), [Viktor()]));
    }
}
