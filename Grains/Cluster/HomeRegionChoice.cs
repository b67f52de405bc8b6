namespace Thaiyyal.Grains.Cluster;

/// <summary>
/// Where a run may be placed: the live silos of its home region while there is one, otherwise every live silo (the
/// region failed over). Orleans-free, so the rule is unit-tested on its own; the placement director feeds it.
/// </summary>
public static class HomeRegionChoice
{
    /// <summary>
    /// The silos to choose among. <paramref name="regionOf"/> may answer null for a silo whose region is not known
    /// yet (just joined): it is never a home silo, but it still takes runs when the home region has no silo left.
    /// </summary>
    public static IReadOnlyList<TSilo> Candidates<TSilo>(string homeRegion, IReadOnlyList<TSilo> liveSilos, Func<TSilo, string?> regionOf)
    {
        var home = liveSilos.Where(silo => regionOf(silo) == homeRegion).ToList();
        return home.Count > 0 ? home : liveSilos;
    }

    /// <summary>One of the <see cref="Candidates"/>, picked with <paramref name="pick"/> (an index below the count), so load spreads over them.</summary>
    public static TSilo Choose<TSilo>(string homeRegion, IReadOnlyList<TSilo> liveSilos, Func<TSilo, string?> regionOf, Func<int, int> pick)
    {
        if (liveSilos.Count == 0)
        {
            throw new InvalidOperationException("No live silo can host the run.");
        }
        var candidates = Candidates(homeRegion, liveSilos, regionOf);
        return candidates[pick(candidates.Count)];
    }
}
