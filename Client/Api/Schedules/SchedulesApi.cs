using Thaiyyal.Client.Identity;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.HttpResults;
using Thaiyyal.Client.Api.Workflows;
using Thaiyyal.Grains.Abstractions.Schedules;
using Thaiyyal.Grains.Abstractions.Tenancy;
using Thaiyyal.Grains.Cluster;
using Thaiyyal.Grains.Engine.Values;

namespace Thaiyyal.Client.Api.Schedules;

/// <summary>
/// Cron schedules that start runs of saved workflows (docs/SCHEDULES.md), of the caller's tenant: a schedule is keyed
/// <c>TenantKeys.For(tenant, id)</c> and starts its tenant's workflow; another tenant's id answers 404 as an unknown one.
/// </summary>
internal static partial class SchedulesApi
{
    private const string BodyShape =
        "Body: { \"id\"?, \"workflowId\", \"versionPolicy\"?: \"latest\"|\"pinned\", \"version\"?, \"inputs\"?: {…}, \"cron\", \"timeZone\"?: IANA (default UTC), " +
        "\"startAt\"?, \"endAt\"?, \"overlap\"?: skip|buffer_one|allow_all|cancel_previous (default skip), \"catchUp\"?: fire_once|fire_each|skip (default fire_once), " +
        "\"catchUpWindow\"?: Go duration (default 1h), \"catchUpLimit\"?: 1..100 (default 10), \"region\"?: home region of its runs (default: the API host's), \"paused\"?: bool }.";

    public static RouteGroupBuilder MapSchedulesApi(this IEndpointRouteBuilder app)
    {
        var edits = app.MapGroup("/api/v1/schedules").WithTags("Schedules").RequireAuthorization(ThaiyyalPolicies.Editor);
        var operations = app.MapGroup("/api/v1/schedules").WithTags("Schedules").RequireAuthorization(ThaiyyalPolicies.Operator);
        var reads = app.MapGroup("/api/v1/schedules").WithTags("Schedules").RequireAuthorization(ThaiyyalPolicies.Viewer);
        edits.MapPost("/", CreateAsync).WithName("CreateSchedule").WithSummary("Create a cron schedule").WithDescription(BodyShape)
            .Produces<ScheduleResponse>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        reads.MapGet("/", ListAsync).WithName("ListSchedules").WithSummary("Every schedule");
        reads.MapGet("/{id}", GetAsync).WithName("GetSchedule").WithSummary("A schedule with its status and next fire");
        edits.MapPut("/{id}", UpdateAsync).WithName("UpdateSchedule").WithSummary("Replace a schedule's definition (fires are computed afresh from now)")
            .WithDescription(BodyShape);
        edits.MapDelete("/{id}", DeleteAsync).WithName("DeleteSchedule").WithSummary("Delete a schedule");
        edits.MapPost("/{id}/pause", PauseAsync).WithName("PauseSchedule").WithSummary("Pause a schedule");
        edits.MapPost("/{id}/resume", ResumeAsync).WithName("ResumeSchedule").WithSummary("Resume a schedule from now (no catch-up of the pause)");
        operations.MapPost("/{id}/trigger", TriggerAsync).WithName("TriggerSchedule").WithSummary("Fire now, under the overlap policy");
        reads.MapGet("/{id}/next", NextAsync).WithName("NextScheduleFires").WithSummary("The next fire times (?count=1..100, default 5)");
        reads.MapGet("/{id}/history", HistoryAsync).WithName("ScheduleHistory").WithSummary("Recent fires and the runs they started, most recent first");
        return reads;
    }

    internal static async Task<IResult> CreateAsync(
        HttpRequest request, JsonRequestBody body, Caller caller, IGrainFactory grains, LocalRegion localRegion, CancellationToken cancellationToken)
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
            var definition = Read(fields, localRegion);
            var paused = fields.Bool("paused") ?? false;
            if (fields.HasErrors)
            {
                return fields.Problem();
            }
            id ??= Guid.NewGuid().ToString();
            var outcome = await grains.GetGrain<IScheduleGrain>(TenantKeys.For(caller.TenantId, id)).CreateAsync(definition!, paused);
            return outcome.Status == ScheduleOutcomeStatus.Ok
                ? TypedResults.Created($"/api/v1/schedules/{id}", ScheduleResponse.From(outcome.Schedule!))
                : Refused(outcome);
        }
    }

    internal static async Task<IResult> UpdateAsync(
        string id, HttpRequest request, JsonRequestBody body, Caller caller, IGrainFactory grains, LocalRegion localRegion, CancellationToken cancellationToken)
    {
        var (document, problem) = await RequestFields.ReadObjectAsync(request, body, cancellationToken);
        if (document is null)
        {
            return problem!;
        }
        using (document)
        {
            var fields = new RequestFields(document.RootElement);
            var definition = Read(fields, localRegion);
            if (fields.HasErrors)
            {
                return fields.Problem();
            }
            var outcome = await grains.GetGrain<IScheduleGrain>(TenantKeys.For(caller.TenantId, id)).UpdateAsync(definition!);
            return outcome.Status == ScheduleOutcomeStatus.Ok ? TypedResults.Ok(ScheduleResponse.From(outcome.Schedule!)) : Refused(outcome);
        }
    }

    internal static async Task<Ok<List<ScheduleResponse>>> ListAsync(Caller caller, IGrainFactory grains)
    {
        var ids = await grains.GetGrain<IScheduleIndexGrain>(caller.TenantId).ListAsync();
        var schedules = await Task.WhenAll(ids.Select(id => grains.GetGrain<IScheduleGrain>(TenantKeys.For(caller.TenantId, id)).GetAsync()));
        return TypedResults.Ok(schedules.OfType<ScheduleSnapshot>().Select(ScheduleResponse.From).ToList());
    }

    internal static async Task<Results<Ok<ScheduleResponse>, ProblemHttpResult>> GetAsync(string id, Caller caller, IGrainFactory grains) =>
        await grains.GetGrain<IScheduleGrain>(TenantKeys.For(caller.TenantId, id)).GetAsync() is { } schedule ? TypedResults.Ok(ScheduleResponse.From(schedule)) : NotFound(id);

    internal static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(string id, Caller caller, IGrainFactory grains) =>
        await grains.GetGrain<IScheduleGrain>(TenantKeys.For(caller.TenantId, id)).DeleteAsync() ? TypedResults.NoContent() : NotFound(id);

    internal static async Task<IResult> PauseAsync(string id, Caller caller, IGrainFactory grains) =>
        Answer(await grains.GetGrain<IScheduleGrain>(TenantKeys.For(caller.TenantId, id)).PauseAsync());

    internal static async Task<IResult> ResumeAsync(string id, Caller caller, IGrainFactory grains) =>
        Answer(await grains.GetGrain<IScheduleGrain>(TenantKeys.For(caller.TenantId, id)).ResumeAsync());

    internal static async Task<IResult> TriggerAsync(string id, Caller caller, IGrainFactory grains)
    {
        var outcome = await grains.GetGrain<IScheduleGrain>(TenantKeys.For(caller.TenantId, id)).TriggerAsync();
        return outcome.Status == ScheduleOutcomeStatus.Ok
            ? TypedResults.Ok(new ScheduleTriggerResponse(outcome.Fire!, ScheduleResponse.From(outcome.Schedule!)))
            : Refused(outcome);
    }

    internal static async Task<IResult> NextAsync(string id, int? count, Caller caller, IGrainFactory grains)
    {
        if (count is < 1 or > 100)
        {
            return RequestFields.Single("count", "count must be between 1 and 100.");
        }
        var fires = await grains.GetGrain<IScheduleGrain>(TenantKeys.For(caller.TenantId, id)).GetNextFiresAsync(count ?? 5);
        return fires is null ? NotFound(id) : TypedResults.Ok(fires);
    }

    internal static async Task<IResult> HistoryAsync(string id, Caller caller, IGrainFactory grains)
    {
        var history = await grains.GetGrain<IScheduleGrain>(TenantKeys.For(caller.TenantId, id)).GetHistoryAsync();
        return history is null ? NotFound(id) : TypedResults.Ok(history);
    }

    /// <summary>Reads the definition; type errors are collected by field, the rest is the grain's validation.</summary>
    private static ScheduleDefinition? Read(RequestFields fields, LocalRegion localRegion)
    {
        var workflowId = fields.String("workflowId", required: true);
        var version = fields.Int("version");
        var versionPolicy = fields.String("versionPolicy") ?? (version is null ? SchedulePolicies.Latest : SchedulePolicies.Pinned);
        var inputs = fields.Object("inputs");
        var cron = fields.String("cron", required: true);
        var timeZone = fields.String("timeZone") ?? "UTC";
        var startAt = fields.Instant("startAt");
        var endAt = fields.Instant("endAt");
        var overlap = fields.String("overlap") ?? SchedulePolicies.Skip;
        var catchUp = fields.String("catchUp") ?? SchedulePolicies.FireOnce;
        var window = TimeSpan.FromHours(1);
        if (fields.String("catchUpWindow") is { } windowText && !GoDuration.TryParse(windowText, out window))
        {
            fields.Add("catchUpWindow", "catchUpWindow must be a duration such as 30m, 1h or 24h.");
        }
        var limit = fields.Int("catchUpLimit") ?? 10;
        var region = fields.OptionalRegion() ?? localRegion.Name; // as for a run started here
        return fields.HasErrors
            ? null
            : new ScheduleDefinition(workflowId!, versionPolicy, version, inputs, cron!, timeZone, startAt, endAt, overlap, catchUp, window, limit, region);
    }

    private static IResult Answer(ScheduleOutcome outcome) =>
        outcome.Status == ScheduleOutcomeStatus.Ok ? TypedResults.Ok(ScheduleResponse.From(outcome.Schedule!)) : Refused(outcome);

    private static IResult Refused(ScheduleOutcome outcome) => outcome.Status switch
    {
        ScheduleOutcomeStatus.Invalid => TypedResults.ValidationProblem(
            outcome.Problems.GroupBy(p => p.Field).ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray()),
            detail: outcome.Message,
            title: "Invalid schedule"),
        ScheduleOutcomeStatus.Conflict => TypedResults.Problem(title: "Conflict", detail: outcome.Message, statusCode: StatusCodes.Status409Conflict),
        _ => TypedResults.Problem(title: "Schedule not found", detail: outcome.Message, statusCode: StatusCodes.Status404NotFound),
    };

    private static ProblemHttpResult NotFound(string id) =>
        TypedResults.Problem(title: "Schedule not found", detail: $"No schedule has id '{id}'.", statusCode: StatusCodes.Status404NotFound);
}
