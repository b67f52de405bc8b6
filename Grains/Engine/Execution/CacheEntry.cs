namespace Thaiyyal.Grains.Engine.Execution;

/// <summary>A value in the run's cache and when it stops being visible.</summary>
public sealed record CacheEntry(object? Value, DateTimeOffset ExpiresAt);
