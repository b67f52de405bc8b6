using System.Text.Json;
using Thaiyyal.Grains.Abstractions.HttpClients;
using Thaiyyal.Grains.Engine.Http.Clients;

namespace Thaiyyal.Grains.HttpClients;

/// <summary>The engine's named-client store backed by <see cref="IHttpClientRegistryGrain"/>: one registry for the whole cluster.</summary>
public sealed class GrainHttpClientConfigurationStore(IGrainFactory grains) : IHttpClientConfigurationStore
{
    /// <summary>The single tenant until tenancy arrives.</summary>
    public const string DefaultTenant = "default";

    private IHttpClientRegistryGrain Registry => grains.GetGrain<IHttpClientRegistryGrain>(DefaultTenant);

    public async ValueTask<HttpClientConfiguration?> FindAsync(string uid, CancellationToken cancellationToken) =>
        await Registry.FindAsync(uid) is { } json ? JsonSerializer.Deserialize<HttpClientConfiguration>(json) : null;

    public async ValueTask<HttpClientRegistrationResult> RegisterAsync(HttpClientConfiguration configuration, CancellationToken cancellationToken)
    {
        if (HttpClientConfigurationValidator.Validate(configuration) is { } reason)
        {
            return HttpClientRegistrationResult.Invalid(reason);
        }
        return await Registry.RegisterAsync(configuration.Uid, JsonSerializer.Serialize(configuration))
            ? HttpClientRegistrationResult.Registered
            : HttpClientRegistrationResult.Duplicate(configuration.Uid);
    }

    public async ValueTask<IReadOnlyList<string>> ListUidsAsync(CancellationToken cancellationToken) => await Registry.ListUidsAsync();
}
