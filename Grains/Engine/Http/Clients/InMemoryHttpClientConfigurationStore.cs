using System.Collections.Concurrent;

namespace Thaiyyal.Grains.Engine.Http.Clients;

/// <summary>Process-local store of named clients, lost on restart (as in the reference server).</summary>
public sealed class InMemoryHttpClientConfigurationStore : IHttpClientConfigurationStore
{
    private readonly ConcurrentDictionary<(string TenantId, string Uid), HttpClientConfiguration> _clients = new();

    public ValueTask<HttpClientConfiguration?> FindAsync(string tenantId, string uid, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_clients.TryGetValue((tenantId, uid), out var config) ? config : null);

    public ValueTask<HttpClientRegistrationResult> RegisterAsync(string tenantId, HttpClientConfiguration configuration, CancellationToken cancellationToken)
    {
        if (HttpClientConfigurationValidator.Validate(configuration) is { } reason)
        {
            return ValueTask.FromResult(HttpClientRegistrationResult.Invalid(reason));
        }
        return ValueTask.FromResult(_clients.TryAdd((tenantId, configuration.Uid), configuration)
            ? HttpClientRegistrationResult.Registered
            : HttpClientRegistrationResult.Duplicate(configuration.Uid));
    }

    public ValueTask<IReadOnlyList<string>> ListUidsAsync(string tenantId, CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<string>>(_clients.Keys.Where(k => k.TenantId == tenantId).Select(k => k.Uid).Order(StringComparer.Ordinal).ToList());
}
