using Microsoft.AspNetCore.Diagnostics;
using Thaiyyal.Grains.Abstractions.Storage;

namespace Thaiyyal.Client.Api;

/// <summary>
/// Answers a request the cluster could not serve (a silo dying, no gateway, the state database refusing connections)
/// with 503 problem details and <c>Retry-After</c> instead of a bare 500: the client did nothing wrong, and a run start
/// that failed this way made no run, so trying again is safe.
/// </summary>
internal sealed partial class ClusterUnavailableExceptionHandler(IProblemDetailsService problems, ILogger<ClusterUnavailableExceptionHandler> logger)
    : IExceptionHandler
{
    /// <summary>Seconds a client should wait; the cluster's own retries have already spent a few.</summary>
    internal const string RetryAfterSeconds = "2";

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not (OrleansException or TimeoutException))
        {
            return false;
        }
        LogUnavailable(exception, httpContext.Request.Method, httpContext.Request.Path);
        var (title, detail) = exception is StorageUnavailableException storage
            ? ("State database unavailable", $"The cluster could not read or write its state: {storage.Message}")
            : ("Cluster unavailable", $"The cluster could not serve the request ({exception.GetType().Name}).");
        httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        httpContext.Response.Headers.RetryAfter = RetryAfterSeconds;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = { Title = title, Detail = detail, Status = StatusCodes.Status503ServiceUnavailable },
        });
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Method} {Path}: the cluster could not serve the request")]
    private partial void LogUnavailable(Exception exception, string method, string path);
}
