using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Thaiyyal.Client.Identity;
using Thaiyyal.Grains.Abstractions.Audit;
using Thaiyyal.Grains.Audit;

namespace Thaiyyal.Client.Audit;

/// <summary>
/// Records every mutating request (POST, PUT, PATCH, DELETE — sign-ins included), and every request of any method
/// answered 401 or 403, as an entry of its tenant's audit chain (the installation's when no caller was identified).
/// It is the outermost middleware, so it sees the status the client gets, after the exception handler and the status
/// code pages; the route is read before the endpoint runs (the exception handler clears it).
/// </summary>
/// <remarks>
/// <para>A mutating request's answer waits for its entry: the response is held in memory until the chain has stored
/// the entry. If the entry cannot be stored within <see cref="AuditOptions.AppendTimeout"/> (a failed attempt is
/// retried until then), the request fails closed: the held answer is dropped and the client gets 503 with a problem
/// that says the request was carried out with its status but not recorded, and the entry's fields are logged at
/// error level (event 4801) so the record survives in the logs. No confirmation of a change leaves without its entry.</para>
/// <para>Other methods are not held (event streams must flow): a 401/403 answer's entry is appended before its
/// headers are sent, and if that fails the refusal still goes out and the entry is logged. A 401/403 refused
/// nothing that happened, so there is nothing to withhold.</para>
/// </remarks>
internal sealed class AuditMiddleware(
    RequestDelegate next, IGrainFactory grains, TimeProvider clock, IOptions<AuditOptions> options, ILogger<AuditMiddleware> logger)
{
    private static readonly TimeSpan RetryDelay = TimeSpan.FromMilliseconds(200);

    public async Task InvokeAsync(HttpContext context)
    {
        var (action, target) = AuditRecords.Describe(context);
        var feature = new AuditFeature();
        context.Features.Set(feature);
        if (AuditRecords.IsMutating(context.Request.Method))
        {
            await HoldUntilRecordedAsync(context, action, target, feature);
            return;
        }
        context.Response.OnStarting(async () =>
        {
            if (AuditRecords.IsRefusal(context.Response.StatusCode))
            {
                await AppendAsync(context, action, target, feature, context.Response.StatusCode);
            }
        });
        await next(context);
    }

    private async Task HoldUntilRecordedAsync(HttpContext context, string action, string target, AuditFeature feature)
    {
        var original = context.Features.Get<IHttpResponseBodyFeature>()!;
        await using var held = new MemoryStream();
        var holding = new StreamResponseBodyFeature(held);
        context.Features.Set<IHttpResponseBodyFeature>(holding);
        try
        {
            await next(context);
            await holding.CompleteAsync(); // flushes what was written through the pipe writer
        }
        catch
        {
            context.Features.Set(original);
            await AppendAsync(context, action, target, feature, StatusCodes.Status500InternalServerError);
            throw;
        }
        context.Features.Set(original);
        var outcome = context.Response.StatusCode;
        if (await AppendAsync(context, action, target, feature, outcome))
        {
            held.Position = 0;
            await held.CopyToAsync(original.Stream, context.RequestAborted);
            return;
        }
        AuditLog.MutationRefused(logger, context.TraceIdentifier, action, outcome);
        await WriteNotRecordedAsync(context, outcome);
    }

    /// <summary>Stores the request's entry; false (after logging the entry) when the chain could not store it in time.</summary>
    private async Task<bool> AppendAsync(HttpContext context, string action, string target, AuditFeature feature, int outcome)
    {
        var caller = feature.Caller ?? Caller.From(context.User);
        var chain = AuditChains.For(caller?.TenantId);
        var record = new AuditRecord(
            clock.GetUtcNow(), caller?.Actor ?? Caller.AnonymousActor, action, target, outcome,
            context.Connection.RemoteIpAddress?.ToString(), context.TraceIdentifier)
        {
            TraceId = AuditRecords.TraceId(context),
        };
        var deadline = clock.GetUtcNow() + options.Value.AppendTimeout;
        while (true)
        {
            try
            {
                // Not the request's token: a client that hangs up does not take the entry with it.
                var left = deadline - clock.GetUtcNow();
                await grains.GetGrain<IAuditGrain>(chain).AppendAsync(record).WaitAsync(left > TimeSpan.Zero ? left : TimeSpan.Zero, clock, CancellationToken.None);
                return true;
            }
            catch (Exception exception)
            {
                // A failed attempt (the store refused, the chain's silo went away) is retried while time is left; a
                // timed-out one is not, since it may still be stored.
                if (exception is TimeoutException || deadline - clock.GetUtcNow() <= RetryDelay)
                {
                    AuditLog.AppendFailed(logger, chain, action, target, record.Actor, record.ClientAddress, outcome, record.Time,
                        record.RequestId, record.TraceId, exception);
                    return false;
                }
            }
            await Task.Delay(RetryDelay, clock, CancellationToken.None);
        }
    }

    private static async Task WriteNotRecordedAsync(HttpContext context, int outcome)
    {
        var response = context.Response;
        response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        foreach (var header in new[] { HeaderNames.ContentLength, HeaderNames.ContentType, HeaderNames.Location, HeaderNames.ETag, HeaderNames.LastModified, HeaderNames.SetCookie })
        {
            response.Headers.Remove(header);
        }
        response.Headers.RetryAfter = "5";
        var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = "Audit log unavailable",
                Detail = $"The request was carried out (it answered {outcome}) but its audit entry could not be stored, so its answer is withheld. Check the state before retrying.",
                Extensions = { ["outcome"] = outcome },
            },
        });
    }
}
