namespace Thaiyyal.Grains.Abstractions.Audit;

/// <summary>
/// What the API host records about one request, before the chain gives it a place: when it was answered, who asked
/// (a key id, a token subject or <c>anonymous</c>), what it did (method and route pattern), on what (the route
/// values), how it ended (the status code), from where and under which request id. Never a body, a header or a query.
/// </summary>
[GenerateSerializer, Immutable, Alias("thaiyyal.AuditRecord")]
public sealed record AuditRecord(
    DateTimeOffset Time, string Actor, string Action, string Target, int Outcome, string? ClientAddress, string RequestId)
{
    /// <summary>The W3C trace id of the request, when it was traced.</summary>
    [Id(0)] public string? TraceId { get; init; }
}
