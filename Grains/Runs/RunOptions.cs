using System.ComponentModel.DataAnnotations;

namespace Thaiyyal.Grains.Runs;

/// <summary>How runs are kept alive (section <c>Thaiyyal:Runs</c>).</summary>
public sealed class RunOptions
{
    public const string SectionName = "Thaiyyal:Runs";

    /// <summary>
    /// Period of the watchdog reminder of an active run: the longest a run whose silo died waits before another silo
    /// resumes it when nothing else calls it. Orleans' minimum reminder period is lowered to match when it is shorter.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan WatchdogPeriod { get; set; } = TimeSpan.FromMinutes(1);
}
