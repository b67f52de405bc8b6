namespace Thaiyyal.Grains.Abstractions.Secrets;

/// <summary>How <see cref="ISecretsGrain.SetAsync"/> ended.</summary>
[GenerateSerializer, Alias("thaiyyal.SecretSetOutcome")]
public enum SecretSetOutcome
{
    Created,
    Updated,

    /// <summary>A new name past the tenant's secret count limit.</summary>
    LimitReached,
}
