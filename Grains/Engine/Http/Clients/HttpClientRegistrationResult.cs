namespace Thaiyyal.Grains.Engine.Http.Clients;

/// <summary>The outcome of <see cref="IHttpClientConfigurationStore.RegisterAsync"/>, with the reference's error text.</summary>
public sealed record HttpClientRegistrationResult(HttpClientRegistrationStatus Status, string? Error)
{
    public static readonly HttpClientRegistrationResult Registered = new(HttpClientRegistrationStatus.Registered, null);

    /// <summary><c>invalid config: &lt;reason&gt;</c> (the API prefixes <c>Failed to create HTTP client: </c>).</summary>
    public static HttpClientRegistrationResult Invalid(string reason) => new(HttpClientRegistrationStatus.Invalid, $"invalid config: {reason}");

    /// <summary><c>client with UID "&lt;uid&gt;" already exists</c> (the API prefixes <c>Failed to register HTTP client: </c>).</summary>
    public static HttpClientRegistrationResult Duplicate(string uid) => new(HttpClientRegistrationStatus.Duplicate, $"client with UID \"{uid}\" already exists");
}
