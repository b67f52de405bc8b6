using System.Security.Cryptography;
using System.Text;

namespace Thaiyyal.Grains.Secrets;

/// <summary>
/// AES-256-GCM under <see cref="SecretsOptions.Key"/>: <c>nonce (12) | tag (16) | ciphertext</c> in base64, with the
/// tenant and name as associated data.
/// </summary>
internal sealed class AesGcmSecretCipher(byte[] key)
{
    private const int NonceSize = 12;
    private const int TagSize = 16;

    public static bool TryDecodeKey(string text, out byte[] key)
    {
        key = new byte[32];
        return Convert.TryFromBase64String(text.Trim(), key, out var written) && written == 32;
    }

    public string Encrypt(string tenantId, string name, string plaintext)
    {
        var data = Encoding.UTF8.GetBytes(plaintext);
        var output = new byte[NonceSize + TagSize + data.Length];
        var nonce = output.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(key, TagSize);
        aes.Encrypt(nonce, data, output.AsSpan(NonceSize + TagSize), output.AsSpan(NonceSize, TagSize), AssociatedData(tenantId, name));
        return Convert.ToBase64String(output);
    }

    public string Decrypt(string tenantId, string name, string encrypted)
    {
        var input = Convert.FromBase64String(encrypted);
        if (input.Length < NonceSize + TagSize)
        {
            throw new CryptographicException("The stored secret is truncated.");
        }
        var plaintext = new byte[input.Length - NonceSize - TagSize];
        using var aes = new AesGcm(key, TagSize);
        aes.Decrypt(input.AsSpan(0, NonceSize), input.AsSpan(NonceSize + TagSize), input.AsSpan(NonceSize, TagSize), plaintext, AssociatedData(tenantId, name));
        return Encoding.UTF8.GetString(plaintext);
    }

    private static byte[] AssociatedData(string tenantId, string name) => Encoding.UTF8.GetBytes($"thaiyyal.secrets.v1\0{tenantId}\0{name}");
}
