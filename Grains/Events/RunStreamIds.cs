using Orleans.Runtime;
using Thaiyyal.Grains.Abstractions.Events;

namespace Thaiyyal.Grains.Events;

/// <summary>
/// The stream ids of run events: <c>run/&lt;run key&gt;</c> (the run grain key, <c>TenantKeys.For(tenant, runId)</c>, so
/// two tenants' runs of the same id never share a stream) and <c>tenant/&lt;tenantId&gt;</c>.
/// </summary>
public static class RunStreamIds
{
    public static StreamId ForRun(string runKey) => StreamId.Create(RunEventStreams.RunNamespace, runKey);

    public static StreamId ForTenant(string tenantId) => StreamId.Create(RunEventStreams.TenantNamespace, tenantId);
}
