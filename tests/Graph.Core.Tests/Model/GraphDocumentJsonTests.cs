using System.Text.Json;
using Graph.Core.Articles;
using Graph.Core.Model;

namespace Graph.Core.Tests.Model;

public class GraphDocumentJsonTests
{
    private static GraphDocument Sample() => new()
    {
        Articles = [new ArticleRecord("a1", "Talks in Oslo", "2024-05-14", "samples/a1.md", null, "abc")],
        Entities =
        [
            new Entity("person:ingrid-solvang", EntityType.Person, "Ingrid Solvang", ["Solvang"]),
            new Entity("country:NO", EntityType.Country, "Norway", ["Norwegian"], "NO"),
        ],
        Mentions = [new Mention("person:ingrid-solvang", "a1", 10, 24, "Ingrid Solvang")],
        Events =
        [
            new GraphEvent("event:1", EventType.PhoneCall, "041", 1.0,
                [new Participant("person:ingrid-solvang", ParticipantRoles.Participant)],
                null, "2024-05-13", null, "Solvang spoke by phone with her counterpart.", "a1", 0.8, 30, 75),
        ],
        Relations =
        [
            new Relation(RelationTypes.HoldsRole, "person:ingrid-solvang", "country:NO",
                new Dictionary<string, string> { ["title"] = "Prime Minister" }, "a1", "Norway's Prime Minister Ingrid Solvang"),
        ],
    };

    [Fact]
    public void Serialize_Document_UsesTheContractFieldNames()
    {
        using var json = JsonDocument.Parse(GraphDocumentJson.Serialize(Sample()));
        var root = json.RootElement;

        Assert.Equal(["articles", "entities", "mentions", "events", "relations"], root.EnumerateObject().Select(p => p.Name));
        var ev = root.GetProperty("events")[0];
        Assert.Equal("PhoneCall", ev.GetProperty("type").GetString());
        Assert.Equal("participant", ev.GetProperty("participants")[0].GetProperty("role").GetString());
        Assert.Equal(JsonValueKind.Null, ev.GetProperty("quote").ValueKind);
        Assert.Equal("Person", root.GetProperty("entities")[0].GetProperty("type").GetString());
        Assert.Equal("Prime Minister", root.GetProperty("relations")[0].GetProperty("properties").GetProperty("title").GetString());
    }

    [Fact]
    public void Serialize_EntityWithoutIso2_LeavesTheFieldOut()
    {
        using var json = JsonDocument.Parse(GraphDocumentJson.Serialize(Sample()));
        var entities = json.RootElement.GetProperty("entities");

        Assert.False(entities[0].TryGetProperty("iso2", out _));
        Assert.Equal("NO", entities[1].GetProperty("iso2").GetString());
    }

    [Fact]
    public void Deserialize_SerializedDocument_RoundTripsByteIdentical()
    {
        var first = GraphDocumentJson.Serialize(Sample());

        var second = GraphDocumentJson.Serialize(GraphDocumentJson.Deserialize(first));

        Assert.Equal(first, second);
    }

    [Fact]
    public void Serialize_QuotesAndNonLatinText_StayReadable()
    {
        var doc = new GraphDocument { Articles = [new ArticleRecord("a", "«Мир» \"quoted\" 和平", null, "a.md", null, "h")] };

        var json = GraphDocumentJson.Serialize(doc);

        Assert.Contains("«Мир» \\\"quoted\\\" 和平", json, StringComparison.Ordinal);
    }
}
