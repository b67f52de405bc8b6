using Thaiyyal.Grains.Abstractions.Schedules;
using Thaiyyal.Grains.Runs;

namespace Thaiyyal.Grains.Schedules;

/// <summary>Lists a tenant's schedules (key: the tenant id); each schedule grain of the tenant adds and removes itself.</summary>
public sealed class ScheduleIndexGrain(
    [PersistentState("schedules", ThaiyyalStorage.Runs)] IPersistentState<ScheduleIndexState> index) : Grain, IScheduleIndexGrain
{
    public async Task AddAsync(string scheduleId)
    {
        var at = index.State.Ids.BinarySearch(scheduleId, StringComparer.Ordinal);
        if (at < 0)
        {
            index.State.Ids.Insert(~at, scheduleId);
            await index.WriteStateAsync();
        }
    }

    public async Task RemoveAsync(string scheduleId)
    {
        if (index.State.Ids.Remove(scheduleId))
        {
            await index.WriteStateAsync();
        }
    }

    public Task<IReadOnlyList<string>> ListAsync() => Task.FromResult<IReadOnlyList<string>>([.. index.State.Ids]);
}
