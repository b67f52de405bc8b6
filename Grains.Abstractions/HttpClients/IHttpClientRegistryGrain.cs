namespace Thaiyyal.Grains.Abstractions.HttpClients;

/// <summary>
/// The cluster-wide registry of named HTTP client configurations, so a client registered through any API host is
/// usable by http nodes on every silo. Key: the tenant id. Configurations travel as JSON text.
/// </summary>
[Alias("thaiyyal.IHttpClientRegistryGrain")]
public interface IHttpClientRegistryGrain : IGrainWithStringKey
{
    /// <summary>Stores a configuration under a new uid; false when the uid is taken (an existing one is never overwritten).</summary>
    [Alias("Register")]
    Task<bool> RegisterAsync(string uid, string configurationJson);

    [Alias("Find"), Orleans.Concurrency.ReadOnly]
    Task<string?> FindAsync(string uid);

    [Alias("ListUids"), Orleans.Concurrency.ReadOnly]
    Task<IReadOnlyList<string>> ListUidsAsync();
}
