namespace Thaiyyal.Grains.Cluster;

/// <summary>
/// The region this process (a silo or an API host) runs in, from <c>Thaiyyal:Region</c>. A silo publishes it as silo
/// metadata (<see cref="MetadataKey"/>); an API host gives it as the home region of runs that ask for none.
/// </summary>
public sealed record LocalRegion(string Name)
{
    public const string SettingName = "Thaiyyal:Region";

    /// <summary>The silo metadata key other silos read a silo's region from.</summary>
    public const string MetadataKey = "thaiyyal.region";

    public static LocalRegion From(Microsoft.Extensions.Configuration.IConfiguration configuration) =>
        new(RegionNames.Require(configuration[SettingName] ?? RegionNames.Default, SettingName));
}
