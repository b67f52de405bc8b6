namespace Thaiyyal.Grains.Engine.Http.Clients;

/// <summary>
/// Where named HTTP client configurations live. The engine only reads (<see cref="FindAsync"/>); the API registers
/// and lists. The default is <see cref="InMemoryHttpClientConfigurationStore"/> (per process, like the reference);
/// a host replaces it with a cluster-wide one. Every tenant has its own clients: a uid names a client of one tenant.
/// </summary>
public interface IHttpClientConfigurationStore
{
    ValueTask<HttpClientConfiguration?> FindAsync(string tenantId, string uid, CancellationToken cancellationToken);

    /// <summary>Validates and stores <paramref name="configuration"/>; an existing uid is never overwritten.</summary>
    ValueTask<HttpClientRegistrationResult> RegisterAsync(string tenantId, HttpClientConfiguration configuration, CancellationToken cancellationToken);

    ValueTask<IReadOnlyList<string>> ListUidsAsync(string tenantId, CancellationToken cancellationToken);
}
