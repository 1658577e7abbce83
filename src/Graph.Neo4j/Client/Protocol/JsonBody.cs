using System.Net.Http.Headers;
using System.Text.Json;

namespace Graph.Neo4j.Client.Protocol;

/// <summary>Builds request bodies with <see cref="Utf8JsonWriter"/>.</summary>
internal static class JsonBody
{
    /// <summary>A body of <c>application/json</c> written by <paramref name="write"/>.</summary>
    public static HttpContent Create(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer);
        }

        var content = new ByteArrayContent(buffer.ToArray());
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        return content;
    }
}
