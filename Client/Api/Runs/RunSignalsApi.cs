using System.Text.Json;
using Thaiyyal.Client.Identity;
using Thaiyyal.Client.Runs;
using Thaiyyal.Grains.Abstractions.Runs;

namespace Thaiyyal.Client.Api.Runs;

/// <summary><c>POST /api/v1/runs/{runId}/signals/{name}</c>: an external event for a run's <c>wait_event</c> nodes.</summary>
internal static class RunSignalsApi
{
    /// <summary>Signal names are short identifiers; anything longer or with control characters is a mistake.</summary>
    private const int MaxNameLength = 200;

    public static RouteGroupBuilder MapRunSignalsApi(this RouteGroupBuilder runs)
    {
        runs.MapPost("/{runId}/signals/{name}", SendSignalAsync).WithName("SignalRun")
            .WithSummary("Send a signal (an external event) to a run")
            .WithDescription("The JSON body (empty = null) becomes the result of the wait_event node waiting for this name; a signal that arrives before the run reaches such a node is kept for it. 202 once stored; 404 unknown run; 409 run already finished or out of signal capacity; 413 payload too large.")
            .Accepts<JsonElement>("application/json")
            .Produces<SignalResponse>(StatusCodes.Status202Accepted)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        return runs;
    }

    internal static async Task<IResult> SendSignalAsync(
        string runId, string name, HttpRequest request, JsonRequestBody body, Caller caller, RunLauncher launcher, CancellationToken cancellationToken)
    {
        if (name.Length > MaxNameLength || name.Any(char.IsControl))
        {
            return Problems.BadRequest("Invalid signal name", $"A signal name has at most {MaxNameLength} characters and no control characters.");
        }
        var (key, keyProblem) = IdempotencyKeyHeader.Read(request);
        if (keyProblem is not null)
        {
            return keyProblem;
        }
        var (document, problem) = await body.ReadAsync(request, cancellationToken, allowEmpty: true);
        if (problem is not null)
        {
            return problem;
        }
        string payloadJson;
        using (document)
        {
            payloadJson = document?.RootElement.GetRawText() ?? "null";
        }
        var receipt = await launcher.SignalAsync(caller.TenantId, runId, name, payloadJson, key);
        if (receipt.Replayed)
        {
            request.HttpContext.Response.Headers["Idempotent-Replayed"] = "true";
        }
        return receipt.Outcome switch
        {
            SignalOutcomes.Accepted => TypedResults.Accepted($"/api/v1/runs/{runId}", new SignalResponse(runId, name, receipt.Seq!.Value, receipt.RunStatus)),
            SignalOutcomes.UnknownRun => TypedResults.Problem(title: "Run not found", detail: $"No run has id '{runId}'.", statusCode: StatusCodes.Status404NotFound),
            SignalOutcomes.RunFinished => Conflict("Run already finished", receipt),
            SignalOutcomes.TooMany => Conflict("Too many signals", receipt),
            SignalOutcomes.KeyReused => IdempotencyKeyHeader.KeyReused(receipt.Detail!),
            SignalOutcomes.TooLarge => TypedResults.Problem(title: "Signal payload too large", detail: receipt.Detail, statusCode: StatusCodes.Status413PayloadTooLarge),
            _ => throw new InvalidOperationException($"Unexpected signal outcome '{receipt.Outcome}'."),
        };
    }

    private static IResult Conflict(string title, SignalReceipt receipt) =>
        TypedResults.Problem(
            title: title,
            detail: receipt.Detail,
            statusCode: StatusCodes.Status409Conflict,
            extensions: new Dictionary<string, object?> { ["runStatus"] = receipt.RunStatus });
}
