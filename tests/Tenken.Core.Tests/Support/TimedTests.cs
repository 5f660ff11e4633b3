namespace Tenken.Core.Tests.Support;

/// <summary>
/// Tests with a time bound run in this collection, alone after the parallel ones, so the bound measures the code and
/// not the other tests sharing the processor.
/// </summary>
[CollectionDefinition(nameof(TimedTests), DisableParallelization = true)]
public sealed class TimedTests;
