using Thaiyyal.Grains.Abstractions.Tenancy;

namespace Thaiyyal.Grains.Abstractions.Events;

/// <summary>One line of the runs index: what listing and filtering runs needs. <see cref="RunId"/> is the bare run id, unique within <see cref="TenantId"/>.</summary>
[GenerateSerializer, Immutable, Alias("thaiyyal.RunSummary")]
public sealed record RunSummary(string RunId, string Status, DateTimeOffset CreatedAt)
{
    [Id(0)] public string? WorkflowId { get; init; }

    [Id(1)] public DateTimeOffset? CompletedAt { get; init; }

    [Id(2)] public string TenantId { get; init; } = TenantIds.Default;
}
