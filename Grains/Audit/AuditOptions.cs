using System.ComponentModel.DataAnnotations;

namespace Thaiyyal.Grains.Audit;

/// <summary>The audit log (section <c>Thaiyyal:Audit</c>): its retention, read by the silos, and the API host's wait for an append.</summary>
public sealed class AuditOptions
{
    public const string SectionName = "Thaiyyal:Audit";

    /// <summary>Entries older than this are pruned (behind a checkpoint that keeps the chain verifiable).</summary>
    [Range(typeof(TimeSpan), "00:01:00", "36500.00:00:00")]
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(365);

    /// <summary>The most entries a chain keeps; unset: 1,000,000 in Postgres mode, 10,000 in Memory mode (held in a grain).</summary>
    [Range(10, 1_000_000_000)]
    public int? MaxEntries { get; set; }

    /// <summary>How often an active chain applies retention (it also does when it outgrows <see cref="MaxEntries"/> by a tenth).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00")]
    public TimeSpan PruneInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// How long the API host waits for a request's entry to be stored. A mutating request whose entry is not stored
    /// in time answers 503 instead of its own answer (see the audit middleware).
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:01:00")]
    public TimeSpan AppendTimeout { get; set; } = TimeSpan.FromSeconds(5);
}
