using Thaiyyal.Grains.Abstractions.Workflows;
using Thaiyyal.Grains.Runs;

namespace Thaiyyal.Grains.Workflows;

/// <summary>Lists a tenant's workflows (key: the tenant id); each workflow grain of the tenant reports its own changes here.</summary>
public sealed class WorkflowIndexGrain(
    [PersistentState("workflows", ThaiyyalStorage.Runs)] IPersistentState<WorkflowIndexState> index) : Grain, IWorkflowIndexGrain
{
    public async Task UpsertAsync(WorkflowSnapshot workflow)
    {
        index.State.Workflows[workflow.Id] = workflow;
        await index.WriteStateAsync();
    }

    public async Task RemoveAsync(string workflowId)
    {
        if (index.State.Workflows.Remove(workflowId))
        {
            await index.WriteStateAsync();
        }
    }

    public Task<IReadOnlyList<WorkflowSnapshot>> ListAsync() =>
        Task.FromResult<IReadOnlyList<WorkflowSnapshot>>(index.State.Workflows.Values
            .OrderBy(w => w.CreatedAt).ThenBy(w => w.Id, StringComparer.Ordinal).ToList());
}
