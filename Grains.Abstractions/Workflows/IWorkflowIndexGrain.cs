using Orleans.Concurrency;

namespace Thaiyyal.Grains.Abstractions.Workflows;

/// <summary>The list of one tenant's saved workflows the API shows. Key: the tenant id. Workflow grains keep it current.</summary>
[Alias("thaiyyal.IWorkflowIndexGrain")]
public interface IWorkflowIndexGrain : IGrainWithStringKey
{

    [Alias("Upsert")]
    Task UpsertAsync(WorkflowSnapshot workflow);

    [Alias("Remove")]
    Task RemoveAsync(string workflowId);

    /// <summary>Every workflow, ordered by creation time then id.</summary>
    [Alias("List"), ReadOnly]
    Task<IReadOnlyList<WorkflowSnapshot>> ListAsync();
}
