using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Thaiyyal.Engine.Tests.Http;
using Thaiyyal.Engine.Tests.Support;
using Thaiyyal.Grains.Abstractions.Tenancy;
using Thaiyyal.Grains.Engine.Http;
using Thaiyyal.Grains.Engine.Http.Clients;
using Thaiyyal.Grains.Engine.Model;
using Thaiyyal.Grains.Engine.Nodes;
using Thaiyyal.Grains.Engine.Nodes.Http;
using Thaiyyal.Grains.Engine.Values;

namespace Thaiyyal.Engine.Tests.Nodes.Http;

public sealed class HttpNodeExecutorTests(LocalHttpServer server) : IClassFixture<LocalHttpServer>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static async Task<NodeOutcome> RunAsync(string url, Action<HttpNodeOptions>? configure = null, bool openLoopback = true, string? clientUid = null, IHttpClientConfigurationStore? store = null)
    {
        await using var services = HttpTestServices.Create(configure, openLoopback);
        return await RunAsync(services, url, clientUid, store);
    }

    private static async Task<NodeOutcome> RunAsync(IServiceProvider services, string url, string? clientUid = null, IHttpClientConfigurationStore? store = null)
    {
        var executor = store is null
            ? ActivatorUtilities.CreateInstance<HttpNodeExecutor>(services)
            : ActivatorUtilities.CreateInstance<HttpNodeExecutor>(services, store);
        var data = new Dictionary<string, object?>(StringComparer.Ordinal) { ["url"] = url };
        if (clientUid is not null)
        {
            data["http_client_uid"] = clientUid;
        }
        var context = TestNodeContext.For(NodeTypes.Http, JsonValues.Serialize(data));
        try
        {
            return await executor.ExecuteAsync(context, Token);
        }
        catch (NodeExecutionException ex)
        {
            return NodeOutcome.Failure(ex.Message);
        }
    }

    private static void AssertFailure(string expected, NodeOutcome outcome) => Assert.Equal(expected, outcome.Error);

    [Fact]
    public async Task ExecuteAsync_JsonContentType_OutputsParsedJson()
    {
        var outcome = await RunAsync(server.Url("json"));
        TestNodeContext.AssertJsonEqual("""{"name":"thaiyyal","items":[1,2.5,"x"]}""", outcome.Value);
    }

    [Fact]
    public async Task ExecuteAsync_PlusJsonContentTypeWithParameters_OutputsParsedJson()
    {
        var outcome = await RunAsync(server.Url("problem"));
        TestNodeContext.AssertJsonEqual("""{"title":"x"}""", outcome.Value);
    }

    [Fact]
    public async Task ExecuteAsync_TextContentType_OutputsString()
    {
        var outcome = await RunAsync(server.Url("text"));
        Assert.Equal("hello world", outcome.Value);
    }

    [Fact]
    public async Task ExecuteAsync_NoContentTypeJsonLookingBody_OutputsParsedJson()
    {
        var outcome = await RunAsync(server.Url("raw?body=" + Uri.EscapeDataString(""" [{"a":true}]""")));
        TestNodeContext.AssertJsonEqual("""[{"a":true}]""", outcome.Value);
    }

    [Fact]
    public async Task ExecuteAsync_NoContentTypeBrokenJson_FallsBackToText()
    {
        var outcome = await RunAsync(server.Url("raw?body=" + Uri.EscapeDataString("{not json")));
        Assert.Equal("{not json", outcome.Value);
    }

    [Fact]
    public async Task ExecuteAsync_DeclaredJsonThatDoesNotParse_Fails()
    {
        var outcome = await RunAsync(server.Url("bad-json"));
        Assert.StartsWith("failed to parse JSON response: ", outcome.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(404)]
    [InlineData(500)]
    public async Task ExecuteAsync_NonSuccessStatus_FailsWithStatus(int status)
    {
        var outcome = await RunAsync(server.Url($"status/{status}"), o => o.MaxRetryAttempts = 0);
        AssertFailure($"HTTP request returned error status: {status}", outcome);
    }

    [Fact]
    public async Task ExecuteAsync_AllowHttpFalse_FailsWithReferenceText()
    {
        var outcome = await RunAsync(server.Url("json"), o => o.AllowHttp = false);
        AssertFailure("HTTP requests are not allowed (AllowHTTP=false). Enable AllowHTTP in config to make HTTP requests", outcome);
    }

    [Fact]
    public async Task ExecuteAsync_DefaultOptions_BlocksLoopbackServer()
    {
        var outcome = await RunAsync(server.Url("json"), openLoopback: false);
        AssertFailure("URL validation failed: IP validation failed for 127.0.0.1: localhost addresses are blocked (set allow_localhost=true to permit)", outcome);
    }

    [Fact]
    public async Task ExecuteAsync_SlowResponse_TimesOut()
    {
        var outcome = await RunAsync(server.Url("slow?ms=10000"), o => o.Timeout = TimeSpan.FromMilliseconds(300));
        AssertFailure($"HTTP request failed: Get \"{server.Url("slow?ms=10000")}\": request timed out after 300ms", outcome);
    }

    [Fact]
    public async Task ExecuteAsync_HugeChunkedResponse_StopsAtSizeCap()
    {
        var outcome = await RunAsync(server.Url("huge?bytes=50000000"), o => o.MaxResponseBytes = 4096);
        AssertFailure("response too large (exceeds 4096 bytes limit)", outcome);
    }

    [Fact]
    public async Task ExecuteAsync_DeclaredLengthOverCap_FailsBeforeReading()
    {
        var outcome = await RunAsync(server.Url("huge?bytes=50000000&declare=true"), o => o.MaxResponseBytes = 4096);
        AssertFailure("response too large (exceeds 4096 bytes limit)", outcome);
    }

    [Fact]
    public async Task ExecuteAsync_BodyExactlyAtCap_Succeeds()
    {
        var outcome = await RunAsync(server.Url("huge?bytes=4096"), o => o.MaxResponseBytes = 4096);
        Assert.Equal(new string('a', 4096), outcome.Value);
    }

    [Fact]
    public async Task ExecuteAsync_RedirectChainWithinLimit_FollowsIt()
    {
        var outcome = await RunAsync(server.Url("chain/3"), o => o.MaxRedirects = 3);
        TestNodeContext.AssertJsonEqual("""{"done":true}""", outcome.Value);
    }

    [Fact]
    public async Task ExecuteAsync_RedirectChainOverLimit_FailsWithTooManyRedirects()
    {
        var outcome = await RunAsync(server.Url("chain/3"), o => o.MaxRedirects = 2);
        AssertFailure($"HTTP request failed: Get \"{server.Url("chain/0")}\": too many redirects (max 2)", outcome);
    }

    [Theory]
    [InlineData("http://10.1.2.3/x", "IP validation failed for 10.1.2.3: private IP addresses are blocked (set allow_private_ips=true to permit)")]
    [InlineData("http://169.254.169.254/latest/meta-data", "IP validation failed for 169.254.169.254: link-local addresses are blocked (set allow_link_local=true to permit)")]
    [InlineData("http://localhost/admin", "localhost addresses are blocked")]
    [InlineData("http://metadata.google.internal/computeMetadata/v1/", "cloud metadata endpoints are blocked (set allow_cloud_metadata=true to permit)")]
    [InlineData("http://[::ffff:192.168.0.1]/", "IP validation failed for ::ffff:192.168.0.1: private IP addresses are blocked (set allow_private_ips=true to permit)")]
    [InlineData("file:///etc/passwd", "URL scheme not allowed: file (allowed: [http https])")]
    public async Task ExecuteAsync_RedirectToBlockedTarget_FailsWithRedirectValidation(string target, string reason)
    {
        var outcome = await RunAsync(server.Url("redirect?to=" + Uri.EscapeDataString(target)));
        Assert.Equal($"HTTP request failed: Get \"{new Uri(target)}\": redirect URL validation failed: {reason}", outcome.Error);
    }

    [Fact]
    public async Task ExecuteAsync_TransientFailuresThenSuccess_RetriesGet()
    {
        var key = Guid.NewGuid().ToString("N");
        var outcome = await RunAsync(server.Url($"flaky/{key}?failures=2"), o => o.MaxRetryAttempts = 2);
        TestNodeContext.AssertJsonEqual("""{"hits":3}""", outcome.Value);
        Assert.Equal(3, server.Hits(key));
    }

    [Fact]
    public async Task ExecuteAsync_FailuresBeyondRetries_FailsWithStatus()
    {
        var key = Guid.NewGuid().ToString("N");
        var outcome = await RunAsync(server.Url($"flaky/{key}?failures=10"), o => o.MaxRetryAttempts = 1);
        AssertFailure("HTTP request returned error status: 503", outcome);
        Assert.Equal(2, server.Hits(key));
    }

    [Fact]
    public async Task ExecuteAsync_AnyRequest_SendsIdempotencyKeyFromRunNodeAndAttempt()
    {
        var outcome = await RunAsync(server.Url("echo"));
        var echo = Assert.IsType<Dictionary<string, object?>>(outcome.Value);
        Assert.Equal("test-run/n1/1", echo["idempotency_key"]);
    }

    [Fact]
    public async Task ExecuteAsync_NamedBearerClient_SendsAuthHeadersAndQueryFromConfiguration()
    {
        var store = new InMemoryHttpClientConfigurationStore();
        var registered = await store.RegisterAsync(TenantIds.Default, new HttpClientConfiguration
        {
            Uid = "api",
            BaseUrl = server.BaseAddress.ToString(),
            Auth = new HttpClientAuth { Type = HttpAuthType.Bearer, Token = "s3cret-token" },
            Headers = [new HttpKeyValue("X-Static", "static-value")],
            QueryParams = [new HttpKeyValue("tenant", "t1")],
        }, Token);
        Assert.Equal(HttpClientRegistrationStatus.Registered, registered.Status);

        var outcome = await RunAsync("echo?x=1", clientUid: "api", store: store);

        var echo = Assert.IsType<Dictionary<string, object?>>(outcome.Value);
        Assert.Equal("Bearer s3cret-token", echo["authorization"]);
        Assert.Equal("static-value", echo["x_static"]);
        Assert.Equal("?x=1&tenant=t1", echo["query"]);
        Assert.Equal("test-run/n1/1", echo["idempotency_key"]);
    }

    [Fact]
    public async Task ExecuteAsync_NamedApiKeyAndBasicClients_SendCredentials()
    {
        var store = new InMemoryHttpClientConfigurationStore();
        await store.RegisterAsync(TenantIds.Default, new HttpClientConfiguration
        {
            Uid = "key-header",
            Auth = new HttpClientAuth { Type = HttpAuthType.ApiKey, ApiKeyName = "X-Api-Key", ApiKeyValue = "k1", ApiKeyLocation = "header" },
        }, Token);
        await store.RegisterAsync(TenantIds.Default, new HttpClientConfiguration
        {
            Uid = "key-query",
            Auth = new HttpClientAuth { Type = HttpAuthType.ApiKey, ApiKeyName = "api_key", ApiKeyValue = "k2", ApiKeyLocation = "query" },
        }, Token);
        await store.RegisterAsync(TenantIds.Default, new HttpClientConfiguration
        {
            Uid = "basic",
            Auth = new HttpClientAuth { Type = HttpAuthType.Basic, Username = "user", Password = "pass" },
        }, Token);
        await using var services = HttpTestServices.Create();

        var header = Assert.IsType<Dictionary<string, object?>>((await RunAsync(services, server.Url("echo"), "key-header", store)).Value);
        var query = Assert.IsType<Dictionary<string, object?>>((await RunAsync(services, server.Url("echo"), "key-query", store)).Value);
        var basic = Assert.IsType<Dictionary<string, object?>>((await RunAsync(services, server.Url("echo"), "basic", store)).Value);

        Assert.Equal("k1", header["x_api_key"]);
        Assert.Equal("?api_key=k2", query["query"]);
        Assert.Equal("Basic dXNlcjpwYXNz", basic["authorization"]);
    }

    [Fact]
    public async Task ExecuteAsync_NamedClientRedirectToOtherHost_DropsCredentials()
    {
        var store = new InMemoryHttpClientConfigurationStore();
        await store.RegisterAsync(TenantIds.Default, new HttpClientConfiguration
        {
            Uid = "api",
            Auth = new HttpClientAuth { Type = HttpAuthType.Bearer, Token = "s3cret-token" },
        }, Token);
        await using var services = HttpTestServices.Create(o => o.AllowedHosts.Add("localhost"));
        var elsewhere = $"http://localhost:{server.BaseAddress.Port}/echo";

        var outcome = await RunAsync(services, server.Url("redirect?to=" + Uri.EscapeDataString(elsewhere)), "api", store);

        var echo = Assert.IsType<Dictionary<string, object?>>(outcome.Value);
        Assert.Equal(string.Empty, echo["authorization"]);
    }

    [Fact]
    public async Task ExecuteAsync_NamedClientWithDomainAllowList_StillGuardsTheUrl()
    {
        var store = new InMemoryHttpClientConfigurationStore();
        await store.RegisterAsync(TenantIds.Default, new HttpClientConfiguration
        {
            Uid = "restricted",
            Security = new HttpClientSecurity { AllowedDomains = ["api.example.com"] },
        }, Token);

        var outcome = await RunAsync(server.Url("json"), clientUid: "restricted", store: store);

        AssertFailure("URL validation failed: domain not in allowlist: 127.0.0.1", outcome);
    }

    [Fact]
    public async Task ExecuteAsync_NamedClientWithoutOperatorAllowList_BlocksLoopback()
    {
        var store = new InMemoryHttpClientConfigurationStore();
        await store.RegisterAsync(TenantIds.Default, new HttpClientConfiguration { Uid = "plain" }, Token);

        var outcome = await RunAsync(server.Url("json"), openLoopback: false, clientUid: "plain", store: store);

        AssertFailure("URL validation failed: IP validation failed for 127.0.0.1: localhost addresses are blocked (set allow_localhost=true to permit)", outcome);
    }

    [Fact]
    public async Task ExecuteAsync_NamedClientAllowLocalhost_IgnoredUnlessOperatorHonorsIt()
    {
        var store = new InMemoryHttpClientConfigurationStore();
        await store.RegisterAsync(TenantIds.Default, new HttpClientConfiguration { Uid = "loose", Security = new HttpClientSecurity { AllowLocalhost = true } }, Token);

        var ignored = await RunAsync(server.Url("echo"), openLoopback: false, clientUid: "loose", store: store);
        var honored = await RunAsync(server.Url("echo"), o => o.HonorNamedClientAllowFlags = true, openLoopback: false, clientUid: "loose", store: store);

        AssertFailure("URL validation failed: IP validation failed for 127.0.0.1: localhost addresses are blocked (set allow_localhost=true to permit)", ignored);
        var echo = Assert.IsType<Dictionary<string, object?>>(honored.Value);
        Assert.Equal("close", echo["connection"]); // connections opened under looser rules never return to the pool
    }

    [Fact]
    public async Task ExecuteAsync_DefaultClient_KeepsConnectionsAndSendsUserAgent()
    {
        var echo = Assert.IsType<Dictionary<string, object?>>((await RunAsync(server.Url("echo"))).Value);
        Assert.NotEqual("close", echo["connection"]);
        Assert.StartsWith("Thaiyyal", (string)echo["user_agent"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExecuteAsync_UnknownClientUid_Fails()
    {
        var outcome = await RunAsync(server.Url("json"), clientUid: "nope");
        AssertFailure("HTTP client not found: client with UID \"nope\" not found", outcome);
    }

    [Fact]
    public void AddThaiyyalEngine_ResolvesHttpExecutor()
    {
        using var services = new ServiceCollection().AddLogging()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().Build())
            .AddThaiyyalEngine().BuildServiceProvider();
        Assert.Contains(services.GetServices<INodeExecutor>(), e => e is HttpNodeExecutor);
    }

    [Fact]
    public void Schema_MissingUrl_IsRequired()
    {
        using var services = HttpTestServices.Create();
        var executor = ActivatorUtilities.CreateInstance<HttpNodeExecutor>(services);
        Assert.Equal("missing required field: url", executor.Schema.Validate(NodeConfig.Empty));
        Assert.Equal(NodeOrdering.Independent, executor.Ordering);
    }
}
