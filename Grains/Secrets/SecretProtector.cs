using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Thaiyyal.Grains.Secrets;

/// <summary>
/// The silo's <see cref="ISecretProtector"/>: AES-GCM when <see cref="SecretsOptions.Key"/> is set, otherwise ASP.NET
/// Core Data Protection over the <see cref="SecretKeyRing"/> (PostgreSQL or memory) with the purpose
/// <c>Thaiyyal.Secrets.v1 / tenant / name</c>. Stored values carry a prefix saying which (<c>aes1:</c>, <c>dp1:</c>), so
/// values written before a key was configured still decrypt. The Data Protection system is its own (application name
/// <c>thaiyyal-secrets</c>), separate from any the host uses for cookies.
/// </summary>
public sealed class SecretProtector : ISecretProtector, IDisposable
{
    private const string AesPrefix = "aes1:";
    private const string DataProtectionPrefix = "dp1:";
    private const string Purpose = "Thaiyyal.Secrets.v1";

    private readonly AesGcmSecretCipher? _aes;
    private readonly Lazy<ServiceProvider> _dataProtection;

    public SecretProtector(IOptions<SecretsOptions> options, SecretKeyRing keyRing, ILoggerFactory loggerFactory)
    {
        _aes = !string.IsNullOrEmpty(options.Value.Key) && AesGcmSecretCipher.TryDecodeKey(options.Value.Key, out var key) ? new AesGcmSecretCipher(key) : null;
        _dataProtection = new(() =>
        {
            var services = new ServiceCollection();
            services.AddSingleton(loggerFactory);
            services.AddLogging();
            services.AddDataProtection().SetApplicationName("thaiyyal-secrets");
            services.Configure<KeyManagementOptions>(o => o.XmlRepository = keyRing.Repository);
            return services.BuildServiceProvider();
        });
    }

    public string Protect(string tenantId, string name, string plaintext) => _aes is { } aes
        ? AesPrefix + aes.Encrypt(tenantId, name, plaintext)
        : DataProtectionPrefix + ProtectorFor(tenantId, name).Protect(plaintext);

    public string Unprotect(string tenantId, string name, string protectedValue)
    {
        if (protectedValue.StartsWith(AesPrefix, StringComparison.Ordinal))
        {
            return _aes is { } aes
                ? aes.Decrypt(tenantId, name, protectedValue[AesPrefix.Length..])
                : throw new CryptographicException($"The secret was encrypted with {SecretsOptions.SectionName}:Key, which this silo does not have.");
        }
        return protectedValue.StartsWith(DataProtectionPrefix, StringComparison.Ordinal)
            ? ProtectorFor(tenantId, name).Unprotect(protectedValue[DataProtectionPrefix.Length..])
            : throw new CryptographicException("The stored secret has an unknown format.");
    }

    public void Dispose()
    {
        if (_dataProtection.IsValueCreated)
        {
            _dataProtection.Value.Dispose();
        }
    }

    private IDataProtector ProtectorFor(string tenantId, string name) =>
        _dataProtection.Value.GetRequiredService<IDataProtectionProvider>().CreateProtector(Purpose, tenantId, name);
}
