namespace Thaiyyal.Grains.Schedules;

/// <summary>A fire the planner decided to run: its cron time and whether it is on time or caught up.</summary>
[GenerateSerializer, Immutable, Alias("thaiyyal.PlannedFire")]
public sealed record PlannedFire(DateTimeOffset ScheduledAt, string Trigger);
