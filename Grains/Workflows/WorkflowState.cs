namespace Thaiyyal.Grains.Workflows;

/// <summary>A saved workflow as persisted: its versions (append-only) and which one is published. Append members with new ids.</summary>
[GenerateSerializer, Alias("thaiyyal.WorkflowState")]
public sealed class WorkflowState
{
    [Id(0)] public bool Exists { get; set; }

    [Id(1)] public string Name { get; set; } = "";

    [Id(2)] public string? Description { get; set; }

    [Id(3)] public List<WorkflowVersionRecord> Versions { get; set; } = [];

    [Id(4)] public int? PublishedVersion { get; set; }

    /// <summary>Versions in the order they were published, most recent last (what rollback walks back through).</summary>
    [Id(5)] public List<int> PublishHistory { get; set; } = [];

    [Id(6)] public DateTimeOffset CreatedAt { get; set; }

    [Id(7)] public DateTimeOffset UpdatedAt { get; set; }
}
