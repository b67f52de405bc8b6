using System.Text.Json;
using Microsoft.Extensions.Options;
using Orleans.Runtime;
using Thaiyyal.Grains.Abstractions.Tenancy;
using Thaiyyal.Grains.Abstractions.Workflows;
using Thaiyyal.Grains.Engine.Execution;
using Thaiyyal.Grains.Engine.Nodes;
using Thaiyyal.Grains.Runs;

namespace Thaiyyal.Grains.Workflows;

/// <summary>
/// One saved workflow. Every update appends an immutable version; runs use the published version (or a pinned one).
/// The grain's state is written before the index is told, so a listing may briefly lag but never shows a workflow
/// that was not saved. Keyed <c>TenantKeys.For(tenant, id)</c>: it reports to its own tenant's index and shows the bare id.
/// </summary>
public sealed class WorkflowGrain(
    [PersistentState("workflow", ThaiyyalStorage.Runs)] IPersistentState<WorkflowState> workflow,
    NodeCatalog catalog,
    IOptions<EngineLimits> limits,
    TimeProvider clock) : Grain, IWorkflowGrain
{
    private string Id => TenantKeys.IdOf(this.GetPrimaryKeyString());

    private string TenantId => TenantKeys.TenantOf(this.GetPrimaryKeyString());

    private IWorkflowIndexGrain Index => GrainFactory.GetGrain<IWorkflowIndexGrain>(TenantId);

    private WorkflowState State => workflow.State;

    public async Task<WorkflowOutcome> CreateAsync(SaveWorkflow command)
    {
        if (State.Exists)
        {
            return WorkflowOutcome.Refused(WorkflowOutcomeStatus.Conflict, $"A workflow with id '{Id}' already exists.");
        }
        if (Validate(command) is { } invalid)
        {
            return invalid;
        }
        var now = clock.GetUtcNow();
        State.Exists = true;
        State.CreatedAt = now;
        return await AppendVersionAsync(command, now);
    }

    public async Task<WorkflowOutcome> UpdateAsync(SaveWorkflow command)
    {
        if (!State.Exists)
        {
            return NotFound();
        }
        return Validate(command) ?? await AppendVersionAsync(command, clock.GetUtcNow());
    }

    public Task<WorkflowSnapshot?> GetAsync() => Task.FromResult(State.Exists ? Snapshot() : null);

    public Task<IReadOnlyList<WorkflowVersionSummary>?> ListVersionsAsync() =>
        Task.FromResult<IReadOnlyList<WorkflowVersionSummary>?>(State.Exists
            ? State.Versions.Select(v => new WorkflowVersionSummary(v.Version, v.Name, v.CreatedAt, v.Version == State.PublishedVersion)).ToList()
            : null);

    public Task<WorkflowVersion?> GetVersionAsync(int? version)
    {
        var number = version ?? State.PublishedVersion;
        var record = State.Exists && number is { } n ? Find(n) : null;
        return Task.FromResult(record is null
            ? null
            : new WorkflowVersion(Id, record.Name, record.Version, record.DefinitionJson, record.CreatedAt, record.Version == State.PublishedVersion));
    }

    public async Task<WorkflowOutcome> PublishAsync(int version)
    {
        if (!State.Exists)
        {
            return NotFound();
        }
        if (Find(version) is null)
        {
            return WorkflowOutcome.Refused(WorkflowOutcomeStatus.NotFound, $"Workflow '{Id}' has no version {version}.");
        }
        if (State.PublishedVersion != version)
        {
            Publish(version, clock.GetUtcNow());
            await SaveAsync();
        }
        return WorkflowOutcome.Ok(Snapshot());
    }

    public async Task<WorkflowOutcome> RollbackAsync()
    {
        if (!State.Exists)
        {
            return NotFound();
        }
        // The version published before the current one; a version published twice in a row counts once.
        var previous = State.PublishHistory.AsEnumerable().Reverse().FirstOrDefault(v => v != State.PublishedVersion);
        if (previous == 0)
        {
            return WorkflowOutcome.Refused(WorkflowOutcomeStatus.Conflict, $"Workflow '{Id}' has no earlier published version to roll back to.");
        }
        // Rolling back drops the current version from the history, so a second rollback goes further back.
        State.PublishHistory.RemoveAll(v => v == State.PublishedVersion);
        State.PublishHistory.Remove(previous);
        Publish(previous, clock.GetUtcNow());
        await SaveAsync();
        return WorkflowOutcome.Ok(Snapshot());
    }

    public async Task<bool> DeleteAsync()
    {
        if (!State.Exists)
        {
            return false;
        }
        await workflow.ClearStateAsync();
        workflow.State = new WorkflowState();
        await Index.RemoveAsync(Id);
        return true;
    }

    private WorkflowOutcome? Validate(SaveWorkflow command)
    {
        if (string.IsNullOrWhiteSpace(command.Name))
        {
            return new WorkflowOutcome(WorkflowOutcomeStatus.Invalid, null) { Message = "workflow name is required", Problems = [new("workflow name is required", null, null)] };
        }
        try
        {
            if (command.Strict)
            {
                PreparedRun.Prepare(command.DefinitionJson, inputsJson: null, catalog, limits.Value, strict: true);
            }
            else
            {
                using var _ = JsonDocument.Parse(command.DefinitionJson);
            }
            return null;
        }
        catch (RunRejectedException ex)
        {
            return new WorkflowOutcome(WorkflowOutcomeStatus.Invalid, null)
            {
                Message = ex.Message,
                Problems = ex.Problems.Select(p => new WorkflowProblem(p.Message, p.NodeId, p.EdgeId)).ToList(),
            };
        }
        catch (JsonException ex)
        {
            var message = $"invalid workflow data: {ex.Message}";
            return new WorkflowOutcome(WorkflowOutcomeStatus.Invalid, null) { Message = message, Problems = [new(message, null, null)] };
        }
    }

    private async Task<WorkflowOutcome> AppendVersionAsync(SaveWorkflow command, DateTimeOffset now)
    {
        var version = State.Versions.Count == 0 ? 1 : State.Versions[^1].Version + 1;
        State.Name = command.Name;
        State.Description = command.Description;
        State.Versions.Add(new WorkflowVersionRecord { Version = version, Name = command.Name, DefinitionJson = command.DefinitionJson, CreatedAt = now });
        State.UpdatedAt = now;
        if (command.Publish)
        {
            Publish(version, now);
        }
        await SaveAsync();
        return WorkflowOutcome.Ok(Snapshot());
    }

    private void Publish(int version, DateTimeOffset now)
    {
        State.PublishedVersion = version;
        State.PublishHistory.Add(version);
        State.UpdatedAt = now;
    }

    private async Task SaveAsync()
    {
        await workflow.WriteStateAsync();
        await Index.UpsertAsync(Snapshot());
    }

    private WorkflowVersionRecord? Find(int version) => State.Versions.Find(v => v.Version == version);

    private WorkflowSnapshot Snapshot() => new(
        Id, State.Name, State.Description, State.Versions.Count == 0 ? 0 : State.Versions[^1].Version, State.PublishedVersion, State.CreatedAt, State.UpdatedAt);

    private WorkflowOutcome NotFound() => WorkflowOutcome.Refused(WorkflowOutcomeStatus.NotFound, $"No workflow has id '{Id}'.");
}
