using System.Collections.Concurrent;
using System.Diagnostics;
using Thaiyyal.Grains.Abstractions.Runs;
using Thaiyyal.Grains.Events;
using Thaiyyal.Grains.Tests.Support;

namespace Thaiyyal.Grains.Tests.Events;

[Collection(ClusterCollection.Name)]
public sealed class RunTraceTests(ClusterFixture fixture)
{
    [Fact]
    public async Task Run_WithListener_HasRunSpanWithOneChildSpanPerNode()
    {
        var spans = new ConcurrentBag<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == RunTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = spans.Add,
        };
        ActivitySource.AddActivityListener(listener);
        var runId = TestRuns.NewId();
        var run = fixture.Client.GetGrain<IRunGrain>(runId);

        await run.StartAsync(new StartRun(TestRuns.ThreeNumbers, null));
        await run.WaitForCompletionAsync(TimeSpan.FromSeconds(10));

        var mine = spans.Where(s => (string?)s.GetTagItem("thaiyyal.run_id") == runId).ToList();
        var root = Assert.Single(mine, s => s.OperationName == "run");
        var nodes = mine.Where(s => s.OperationName.StartsWith("node ", StringComparison.Ordinal)).ToList();
        Assert.Equal(["node a", "node b", "node c"], nodes.Select(s => s.OperationName).Order(StringComparer.Ordinal));
        Assert.All(nodes, s => Assert.Equal(root.SpanId, s.ParentSpanId));
        Assert.Equal(root.TraceId, nodes[0].TraceId);
        Assert.Equal("completed", root.GetTagItem("thaiyyal.status"));
    }
}
