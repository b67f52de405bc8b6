using System.Text.Json;
using Thaiyyal.Grains.Abstractions.HttpClients;
using Thaiyyal.Grains.Engine.Http.Clients;

namespace Thaiyyal.Grains.HttpClients;

/// <summary>The engine's named-client store backed by <see cref="IHttpClientRegistryGrain"/>: one cluster-wide registry per tenant.</summary>
public sealed class GrainHttpClientConfigurationStore(IGrainFactory grains) : IHttpClientConfigurationStore
{
    private IHttpClientRegistryGrain Registry(string tenantId) => grains.GetGrain<IHttpClientRegistryGrain>(tenantId);

    public async ValueTask<HttpClientConfiguration?> FindAsync(string tenantId, string uid, CancellationToken cancellationToken) =>
        await Registry(tenantId).FindAsync(uid) is { } json ? JsonSerializer.Deserialize<HttpClientConfiguration>(json) : null;

    public async ValueTask<HttpClientRegistrationResult> RegisterAsync(string tenantId, HttpClientConfiguration configuration, CancellationToken cancellationToken)
    {
        if (HttpClientConfigurationValidator.Validate(configuration) is { } reason)
        {
            return HttpClientRegistrationResult.Invalid(reason);
        }
        return await Registry(tenantId).RegisterAsync(configuration.Uid, JsonSerializer.Serialize(configuration))
            ? HttpClientRegistrationResult.Registered
            : HttpClientRegistrationResult.Duplicate(configuration.Uid);
    }

    public async ValueTask<IReadOnlyList<string>> ListUidsAsync(string tenantId, CancellationToken cancellationToken) => await Registry(tenantId).ListUidsAsync();
}
