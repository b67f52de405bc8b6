using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Npgsql;
using Thaiyyal.Grains.Engine.Secrets;
using Thaiyyal.Grains.Secrets;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registration of tenants' secrets: options, encryption at rest and the engine's resolver.</summary>
public static class ThaiyyalSecretsServiceCollectionExtensions
{
    /// <summary><see cref="SecretsOptions"/> (section <c>Thaiyyal:Secrets</c>, validated at start): every host reads the limits.</summary>
    public static IServiceCollection AddThaiyyalSecretsOptions(this IServiceCollection services)
    {
        services.AddOptions<SecretsOptions>().BindConfiguration(SecretsOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SecretsOptions>, SecretsOptionsValidator>());
        return services;
    }

    /// <summary>
    /// What a silo needs to encrypt and decrypt secrets: the protector over the key ring (in memory unless
    /// <see cref="AddThaiyyalPostgresSecretKeyRing"/> registered PostgreSQL's first) and the grain-backed resolver.
    /// </summary>
    public static IServiceCollection AddThaiyyalSecretProtection(this IServiceCollection services)
    {
        services.AddThaiyyalSecretsOptions();
        services.TryAddSingleton(new SecretKeyRing(InMemoryXmlRepository.Process));
        services.TryAddSingleton<ISecretProtector, SecretProtector>();
        services.Replace(ServiceDescriptor.Singleton<ISecretResolver, GrainSecretResolver>());
        return services;
    }

    /// <summary>The secrets' Data Protection key ring in <c>thaiyyal_data_protection_keys</c> (Postgres mode).</summary>
    public static IServiceCollection AddThaiyyalPostgresSecretKeyRing(this IServiceCollection services, string connectionString)
    {
        services.TryAddSingleton(new SecretKeyRing(new PostgresXmlRepository(NpgsqlDataSource.Create(connectionString))));
        return services;
    }
}
