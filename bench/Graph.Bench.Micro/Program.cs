using BenchmarkDotNet.Running;

// BenchmarkDotNet over the extraction hot paths; pass its options, e.g. --filter '*' --job short (see docs/benchmarks.md).
BenchmarkSwitcher.FromAssembly(typeof(Graph.Bench.Micro.SampleArticles).Assembly).Run(args);
