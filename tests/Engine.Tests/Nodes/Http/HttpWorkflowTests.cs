using Microsoft.Extensions.DependencyInjection;
using Thaiyyal.Engine.Tests.Http;
using Thaiyyal.Engine.Tests.Support;
using Thaiyyal.Grains.Engine.Execution;
using Thaiyyal.Grains.Engine.Http;
using Thaiyyal.Grains.Engine.Nodes;

namespace Thaiyyal.Engine.Tests.Nodes.Http;

/// <summary>The <c>http</c> node inside whole workflows run by the engine, against the local Kestrel server.</summary>
public sealed class HttpWorkflowTests(LocalHttpServer server) : IClassFixture<LocalHttpServer>
{
    private static async Task<WorkflowRunResult> RunAsync(string url, bool openLoopback)
    {
        await using var services = NodeCatalog.CreateStandaloneServices(s => s.Configure<HttpNodeOptions>(o =>
        {
            if (openLoopback)
            {
                o.AllowedHosts.Add("127.0.0.1/32");
            }
        }));
        var payload = $$$"""{"nodes":[{"id":"fetch","type":"http","data":{"url":"{{{url}}}"}}],"edges":[]}""";
        return await services.GetRequiredService<WorkflowRunner>().RunAsync(payload, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task RunAsync_HttpNodeWithOpenedLoopback_OutputsJson()
    {
        var result = await RunAsync(server.Url("json"), openLoopback: true);
        TestNodeContext.AssertJsonEqual("""{"name":"thaiyyal","items":[1,2.5,"x"]}""", result.NodeResults["fetch"]);
    }

    [Fact]
    public async Task RunAsync_HttpNodeWithDefaults_FailsWithPrefixedValidationError()
    {
        var result = await RunAsync(server.Url("json"), openLoopback: false);
        Assert.Contains("error executing node fetch: URL validation failed: IP validation failed for 127.0.0.1: localhost addresses are blocked (set allow_localhost=true to permit)", result.Errors);
    }
}
