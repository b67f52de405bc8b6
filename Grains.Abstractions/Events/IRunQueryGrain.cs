using Orleans.Concurrency;

namespace Thaiyyal.Grains.Abstractions.Events;

/// <summary>Answers queries over all runs (the runs index) from wherever the index lives. Key: 0.</summary>
[Alias("thaiyyal.IRunQueryGrain")]
public interface IRunQueryGrain : IGrainWithIntegerKey
{
    [Alias("List"), ReadOnly]
    Task<RunPage> ListAsync(RunListQuery query);
}
