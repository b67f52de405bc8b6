namespace Thaiyyal.Grains.Secrets;

/// <summary>
/// Encrypts secret values for grain state and decrypts them where a node runs. A value is bound to its tenant and
/// name: a stored value copied to another tenant or name does not decrypt.
/// </summary>
public interface ISecretProtector
{
    string Protect(string tenantId, string name, string plaintext);

    /// <exception cref="System.Security.Cryptography.CryptographicException">The value was not made for this tenant and name, or its key is missing.</exception>
    string Unprotect(string tenantId, string name, string protectedValue);
}
