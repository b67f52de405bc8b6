using Orleans.Concurrency;

namespace Thaiyyal.Grains.Abstractions.Schedules;

/// <summary>The ids of a tenant's schedules. Key: the tenant (<c>default</c>). Schedule grains keep it current.</summary>
[Alias("thaiyyal.IScheduleIndexGrain")]
public interface IScheduleIndexGrain : IGrainWithStringKey
{
    public const string DefaultKey = "default";

    [Alias("Add")]
    Task AddAsync(string scheduleId);

    [Alias("Remove")]
    Task RemoveAsync(string scheduleId);

    [Alias("List"), ReadOnly]
    Task<IReadOnlyList<string>> ListAsync();
}
