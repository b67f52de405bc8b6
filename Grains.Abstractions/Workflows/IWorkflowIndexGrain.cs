using Orleans.Concurrency;

namespace Thaiyyal.Grains.Abstractions.Workflows;

/// <summary>The list of saved workflows the API shows. Key: the tenant (<c>default</c>). Workflow grains keep it current.</summary>
[Alias("thaiyyal.IWorkflowIndexGrain")]
public interface IWorkflowIndexGrain : IGrainWithStringKey
{
    public const string DefaultKey = "default";

    [Alias("Upsert")]
    Task UpsertAsync(WorkflowSnapshot workflow);

    [Alias("Remove")]
    Task RemoveAsync(string workflowId);

    /// <summary>Every workflow, ordered by creation time then id.</summary>
    [Alias("List"), ReadOnly]
    Task<IReadOnlyList<WorkflowSnapshot>> ListAsync();
}
