namespace Thaiyyal.Grains.Abstractions.Schedules;

/// <summary>One invalid field of a schedule definition (API field names: <c>cron</c>, <c>timeZone</c>, …).</summary>
[GenerateSerializer, Immutable, Alias("thaiyyal.ScheduleProblem")]
public sealed record ScheduleProblem(string Field, string Message);
