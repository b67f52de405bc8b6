using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;
using Thaiyyal.Grains.Audit;

namespace Thaiyyal.Grains.Hosting;

/// <summary>The audit log's store: PostgreSQL tables when the provider set registered them, grain storage otherwise.</summary>
public static class ThaiyyalAuditSiloBuilderExtensions
{
    /// <summary>Audit chains in <c>thaiyyal_audit</c> and <c>thaiyyal_audit_checkpoints</c> (deploy/sql 0008), on a small pool of their own.</summary>
    public static ISiloBuilder AddThaiyyalPostgresAudit(this ISiloBuilder silo, string connectionString)
    {
        silo.Services.TryAddSingleton<IAuditStore>(_ => new PostgresAuditStore(NpgsqlDataSource.Create(
            new NpgsqlConnectionStringBuilder(connectionString) { MaxPoolSize = AuditMaxPoolSize }.ConnectionString)));
        return silo;
    }

    /// <summary>The options, and the Memory mode store unless the provider set registered one.</summary>
    public static ISiloBuilder AddThaiyyalAudit(this ISiloBuilder silo)
    {
        silo.Services.AddThaiyyalAuditOptions();
        silo.Services.TryAddSingleton<IAuditStore, GrainAuditStore>();
        return silo;
    }

    /// <summary>Connections of a silo's audit store: appends are batched per chain, so few are needed.</summary>
    public const int AuditMaxPoolSize = 4;
}
