using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Thaiyyal.Grains.Hosting;
using Thaiyyal.Grains.Persistence.Migrations;

namespace Thaiyyal.Grains.Tests.Postgres;

/// <summary>Silos and clients refuse a database whose schema is behind, and name the command that fixes it.</summary>
[Collection(PostgresCollection.Name)]
public sealed class StartupTests(PostgresFixture fixture)
{
    [Fact]
    public async Task Silo_EmptyDatabase_FailsToStartNamingMigrate()
    {
        var connectionString = await fixture.Server.CreateDatabaseAsync(migrate: false, TestContext.Current.CancellationToken);
        var cluster = PostgresFixture.BuildCluster(connectionString, silos: 1);

        var error = await Record.ExceptionAsync(() => cluster.DeployAsync(TestContext.Current.CancellationToken));
        await DisposeQuietlyAsync(cluster);

        Assert.NotNull(error);
        var behind = FindSchemaBehind(error);
        Assert.NotNull(behind);
        Assert.Contains("dotnet run --project Silo -- migrate", behind.Message, StringComparison.Ordinal);
        Assert.Contains("0001_orleans_main", behind.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Client_EmptyDatabase_FailsToStartNamingMigrate()
    {
        var connectionString = await fixture.Server.CreateDatabaseAsync(migrate: false, TestContext.Current.CancellationToken);
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Thaiyyal:Storage"] = nameof(StorageMode.Postgres),
            ["ConnectionStrings:Thaiyyal"] = connectionString,
        });
        builder.UseOrleansClient(client => client.AddThaiyyalClient(builder.Configuration));
        using var host = builder.Build();

        var error = await Record.ExceptionAsync(() => host.StartAsync(TestContext.Current.CancellationToken));

        var behind = FindSchemaBehind(error);
        Assert.True(behind is not null, error?.ToString() ?? "started");
        Assert.Contains(SchemaBehindException.MigrateCommand, behind.Message, StringComparison.Ordinal);
    }

    private static SchemaBehindException? FindSchemaBehind(Exception? error)
    {
        for (; error is not null; error = error.InnerException)
        {
            if (error is SchemaBehindException behind)
            {
                return behind;
            }
            if (error is AggregateException aggregate)
            {
                return aggregate.InnerExceptions.Select(FindSchemaBehind).FirstOrDefault(e => e is not null);
            }
        }
        return null;
    }

    private static async Task DisposeQuietlyAsync(IAsyncDisposable disposable)
    {
        try
        {
            await disposable.DisposeAsync();
        }
        catch (Exception ex) when (ex is InvalidOperationException or AggregateException or OperationCanceledException)
        {
            // A cluster that never started may complain while stopping; only the start failure matters here.
        }
    }
}
