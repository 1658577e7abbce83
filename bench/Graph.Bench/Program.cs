using Graph.Bench.Writer;

// Benchmarks of the Graph project, run by hand against a real server (see docs/benchmarks.md).
return args switch
{
    ["writer", .. var rest] => await WriterBenchmark.RunAsync(rest),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("""
        usage: dotnet run -c Release --project bench/Graph.Bench -- writer --articles N [options]

          writer   batched graph writer vs. a naive one-MERGE-per-request writer, same server, same run
            --articles N        articles for the batched writer (default 500)
            --naive-articles M  articles for the naive writer (default N/10, at least 10)
            --batch-size B      rows per UNWIND statement (default 1000)
            --seed S            seed of the synthetic documents (default 42)
            --keep              leave the written data in the database (default: delete it afterwards)

        Neo4j is read from NEO4J_URI, NEO4J_USERNAME and NEO4J_PASSWORD.
        """);
    return 2;
}
