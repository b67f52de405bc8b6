using Orleans.Concurrency;

namespace Thaiyyal.Grains.Abstractions.Schedules;

/// <summary>The (bare) ids of one tenant's schedules. Key: the tenant id. Schedule grains keep it current.</summary>
[Alias("thaiyyal.IScheduleIndexGrain")]
public interface IScheduleIndexGrain : IGrainWithStringKey
{

    [Alias("Add")]
    Task AddAsync(string scheduleId);

    [Alias("Remove")]
    Task RemoveAsync(string scheduleId);

    [Alias("List"), ReadOnly]
    Task<IReadOnlyList<string>> ListAsync();
}
