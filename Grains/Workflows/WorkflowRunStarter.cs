using Microsoft.Extensions.Options;
using Thaiyyal.Grains.Abstractions.Runs;
using Thaiyyal.Grains.Abstractions.Tenancy;
using Thaiyyal.Grains.Abstractions.Workflows;
using Thaiyyal.Grains.Engine.Execution;
using Thaiyyal.Grains.Engine.Nodes;

namespace Thaiyyal.Grains.Workflows;

/// <summary>
/// Starts runs of saved workflows, pinned to a version: shared by the API and by schedules. The definition is read
/// from the workflow grain (a read-only call) and validated here, so busy workflows don't queue on their grain.
/// </summary>
public sealed class WorkflowRunStarter(IGrainFactory grains, NodeCatalog catalog, IOptions<EngineLimits> limits)
{
    /// <summary>
    /// Starts run <paramref name="runId"/> of <paramref name="tenantId"/> from its workflow <paramref name="workflowId"/>
    /// at <paramref name="version"/> (null: the published version); both ids are the tenant's. The run id comes
    /// from the caller so a repeated start (e.g. after a crash) is a no-op on the run grain; <paramref name="requestHash"/>
    /// (a start under a client's idempotency key) makes a different request under the same id fail instead.
    /// </summary>
    public async Task<WorkflowRunStart> StartAsync(
        string tenantId, string workflowId, int? version, string? inputsJson, string runId, bool strict, string? requestHash = null)
    {
        var workflow = grains.GetGrain<IWorkflowGrain>(TenantKeys.For(tenantId, workflowId));
        var resolved = await workflow.GetVersionAsync(version);
        if (resolved is null)
        {
            var snapshot = await workflow.GetAsync();
            return snapshot switch
            {
                null => new(WorkflowRunStartStatus.WorkflowNotFound, $"No workflow has id '{workflowId}'."),
                _ when version is { } v => new(WorkflowRunStartStatus.VersionNotFound, $"Workflow '{workflowId}' has no version {v}."),
                _ => new(WorkflowRunStartStatus.NotPublished, $"Workflow '{workflowId}' has no published version."),
            };
        }
        try
        {
            PreparedRun.Prepare(resolved.DefinitionJson, inputsJson, catalog, limits.Value, strict);
        }
        catch (RunRejectedException ex)
        {
            return new(WorkflowRunStartStatus.Rejected, ex.Message) { Version = resolved, Rejection = ex };
        }
        var run = await grains.GetGrain<IRunGrain>(TenantKeys.For(tenantId, runId))
            .StartAsync(new StartRun(resolved.DefinitionJson, inputsJson, workflowId, resolved.Version, requestHash));
        return new(WorkflowRunStartStatus.Started, "started") { Version = resolved, Run = run };
    }
}
