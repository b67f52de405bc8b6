namespace Thaiyyal.Grains.Secrets;

/// <summary>One stored secret: its encrypted value (<see cref="ISecretProtector"/>) and times. Append members with new ids.</summary>
[GenerateSerializer, Alias("thaiyyal.SecretEntry")]
public sealed class SecretEntry
{
    [Id(0)] public string ProtectedValue { get; set; } = string.Empty;

    [Id(1)] public DateTimeOffset CreatedAt { get; set; }

    [Id(2)] public DateTimeOffset UpdatedAt { get; set; }
}
