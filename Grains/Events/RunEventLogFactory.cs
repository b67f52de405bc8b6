using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Streams;
using Thaiyyal.Grains.Abstractions.Events;

namespace Thaiyyal.Grains.Events;

/// <summary>Creates a run grain's <see cref="RunEventLog"/> with the store, streams and telemetry of its silo.</summary>
public sealed class RunEventLogFactory(
    IRunHistoryStore store, RunTelemetry telemetry, TimeProvider clock, IOptions<RunEventOptions> options, ILoggerFactory loggers)
{
    internal RunEventLog Create(Grain grain, string runId)
    {
        var streams = grain.GetStreamProvider(RunEventStreams.ProviderName);
        return new RunEventLog(
            runId,
            store,
            streams.GetStream<RunEvent>(RunStreamIds.ForRun(runId)),
            streams.GetStream<RunEvent>(RunStreamIds.ForTenant(RunEventStreams.DefaultTenant)),
            clock,
            options.Value,
            new RunTrace(runId, telemetry),
            loggers.CreateLogger<RunEventLog>());
    }
}
