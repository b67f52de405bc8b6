using Thaiyyal.Client.Identity;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Thaiyyal.Client.Runs;
using Thaiyyal.Grains.Abstractions.Runs;
using Thaiyyal.Grains.Engine.Execution;

namespace Thaiyyal.Client.Api.Runs;

/// <summary>
/// The native runs API: start, read, wait for and cancel runs, always of the caller's tenant: another tenant's run id
/// answers 404 exactly as an unknown one.
/// </summary>
internal static class RunsApi
{
    public static RouteGroupBuilder MapRunsApi(this IEndpointRouteBuilder app)
    {
        var operations = app.MapGroup("/api/v1/runs").WithTags("Runs").RequireAuthorization(ThaiyyalPolicies.Operator);
        var reads = app.MapGroup("/api/v1/runs").WithTags("Runs").RequireAuthorization(ThaiyyalPolicies.Viewer);
        operations.MapPost("/", StartRunAsync).WithName("StartRun")
            .WithSummary("Start a run of a workflow")
            .WithDescription("Body: { \"workflow\": <reference payload>, \"inputs\": { name: value }, \"region\": home region (optional; default: the API host's) }. 202 with the run id, or with ?wait=true 200 with the finished run. " +
                "An Idempotency-Key header makes a repeat of the same request return the run the first started (409 for a different request under the key).")
            .Accepts<StartRunRequest>("application/json")
            .Produces<RunResponse>(StatusCodes.Status202Accepted)
            .Produces<RunResponse>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        reads.MapGet("/{runId}", GetRunAsync).WithName("GetRun").WithSummary("A run's status, timestamps, final output and nodes");
        reads.MapGet("/{runId}/nodes/{nodeId}", GetNodeAsync).WithName("GetRunNode").WithSummary("One node of a run");
        operations.MapPost("/{runId}/cancel", CancelRunAsync).WithName("CancelRun").WithSummary("Cancel a running or waiting run");
        operations.MapRunSignalsApi();
        return reads;
    }

    internal static async Task<IResult> StartRunAsync(
        HttpRequest request, bool? wait, JsonRequestBody body, Caller caller, RunLauncher launcher, IOptions<ApiOptions> options, CancellationToken cancellationToken)
    {
        var (key, keyProblem) = IdempotencyKeyHeader.Read(request);
        if (keyProblem is not null)
        {
            return keyProblem;
        }
        var (document, problem) = await body.ReadAsync(request, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }
        using (document)
        {
            var root = document!.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("workflow", out var workflow) || workflow.ValueKind != JsonValueKind.Object)
            {
                return Problems.BadRequest("Invalid request", "The body must be a JSON object with a \"workflow\" object and optional \"inputs\" object.");
            }
            string? inputsJson = null;
            if (root.TryGetProperty("inputs", out var inputs) && inputs.ValueKind != JsonValueKind.Null)
            {
                if (inputs.ValueKind != JsonValueKind.Object)
                {
                    return Problems.BadRequest("Invalid request", "\"inputs\" must be a JSON object of name → value.");
                }
                inputsJson = inputs.GetRawText();
            }
            var fields = new Workflows.RequestFields(root);
            var region = fields.OptionalRegion(); // the run's home region; absent: this host's region
            if (fields.HasErrors)
            {
                return fields.Problem();
            }
            RunSnapshot run;
            try
            {
                run = await launcher.StartAsync(caller.TenantId, workflow.GetRawText(), inputsJson, strict: true, region, key);
            }
            catch (RunRejectedException ex)
            {
                return Problems.InvalidWorkflow(ex);
            }
            catch (RunIdInUseException ex)
            {
                return IdempotencyKeyHeader.KeyReused(ex.Message);
            }
            var location = $"/api/v1/runs/{run.RunId}";
            if (wait == true)
            {
                run = await launcher.WaitAsync(caller.TenantId, run.RunId, options.Value.MaxWait, cancellationToken);
                if (run.IsTerminal)
                {
                    return TypedResults.Ok(RunResponse.From(run));
                }
            }
            return TypedResults.Accepted(location, RunResponse.From(run));
        }
    }

    internal static async Task<Results<Ok<RunResponse>, ProblemHttpResult>> GetRunAsync(string runId, Caller caller, RunLauncher launcher)
    {
        var run = await launcher.GetAsync(caller.TenantId, runId);
        return run.Status == RunSnapshot.UnknownStatus ? NotFound(runId) : TypedResults.Ok(RunResponse.From(run));
    }

    internal static async Task<Results<Ok<NodeResponse>, ProblemHttpResult>> GetNodeAsync(string runId, string nodeId, Caller caller, RunLauncher launcher)
    {
        var run = await launcher.GetAsync(caller.TenantId, runId);
        if (run.Status == RunSnapshot.UnknownStatus)
        {
            return NotFound(runId);
        }
        var node = run.Nodes.FirstOrDefault(n => n.NodeId == nodeId);
        return node is null
            ? TypedResults.Problem(title: "Node not found", detail: $"Run '{runId}' has no node '{nodeId}'.", statusCode: StatusCodes.Status404NotFound)
            : TypedResults.Ok(NodeResponse.From(node));
    }

    internal static async Task<Results<Ok<RunResponse>, ProblemHttpResult>> CancelRunAsync(string runId, Caller caller, RunLauncher launcher)
    {
        var existing = await launcher.GetAsync(caller.TenantId, runId);
        if (existing.Status == RunSnapshot.UnknownStatus)
        {
            return NotFound(runId);
        }
        return TypedResults.Ok(RunResponse.From(await launcher.CancelAsync(caller.TenantId, runId, "cancelled through the API")));
    }

    private static ProblemHttpResult NotFound(string runId) =>
        TypedResults.Problem(title: "Run not found", detail: $"No run has id '{runId}'.", statusCode: StatusCodes.Status404NotFound);
}
