namespace Thaiyyal.Client.Identity;

internal static partial class IdentityLog
{
    [LoggerMessage(EventId = 4001, Level = LogLevel.Warning,
        Message = "Anonymous access is on: requests from loopback without credentials act as the installation admin of tenant 'default'. Open {Urls} (set Thaiyyal:Auth:Anonymous=none to require credentials)")]
    public static partial void AnonymousLoopback(ILogger logger, string urls);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Information,
        Message = "Every request needs credentials (an API key, a JWT bearer token or a session); listening on {Urls}")]
    public static partial void CredentialsRequired(ILogger logger, string urls);
}
