namespace Thaiyyal.Grains.Runs;

/// <summary>The persisted record of a run. Append members with new ids; never renumber.</summary>
[GenerateSerializer, Alias("thaiyyal.RunState")]
public sealed class RunState
{
    [Id(0)] public string Status { get; set; } = "unknown";

    /// <summary>The workflow payload exactly as submitted (the definition snapshot the run is pinned to).</summary>
    [Id(1)] public string? WorkflowJson { get; set; }

    [Id(2)] public string? InputsJson { get; set; }

    [Id(3)] public string? WorkflowId { get; set; }

    [Id(4)] public DateTimeOffset? CreatedAt { get; set; }

    [Id(5)] public DateTimeOffset? StartedAt { get; set; }

    [Id(6)] public DateTimeOffset? CompletedAt { get; set; }

    [Id(7)] public string? FinalOutputJson { get; set; }

    [Id(8)] public List<string> Errors { get; set; } = [];

    [Id(9)] public Dictionary<string, NodeRecord> Nodes { get; set; } = new(StringComparer.Ordinal);

    /// <summary>When the run must be finished (its time limit), fixed at acceptance.</summary>
    [Id(10)] public DateTimeOffset? Deadline { get; set; }

    [Id(11)] public string? CancelReason { get; set; }

    /// <summary>Node ids in execution order.</summary>
    [Id(12)] public List<string> NodeOrder { get; set; } = [];

    /// <summary>The saved workflow the run was started from, if any (see the workflows API).</summary>
    [Id(13)] public string? SavedWorkflowId { get; set; }

    /// <summary>The version of that saved workflow the run is pinned to.</summary>
    [Id(14)] public int? WorkflowVersion { get; set; }

    /// <summary>Signals received for this run, in arrival order; each is handed to one <c>wait_event</c> node.</summary>
    [Id(15)] public List<SignalRecord> Signals { get; set; } = [];

    /// <summary>While parked: the earliest time a waiting node resumes (null when only signals can wake it).</summary>
    [Id(16)] public DateTimeOffset? WakeAt { get; set; }

    /// <summary>The digest of the request that started the run under an idempotency key (see <c>StartRun.RequestHash</c>).</summary>
    [Id(17)] public string? RequestHash { get; set; }

    public bool IsTerminal => Status is "completed" or "failed" or "cancelled";
}
