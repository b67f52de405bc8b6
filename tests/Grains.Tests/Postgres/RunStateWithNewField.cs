using Thaiyyal.Grains.Runs;

namespace Thaiyyal.Grains.Tests.Postgres;

/// <summary>
/// A copy of <see cref="RunState"/> as a future build might declare it: every current member plus a new one, as
/// System.Text.Json sees it (the grain storage serializer binds by member name).
/// </summary>
public sealed class RunStateWithNewField
{
    public string Status { get; set; } = "unknown";

    public string? WorkflowJson { get; set; }

    public string? InputsJson { get; set; }

    public string? WorkflowId { get; set; }

    public DateTimeOffset? CreatedAt { get; set; }

    public DateTimeOffset? StartedAt { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }

    public string? FinalOutputJson { get; set; }

    public List<string> Errors { get; set; } = [];

    public Dictionary<string, NodeRecord> Nodes { get; set; } = new(StringComparer.Ordinal);

    public DateTimeOffset? Deadline { get; set; }

    public string? CancelReason { get; set; }

    public List<string> NodeOrder { get; set; } = [];

    /// <summary>The new member.</summary>
    public string? HomeRegion { get; set; }
}
