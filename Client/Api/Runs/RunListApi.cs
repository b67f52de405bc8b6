using Thaiyyal.Client.Identity;
using System.Globalization;
using System.Text;
using Thaiyyal.Grains.Abstractions.Events;

namespace Thaiyyal.Client.Api.Runs;

/// <summary>
/// <c>GET /api/v1/runs</c>: the caller's tenant's runs newest first, filtered, with cursor paging. A cursor is only a
/// position (created time, run id): the tenant comes from the caller, so no cursor reaches another tenant's runs.
/// </summary>
internal static class RunListApi
{
    private const int DefaultLimit = 50;
    private const int MaxLimit = 500;

    public static IEndpointRouteBuilder MapRunListApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/runs", ListRunsAsync).WithTags("Runs").WithName("ListRuns").RequireAuthorization(ThaiyyalPolicies.Viewer)
            .WithSummary("List runs, newest first")
            .WithDescription("Filters: status, workflow, from, to (ISO 8601 creation times; from inclusive, to exclusive). Paging: limit (1-500, default 50) and cursor (nextCursor of the previous page).");
        return app;
    }

    internal static async Task<IResult> ListRunsAsync(
        string? status, string? workflow, DateTimeOffset? from, DateTimeOffset? to, int? limit, string? cursor, Caller caller, IClusterClient cluster)
    {
        if (limit is < 1 or > MaxLimit)
        {
            return Problems.BadRequest("Invalid limit", $"limit must be between 1 and {MaxLimit}.");
        }
        RunCursor? after = null;
        if (cursor is not null && (after = DecodeCursor(cursor)) is null)
        {
            return Problems.BadRequest("Invalid cursor", "cursor must be the nextCursor of a previous page.");
        }
        var page = await cluster.GetGrain<IRunQueryGrain>(0).ListAsync(new RunListQuery(caller.TenantId, limit ?? DefaultLimit)
        {
            Status = status,
            WorkflowId = workflow,
            From = from,
            To = to,
            After = after,
        });
        return TypedResults.Ok(new RunListResponse(
            [.. page.Runs.Select(r => new RunListItem(r.RunId, r.WorkflowId, r.Status, r.CreatedAt, r.CompletedAt))],
            page.Next is null ? null : EncodeCursor(page.Next)));
    }

    private static string EncodeCursor(RunCursor cursor) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"{cursor.CreatedAt.UtcTicks.ToString(CultureInfo.InvariantCulture)}|{cursor.RunId}"))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static RunCursor? DecodeCursor(string cursor)
    {
        try
        {
            var base64 = cursor.Replace('-', '+').Replace('_', '/');
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '=')));
            var bar = text.IndexOf('|', StringComparison.Ordinal);
            return bar > 0 && long.TryParse(text.AsSpan(0, bar), NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
                && ticks <= DateTimeOffset.MaxValue.UtcTicks
                ? new RunCursor(new DateTimeOffset(ticks, TimeSpan.Zero), text[(bar + 1)..])
                : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
