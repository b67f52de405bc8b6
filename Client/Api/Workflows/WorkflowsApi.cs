using Thaiyyal.Client.Identity;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.HttpResults;
using Thaiyyal.Client.Runs;
using Thaiyyal.Grains.Cluster;
using Thaiyyal.Grains.Abstractions.Runs;
using Thaiyyal.Grains.Abstractions.Tenancy;
using Thaiyyal.Grains.Abstractions.Workflows;
using Thaiyyal.Grains.Workflows;

namespace Thaiyyal.Client.Api.Workflows;

/// <summary>
/// Saved workflows: immutable versions, publish and roll back, runs pinned to a version, and a webhook trigger.
/// The reference server's registry routes (<see cref="ReferenceWorkflowRegistryApi"/>) see the same workflows.
/// Everything is the caller's tenant's: a workflow is keyed <c>TenantKeys.For(tenant, id)</c>, so two tenants may use
/// the same id, and another tenant's id answers 404 exactly as an unknown one.
/// </summary>
internal static partial class WorkflowsApi
{
    public static IEndpointRouteBuilder MapWorkflowsApi(this IEndpointRouteBuilder app)
    {
        var edits = app.MapGroup("/api/v1/workflows").WithTags("Workflows").RequireAuthorization(ThaiyyalPolicies.Editor);
        var operations = app.MapGroup("/api/v1/workflows").WithTags("Workflows").RequireAuthorization(ThaiyyalPolicies.Operator);
        var reads = app.MapGroup("/api/v1/workflows").WithTags("Workflows").RequireAuthorization(ThaiyyalPolicies.Viewer);
        edits.MapPost("/", CreateAsync).WithName("CreateWorkflow")
            .WithSummary("Save a workflow as version 1")
            .WithDescription("Body: { \"id\"?: string, \"name\": string, \"description\"?: string, \"definition\": <reference payload>, \"publish\"?: bool (default true) }.")
            .Produces<WorkflowResponse>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        reads.MapGet("/", ListAsync).WithName("ListWorkflows").WithSummary("Every saved workflow");
        reads.MapGet("/{id}", GetAsync).WithName("GetWorkflow").WithSummary("A workflow with its published definition");
        edits.MapPut("/{id}", UpdateAsync).WithName("UpdateWorkflow")
            .WithSummary("Add a new version")
            .WithDescription("Body: { \"name\": string, \"description\"?: string, \"definition\": <reference payload>, \"publish\"?: bool (default false) }. Every update is a new immutable version.");
        edits.MapDelete("/{id}", DeleteAsync).WithName("DeleteWorkflow").WithSummary("Delete a workflow and all its versions");
        reads.MapGet("/{id}/versions", ListVersionsAsync).WithName("ListWorkflowVersions").WithSummary("Every version of a workflow");
        reads.MapGet("/{id}/versions/{version:int}", GetVersionAsync).WithName("GetWorkflowVersion").WithSummary("One version with its definition");
        edits.MapPost("/{id}/publish", PublishAsync).WithName("PublishWorkflowVersion")
            .WithSummary("Publish a version").WithDescription("Body: { \"version\": n }. Publishing an older version rolls back.");
        edits.MapPost("/{id}/rollback", RollbackAsync).WithName("RollbackWorkflow")
            .WithSummary("Publish again the version published before the current one");
        operations.MapPost("/{id}/runs", StartRunAsync).WithName("StartWorkflowRun")
            .WithSummary("Start a run of the published version")
            .WithDescription("Body (optional): { \"inputs\"?: { name: value }, \"version\"?: n }. 202 with Location /api/v1/runs/{runId}.")
            .Produces<WorkflowRunResponse>(StatusCodes.Status202Accepted);
        operations.MapPost("/{id}/trigger", TriggerAsync).WithName("TriggerWorkflow")
            .WithSummary("Webhook: start a run of the published version with the request body as input 'body'")
            .WithDescription("Any JSON body (or none) becomes the run input named \"body\" (variables.body / context.body in expressions). 202 with Location.")
            .Produces<WorkflowRunResponse>(StatusCodes.Status202Accepted);
        app.MapReferenceWorkflowRegistryApi();
        return app;
    }

    internal static async Task<IResult> CreateAsync(HttpRequest request, JsonRequestBody body, Caller caller, IGrainFactory grains, CancellationToken cancellationToken)
    {
        var (document, problem) = await RequestFields.ReadObjectAsync(request, body, cancellationToken);
        if (document is null)
        {
            return problem!;
        }
        using (document)
        {
            var fields = new RequestFields(document.RootElement);
            var id = fields.OptionalId();
            var command = ReadSave(fields, defaultPublish: true);
            if (fields.HasErrors)
            {
                return fields.Problem();
            }
            id ??= Guid.NewGuid().ToString();
            var outcome = await grains.GetGrain<IWorkflowGrain>(TenantKeys.For(caller.TenantId, id)).CreateAsync(command!);
            return outcome.Status == WorkflowOutcomeStatus.Ok
                ? TypedResults.Created($"/api/v1/workflows/{id}", WorkflowResponse.From(outcome.Workflow!))
                : Refused(outcome);
        }
    }

    internal static async Task<Ok<List<WorkflowResponse>>> ListAsync(Caller caller, IGrainFactory grains)
    {
        var workflows = await grains.GetGrain<IWorkflowIndexGrain>(caller.TenantId).ListAsync();
        return TypedResults.Ok(workflows.Select(w => WorkflowResponse.From(w)).ToList());
    }

    internal static async Task<Results<Ok<WorkflowResponse>, ProblemHttpResult>> GetAsync(string id, Caller caller, IGrainFactory grains)
    {
        var grain = grains.GetGrain<IWorkflowGrain>(TenantKeys.For(caller.TenantId, id));
        var workflow = await grain.GetAsync();
        if (workflow is null)
        {
            return NotFound(id);
        }
        var definition = await grain.GetVersionAsync(workflow.PublishedVersion ?? workflow.LatestVersion);
        return TypedResults.Ok(WorkflowResponse.From(workflow, definition?.DefinitionJson));
    }

    internal static async Task<IResult> UpdateAsync(string id, HttpRequest request, JsonRequestBody body, Caller caller, IGrainFactory grains, CancellationToken cancellationToken)
    {
        var (document, problem) = await RequestFields.ReadObjectAsync(request, body, cancellationToken);
        if (document is null)
        {
            return problem!;
        }
        using (document)
        {
            var fields = new RequestFields(document.RootElement);
            var command = ReadSave(fields, defaultPublish: false);
            if (fields.HasErrors)
            {
                return fields.Problem();
            }
            var outcome = await grains.GetGrain<IWorkflowGrain>(TenantKeys.For(caller.TenantId, id)).UpdateAsync(command!);
            return outcome.Status == WorkflowOutcomeStatus.Ok ? TypedResults.Ok(WorkflowResponse.From(outcome.Workflow!)) : Refused(outcome);
        }
    }

    internal static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(string id, Caller caller, IGrainFactory grains) =>
        await grains.GetGrain<IWorkflowGrain>(TenantKeys.For(caller.TenantId, id)).DeleteAsync() ? TypedResults.NoContent() : NotFound(id);

    internal static async Task<Results<Ok<IReadOnlyList<WorkflowVersionSummary>>, ProblemHttpResult>> ListVersionsAsync(string id, Caller caller, IGrainFactory grains)
    {
        var versions = await grains.GetGrain<IWorkflowGrain>(TenantKeys.For(caller.TenantId, id)).ListVersionsAsync();
        return versions is null ? NotFound(id) : TypedResults.Ok(versions);
    }

    internal static async Task<Results<Ok<WorkflowVersionResponse>, ProblemHttpResult>> GetVersionAsync(string id, int version, Caller caller, IGrainFactory grains)
    {
        var grain = grains.GetGrain<IWorkflowGrain>(TenantKeys.For(caller.TenantId, id));
        var found = await grain.GetVersionAsync(version);
        if (found is not null)
        {
            return TypedResults.Ok(WorkflowVersionResponse.From(found));
        }
        return await grain.GetAsync() is null
            ? NotFound(id)
            : TypedResults.Problem(title: "Version not found", detail: $"Workflow '{id}' has no version {version}.", statusCode: StatusCodes.Status404NotFound);
    }

    internal static async Task<IResult> PublishAsync(string id, HttpRequest request, JsonRequestBody body, Caller caller, IGrainFactory grains, CancellationToken cancellationToken)
    {
        var (document, problem) = await RequestFields.ReadObjectAsync(request, body, cancellationToken, "version", "The body must be a JSON object with a \"version\" number.");
        if (document is null)
        {
            return problem!;
        }
        using (document)
        {
            var fields = new RequestFields(document.RootElement);
            var version = fields.Int("version");
            if (version is null && !fields.HasErrors)
            {
                fields.Add("version", "version is required.");
            }
            if (fields.HasErrors)
            {
                return fields.Problem();
            }
            var outcome = await grains.GetGrain<IWorkflowGrain>(TenantKeys.For(caller.TenantId, id)).PublishAsync(version!.Value);
            return outcome.Status == WorkflowOutcomeStatus.Ok ? TypedResults.Ok(WorkflowResponse.From(outcome.Workflow!)) : Refused(outcome);
        }
    }

    internal static async Task<IResult> RollbackAsync(string id, Caller caller, IGrainFactory grains)
    {
        var outcome = await grains.GetGrain<IWorkflowGrain>(TenantKeys.For(caller.TenantId, id)).RollbackAsync();
        return outcome.Status == WorkflowOutcomeStatus.Ok ? TypedResults.Ok(WorkflowResponse.From(outcome.Workflow!)) : Refused(outcome);
    }

    internal static async Task<IResult> StartRunAsync(
        string id, HttpRequest request, JsonRequestBody body, Caller caller, WorkflowRunStarter starter, LocalRegion localRegion, CancellationToken cancellationToken)
    {
        var (key, keyProblem) = IdempotencyKeyHeader.Read(request);
        if (keyProblem is not null)
        {
            return keyProblem;
        }
        var (document, problem) = await RequestFields.ReadOptionalAsync(request, body, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }
        string? inputsJson = null;
        int? version = null;
        string? region = null;
        using (document)
        {
            if (document is not null)
            {
                if (document.RootElement.ValueKind != JsonValueKind.Object)
                {
                    return RequestFields.Single("body", "The body must be a JSON object: { \"inputs\": { … }, \"version\": n }.");
                }
                var fields = new RequestFields(document.RootElement);
                inputsJson = fields.Object("inputs");
                version = fields.Int("version");
                region = fields.OptionalRegion();
                if (fields.HasErrors)
                {
                    return fields.Problem();
                }
            }
        }
        var start = new RunRequest($"workflows/{id}/runs", key, IdempotencyKeys.Digest(version?.ToString(CultureInfo.InvariantCulture), inputsJson));
        return await StartAsync(caller.TenantId, id, version, inputsJson, starter, region ?? localRegion.Name, start);
    }

    internal static async Task<IResult> TriggerAsync(
        string id, HttpRequest request, JsonRequestBody body, Caller caller, WorkflowRunStarter starter, LocalRegion localRegion, CancellationToken cancellationToken)
    {
        var (key, keyProblem) = IdempotencyKeyHeader.Read(request); // webhook senders retry: let them name the delivery
        if (keyProblem is not null)
        {
            return keyProblem;
        }
        var (document, problem) = await RequestFields.ReadOptionalAsync(request, body, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }
        using (document)
        {
            var payload = document?.RootElement.GetRawText() ?? "null";
            var inputsJson = $$"""{"body":{{payload}}}""";
            return await StartAsync(caller.TenantId, id, version: null, inputsJson, starter, localRegion.Name,
                new RunRequest($"workflows/{id}/trigger", key, IdempotencyKeys.Digest(inputsJson)));
        }
    }

    /// <summary>A start's idempotency: the route's key scope, the client's key (if any) and the digest of its request.</summary>
    private sealed record RunRequest(string Scope, string? Key, string Digest);

    private static async Task<IResult> StartAsync(
        string tenantId, string id, int? version, string? inputsJson, WorkflowRunStarter starter, string homeRegion, RunRequest request)
    {
        var runId = IdempotencyKeys.RunId(request.Scope, request.Key, homeRegion);
        WorkflowRunStart start;
        try
        {
            start = await starter.StartAsync(tenantId, id, version, inputsJson, runId, strict: true, request.Key is null ? null : request.Digest);
        }
        catch (RunIdInUseException ex)
        {
            return IdempotencyKeyHeader.KeyReused(ex.Message);
        }
        switch (start.Status)
        {
            case WorkflowRunStartStatus.Started:
                var location = $"/api/v1/runs/{start.Run!.RunId}";
                // A repeated start answers with the run the first made, pinned to the version it started with.
                var pinned = start.Run.WorkflowVersion ?? start.Version!.Version;
                return TypedResults.Accepted(location, new WorkflowRunResponse(start.Run.RunId, id, pinned, start.Run.Status, location));
            case WorkflowRunStartStatus.Rejected:
                return Problems.InvalidWorkflow(start.Rejection!);
            case WorkflowRunStartStatus.NotPublished:
                return TypedResults.Problem(title: "No published version", detail: start.Message, statusCode: StatusCodes.Status409Conflict);
            default:
                return TypedResults.Problem(title: "Not found", detail: start.Message, statusCode: StatusCodes.Status404NotFound);
        }
    }

    private static SaveWorkflow? ReadSave(RequestFields fields, bool defaultPublish)
    {
        var name = fields.String("name", required: true);
        var description = fields.String("description");
        var definition = fields.Object("definition", required: true);
        var publish = fields.Bool("publish") ?? defaultPublish;
        return fields.HasErrors ? null : new SaveWorkflow(name!, description, definition!, publish, Strict: true);
    }

    private static IResult Refused(WorkflowOutcome outcome) => outcome.Status switch
    {
        WorkflowOutcomeStatus.Invalid => TypedResults.ValidationProblem(
            new Dictionary<string, string[]>
            {
                [outcome.Problems.Count > 0 && outcome.Message != "workflow name is required" ? "definition" : "name"] =
                    outcome.Problems.Select(p => p.NodeId is null ? p.Message : $"{p.Message} (node {p.NodeId})").ToArray(),
            },
            detail: outcome.Message,
            title: "Invalid workflow",
            extensions: new Dictionary<string, object?>
            {
                ["problems"] = outcome.Problems.Select(p => new { message = p.Message, nodeId = p.NodeId, edgeId = p.EdgeId }).ToList(),
            }),
        WorkflowOutcomeStatus.Conflict => TypedResults.Problem(title: "Conflict", detail: outcome.Message, statusCode: StatusCodes.Status409Conflict),
        _ => TypedResults.Problem(title: "Not found", detail: outcome.Message, statusCode: StatusCodes.Status404NotFound),
    };

    private static ProblemHttpResult NotFound(string id) =>
        TypedResults.Problem(title: "Workflow not found", detail: $"No workflow has id '{id}'.", statusCode: StatusCodes.Status404NotFound);
}
