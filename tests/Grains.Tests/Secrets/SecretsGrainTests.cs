using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;
using Thaiyyal.Grains.Abstractions.Secrets;
using Thaiyyal.Grains.Engine.Secrets;
using Thaiyyal.Grains.Runs;
using Thaiyyal.Grains.Secrets;
using Thaiyyal.Grains.Tests.Support;

namespace Thaiyyal.Grains.Tests.Secrets;

/// <summary>Memory mode's secrets: encrypted with Data Protection before grain state, decrypted by any silo's resolver.</summary>
[Collection(ClusterCollection.Name)]
public sealed class SecretsGrainTests(ClusterFixture fixture)
{
    [Fact]
    public async Task Set_StoresOnlyCiphertext_AndEverySilosResolverDecryptsIt()
    {
        var tenant = "t-" + Guid.NewGuid().ToString("N")[..12];
        var plaintext = "memory-canary-" + Guid.NewGuid().ToString("N");

        Assert.Equal(SecretSetOutcome.Created, await fixture.Client.GetGrain<ISecretsGrain>(tenant).SetAsync("API_TOKEN", new SecretValue(plaintext)));

        var storage = fixture.Cluster.Silos[0].ServiceProvider.GetRequiredKeyedService<IGrainStorage>(ThaiyyalStorage.Runs);
        var stored = new GrainState<SecretsState>();
        await storage.ReadStateAsync("secrets", GrainId.Create("secrets", tenant), stored);
        var json = JsonSerializer.Serialize(stored.State);
        Assert.Contains("API_TOKEN", json, StringComparison.Ordinal);
        Assert.DoesNotContain(plaintext, json, StringComparison.Ordinal);
        Assert.StartsWith("dp1:", stored.State!.Secrets["API_TOKEN"].ProtectedValue, StringComparison.Ordinal);
        foreach (var silo in fixture.Cluster.Silos)
        {
            var resolver = silo.ServiceProvider.GetRequiredService<ISecretResolver>();
            Assert.Equal(plaintext, await resolver.ResolveAsync(tenant, "API_TOKEN", TestContext.Current.CancellationToken));
            Assert.Null(await resolver.ResolveAsync("other-tenant", "API_TOKEN", TestContext.Current.CancellationToken));
        }
    }

    [Fact]
    public async Task List_ShowsNamesAndTimes_Delete_RemovesTheValue()
    {
        var grain = fixture.Client.GetGrain<ISecretsGrain>("t-" + Guid.NewGuid().ToString("N")[..12]);
        await grain.SetAsync("b", new SecretValue("1"));
        await grain.SetAsync("a", new SecretValue("2"));
        Assert.Equal(SecretSetOutcome.Updated, await grain.SetAsync("a", new SecretValue("3")));

        Assert.Equal(["a", "b"], (await grain.ListAsync()).Select(s => s.Name));
        Assert.True(await grain.DeleteAsync("a"));
        Assert.False(await grain.DeleteAsync("a"));
        Assert.Null(await grain.FindProtectedAsync("a"));
        Assert.Equal(["b"], (await grain.ListAsync()).Select(s => s.Name));
    }
}
