using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace Thaiyyal.Grains.Engine.Http;

/// <summary>Which outcomes retries and circuit breakers count: the usual transient ones, but never an SSRF block.</summary>
internal static class HttpTransientFailures
{
    public static ValueTask<bool> ShouldHandle(Outcome<HttpResponseMessage> outcome) =>
        ValueTask.FromResult(!IsBlocked(outcome.Exception) && HttpClientResiliencePredicates.IsTransient(outcome));

    private static bool IsBlocked(Exception? ex)
    {
        for (; ex is not null; ex = ex.InnerException)
        {
            if (ex is SsrfBlockedException)
            {
                return true;
            }
        }
        return false;
    }
}
