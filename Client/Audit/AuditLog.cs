namespace Thaiyyal.Client.Audit;

internal static partial class AuditLog
{
    // The entry's fields carry no secret (no body, header or query), so the log keeps what the chain could not.
    [LoggerMessage(EventId = 4801, Level = LogLevel.Error,
        Message = "Audit entry not stored for chain {Chain}: {Action} [{Target}] by {Actor} from {ClientAddress} answered {Outcome} at {Time:O} (request {RequestId}, trace {TraceId})")]
    public static partial void AppendFailed(
        ILogger logger, string chain, string action, string target, string actor, string? clientAddress, int outcome,
        DateTimeOffset time, string requestId, string? traceId, Exception exception);

    [LoggerMessage(EventId = 4802, Level = LogLevel.Warning,
        Message = "Request {RequestId} ({Action}) answered 503 instead of {Outcome}: its audit entry could not be stored")]
    public static partial void MutationRefused(ILogger logger, string requestId, string action, int outcome);
}
