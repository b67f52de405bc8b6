namespace Thaiyyal.Grains.Abstractions.Secrets;

/// <summary>What a secret's listing shows: its name and times, never its value.</summary>
[GenerateSerializer, Immutable, Alias("thaiyyal.SecretInfo")]
public sealed record SecretInfo(
    [property: Id(0)] string Name,
    [property: Id(1)] DateTimeOffset CreatedAt,
    [property: Id(2)] DateTimeOffset UpdatedAt);
