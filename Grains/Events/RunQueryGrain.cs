using Orleans.Concurrency;
using Thaiyyal.Grains.Abstractions.Events;

namespace Thaiyyal.Grains.Events;

/// <summary>Runs index queries on any silo, so client-mode API hosts (no store of their own) can list runs.</summary>
[StatelessWorker]
public sealed class RunQueryGrain(IRunHistoryStore store) : Grain, IRunQueryGrain
{
    public Task<RunPage> ListAsync(RunListQuery query) => store.ListAsync(query, CancellationToken.None);
}
