using Orleans.Concurrency;

namespace Thaiyyal.Grains.Abstractions.Schedules;

/// <summary>
/// One cron schedule that starts runs of a saved workflow. Key: <c>TenantKeys.For(tenant, scheduleId)</c>. A reminder is its durable backstop
/// and a grain timer gives it sub-minute precision; every wake recomputes what is due from the persisted state.
/// </summary>
[Alias("thaiyyal.IScheduleGrain")]
public interface IScheduleGrain : IGrainWithStringKey
{
    [Alias("Create")]
    Task<ScheduleOutcome> CreateAsync(ScheduleDefinition definition, bool paused);

    /// <summary>Replaces the definition; fires are computed afresh from now.</summary>
    [Alias("Update")]
    Task<ScheduleOutcome> UpdateAsync(ScheduleDefinition definition);

    [Alias("Get"), ReadOnly]
    Task<ScheduleSnapshot?> GetAsync();

    [Alias("Delete")]
    Task<bool> DeleteAsync();

    [Alias("Pause")]
    Task<ScheduleOutcome> PauseAsync();

    /// <summary>Resumes from now: fires that fell in the pause are not caught up.</summary>
    [Alias("Resume")]
    Task<ScheduleOutcome> ResumeAsync();

    /// <summary>Fires now (manual trigger), under the overlap policy.</summary>
    [Alias("Trigger")]
    Task<ScheduleOutcome> TriggerAsync();

    /// <summary>The next <paramref name="count"/> fire times (empty when paused or ended); null when the schedule does not exist.</summary>
    [Alias("GetNextFires"), ReadOnly]
    Task<IReadOnlyList<DateTimeOffset>?> GetNextFiresAsync(int count);

    /// <summary>Recent fires, most recent first; null when the schedule does not exist.</summary>
    [Alias("GetHistory"), ReadOnly]
    Task<IReadOnlyList<ScheduleFire>?> GetHistoryAsync();

    /// <summary>
    /// Evaluates the schedule now: runs what is due, then re-arms. Called by its own timer and reminder; a future
    /// timer-shard grain (or an operator) may call it too — a wake with nothing due does nothing.
    /// </summary>
    [Alias("Wake")]
    Task WakeAsync();
}
