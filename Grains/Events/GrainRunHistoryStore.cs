using Thaiyyal.Grains.Abstractions.Events;
using Thaiyyal.Grains.Abstractions.Tenancy;

namespace Thaiyyal.Grains.Events;

/// <summary>
/// Memory mode: each run's history in a <see cref="RunHistoryGrain"/> (keyed like the run) and the index in one
/// <see cref="RunIndexGrain"/> per tenant, both on the runs grain storage, so every silo of the cluster sees the same history.
/// </summary>
internal sealed class GrainRunHistoryStore(IGrainFactory grains) : IRunHistoryStore
{
    public async Task AppendAsync(string tenantId, string runId, IReadOnlyList<RunEvent> events, CancellationToken cancellationToken)
    {
        await grains.GetGrain<IRunHistoryGrain>(TenantKeys.For(tenantId, runId)).AppendAsync(events);
        foreach (var summary in RunIndexUpdates.From(tenantId, events))
        {
            await grains.GetGrain<IRunIndexGrain>(tenantId).UpsertAsync(summary);
        }
    }

    public Task<IReadOnlyList<RunEvent>> ReadAsync(string tenantId, string runId, long afterSeq, CancellationToken cancellationToken) =>
        grains.GetGrain<IRunHistoryGrain>(TenantKeys.For(tenantId, runId)).ReadAsync(afterSeq);

    public Task<RunPage> ListAsync(RunListQuery query, CancellationToken cancellationToken) =>
        grains.GetGrain<IRunIndexGrain>(query.TenantId).ListAsync(query);
}
