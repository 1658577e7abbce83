using Graph.Bench.Commands;
using Graph.Bench.Compare;
using Graph.Bench.EndToEnd;
using Graph.Bench.Extraction;
using Graph.Bench.Profile;
using Graph.Bench.Syntax;
using Graph.Bench.Writer;

// Benchmarks of the Graph project, run by hand (see docs/benchmarks.md).
try
{
    return args switch
    {
        ["corpus", .. var rest] => CorpusCommand.Run(rest),
        ["extract", .. var rest] => await ExtractionBenchmark.RunAsync(rest),
        ["syntax", .. var rest] => SyntaxBenchmark.Run(rest),
        ["writer", .. var rest] => await WriterBenchmark.RunAsync(rest),
        ["e2e", .. var rest] => await EndToEndBenchmark.RunAsync(rest),
        ["compare", .. var rest] => await CompareBenchmark.RunAsync(rest),
        ["profile", .. var rest] => await ProfileCommand.RunAsync(rest),
        ["all", .. var rest] => await AllCommand.RunAsync(rest),
        _ => Usage(),
    };
}
catch (ArgumentException e)
{
    Console.Error.WriteLine(e.Message);
    return 2;
}

static int Usage()
{
    Console.Error.WriteLine("""
        usage: dotnet run -c Release --project bench/Graph.Bench -- VERB [options]

          corpus   writes the synthetic corpus (Markdown files, 500-1,200 words each)
            --articles N        articles (default 1000)
            --seed S            seed (default 42): the same N and S give the same files
            --shape SHAPE       uniform (default); skewed (Zipf actors, big stories reported by hundreds);
                                hub-event (every article reports one meeting); hub-actor (one person in every article)
            --out DIR           folder (default bench/.cache/corpus-S-N)

          extract  extraction speed in memory: words/s on one thread and on all cores, by stage
            --articles N        articles of the synthetic corpus (default 1000)
            --seed S            seed (default 42)
            --runs R            runs of each, medians reported (default 5)
            --corpus DIR        use the articles in DIR instead of the synthetic corpus

          syntax   tagger + parser words/s on one thread, model load time and memory
            --conllu FILE       the sentences (e.g. ../shared/data/ud-english-ewt/en_ewt-ud-test.conllu)
            --runs R            runs, medians reported (default 5)
            --model FILE        a model train-syntax wrote (default: the embedded one)

          writer   batched graph writer vs. a naive one-MERGE-per-request writer, same server, same run
            --articles N        articles for the batched writer (default 500)
            --naive-articles M  articles for the naive writer (default N/10, at least 10)
            --batch-size B      rows per UNWIND statement (default 1000)
            --concurrency C     articles the batched writer writes at once, each its own transaction (default 1)
            --seed S            seed of the synthetic documents (default 42)
            --keep              leave the written data in the database (default: delete it afterwards)

          e2e      end to end: `graph ingest` of the synthetic corpus into Neo4j, as its own process
            --articles N        articles (default 1000)
            --seed S            seed (default 42)
            --runs R            runs (default 1); each first removes the benchmark's articles
            --shape SHAPE       as for corpus (default uniform)
            --batches B         ingest the corpus in B consecutive parts, each timed (default 1)
            --graph DLL         the worker (default src/Graph.Worker/bin/Release/net10.0/graph.dll)
            --keep              leave the articles in the database (default: remove them afterwards)

          compare  the npm package compromise (people, places, organisations) vs. Graph's extraction, one thread each
            --articles N, --seed S, --runs R (default 3), --corpus DIR   as for extract
            needs Node.js and, once, bench/compromise/setup (installs compromise into bench/.cache)

          profile  every statement the writer sends for one article, with Neo4j's PROFILE (db hits), rolled back
            --articles N        articles 1..N stored first (written when missing); article N+1 is profiled (default 1000)
            --article K         profile article K instead (K > N): the same article on graphs of two sizes
            --stored            articles 1..N are in the graph already (e2e --keep): write none, extract only article K
            --shape SHAPE       as for corpus (default hub-event)
            --seed S            seed (default 42)

          all      all of the above in one run (the Neo4j parts only when NEO4J_URI is set)
            --articles N        articles end to end and for compare (default 1000)
            --extract-articles N, --writer-articles N   (default 1000 each)
            --seed S, --runs R (extraction runs, default 5), --e2e-runs R (default 1)

        Neo4j is read from NEO4J_URI, NEO4J_USERNAME and NEO4J_PASSWORD.
        """);
    return 2;
}
