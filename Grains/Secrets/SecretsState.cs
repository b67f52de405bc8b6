namespace Thaiyyal.Grains.Secrets;

/// <summary>A tenant's secrets by name. Append members with new ids.</summary>
[GenerateSerializer, Alias("thaiyyal.SecretsState")]
public sealed class SecretsState
{
    [Id(0)] public Dictionary<string, SecretEntry> Secrets { get; set; } = new(StringComparer.Ordinal);
}
