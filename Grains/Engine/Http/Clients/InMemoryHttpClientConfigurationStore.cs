using System.Collections.Concurrent;

namespace Thaiyyal.Grains.Engine.Http.Clients;

/// <summary>Process-local store of named clients, lost on restart (as in the reference server).</summary>
public sealed class InMemoryHttpClientConfigurationStore : IHttpClientConfigurationStore
{
    private readonly ConcurrentDictionary<string, HttpClientConfiguration> _clients = new(StringComparer.Ordinal);

    public ValueTask<HttpClientConfiguration?> FindAsync(string uid, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_clients.TryGetValue(uid, out var config) ? config : null);

    public ValueTask<HttpClientRegistrationResult> RegisterAsync(HttpClientConfiguration configuration, CancellationToken cancellationToken)
    {
        if (HttpClientConfigurationValidator.Validate(configuration) is { } reason)
        {
            return ValueTask.FromResult(HttpClientRegistrationResult.Invalid(reason));
        }
        return ValueTask.FromResult(_clients.TryAdd(configuration.Uid, configuration)
            ? HttpClientRegistrationResult.Registered
            : HttpClientRegistrationResult.Duplicate(configuration.Uid));
    }

    public ValueTask<IReadOnlyList<string>> ListUidsAsync(CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<string>>(_clients.Keys.Order(StringComparer.Ordinal).ToList());
}
