using System.Security.Cryptography;
using Microsoft.Extensions.DependencyInjection;
using Thaiyyal.Grains.Abstractions.Secrets;
using Thaiyyal.Grains.Engine.Secrets;

namespace Thaiyyal.Grains.Tests.Postgres;

/// <summary>
/// Postgres mode's secrets: grain state holds ciphertext only; the Data Protection key ring lives in
/// <c>thaiyyal_data_protection_keys</c>, so a cluster started afresh decrypts what an earlier one encrypted.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class SecretKeyRingTests(PostgresFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task DataProtection_KeyRingInTheTable_LetsANewClusterDecryptWhatTheFirstEncrypted()
    {
        var connectionString = await fixture.Server.CreateDatabaseAsync(cancellationToken: Ct);
        var tenant = "kr-" + Guid.NewGuid().ToString("N")[..8];
        var plaintext = "postgres-canary-" + Guid.NewGuid().ToString("N");
        var clusterId = "keyring-" + Guid.NewGuid().ToString("N")[..8]; // grain state is the service's: the same id finds it again
        await using (var first = await PostgresFixture.StartClusterAsync(connectionString, silos: 1, clusterId))
        {
            Assert.Equal(SecretSetOutcome.Created, await first.Client.GetGrain<ISecretsGrain>(tenant).SetAsync("DB_PASSWORD", new SecretValue(plaintext)));
        }

        var keys = await PostgresRows.QueryAsync(connectionString, "SELECT friendly_name, xml FROM thaiyyal_data_protection_keys");
        Assert.NotEmpty(keys);
        Assert.Contains("<key ", (string)keys[0][1]!, StringComparison.Ordinal);
        var state = await StoredStateAsync(connectionString, tenant);
        Assert.Contains("dp1:", state, StringComparison.Ordinal);
        Assert.DoesNotContain(plaintext, state, StringComparison.Ordinal);
        await using var second = await PostgresFixture.StartClusterAsync(connectionString, silos: 1, clusterId);
        var resolver = second.Silos[0].ServiceProvider.GetRequiredService<ISecretResolver>();
        Assert.Equal(plaintext, await resolver.ResolveAsync(tenant, "DB_PASSWORD", Ct));
    }

    [Fact]
    public async Task AesGcm_UnderTheConfiguredKey_StoresCiphertextThatTheSameKeyDecrypts()
    {
        var settings = new Dictionary<string, string?> { ["Thaiyyal:Secrets:Key"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)) };
        var tenant = "aes-" + Guid.NewGuid().ToString("N")[..8];
        var plaintext = "aes-canary-" + Guid.NewGuid().ToString("N");
        await using var cluster = await PostgresFixture.StartClusterAsync(fixture.ConnectionString, silos: 1, extraSettings: settings);

        await cluster.Client.GetGrain<ISecretsGrain>(tenant).SetAsync("API_KEY", new SecretValue(plaintext));

        var state = await StoredStateAsync(fixture.ConnectionString, tenant);
        Assert.Contains("aes1:", state, StringComparison.Ordinal);
        Assert.DoesNotContain(plaintext, state, StringComparison.Ordinal);
        var resolver = cluster.Silos[0].ServiceProvider.GetRequiredService<ISecretResolver>();
        Assert.Equal(plaintext, await resolver.ResolveAsync(tenant, "API_KEY", Ct));
    }

    private static async Task<string> StoredStateAsync(string connectionString, string tenant)
    {
        var rows = await PostgresRows.QueryAsync(connectionString,
            "SELECT convert_from(PayloadBinary, 'UTF8') FROM orleans_grain_state WHERE GrainTypeString = 'secrets' AND GrainIdExtensionString = @tenant",
            ("tenant", tenant));
        return (string)Assert.Single(rows)[0]!;
    }
}
