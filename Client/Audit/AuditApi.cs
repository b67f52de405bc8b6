using System.Globalization;
using Thaiyyal.Client.Api;
using Thaiyyal.Client.Identity;
using Thaiyyal.Grains.Abstractions.Audit;

namespace Thaiyyal.Client.Audit;

/// <summary>
/// <c>GET /api/v1/audit</c> and <c>GET /api/v1/audit/verify</c>: a tenant's admin reads and verifies the tenant's
/// chain; <c>?scope=installation</c> is the installation chain (refusals before anyone was identified), for
/// installation admins only.
/// </summary>
internal static class AuditApi
{
    private const int DefaultLimit = 50;
    private const int MaxLimit = 500;
    private const string TenantScope = "tenant";
    private const string InstallationScope = "installation";

    public static RouteGroupBuilder MapAuditApi(this IEndpointRouteBuilder app)
    {
        var admins = app.MapGroup("/api/v1/audit").WithTags("Audit").RequireAuthorization(ThaiyyalPolicies.Admin);
        admins.MapGet("/", ListAsync).WithName("ListAudit")
            .WithSummary("List audit entries, newest first (descending seq)")
            .WithDescription("Filters: actor and action (exact, e.g. 'POST /api/v1/runs/{runId}/cancel'), outcome (a status code such as 403, or a class such as 4xx), from and to (ISO 8601; from inclusive, to exclusive). Paging: limit (1-500, default 50) and cursor (nextCursor of the previous page). scope=installation (installation admins): the installation's chain.")
            .Produces<AuditListResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        admins.MapGet("/verify", VerifyAsync).WithName("VerifyAudit")
            .WithSummary("Recompute the audit chain from its checkpoint and report the first broken link")
            .Produces<AuditVerifyResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        return admins;
    }

    internal static async Task<IResult> ListAsync(
        string? scope, string? actor, string? action, string? outcome, DateTimeOffset? from, DateTimeOffset? to, int? limit, string? cursor,
        Caller caller, IGrainFactory grains)
    {
        if (ChainOf(scope, caller) is not { } chain)
        {
            return ScopeProblem(scope);
        }
        if (limit is < 1 or > MaxLimit)
        {
            return Problems.BadRequest("Invalid limit", $"limit must be between 1 and {MaxLimit}.");
        }
        (int From, int To)? outcomes = null;
        if (outcome is not null && (outcomes = ParseOutcome(outcome)) is null)
        {
            return Problems.BadRequest("Invalid outcome", "outcome must be a status code (100-599) or a class such as 4xx.");
        }
        long? before = null;
        if (cursor is not null)
        {
            if (!long.TryParse(cursor, NumberStyles.None, CultureInfo.InvariantCulture, out var seq) || seq < 1)
            {
                return Problems.BadRequest("Invalid cursor", "cursor must be the nextCursor of a previous page.");
            }
            before = seq;
        }
        var page = await grains.GetGrain<IAuditQueryGrain>(0).ListAsync(new AuditQuery(chain, limit ?? DefaultLimit)
        {
            Actor = actor,
            Action = action,
            OutcomeFrom = outcomes?.From,
            OutcomeTo = outcomes?.To,
            From = from,
            To = to,
            BeforeSeq = before,
        });
        return TypedResults.Ok(new AuditListResponse(
            [.. page.Entries.Select(AuditEntryResponse.From)],
            page.NextBeforeSeq?.ToString(CultureInfo.InvariantCulture)));
    }

    internal static async Task<IResult> VerifyAsync(string? scope, Caller caller, IGrainFactory grains)
    {
        if (ChainOf(scope, caller) is not { } chain)
        {
            return ScopeProblem(scope);
        }
        var verification = await grains.GetGrain<IAuditQueryGrain>(0).VerifyAsync(chain);
        return TypedResults.Ok(AuditVerifyResponse.From(verification));
    }

    /// <summary>The chain a scope names for this caller: its tenant's, or the installation's for an installation admin; null when not allowed or unknown.</summary>
    private static string? ChainOf(string? scope, Caller caller) => scope switch
    {
        null or TenantScope => caller.TenantId,
        InstallationScope when caller.Has(ThaiyyalRoles.InstallationAdmin) => AuditChains.Installation,
        _ => null,
    };

    private static IResult ScopeProblem(string? scope) => scope == InstallationScope
        ? TypedResults.Problem(title: "Forbidden", detail: "The installation's audit chain is for installation admins.", statusCode: StatusCodes.Status403Forbidden)
        : Problems.BadRequest("Invalid scope", $"scope must be '{TenantScope}' (the default) or '{InstallationScope}'.");

    private static (int From, int To)? ParseOutcome(string outcome)
    {
        if (outcome.Length == 3 && outcome[0] is >= '1' and <= '5' && outcome.EndsWith("xx", StringComparison.OrdinalIgnoreCase))
        {
            var hundreds = (outcome[0] - '0') * 100;
            return (hundreds, hundreds + 99);
        }
        return int.TryParse(outcome, NumberStyles.None, CultureInfo.InvariantCulture, out var status) && status is >= 100 and <= 599
            ? (status, status)
            : null;
    }
}
