using System.ComponentModel.DataAnnotations;

namespace Thaiyyal.Grains.Runs;

/// <summary>How runs are kept alive, parked and signalled (section <c>Thaiyyal:Runs</c>).</summary>
public sealed class RunOptions
{
    public const string SectionName = "Thaiyyal:Runs";

    /// <summary>
    /// Period of the watchdog reminder of an active run: the longest a run whose silo died waits before another silo
    /// resumes it when nothing else calls it. Orleans' minimum reminder period is lowered to match when it is shorter.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan WatchdogPeriod { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// A wait at least this long (a <c>delay</c> node, a <c>wait_event</c> node) parks the run durably: node and run
    /// state written, a reminder and a timer set, no thread held. Shorter delays sleep inside their node grain.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan ParkThreshold { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// A parked run whose next wake-up is further away than this gives up its activation at once (the reminder brings
    /// it back); nearer ones keep an idle, collectable activation so the timer wakes them exactly on time.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan ParkedActivationKeepAlive { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Signals one run may receive (kept in its state until consumed).</summary>
    [Range(1, 100_000)]
    public int MaxSignalsPerRun { get; set; } = 1000;

    /// <summary>The largest signal payload, in bytes of JSON text.</summary>
    [Range(2, 16 * 1024 * 1024)]
    public int MaxSignalPayloadBytes { get; set; } = 256 * 1024;
}
