using Thaiyyal.Client.Identity;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using Thaiyyal.Client.Api.Reference;
using Thaiyyal.Client.Runs;
using Thaiyyal.Grains.Cluster;
using Thaiyyal.Grains.Abstractions.Runs;
using Thaiyyal.Grains.Abstractions.Tenancy;
using Thaiyyal.Grains.Abstractions.Workflows;
using Thaiyyal.Grains.Engine.Execution;
using Thaiyyal.Grains.Workflows;

namespace Thaiyyal.Client.Api.Workflows;

/// <summary>
/// The reference server's workflow registry routes with its shapes and status codes (HTTP_API.md §2). They read and
/// write the same saved workflows as <c>/api/v1/workflows</c>: a save is version 1, published; load and execute use
/// the published version. As in the reference, saved data only has to be JSON. Only the caller's tenant's workflows
/// are seen.
/// </summary>
internal static class ReferenceWorkflowRegistryApi
{
    public static RouteGroupBuilder MapReferenceWorkflowRegistryApi(this IEndpointRouteBuilder app)
    {
        var edits = app.MapGroup("/api/v1/workflow").WithTags("Reference compatibility").RequireAuthorization(ThaiyyalPolicies.Editor);
        var operations = app.MapGroup("/api/v1/workflow").WithTags("Reference compatibility").RequireAuthorization(ThaiyyalPolicies.Operator);
        var reads = app.MapGroup("/api/v1/workflow").WithTags("Reference compatibility").RequireAuthorization(ThaiyyalPolicies.Viewer);
        edits.MapPost("/save", SaveAsync).WithName("ReferenceSaveWorkflow").WithSummary("Save a workflow (reference shape)");
        reads.MapGet("/list", ListAsync).WithName("ReferenceListWorkflows").WithSummary("List saved workflows (reference shape)");
        reads.MapGet("/load/{id?}", LoadAsync).WithName("ReferenceLoadWorkflow").WithSummary("Load a saved workflow (reference shape)");
        edits.MapDelete("/delete/{id?}", DeleteAsync).WithName("ReferenceDeleteWorkflow").WithSummary("Delete a saved workflow (reference shape)");
        operations.MapPost("/execute/{id}", ExecuteAsync).WithName("ReferenceExecuteSavedWorkflow")
            .WithSummary("Run a saved workflow's published version and wait for its result (reference shape)");
        return reads;
    }

    internal static async Task<IResult> SaveAsync(HttpRequest request, JsonRequestBody body, Caller caller, IGrainFactory grains, CancellationToken cancellationToken)
    {
        var (document, problem) = await body.ReadAsync(request, cancellationToken);
        if (document is null)
        {
            return problem is IStatusCodeHttpResult { StatusCode: StatusCodes.Status413PayloadTooLarge }
                ? problem
                : Error("Failed to parse request", "request body is not JSON", StatusCodes.Status400BadRequest);
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !OptionalString(root, "name", out var name)
                || !OptionalString(root, "description", out var description))
            {
                return Error("Failed to parse request", "request body does not match {\"name\": string, \"description\": string, \"data\": JSON}", StatusCodes.Status400BadRequest);
            }
            if (string.IsNullOrEmpty(name))
            {
                return SaveFailed("workflow name is required");
            }
            if (!root.TryGetProperty("data", out var data) || data.ValueKind == JsonValueKind.Null)
            {
                return SaveFailed("workflow data is required");
            }
            var id = Guid.NewGuid().ToString();
            var outcome = await grains.GetGrain<IWorkflowGrain>(TenantKeys.For(caller.TenantId, id))
                .CreateAsync(new SaveWorkflow(name, string.IsNullOrEmpty(description) ? null : description, data.GetRawText(), Publish: true, Strict: false));
            if (outcome.Status != WorkflowOutcomeStatus.Ok)
            {
                return SaveFailed(outcome.Message ?? "unknown error");
            }
            return Results.Json(new JsonObject { ["success"] = true, ["id"] = id, ["message"] = "Workflow saved successfully" }, statusCode: StatusCodes.Status201Created);
        }
    }

    internal static async Task<IResult> ListAsync(Caller caller, IGrainFactory grains)
    {
        var workflows = await grains.GetGrain<IWorkflowIndexGrain>(caller.TenantId).ListAsync();
        var list = new JsonArray();
        foreach (var workflow in workflows)
        {
            list.Add(Entry(workflow, data: null));
        }
        return Results.Json(new JsonObject { ["success"] = true, ["workflows"] = list, ["count"] = workflows.Count });
    }

    internal static async Task<IResult> LoadAsync(string? id, Caller caller, IGrainFactory grains)
    {
        if (string.IsNullOrEmpty(id))
        {
            return Error("Workflow ID is required", details: null, StatusCodes.Status400BadRequest);
        }
        var grain = grains.GetGrain<IWorkflowGrain>(TenantKeys.For(caller.TenantId, id));
        var workflow = await grain.GetAsync();
        if (workflow is null)
        {
            return Error($"workflow with ID {id} not found", details: null, StatusCodes.Status404NotFound);
        }
        var version = await grain.GetVersionAsync(workflow.PublishedVersion ?? workflow.LatestVersion);
        return Results.Json(new JsonObject { ["success"] = true, ["workflow"] = Entry(workflow, version?.DefinitionJson) });
    }

    internal static async Task<IResult> DeleteAsync(string? id, Caller caller, IGrainFactory grains)
    {
        if (string.IsNullOrEmpty(id))
        {
            return Error("Workflow ID is required", details: null, StatusCodes.Status400BadRequest);
        }
        return await grains.GetGrain<IWorkflowGrain>(TenantKeys.For(caller.TenantId, id)).DeleteAsync()
            ? Results.Json(new JsonObject { ["success"] = true, ["message"] = "Workflow deleted successfully" })
            : Error($"workflow with ID {id} not found", details: null, StatusCodes.Status404NotFound);
    }

    internal static async Task<IResult> ExecuteAsync(
        string id, Caller caller, IGrainFactory grains, WorkflowRunStarter starter, RunLauncher launcher, IOptions<EngineLimits> limits, LocalRegion localRegion, CancellationToken cancellationToken)
    {
        var workflow = await grains.GetGrain<IWorkflowGrain>(TenantKeys.For(caller.TenantId, id)).GetAsync();
        if (workflow is null)
        {
            return Error("Failed to load workflow", $"workflow with ID {id} not found", StatusCodes.Status404NotFound);
        }
        var start = await starter.StartAsync(caller.TenantId, id, version: null, inputsJson: null, RunIds.New(localRegion.Name), strict: false);
        switch (start.Status)
        {
            case WorkflowRunStartStatus.Started:
                break;
            case WorkflowRunStartStatus.Rejected when start.Rejection!.IsDecodeError:
                return ReferenceWorkflowApi.EngineCreationFailed(start.Message);
            case WorkflowRunStartStatus.Rejected:
                return ReferenceWorkflowApi.ExecutionFailed(start.Message);
            default:
                return Error("Failed to load workflow", start.Message, StatusCodes.Status404NotFound);
        }
        // Waits like the reference's execute route: the run's own time limit ends it; the margin covers the last write.
        var run = await launcher.WaitAsync(caller.TenantId, start.Run!.RunId, limits.Value.MaxExecutionTime + TimeSpan.FromSeconds(5), cancellationToken);
        if (run.Status != RunStatuses.Completed)
        {
            return ReferenceWorkflowApi.ExecutionFailed(run.Errors.Count > 0 ? run.Errors[0] : $"run ended {run.Status}");
        }
        return Results.Json(new JsonObject
        {
            ["success"] = true,
            ["workflow_id"] = id,
            ["workflow_name"] = workflow.Name,
            ["results"] = ReferenceWorkflowApi.ResultShape(run),
        });
    }

    private static JsonObject Entry(WorkflowSnapshot workflow, string? data)
    {
        var entry = new JsonObject { ["id"] = workflow.Id, ["name"] = workflow.Name };
        if (!string.IsNullOrEmpty(workflow.Description))
        {
            entry["description"] = workflow.Description; // omitted when empty, like the reference
        }
        if (data is not null)
        {
            entry["data"] = JsonNode.Parse(data);
        }
        entry["created_at"] = GoTime(workflow.CreatedAt);
        entry["updated_at"] = GoTime(workflow.UpdatedAt);
        return entry;
    }

    /// <summary>Go's RFC 3339 with nanoseconds, trailing zeros trimmed (how <c>time.Time</c> marshals).</summary>
    private static string GoTime(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);

    private static bool OptionalString(JsonElement root, string field, out string value)
    {
        value = "";
        if (!root.TryGetProperty(field, out var element) || element.ValueKind == JsonValueKind.Null)
        {
            return true;
        }
        if (element.ValueKind != JsonValueKind.String)
        {
            return false;
        }
        value = element.GetString()!;
        return true;
    }

    private static IResult SaveFailed(string reason) => Error($"Failed to save workflow: {reason}", details: null, StatusCodes.Status400BadRequest);

    private static IResult Error(string error, string? details, int status)
    {
        var body = new JsonObject { ["success"] = false, ["error"] = error };
        if (details is not null)
        {
            body["details"] = details;
        }
        return Results.Json(body, statusCode: status);
    }
}
