namespace Thaiyyal.Grains.Abstractions.Secrets;

/// <summary>A secret's plaintext on its way to the secrets grain. <see cref="ToString"/> never shows it.</summary>
[GenerateSerializer, Immutable, Alias("thaiyyal.SecretValue")]
public sealed record SecretValue([property: Id(0)] string Plaintext)
{
    public override string ToString() => "SecretValue { *** }";
}
