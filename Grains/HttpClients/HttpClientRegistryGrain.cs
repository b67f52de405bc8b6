using Orleans.Runtime;
using Thaiyyal.Grains.Abstractions.HttpClients;
using Thaiyyal.Grains.Runs;

namespace Thaiyyal.Grains.HttpClients;

/// <summary>Holds a tenant's named HTTP client configurations; a registration is durable before it is acknowledged.</summary>
public sealed class HttpClientRegistryGrain(
    [PersistentState("httpclients", ThaiyyalStorage.Runs)] IPersistentState<HttpClientRegistryState> registry) : Grain, IHttpClientRegistryGrain
{
    public async Task<bool> RegisterAsync(string uid, string configurationJson)
    {
        if (!registry.State.Clients.TryAdd(uid, configurationJson))
        {
            return false;
        }
        await registry.WriteStateAsync();
        return true;
    }

    public Task<string?> FindAsync(string uid) => Task.FromResult(registry.State.Clients.GetValueOrDefault(uid));

    public Task<IReadOnlyList<string>> ListUidsAsync() =>
        Task.FromResult<IReadOnlyList<string>>(registry.State.Clients.Keys.Order(StringComparer.Ordinal).ToList());
}
