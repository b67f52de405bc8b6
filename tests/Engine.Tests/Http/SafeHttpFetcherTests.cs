using Microsoft.Extensions.DependencyInjection;
using Thaiyyal.Grains.Engine.Http;
using Thaiyyal.Grains.Engine.Nodes;

namespace Thaiyyal.Engine.Tests.Http;

public sealed class SafeHttpFetcherTests(LocalHttpServer server) : IClassFixture<LocalHttpServer>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task FetchAsync_PolicyBlocksAddress_ConnectionItselfIsRefused()
    {
        // No pre-flight validation here: the guard inside the connection callback must refuse on its own.
        await using var services = HttpTestServices.Create();
        var fetcher = services.GetRequiredService<SafeHttpFetcher>();
        var key = Guid.NewGuid().ToString("N");

        var ex = await Assert.ThrowsAsync<NodeExecutionException>(() => fetcher.FetchAsync(new HttpFetchRequest
        {
            Url = new Uri(server.Url($"flaky/{key}?failures=0")),
            Policy = SsrfPolicy.Strict,
            IdempotencyKey = "r/n/1",
        }, Token));

        Assert.Equal("URL validation failed: IP validation failed for 127.0.0.1: localhost addresses are blocked (set allow_localhost=true to permit)", ex.Message);
        Assert.Equal(0, server.Hits(key));
    }

    [Fact]
    public async Task FetchAsync_HostNameResolvingToBlockedAddress_IsRefusedAtConnect()
    {
        await using var services = HttpTestServices.Create();
        var fetcher = services.GetRequiredService<SafeHttpFetcher>();

        var ex = await Assert.ThrowsAsync<NodeExecutionException>(() => fetcher.FetchAsync(new HttpFetchRequest
        {
            Url = new Uri($"http://localhost:{server.BaseAddress.Port}/json"),
            Policy = SsrfPolicy.Strict,
            IdempotencyKey = "r/n/1",
        }, Token));

        Assert.StartsWith("URL validation failed: IP validation failed for localhost (", ex.Message, StringComparison.Ordinal);
        Assert.EndsWith("): localhost addresses are blocked (set allow_localhost=true to permit)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FetchAsync_NamedClientFailure_NeverShowsSecrets()
    {
        await using var services = HttpTestServices.Create(o => o.MaxRetryAttempts = 0);
        var fetcher = services.GetRequiredService<SafeHttpFetcher>();

        var ex = await Assert.ThrowsAsync<NodeExecutionException>(() => fetcher.FetchAsync(new HttpFetchRequest
        {
            Url = new Uri("http://user:url-password@127.0.0.1:1/"),
            Policy = SsrfPolicy.FromOptions(services.Options()),
            IdempotencyKey = "r/n/1",
            Client = new Grains.Engine.Http.Clients.HttpClientConfiguration
            {
                Uid = "c",
                Auth = new Grains.Engine.Http.Clients.HttpClientAuth { Type = "apikey", ApiKeyName = "key", ApiKeyValue = "query-secret", ApiKeyLocation = "query" },
            },
        }, Token));

        Assert.DoesNotContain("query-secret", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("url-password", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FetchAsync_ConnectionRefused_FailsAsTransportError()
    {
        await using var services = HttpTestServices.Create(o => o.MaxRetryAttempts = 0);
        var fetcher = services.GetRequiredService<SafeHttpFetcher>();
        var policy = SsrfPolicy.FromOptions(services.Options());

        var ex = await Assert.ThrowsAsync<NodeExecutionException>(() => fetcher.FetchAsync(new HttpFetchRequest
        {
            Url = new Uri("http://127.0.0.1:1/"),
            Policy = policy,
            IdempotencyKey = "r/n/1",
        }, Token));

        Assert.StartsWith("HTTP request failed: Get \"http://127.0.0.1:1/\": ", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PooledClient_PostAfterTransientFailure_IsNotRetried()
    {
        await using var services = HttpTestServices.Create(o => o.MaxRetryAttempts = 3);
        var client = services.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientNames.Default);
        var key = Guid.NewGuid().ToString("N");

        using var response = await client.PostAsync(server.Url($"flaky/{key}?failures=1"), new StringContent("{}"), Token);

        Assert.Equal(503, (int)response.StatusCode);
        Assert.Equal(1, server.Hits(key));
    }

    [Fact]
    public async Task PooledClient_RepeatedFailures_OpenTheHostCircuit()
    {
        await using var services = HttpTestServices.Create(o =>
        {
            o.MaxRetryAttempts = 0;
            o.CircuitBreakerMinimumThroughput = 2;
            o.CircuitBreakerFailureRatio = 0.5;
        });
        var fetcher = services.GetRequiredService<SafeHttpFetcher>();
        var policy = SsrfPolicy.FromOptions(services.Options());
        var key = Guid.NewGuid().ToString("N");
        var request = new HttpFetchRequest { Url = new Uri(server.Url($"flaky/{key}?failures=100")), Policy = policy, IdempotencyKey = "r/n/1" };

        for (var i = 0; i < 2; i++)
        {
            await Assert.ThrowsAsync<NodeExecutionException>(() => fetcher.FetchAsync(request, Token));
        }
        var ex = await Assert.ThrowsAsync<NodeExecutionException>(() => fetcher.FetchAsync(request, Token));

        Assert.Contains("circuit breaker open", ex.Message, StringComparison.Ordinal);
        Assert.Equal(2, server.Hits(key));
    }
}
