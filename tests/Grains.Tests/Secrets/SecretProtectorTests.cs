using System.Security.Cryptography;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Thaiyyal.Grains.Secrets;

namespace Thaiyyal.Grains.Tests.Secrets;

/// <summary>Both encryption paths: the stored form hides the value, binds it to its tenant and name, and needs its key.</summary>
public sealed class SecretProtectorTests
{
    private static readonly string Key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    private static SecretProtector Create(string? key, InMemoryXmlRepository? ring = null) =>
        new(Options.Create(new SecretsOptions { Key = key }), new SecretKeyRing(ring ?? new InMemoryXmlRepository()), NullLoggerFactory.Instance);

    [Theory]
    [InlineData(true, "aes1:")]
    [InlineData(false, "dp1:")]
    public void Protect_HidesTheValue_RoundTrips_AndIsBoundToTenantAndName(bool aes, string prefix)
    {
        using var protector = Create(aes ? Key : null);
        const string plaintext = "protector-canary-0f9e8d7c";

        var stored = protector.Protect("acme", "TOKEN", plaintext);

        Assert.StartsWith(prefix, stored, StringComparison.Ordinal);
        Assert.DoesNotContain(plaintext, stored, StringComparison.Ordinal);
        Assert.DoesNotContain(Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(plaintext)), stored, StringComparison.Ordinal);
        Assert.NotEqual(stored, protector.Protect("acme", "TOKEN", plaintext)); // randomised
        Assert.Equal(plaintext, protector.Unprotect("acme", "TOKEN", stored));
        Assert.ThrowsAny<CryptographicException>(() => protector.Unprotect("other", "TOKEN", stored));
        Assert.ThrowsAny<CryptographicException>(() => protector.Unprotect("acme", "OTHER", stored));
    }

    [Fact]
    public void Unprotect_WithoutTheKeyOrKeyRing_Fails()
    {
        using var aes = Create(Key);
        using var otherKey = Create(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
        using var noKey = Create(null);
        using var dataProtection = Create(null);
        using var otherRing = Create(null);

        var aesValue = aes.Protect("acme", "TOKEN", "v");
        var dpValue = dataProtection.Protect("acme", "TOKEN", "v");

        Assert.ThrowsAny<CryptographicException>(() => otherKey.Unprotect("acme", "TOKEN", aesValue));
        Assert.ThrowsAny<CryptographicException>(() => noKey.Unprotect("acme", "TOKEN", aesValue));
        Assert.ThrowsAny<CryptographicException>(() => otherRing.Unprotect("acme", "TOKEN", dpValue));
    }

    [Fact]
    public void DataProtectionValue_WrittenBeforeAKeyWasConfigured_StillDecrypts()
    {
        var ring = new InMemoryXmlRepository();
        using var before = Create(null, ring);
        var stored = before.Protect("acme", "TOKEN", "old value");

        using var after = Create(Key, ring);

        Assert.Equal("old value", after.Unprotect("acme", "TOKEN", stored));
    }
}
