using Thaiyyal.Client.Runs;

namespace Thaiyyal.Client.Api;

/// <summary>Reads the optional <c>Idempotency-Key</c> request header.</summary>
internal static class IdempotencyKeyHeader
{
    /// <summary>The key (null when absent), or a 400 problem when it is not usable.</summary>
    public static (string? Key, IResult? Problem) Read(HttpRequest request)
    {
        if (!request.Headers.TryGetValue(IdempotencyKeys.Header, out var values))
        {
            return (null, null);
        }
        var key = values.Count == 1 ? values[0] ?? "" : "";
        return IdempotencyKeys.Problem(key) is { } problem
            ? (null, Problems.BadRequest("Invalid idempotency key", values.Count > 1 ? $"Send one {IdempotencyKeys.Header} header. {problem}" : problem))
            : (key, null);
    }

    /// <summary>409 for a key reused with another request.</summary>
    public static IResult KeyReused(string detail) =>
        TypedResults.Problem(title: "Idempotency key reused", detail: detail, statusCode: StatusCodes.Status409Conflict);
}
