using Thaiyyal.Grains.Engine.Nodes.Arrays;
using static Thaiyyal.Engine.Tests.Support.ExecutorRuns;

namespace Thaiyyal.Engine.Tests.Nodes.Arrays;

public sealed class ChunkNodeExecutorTests
{
    [Fact]
    public async Task ExecuteAsync_Size2_SplitsWithPartialTail() =>
        AssertSuccess("""{"chunks":[[1,2],[3,4],[5]],"input_count":5,"chunk_count":3,"chunk_size":2}""", await RunAsync(new ChunkNodeExecutor(), """{"size":2}""", "[1,2,3,4,5]"));

    [Fact]
    public async Task ExecuteAsync_Empty_IsNull() =>
        AssertSuccess("""{"chunks":null,"input_count":0,"chunk_count":0,"chunk_size":2}""", await RunAsync(new ChunkNodeExecutor(), """{"size":2}""", "[]"));

    [Fact]
    public async Task ExecuteAsync_NonNumericSize_Defaults10() =>
        AssertSuccess("""{"chunks":[[1,2]],"input_count":2,"chunk_count":1,"chunk_size":10}""", await RunAsync(new ChunkNodeExecutor(), """{"size":"x"}""", "[1,2]"));

    [Fact]
    public async Task ExecuteAsync_ZeroSize_Fails() =>
        AssertFailure("chunk size must be greater than 0, got 0", await RunAsync(new ChunkNodeExecutor(), """{"size":0}""", "[1]"));

    [Fact]
    public void Schema_MissingSize_IsRequired() =>
        Assert.Equal("missing required field: size", DecodeError(new ChunkNodeExecutor(), "{}"));
}
