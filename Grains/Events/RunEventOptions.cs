using System.ComponentModel.DataAnnotations;

namespace Thaiyyal.Grains.Events;

/// <summary>How run events are flushed to the history (section <c>Thaiyyal:Events</c>).</summary>
public sealed class RunEventOptions
{
    public const string SectionName = "Thaiyyal:Events";

    /// <summary>
    /// How long events may wait in the run's memory before they are appended to the history in one batch. The first
    /// and the terminal event are always written before the run's own state write returns.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan FlushInterval { get; set; } = TimeSpan.FromMilliseconds(200);
}
