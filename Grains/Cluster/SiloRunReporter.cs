using Orleans.Providers;
using Thaiyyal.Grains.Abstractions.Cluster;

namespace Thaiyyal.Grains.Cluster;

/// <summary>
/// Answers <c>IManagementGrain.SendControlCommandToProvider</c> on every silo with a
/// <see cref="SiloRunReport"/>: the one Orleans path that asks each active silo in one call.
/// </summary>
public sealed class SiloRunReporter(ILocalSiloDetails silo, LocalRegion region, LocalRuns runs) : IControllable
{
    /// <summary>The keyed-service name the control command is addressed to.</summary>
    public const string ProviderName = "thaiyyal.runs";

    public const int ReportCommand = 1;

    public Task<object?> ExecuteCommand(int command, object? arg) =>
        command == ReportCommand
            ? Task.FromResult<object?>(new SiloRunReport(silo.SiloAddress.ToString(), region.Name, runs.Count))
            : throw new ArgumentOutOfRangeException(nameof(command), command, "unknown command");
}
