namespace Thaiyyal.Grains.Abstractions.Events;

/// <summary>A position in the newest-first order of runs: the created time and id of the last run seen.</summary>
[GenerateSerializer, Immutable, Alias("thaiyyal.RunCursor")]
public sealed record RunCursor(DateTimeOffset CreatedAt, string RunId);
