using Microsoft.Extensions.Logging;
using Orleans.Concurrency;
using Orleans.Runtime.MembershipService.SiloMetadata;
using Thaiyyal.Grains.Abstractions.Cluster;

namespace Thaiyyal.Grains.Cluster;

/// <summary>
/// Builds the cluster snapshot on the silo the call reaches (a stateless worker: no hop, no single activation):
/// membership from the management grain, regions from this silo's metadata cache, run counts from every silo.
/// </summary>
[StatelessWorker]
public sealed partial class ClusterStatusGrain(ISiloMetadataCache metadata, TimeProvider clock, ILogger<ClusterStatusGrain> logger) : Grain, IClusterStatusGrain
{
    /// <summary>
    /// A silo that died but is not declared dead yet would hold the answer for the whole response timeout: the
    /// membership part is answered without the run counts instead.
    /// </summary>
    private static readonly TimeSpan ReportTimeout = TimeSpan.FromSeconds(3);

    public async Task<ClusterSnapshot> GetSnapshotAsync(CancellationToken cancellationToken)
    {
        var management = GrainFactory.GetGrain<IManagementGrain>(0);
        var members = await management.GetDetailedHosts(onlyActive: false, cancellationToken);
        var reports = await ReadReportsAsync(management, cancellationToken);
        var silos = members
            .Where(m => m.Status != SiloStatus.Dead)
            .OrderBy(m => m.StartTime)
            .Select(m =>
            {
                var address = m.SiloAddress.ToString();
                var report = reports?.GetValueOrDefault(address);
                return new SiloSnapshot(address, m.Status.ToString(), m.SiloName, m.HostName, new DateTimeOffset(m.StartTime, TimeSpan.Zero))
                {
                    Region = RegionOf(m.SiloAddress) ?? report?.Region,
                    ActiveRuns = report?.ActiveRuns,
                };
            })
            .ToList();
        return new ClusterSnapshot(silos, clock.GetUtcNow())
        {
            RunCountsComplete = reports is not null && silos.Where(s => s.Status == nameof(SiloStatus.Active)).All(s => s.ActiveRuns is not null),
        };
    }

    private async Task<Dictionary<string, SiloRunReport>?> ReadReportsAsync(IManagementGrain management, CancellationToken cancellationToken)
    {
        try
        {
            var answers = await management
                .SendControlCommandToProvider<SiloRunReporter>(SiloRunReporter.ProviderName, SiloRunReporter.ReportCommand, arg: null, cancellationToken)
                .WaitAsync(ReportTimeout, cancellationToken);
            return answers.OfType<SiloRunReport>().ToDictionary(r => r.Address, StringComparer.Ordinal);
        }
        catch (Exception ex) when (ex is TimeoutException or OrleansException)
        {
            LogReportsMissing(ex);
            return null;
        }
    }

    private string? RegionOf(SiloAddress silo) =>
        metadata.GetSiloMetadata(silo).Metadata.TryGetValue(LocalRegion.MetadataKey, out var region) ? region : null;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Not every silo reported its runs; the cluster snapshot has membership only")]
    private partial void LogReportsMissing(Exception exception);
}
