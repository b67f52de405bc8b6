using Thaiyyal.Grains.Abstractions.Runs;

namespace Thaiyyal.Grains.Tests.Support;

/// <summary>Run ids, workflows and polling for grain tests.</summary>
internal static class TestRuns
{
    public static string NewId() => Guid.NewGuid().ToString("N");

    /// <summary>Reads the run until <paramref name="condition"/> holds (at most 30 s).</summary>
    public static async Task<RunSnapshot> PollAsync(IRunGrain run, Func<RunSnapshot, bool> condition)
    {
        var until = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var snapshot = await run.GetSnapshotAsync();
            if (condition(snapshot))
            {
                return snapshot;
            }
            Assert.True(DateTime.UtcNow < until, $"condition not reached; run is {snapshot.Status}");
            await Task.Delay(25, TestContext.Current.CancellationToken);
        }
    }

    /// <summary>Waits until <paramref name="condition"/> holds, failing after <paramref name="timeout"/>.</summary>
    public static async Task WaitUntilAsync(Func<bool> condition, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < until, "condition not reached");
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
    }

    public const string ThreeNumbers = """
        {"workflow_id":"wf-three","nodes":[
          {"id":"a","type":"number","data":{"value":1}},
          {"id":"b","type":"number","data":{"value":2}},
          {"id":"c","type":"number","data":{"value":3}}],
         "edges":[{"id":"e1","source":"a","target":"c"},{"id":"e2","source":"b","target":"c"}]}
        """;
}
