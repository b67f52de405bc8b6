namespace Thaiyyal.Grains.Cluster;

/// <summary>
/// Run ids that carry their run's home region: <c>{region}.{32 hex}</c>, or the bare 32 hex characters for the
/// <see cref="RegionNames.Default"/> region (so ids of a one-region deployment, and those written before regions
/// existed, are unchanged). The grain key is the one thing placement always has — also when the watchdog reminder
/// reactivates a run after its silo died — so the home region lives there rather than in state or request context.
/// </summary>
public static class RunRegionIds
{
    public const char Separator = '.';

    public static string New(string homeRegion) => WithHome(homeRegion, Guid.NewGuid().ToString("N"));

    /// <summary>The run id of <paramref name="hex"/> (32 lowercase hex characters) at home in <paramref name="homeRegion"/>.</summary>
    public static string WithHome(string homeRegion, string hex) =>
        homeRegion == RegionNames.Default ? hex : $"{RegionNames.Require(homeRegion, "home region")}{Separator}{hex}";

    /// <summary>The home region a run id names; <see cref="RegionNames.Default"/> when it names none (or no valid one).</summary>
    public static string HomeRegionOf(string runId)
    {
        var separator = runId.IndexOf(Separator, StringComparison.Ordinal);
        if (separator <= 0)
        {
            return RegionNames.Default;
        }
        var region = runId[..separator];
        return RegionNames.IsValid(region) ? region : RegionNames.Default;
    }
}
