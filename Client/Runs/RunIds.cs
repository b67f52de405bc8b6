using Thaiyyal.Grains.Cluster;

namespace Thaiyyal.Client.Runs;

/// <summary>
/// New run ids: 32 lowercase hex characters, prefixed with the home region and '.' unless that is the default
/// region (see <see cref="RunRegionIds"/>); never containing '/'.
/// </summary>
public static class RunIds
{
    public static string New(string homeRegion) => RunRegionIds.New(homeRegion);
}
