using Microsoft.Extensions.Time.Testing;
using Thaiyyal.Grains.Engine.Execution;
using Thaiyyal.Grains.Engine.Nodes;
using Thaiyyal.Grains.Engine.Nodes.State;
using static Thaiyyal.Engine.Tests.Support.ExecutorRuns;

namespace Thaiyyal.Engine.Tests.Nodes.State;

public sealed class CacheNodeExecutorTests
{
    private static async Task<NodeOutcome> Run(WorkflowState state, TimeProvider clock, string config, params string[] inputs) =>
        await RunAsync(new CacheNodeExecutor(), state, clock, config, "n1", inputs);

    [Fact]
    public async Task ExecuteAsync_SetThenGet_FindsUntilTtlPasses()
    {
        var state = new WorkflowState();
        var clock = new FakeTimeProvider();
        AssertSuccess("""{"operation":"set","key":"k","value":7,"ttl":"10s"}""", await Run(state, clock, """{"cache_op":"set","cache_key":"k","ttl":"10s"}""", "7"));
        AssertSuccess("""{"operation":"get","key":"k","found":true,"value":7}""", await Run(state, clock, """{"cache_op":"get","cache_key":"k"}"""));
        clock.Advance(TimeSpan.FromSeconds(11));
        AssertSuccess("""{"operation":"get","key":"k","found":false,"value":null}""", await Run(state, clock, """{"cache_op":"get","cache_key":"k"}"""));
    }

    [Fact]
    public async Task ExecuteAsync_SetWithoutTtl_DefaultsToFiveMinutesAndEchoesNull()
    {
        var state = new WorkflowState();
        var clock = new FakeTimeProvider();
        AssertSuccess("""{"operation":"set","key":"k","value":1,"ttl":null}""", await Run(state, clock, """{"cache_op":"set","cache_key":"k"}""", "1"));
        Assert.Equal(clock.GetUtcNow() + TimeSpan.FromMinutes(5), state.Cache["k"].ExpiresAt);
    }

    [Fact]
    public async Task ExecuteAsync_Delete_DoesNotDelete()
    {
        var state = new WorkflowState();
        await Run(state, TimeProvider.System, """{"cache_op":"set","cache_key":"k"}""", "1");
        AssertSuccess("""{"operation":"delete","key":"k","deleted":true}""", await Run(state, TimeProvider.System, """{"cache_op":"delete","cache_key":"k"}"""));
        Assert.True(state.Cache.ContainsKey("k"));
    }

    [Theory]
    [InlineData("""{"cache_op":"set","cache_key":"k"}""", "cache set operation requires an input value")]
    [InlineData("""{"cache_op":"purge","cache_key":"k"}""", "unsupported cache operation: purge (use get, set, or delete)")]
    public async Task ExecuteAsync_BadUse_Fails(string config, string error) =>
        AssertFailure(error, await Run(new WorkflowState(), TimeProvider.System, config));

    [Fact]
    public async Task ExecuteAsync_BadTtl_Fails() =>
        AssertFailure(
            "invalid TTL format: invalid duration format: later (use formats like '5s', '10m', '1h')",
            await Run(new WorkflowState(), TimeProvider.System, """{"cache_op":"set","cache_key":"k","ttl":"later"}""", "1"));

    [Theory]
    [InlineData("""{"cache_key":"k"}""", "missing required field: cache_op")]
    [InlineData("""{"cache_op":"get"}""", "missing required field: cache_key")]
    public void Schema_MissingFields_AreRequired(string data, string error) =>
        Assert.Equal(error, DecodeError(new CacheNodeExecutor(), data));
}
