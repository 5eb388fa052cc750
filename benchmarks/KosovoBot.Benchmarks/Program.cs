using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(KosovoBot.Benchmarks.AskBenchmarks).Assembly).Run(args);
