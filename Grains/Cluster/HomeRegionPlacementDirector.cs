using Orleans.Runtime.MembershipService.SiloMetadata;
using Orleans.Runtime.Placement;
using Thaiyyal.Grains.Abstractions.Tenancy;

namespace Thaiyyal.Grains.Cluster;

/// <summary>
/// Picks the silo of a new run activation: a random active silo of the run's home region, any active silo when the
/// home region has none left. Runs on whichever silo places the activation — also when a watchdog reminder
/// reactivates a run after its silo died — and reads regions from the silo metadata every silo publishes.
/// </summary>
internal sealed class HomeRegionPlacementDirector(ISiloMetadataCache metadata, IClusterMembershipService membership) : IPlacementDirector
{
    public Task<SiloAddress> OnAddActivation(PlacementStrategy strategy, PlacementTarget target, IPlacementContext context)
    {
        var live = ActiveOf(context.GetCompatibleSilos(target), context);
        var homeRegion = RunRegionIds.HomeRegionOf(TenantKeys.IdOf(target.GrainIdentity.Key.ToString())); // the key is tenant/run id
        var candidates = HomeRegionChoice.Candidates(homeRegion, live, RegionOf);
        // A hint (e.g. from a migration) is followed only where it keeps the region preference.
        if (IPlacementDirector.GetPlacementHint(target.RequestContextData, [.. candidates]) is { } hint)
        {
            return Task.FromResult(hint);
        }
        return Task.FromResult(HomeRegionChoice.Choose(homeRegion, live, RegionOf, Random.Shared.Next));
    }

    /// <summary>
    /// The compatible silos that are Active. The compatible list follows the cluster manifest, which still holds a
    /// silo that is shutting down — a run placed there (e.g. woken by its reminder during a graceful stop) would be
    /// cut short again. When membership knows none of them as active yet, the compatible list is all there is.
    /// </summary>
    private SiloAddress[] ActiveOf(SiloAddress[] compatible, IPlacementContext context)
    {
        var snapshot = membership.CurrentSnapshot;
        var active = compatible
            .Where(silo => (silo.Equals(context.LocalSilo) ? context.LocalSiloStatus : snapshot.GetSiloStatus(silo)) == SiloStatus.Active)
            .ToArray();
        return active.Length > 0 ? active : compatible;
    }

    private string? RegionOf(SiloAddress silo) =>
        metadata.GetSiloMetadata(silo).Metadata.TryGetValue(LocalRegion.MetadataKey, out var region) ? region : null;
}
