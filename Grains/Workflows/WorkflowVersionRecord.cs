namespace Thaiyyal.Grains.Workflows;

/// <summary>One persisted version of a workflow; never changed once written.</summary>
[GenerateSerializer, Alias("thaiyyal.WorkflowVersionRecord")]
public sealed class WorkflowVersionRecord
{
    [Id(0)] public int Version { get; set; }

    [Id(1)] public string Name { get; set; } = "";

    [Id(2)] public string DefinitionJson { get; set; } = "";

    [Id(3)] public DateTimeOffset CreatedAt { get; set; }
}
