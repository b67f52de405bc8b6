namespace Thaiyyal.Grains.Abstractions.Events;

/// <summary>One line of the runs index: what listing and filtering runs needs.</summary>
[GenerateSerializer, Immutable, Alias("thaiyyal.RunSummary")]
public sealed record RunSummary(string RunId, string Status, DateTimeOffset CreatedAt)
{
    [Id(0)] public string? WorkflowId { get; init; }

    [Id(1)] public DateTimeOffset? CompletedAt { get; init; }

    [Id(2)] public string TenantId { get; init; } = RunEventStreams.DefaultTenant;
}
