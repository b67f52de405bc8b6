namespace Thaiyyal.Grains.Schedules;

/// <summary>The persisted ids of a tenant's schedules. Append members with new ids.</summary>
[GenerateSerializer, Alias("thaiyyal.ScheduleIndexState")]
public sealed class ScheduleIndexState
{
    /// <summary>Kept in ordinal order.</summary>
    [Id(0)] public List<string> Ids { get; set; } = [];
}
