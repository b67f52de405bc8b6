using Thaiyyal.Client.Identity;
using System.Text;
using Thaiyyal.Grains.Abstractions.Events;
using Thaiyyal.Grains.Abstractions.Runs;
using Thaiyyal.Grains.Abstractions.Tenancy;
using Thaiyyal.Grains.Events;

namespace Thaiyyal.Client.Api.Events;

/// <summary>Run history and live run events (Server-Sent Events), of the caller's tenant only.</summary>
internal static class EventsApi
{
    private static readonly TimeSpan Heartbeat = TimeSpan.FromSeconds(15);

    public static IEndpointRouteBuilder MapEventsApi(this IEndpointRouteBuilder app)
    {
        var runs = app.MapGroup("/api/v1/runs").WithTags("Runs").RequireAuthorization(ThaiyyalPolicies.Viewer);
        runs.MapGet("/{runId}/history", GetHistoryAsync).WithName("GetRunHistory")
            .WithSummary("A run's events, in order")
            .WithDescription("Every state change of the run (RunStarted, NodeStarted, NodeCompleted, NodeSkipped, NodeFailed, RunCompleted, RunFailed, RunCancelled) with its sequence number; ?after=N returns the events after N.");
        runs.MapGet("/{runId}/events", StreamRunEventsAsync).WithName("StreamRunEvents")
            .WithSummary("A run's events as Server-Sent Events: history first, then live; ends after the terminal event")
            .WithDescription("Each event has id = sequence number; a reconnecting client sends Last-Event-ID and receives exactly the events after it.");
        app.MapGet("/api/v1/events", StreamAllEventsAsync).WithTags("Runs").WithName("StreamEvents").RequireAuthorization(ThaiyyalPolicies.Viewer)
            .WithSummary("Every run's events of the caller's tenant live, as Server-Sent Events (optional filters: workflow, status)");
        return app;
    }

    internal static async Task<IResult> GetHistoryAsync(string runId, long? after, Caller caller, IClusterClient cluster)
    {
        var run = cluster.GetGrain<IRunGrain>(TenantKeys.For(caller.TenantId, runId));
        var events = await run.GetEventsAsync(after ?? 0);
        if (events.Count == 0 && (await run.GetSnapshotAsync()).Status == RunSnapshot.UnknownStatus)
        {
            return NotFound(runId);
        }
        var json = new StringBuilder("[");
        foreach (var e in events)
        {
            json.Append(json.Length > 1 ? "," : "").Append(RunEventJson.Serialize(e));
        }
        return Results.Text(json.Append(']').ToString(), "application/json", Encoding.UTF8);
    }

    internal static async Task<IResult> StreamRunEventsAsync(
        string runId, HttpContext context, Caller caller, IClusterClient cluster, RunEventFeed feed, CancellationToken cancellationToken)
    {
        if ((await cluster.GetGrain<IRunGrain>(TenantKeys.For(caller.TenantId, runId)).GetSnapshotAsync()).Status == RunSnapshot.UnknownStatus)
        {
            return NotFound(runId);
        }
        var response = context.Response;
        await ServerSentEvents.StartAsync(response);
        try
        {
            await foreach (var e in feed.FollowRunAsync(caller.TenantId, runId, ServerSentEvents.LastEventId(context.Request), cancellationToken))
            {
                await ServerSentEvents.WriteAsync(response, e, cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The client went away.
        }
        return Results.Empty;
    }

    internal static async Task<IResult> StreamAllEventsAsync(
        string? workflow, string? status, HttpContext context, Caller caller, RunEventFeed feed, CancellationToken cancellationToken)
    {
        var response = context.Response;
        await ServerSentEvents.StartAsync(response);
        try
        {
            await ServerSentEvents.WriteCommentAsync(response, "subscribed", cancellationToken);
            await foreach (var e in feed.FollowAllAsync(caller.TenantId, Heartbeat, cancellationToken))
            {
                if (e is null)
                {
                    await ServerSentEvents.WriteCommentAsync(response, "keep-alive", cancellationToken);
                }
                else if ((workflow is null || e.WorkflowId == workflow) && (status is null || e.RunStatus == status))
                {
                    await ServerSentEvents.WriteAsync(response, e, cancellationToken, qualifiedId: true);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The client went away.
        }
        return Results.Empty;
    }

    private static IResult NotFound(string runId) =>
        TypedResults.Problem(title: "Run not found", detail: $"No run has id '{runId}'.", statusCode: StatusCodes.Status404NotFound);
}
