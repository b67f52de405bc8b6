using Thaiyyal.Grains.Abstractions.Workflows;

namespace Thaiyyal.Grains.Workflows;

/// <summary>The persisted list of workflows by id. Append members with new ids.</summary>
[GenerateSerializer, Alias("thaiyyal.WorkflowIndexState")]
public sealed class WorkflowIndexState
{
    [Id(0)] public Dictionary<string, WorkflowSnapshot> Workflows { get; set; } = new(StringComparer.Ordinal);
}
