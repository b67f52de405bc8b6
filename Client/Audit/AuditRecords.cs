using System.Diagnostics;
using System.Text;
using Microsoft.AspNetCore.Routing.Patterns;

namespace Thaiyyal.Client.Audit;

/// <summary>
/// What an audit entry says about a request, from nothing but its method, matched route and connection: the action
/// (method and route pattern, e.g. <c>POST /api/v1/runs/{runId}/cancel</c>; the path when no route matched), the
/// target (the route's values, <c>name=value</c> pairs joined by <c>&amp;</c>, values percent-encoded) and the ids
/// that tie the entry to logs and traces. Bodies, headers and query strings are never read.
/// </summary>
internal static class AuditRecords
{
    /// <summary>Longest path or route value kept (a request may carry anything there).</summary>
    internal const int MaxValueLength = 256;

    public static bool IsMutating(string method) =>
        HttpMethods.IsPost(method) || HttpMethods.IsPut(method) || HttpMethods.IsPatch(method) || HttpMethods.IsDelete(method);

    public static bool IsRefusal(int status) => status is StatusCodes.Status401Unauthorized or StatusCodes.Status403Forbidden;

    public static (string Action, string Target) Describe(HttpContext context)
    {
        var method = context.Request.Method;
        if (context.GetEndpoint() is not RouteEndpoint endpoint)
        {
            return ($"{method} {Truncate(context.Request.PathBase.Add(context.Request.Path).Value ?? "/")}", string.Empty);
        }
        var pattern = endpoint.RoutePattern;
        var text = pattern.RawText ?? string.Empty;
        var action = $"{method} {(text.StartsWith('/') ? text : "/" + text)}";
        var target = new StringBuilder();
        foreach (var parameter in pattern.Parameters)
        {
            if (context.Request.RouteValues.TryGetValue(parameter.Name, out var value) && value is not null)
            {
                if (target.Length > 0)
                {
                    target.Append('&');
                }
                target.Append(parameter.Name).Append('=').Append(Uri.EscapeDataString(Truncate(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty)));
            }
        }
        return (action, target.ToString());
    }

    /// <summary>The W3C trace id of the request: its activity's, else a valid <c>traceparent</c> header's.</summary>
    public static string? TraceId(HttpContext context)
    {
        if (Activity.Current is { } activity && activity.TraceId != default)
        {
            return activity.TraceId.ToHexString();
        }
        var traceparent = context.Request.Headers.TraceParent.ToString();
        return traceparent.Length > 0 && ActivityContext.TryParse(traceparent, null, out var parent) ? parent.TraceId.ToHexString() : null;
    }

    private static string Truncate(string value) => value.Length <= MaxValueLength ? value : value[..MaxValueLength];
}
