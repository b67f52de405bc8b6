using Thaiyyal.Grains.Abstractions.Tenancy;
using Thaiyyal.Grains.Engine.Http.Clients;

namespace Thaiyyal.Engine.Tests.Http.Clients;

public sealed class InMemoryHttpClientConfigurationStoreTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RegisterAsync_NewClient_CanBeFoundAndListed()
    {
        var store = new InMemoryHttpClientConfigurationStore();
        var config = new HttpClientConfiguration { Uid = "b" };
        Assert.Equal(HttpClientRegistrationResult.Registered, await store.RegisterAsync(TenantIds.Default, config, Token));
        await store.RegisterAsync(TenantIds.Default, new HttpClientConfiguration { Uid = "a" }, Token);

        Assert.Same(config, await store.FindAsync(TenantIds.Default, "b", Token));
        Assert.Null(await store.FindAsync(TenantIds.Default, "c", Token));
        Assert.Equal(["a", "b"], await store.ListUidsAsync(TenantIds.Default, Token));
    }

    [Fact]
    public async Task RegisterAsync_DuplicateUid_KeepsFirstAndReportsConflict()
    {
        var store = new InMemoryHttpClientConfigurationStore();
        var first = new HttpClientConfiguration { Uid = "dup", Description = "first" };
        await store.RegisterAsync(TenantIds.Default, first, Token);

        var result = await store.RegisterAsync(TenantIds.Default, new HttpClientConfiguration { Uid = "dup", Description = "second" }, Token);

        Assert.Equal(HttpClientRegistrationStatus.Duplicate, result.Status);
        Assert.Equal("client with UID \"dup\" already exists", result.Error);
        Assert.Same(first, await store.FindAsync(TenantIds.Default, "dup", Token));
    }

    [Fact]
    public async Task RegisterAsync_InvalidConfiguration_IsRejectedWithPrefix()
    {
        var store = new InMemoryHttpClientConfigurationStore();
        var result = await store.RegisterAsync(TenantIds.Default, new HttpClientConfiguration { Uid = "x", Auth = new HttpClientAuth { Type = "bearer" } }, Token);

        Assert.Equal(HttpClientRegistrationStatus.Invalid, result.Status);
        Assert.Equal("invalid config: token is required for bearer auth", result.Error);
        Assert.Empty(await store.ListUidsAsync(TenantIds.Default, Token));
    }
}
