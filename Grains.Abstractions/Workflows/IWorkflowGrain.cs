using Orleans.Concurrency;

namespace Thaiyyal.Grains.Abstractions.Workflows;

/// <summary>
/// One saved workflow: immutable numbered versions of its definition and the published one. Key: <c>TenantKeys.For(tenant, workflowId)</c>.
/// Expected failures (not found, conflict, invalid definition) are values in <see cref="WorkflowOutcome"/>.
/// </summary>
[Alias("thaiyyal.IWorkflowGrain")]
public interface IWorkflowGrain : IGrainWithStringKey
{
    /// <summary>Creates the workflow with version 1 (published unless <see cref="SaveWorkflow.Publish"/> is false).</summary>
    [Alias("Create")]
    Task<WorkflowOutcome> CreateAsync(SaveWorkflow command);

    /// <summary>Adds a new version (and new name/description); publishes it only when asked.</summary>
    [Alias("Update")]
    Task<WorkflowOutcome> UpdateAsync(SaveWorkflow command);

    /// <summary>The workflow, or null when it does not exist.</summary>
    [Alias("Get"), ReadOnly]
    Task<WorkflowSnapshot?> GetAsync();

    /// <summary>Every version, oldest first; null when the workflow does not exist.</summary>
    [Alias("ListVersions"), ReadOnly]
    Task<IReadOnlyList<WorkflowVersionSummary>?> ListVersionsAsync();

    /// <summary>One version, or the published one when <paramref name="version"/> is null; null when there is none.</summary>
    [Alias("GetVersion"), ReadOnly]
    Task<WorkflowVersion?> GetVersionAsync(int? version);

    /// <summary>Makes a version the one runs use.</summary>
    [Alias("Publish")]
    Task<WorkflowOutcome> PublishAsync(int version);

    /// <summary>Publishes again the version that was published before the current one.</summary>
    [Alias("Rollback")]
    Task<WorkflowOutcome> RollbackAsync();

    /// <summary>Deletes the workflow and all its versions; false when it did not exist.</summary>
    [Alias("Delete")]
    Task<bool> DeleteAsync();
}
