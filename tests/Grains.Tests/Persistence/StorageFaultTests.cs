using Npgsql;
using Thaiyyal.Grains.Abstractions.Runs;
using Thaiyyal.Grains.Abstractions.Storage;
using Thaiyyal.Grains.Runs;
using Thaiyyal.Grains.Tests.Support;

namespace Thaiyyal.Grains.Tests.Persistence;

/// <summary>
/// The state database failing a run's writes: brief failures are ridden out, lasting ones reach the caller as
/// <see cref="StorageUnavailableException"/> (not a serialization error) and leave nothing half-done to retry into.
/// </summary>
public sealed class StorageFaultTests(StorageFaultClusterFixture fixture) : IClassFixture<StorageFaultClusterFixture>
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    private const string TwoNumbers = """
        {"nodes":[{"id":"a","type":"number","data":{"value":2}},{"id":"b","type":"number","data":{"value":3}},
                  {"id":"sum","type":"operation","data":{"op":"add"}}],
         "edges":[{"id":"e1","source":"a","target":"sum"},{"id":"e2","source":"b","target":"sum"}]}
        """;

    /// <summary>What PostgreSQL answers a connection beyond <c>max_connections</c>.</summary>
    private static PostgresException TooManyClients() => new("sorry, too many clients already", "FATAL", "FATAL", "53300");

    [Fact]
    public async Task TransientWriteFailures_AreRetried_AndTheRunCompletes()
    {
        var runId = TestRuns.NewId();
        fixture.Faults.FailWrites(runId, 2, TooManyClients());
        var run = fixture.Client.GetGrain<IRunGrain>(runId);

        await run.StartAsync(new StartRun(TwoNumbers, null));
        var finished = await run.WaitForCompletionAsync(Wait);

        Assert.Equal(2, fixture.Faults.Thrown);
        Assert.Equal("completed", finished.Status);
        Assert.Equal("5", finished.FinalOutputJson);
    }

    [Fact]
    public async Task StartWhoseWriteKeepsFailing_ReachesTheCallerAsStorageUnavailable_AndLeavesNoHalfStartedRun()
    {
        var runId = TestRuns.NewId();
        fixture.Faults.FailWrites(runId, 3, TooManyClients()); // the first try and both retries
        var run = fixture.Client.GetGrain<IRunGrain>(runId);

        var error = await Assert.ThrowsAsync<StorageUnavailableException>(() => run.StartAsync(new StartRun(TwoNumbers, null)));

        Assert.Equal("53300", error.SqlState);
        Assert.True(error.Transient);
        Assert.Contains("too many clients", error.Message);
        var afterFailure = await run.GetSnapshotAsync();
        Assert.True(afterFailure.Status == RunSnapshot.UnknownStatus, $"{afterFailure.Status} after {fixture.Faults.Thrown} failed writes: {error}");
        // The caller's retry with the same id starts the run for real (a half-made run would answer "running" forever).
        await run.StartAsync(new StartRun(TwoNumbers, null));
        var finished = await run.WaitForCompletionAsync(Wait);
        Assert.Equal("completed", finished.Status);
        Assert.Equal("5", finished.FinalOutputJson);
    }

    [Fact]
    public async Task PermanentFailure_IsNotRetried()
    {
        var runId = TestRuns.NewId();
        fixture.Faults.FailWrites(runId, 1, new PostgresException("relation \"orleansstorage\" does not exist", "ERROR", "ERROR", "42P01"));
        var run = fixture.Client.GetGrain<IRunGrain>(runId);

        // Had it been retried, the second write would have succeeded.
        var error = await Assert.ThrowsAsync<StorageUnavailableException>(() => run.StartAsync(new StartRun(TwoNumbers, null)));

        Assert.False(error.Transient);
        Assert.Equal("42P01", error.SqlState);
        Assert.Equal(1, fixture.Faults.Thrown);
    }

    [Fact]
    public async Task SignalWhoseWriteFails_IsNotKept_SoTheSendersRetryArrivesOnce()
    {
        const string workflow = """{"nodes":[{"id":"ask","type":"wait_event","data":{"event":"approval"}}]}""";
        var runId = TestRuns.NewId();
        var run = fixture.Client.GetGrain<IRunGrain>(runId);
        await run.StartAsync(new StartRun(workflow, null));
        await TestRuns.PollAsync(run, s => s.Status == "waiting");
        // Only the signal's write fails (the run's park may still be writing when it reads "waiting").
        fixture.Faults.FailWrites(runId, 3, TooManyClients(), state => state is RunState { Signals.Count: > 0 });

        await Assert.ThrowsAsync<StorageUnavailableException>(() => run.SignalAsync("approval", """{"n":1}"""));
        var receipt = await run.SignalAsync("approval", """{"n":2}""");
        var finished = await run.WaitForCompletionAsync(Wait);

        Assert.Equal(SignalOutcomes.Accepted, receipt.Outcome);
        Assert.Equal(1, receipt.Seq);
        Assert.Equal("completed", finished.Status);
        Assert.Equal("""{"n":2}""", finished.FinalOutputJson?.Replace(" ", ""));
    }
}
