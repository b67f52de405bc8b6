using Orleans.Runtime;
using Thaiyyal.Grains.Abstractions.Events;

namespace Thaiyyal.Grains.Events;

/// <summary>The stream ids of run events: <c>run/&lt;runId&gt;</c> and <c>tenant/&lt;tenantId&gt;</c>.</summary>
public static class RunStreamIds
{
    public static StreamId ForRun(string runId) => StreamId.Create(RunEventStreams.RunNamespace, runId);

    public static StreamId ForTenant(string tenantId) => StreamId.Create(RunEventStreams.TenantNamespace, tenantId);
}
