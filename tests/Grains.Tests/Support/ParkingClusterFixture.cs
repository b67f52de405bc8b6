namespace Thaiyyal.Grains.Tests.Support;

/// <summary>
/// A cluster whose parked runs give up their activation at once (so only storage and the reminder bring them back),
/// whose watchdog may tick every second and whose runs may last 8 seconds.
/// </summary>
public sealed class ParkingClusterFixture : ClusterFixture
{
    protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["Thaiyyal:Runs:ParkedActivationKeepAlive"] = "00:00:00",
        ["Thaiyyal:Runs:WatchdogPeriod"] = "00:00:01",
        ["Thaiyyal:Engine:Limits:MaxExecutionTime"] = "00:00:08",
    };
}
