namespace Graph.Neo4j.Tests.Client;

/// <summary>Response bodies in the shapes the Neo4j HTTP API and Query API documentation show.</summary>
internal static class DocumentedJson
{
    /// <summary>3.x <c>GET /</c>: only pointers to the management and data documents (host as the server sees itself).</summary>
    public const string Root3 = """
        { "management" : "http://10.1.2.3:7474/db/manage/", "data" : "http://10.1.2.3:7474/db/data/", "bolt" : "bolt://10.1.2.3:7687" }
        """;

    /// <summary>3.x <c>GET /db/data/</c>.</summary>
    public const string Data3 = """
        {
          "extensions" : { }, "node" : "http://10.1.2.3:7474/db/data/node",
          "cypher" : "http://10.1.2.3:7474/db/data/cypher",
          "transaction" : "http://10.1.2.3:7474/db/data/transaction",
          "node_labels" : "http://10.1.2.3:7474/db/data/labels", "neo4j_version" : "3.1.1"
        }
        """;

    /// <summary>4.x <c>GET /</c>: a transaction template with <c>{databaseName}</c>.</summary>
    public const string Root4 = """
        {
          "bolt_routing" : "neo4j://localhost:7687", "transaction" : "http://localhost:7474/db/{databaseName}/tx",
          "bolt_direct" : "bolt://localhost:7687", "neo4j_version" : "4.4.12", "neo4j_edition" : "community"
        }
        """;

    /// <summary>5.19+ <c>GET /</c>: also <c>query</c> (Query API v2).</summary>
    public const string Root5 = """
        {
          "bolt_routing": "neo4j://localhost:7687",
          "query": "http://localhost:7474/db/{databaseName}/query/v2",
          "dbms/cluster": "http://localhost:7474/dbms/cluster",
          "db/cluster": "http://localhost:7474/db/{databaseName}/cluster",
          "transaction": "http://localhost:7474/db/{databaseName}/tx",
          "bolt_direct": "bolt://localhost:7687",
          "neo4j_version": "5.19.0",
          "neo4j_edition": "enterprise",
          "auth_config": { "oidc_providers": [] }
        }
        """;

    /// <summary>Query API v2 answer to a statement (implicit transaction).</summary>
    public const string QueryResult = """
        {
          "data": {
            "fields": [ "alice" ],
            "values": [ [ { "elementId": "4:ff04df25-ff2b-4b55-98f8-6888297b025e:0", "labels": [ "Person" ],
                            "properties": { "name": "Alice", "age": 42 } } ] ]
          },
          "bookmarks": [ "FB:kcwQ/wTfJf8rS1WY+GiIKXsCXgmQ" ]
        }
        """;

    /// <summary>Query API v2 answer that opens (or continues) explicit transaction <c>lyU</c>.</summary>
    public static string TransactionResult(string field, long value) => $$"""
        {
          "data": { "fields": [ "{{field}}" ], "values": [ [ {{value}} ] ] },
          "bookmarks": [ "FB:kcwQ/wTfJf8rS1WY+GiIKXsCXgmQ" ],
          "transaction": { "id": "lyU", "expires": "2024-10-22T15:48:29Z" }
        }
        """;

    /// <summary>Query API v2 answer to a commit.</summary>
    public const string Committed = """{ "bookmarks": [ "FB:kcwQ/wTfJf8rS1WY+GiIKXsCXgmQ" ] }""";

    /// <summary>The cluster affinity the documentation's example server sets.</summary>
    public const string Affinity = "MTAuOC41Ljc6MTc0NzQ=";

    /// <summary>An error answer (Query API v2 sends it with 4xx, the transactional API with 200).</summary>
    public static string Error(string code, string message) => $$"""
        { "errors" : [ { "code" : "{{code}}", "message" : "{{message}}" } ] }
        """;

    /// <summary>Transactional API answer with one result.</summary>
    public const string TransactionalResult = """
        { "results" : [ { "columns" : [ "name", "age" ], "data" : [ { "row" : [ "Patrick", 24 ], "meta" : [ null, null ] } ] } ], "errors" : [ ] }
        """;
}
