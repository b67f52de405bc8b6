using Thaiyyal.Client.Tests.Support;
using Thaiyyal.Tests.Shared.Postgres;

namespace Thaiyyal.Client.Tests.Audit;

/// <summary>A throwaway PostgreSQL server and the host in Postgres mode on a migrated database of it.</summary>
public sealed class PostgresAuditFixture : IAsyncLifetime
{
    public PostgresServer Server { get; private set; } = null!;

    public string ConnectionString { get; private set; } = null!;

    public ThaiyyalApiFactory Factory { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Server = await PostgresServer.StartAsync();
        ConnectionString = await Server.CreateDatabaseAsync();
        var id = "audit-" + Guid.NewGuid().ToString("N")[..8];
        Factory = new PostgresApiFactory(new Dictionary<string, string>
        {
            ["Thaiyyal:Storage"] = "Postgres",
            ["ConnectionStrings:Thaiyyal"] = ConnectionString,
            ["Thaiyyal:ClusterId"] = id,
            ["Thaiyyal:ServiceId"] = id,
            ["Thaiyyal:AdvertisedAddress"] = "127.0.0.1",
            ["Thaiyyal:Audit:AppendTimeout"] = "00:00:01",
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (Factory is not null)
        {
            await Factory.DisposeAsync();
        }
        if (Server is not null)
        {
            await Server.DisposeAsync();
        }
    }

    private sealed class PostgresApiFactory(IReadOnlyDictionary<string, string> settings) : ThaiyyalApiFactory
    {
        protected override IReadOnlyDictionary<string, string> Settings => settings;
    }
}
