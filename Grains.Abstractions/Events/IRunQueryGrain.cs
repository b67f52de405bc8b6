using Orleans.Concurrency;

namespace Thaiyyal.Grains.Abstractions.Events;

/// <summary>Answers queries over one tenant's runs (the runs index; the query names the tenant) from wherever the index lives. Key: 0.</summary>
[Alias("thaiyyal.IRunQueryGrain")]
public interface IRunQueryGrain : IGrainWithIntegerKey
{
    [Alias("List"), ReadOnly]
    Task<RunPage> ListAsync(RunListQuery query);
}
