namespace Thaiyyal.Grains.HttpClients;

/// <summary>Persisted named client configurations by uid (JSON text). Append members with new ids.</summary>
[GenerateSerializer, Alias("thaiyyal.HttpClientRegistryState")]
public sealed class HttpClientRegistryState
{
    [Id(0)] public Dictionary<string, string> Clients { get; set; } = new(StringComparer.Ordinal);
}
