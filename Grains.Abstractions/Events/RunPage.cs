namespace Thaiyyal.Grains.Abstractions.Events;

/// <summary>A page of runs; <see cref="Next"/> is null on the last page.</summary>
[GenerateSerializer, Immutable, Alias("thaiyyal.RunPage")]
public sealed record RunPage(IReadOnlyList<RunSummary> Runs, RunCursor? Next);
