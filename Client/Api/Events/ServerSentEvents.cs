using System.Globalization;
using Microsoft.AspNetCore.Http.Features;
using Thaiyyal.Grains.Abstractions.Events;
using Thaiyyal.Grains.Events;

namespace Thaiyyal.Client.Api.Events;

/// <summary>Writes run events as Server-Sent Events: <c>id</c> = sequence number, <c>event</c> = type, <c>data</c> = the event JSON.</summary>
internal static class ServerSentEvents
{
    public static async Task StartAsync(HttpResponse response)
    {
        response.Headers.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-cache";
        response.Headers["X-Accel-Buffering"] = "no"; // reverse proxies must not hold events back
        response.HttpContext.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        await response.StartAsync();
    }

    /// <summary>Writes one event; on the all-runs feed the id is <c>runId/seq</c> (sequence numbers are per run).</summary>
    public static async Task WriteAsync(HttpResponse response, RunEvent e, CancellationToken cancellationToken, bool qualifiedId = false)
    {
        var id = qualifiedId ? $"{e.RunId}/{e.Seq}" : e.Seq.ToString(CultureInfo.InvariantCulture);
        var text = string.Create(CultureInfo.InvariantCulture, $"id: {id}\nevent: {e.Type}\ndata: {RunEventJson.Serialize(e)}\n\n");
        await response.WriteAsync(text, cancellationToken);
        await response.Body.FlushAsync(cancellationToken);
    }

    public static async Task WriteCommentAsync(HttpResponse response, string comment, CancellationToken cancellationToken)
    {
        await response.WriteAsync($": {comment}\n\n", cancellationToken);
        await response.Body.FlushAsync(cancellationToken);
    }

    /// <summary>The sequence number a reconnecting client last received (<c>Last-Event-ID</c>), or 0.</summary>
    public static long LastEventId(HttpRequest request) =>
        long.TryParse(request.Headers["Last-Event-ID"].ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var seq) ? seq : 0;
}
