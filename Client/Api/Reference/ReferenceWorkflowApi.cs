using Thaiyyal.Client.Identity;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using Thaiyyal.Client.Runs;
using Thaiyyal.Grains.Abstractions.Runs;
using Thaiyyal.Grains.Engine.Execution;
using Thaiyyal.Grains.Engine.Values;

namespace Thaiyyal.Client.Api.Reference;

/// <summary>
/// The reference server's execute and validate routes, with its request and response shapes (HTTP_API.md §2), so the
/// Thaiyyal visual editor can call this server unchanged. Runs still go through run and node grains, in the caller's tenant.
/// </summary>
internal static class ReferenceWorkflowApi
{
    public static RouteGroupBuilder MapReferenceWorkflowApi(this IEndpointRouteBuilder app)
    {
        var operations = app.MapGroup("/api/v1/workflow").WithTags("Reference compatibility").RequireAuthorization(ThaiyyalPolicies.Operator);
        var reads = app.MapGroup("/api/v1/workflow").WithTags("Reference compatibility").RequireAuthorization(ThaiyyalPolicies.Viewer);
        operations.MapPost("/execute", ExecuteAsync).WithName("ExecuteWorkflow")
            .WithSummary("Run a workflow payload and answer with the reference's result shape");
        reads.MapPost("/validate", ValidateAsync).WithName("ValidateWorkflow")
            .WithSummary("Check that a workflow payload decodes (the reference's validation)");
        return reads;
    }

    internal static async Task<IResult> ExecuteAsync(
        HttpRequest request, JsonRequestBody body, Caller caller, RunLauncher launcher, IOptions<EngineLimits> limits, CancellationToken cancellationToken)
    {
        var (document, problem) = await body.ReadAsync(request, cancellationToken);
        if (document is null)
        {
            return problem is IStatusCodeHttpResult { StatusCode: StatusCodes.Status413PayloadTooLarge } ? problem : EngineCreationFailed("failed to parse payload: request body is not JSON");
        }
        RunSnapshot run;
        using (document)
        {
            try
            {
                run = await launcher.StartAsync(caller.TenantId, document.RootElement.GetRawText(), inputsJson: null, strict: false);
            }
            catch (RunRejectedException ex) when (ex.IsDecodeError)
            {
                return EngineCreationFailed(ex.Message);
            }
            catch (RunRejectedException ex)
            {
                return ExecutionFailed(ex.Message);
            }
        }
        // The run's own time limit ends it; the margin covers the last write.
        run = await launcher.WaitAsync(caller.TenantId, run.RunId, limits.Value.MaxExecutionTime + TimeSpan.FromSeconds(5), cancellationToken);
        if (run.Status != RunStatuses.Completed)
        {
            return ExecutionFailed(run.Errors.Count > 0 ? run.Errors[0] : $"run ended {run.Status}");
        }
        var elapsed = (run.CompletedAt ?? DateTimeOffset.UtcNow) - (run.StartedAt ?? DateTimeOffset.UtcNow);
        return Results.Json(new JsonObject
        {
            ["success"] = true,
            ["results"] = ResultShape(run),
            ["execution_time"] = GoDuration.Format(elapsed),
        });
    }

    internal static async Task<IResult> ValidateAsync(HttpRequest request, JsonRequestBody body, RunLauncher launcher, CancellationToken cancellationToken)
    {
        var (document, problem) = await body.ReadAsync(request, cancellationToken);
        if (document is null)
        {
            return problem is IStatusCodeHttpResult { StatusCode: StatusCodes.Status413PayloadTooLarge }
                ? problem
                : Results.Json(new JsonObject { ["valid"] = false, ["error"] = "failed to parse payload: request body is not JSON" });
        }
        using (document)
        {
            try
            {
                launcher.Validate(document.RootElement.GetRawText(), inputsJson: null, strict: false);
            }
            catch (RunRejectedException ex) when (ex.IsDecodeError)
            {
                return Results.Json(new JsonObject { ["valid"] = false, ["error"] = ex.Message });
            }
            catch (RunRejectedException)
            {
                // The reference's validation decodes only; graph problems surface when executing.
            }
        }
        return Results.Json(new JsonObject { ["valid"] = true });
    }

    /// <summary>The reference's Result object: execution_id, workflow_id (when set), node_results, final_output.</summary>
    internal static JsonObject ResultShape(RunSnapshot run)
    {
        var nodeResults = new JsonObject();
        foreach (var node in run.Nodes.Where(n => n.Status == "completed"))
        {
            nodeResults[node.NodeId] = node.ResultJson is null ? null : JsonNode.Parse(node.ResultJson);
        }
        var result = new JsonObject { ["execution_id"] = run.RunId };
        if (!string.IsNullOrEmpty(run.WorkflowId))
        {
            result["workflow_id"] = run.WorkflowId;
        }
        result["node_results"] = nodeResults;
        result["final_output"] = run.FinalOutputJson is null ? null : JsonNode.Parse(run.FinalOutputJson);
        return result;
    }

    internal static IResult EngineCreationFailed(string details) =>
        Results.Json(new JsonObject { ["success"] = false, ["error"] = "Failed to create engine", ["details"] = details }, statusCode: StatusCodes.Status400BadRequest);

    internal static IResult ExecutionFailed(string details) =>
        Results.Json(new JsonObject { ["success"] = false, ["error"] = "Workflow execution failed", ["details"] = details }, statusCode: StatusCodes.Status500InternalServerError);
}
