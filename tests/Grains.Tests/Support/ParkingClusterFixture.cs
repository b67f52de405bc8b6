namespace Thaiyyal.Grains.Tests.Support;

/// <summary>
/// A cluster whose parked runs give up their activation at once (so only storage and the reminder bring them back)
/// and whose watchdog may tick every second.
/// </summary>
public sealed class ParkingClusterFixture : ClusterFixture
{
    protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["Thaiyyal:Runs:ParkedActivationKeepAlive"] = "00:00:00",
        ["Thaiyyal:Runs:WatchdogPeriod"] = "00:00:01",
    };
}
