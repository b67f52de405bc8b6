namespace Thaiyyal.Grains.Abstractions.Secrets;

/// <summary>
/// A tenant's secrets: names mapped to values encrypted at rest. Key: the tenant id. A value goes in once and never
/// comes out as plaintext: the grain encrypts it before it reaches grain state, lists names and times only, and gives
/// the silo's secret resolver the ciphertext, which it decrypts where the node runs.
/// </summary>
[Alias("thaiyyal.ISecretsGrain")]
public interface ISecretsGrain : IGrainWithStringKey
{
    /// <summary>Creates or replaces the secret <paramref name="name"/> (checked by <see cref="SecretNames"/>).</summary>
    [Alias("Set")]
    Task<SecretSetOutcome> SetAsync(string name, SecretValue value);

    [Alias("List"), Orleans.Concurrency.ReadOnly]
    Task<IReadOnlyList<SecretInfo>> ListAsync();

    /// <summary>False when there was no such secret.</summary>
    [Alias("Delete")]
    Task<bool> DeleteAsync(string name);

    /// <summary>The stored (encrypted) form of the secret, or null when there is none.</summary>
    [Alias("FindProtected"), Orleans.Concurrency.ReadOnly]
    Task<string?> FindProtectedAsync(string name);
}
