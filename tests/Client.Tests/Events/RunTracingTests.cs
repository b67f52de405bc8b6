using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Thaiyyal.Client.Tests.Support;
using Thaiyyal.Tests.Shared.Http;

namespace Thaiyyal.Client.Tests.Events;

/// <summary>The http node's outbound request is a span in the run's trace, beneath the node's span.</summary>
public sealed class RunTracingTests(LoopbackAllowedApiFactory factory) : IClassFixture<LoopbackAllowedApiFactory>
{
    [Fact]
    public async Task HttpNode_OutboundRequest_IsInTheRunsTraceBeneathTheNodeSpan()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = await LoopbackHttpServer.StartAsync();
        var stopped = new ConcurrentBag<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = _ => true,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = stopped.Add,
        };
        ActivitySource.AddActivityListener(listener);
        var http = factory.CreateClient();
        var workflow = $$$"""{"nodes":[{"id":"call","type":"http","data":{"url":"{{{server.BaseUrl}}}/traced"}}]}""";

        using var content = new StringContent(Workflows.StartBody(workflow), Encoding.UTF8, "application/json");
        using var response = await http.PostAsync("/api/v1/runs?wait=true", content, ct);
        var runId = (await response.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("runId").GetString();

        var run = Assert.Single(stopped, a => a.OperationName == "run" && (string?)a.GetTagItem("thaiyyal.run_id") == runId);
        var node = Assert.Single(stopped, a => a.OperationName == "node call" && a.TraceId == run.TraceId);
        var outbound = stopped.Where(a => a.Kind == ActivityKind.Client && a.TraceId == run.TraceId
            && a.Source.Name.StartsWith("System.Net.Http", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(outbound);
        Assert.All(outbound, a => Assert.True(IsBeneath(a, node.SpanId, stopped), $"{a.OperationName} is not beneath the node span"));
    }

    private static bool IsBeneath(Activity activity, ActivitySpanId ancestor, IEnumerable<Activity> all)
    {
        var byId = all.GroupBy(a => a.SpanId).ToDictionary(g => g.Key, g => g.First());
        for (var parent = activity.ParentSpanId; parent != default; parent = byId.TryGetValue(parent, out var p) ? p.ParentSpanId : default)
        {
            if (parent == ancestor)
            {
                return true;
            }
        }
        return false;
    }
}
