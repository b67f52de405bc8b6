using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Streams;
using Thaiyyal.Grains.Abstractions.Events;
using Thaiyyal.Grains.Abstractions.Tenancy;

namespace Thaiyyal.Grains.Events;

/// <summary>Creates a run grain's <see cref="RunEventLog"/> with the store, streams and telemetry of its silo.</summary>
public sealed class RunEventLogFactory(
    IRunHistoryStore store, RunTelemetry telemetry, TimeProvider clock, IOptions<RunEventOptions> options, ILoggerFactory loggers)
{
    /// <summary>The log of the run keyed <paramref name="runKey"/> (<c>TenantKeys.For(tenant, runId)</c>): its tenant's history and streams.</summary>
    internal RunEventLog Create(Grain grain, string runKey)
    {
        var (tenantId, runId) = TenantKeys.Parse(runKey);
        var streams = grain.GetStreamProvider(RunEventStreams.ProviderName);
        return new RunEventLog(
            tenantId,
            runId,
            store,
            streams.GetStream<RunEvent>(RunStreamIds.ForRun(runKey)),
            streams.GetStream<RunEvent>(RunStreamIds.ForTenant(tenantId)),
            clock,
            options.Value,
            new RunTrace(runId, tenantId, telemetry),
            loggers.CreateLogger<RunEventLog>());
    }
}
