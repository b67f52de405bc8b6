using Thaiyyal.Grains.Engine.Nodes.Arrays;
using static Thaiyyal.Engine.Tests.Support.ExecutorRuns;

namespace Thaiyyal.Engine.Tests.Nodes.Arrays;

public sealed class TransposeNodeExecutorTests
{
    [Fact]
    public async Task ExecuteAsync_2x3_Transposes() =>
        AssertSuccess(
            """{"transposed":[[1,4],[2,5],[3,6]],"rows":2,"cols":3,"transposed_rows":3,"transposed_cols":2}""",
            await RunAsync(new TransposeNodeExecutor(), "{}", "[[1,2,3],[4,5,6]]"));

    [Fact]
    public async Task ExecuteAsync_Empty_GivesZeroShape() =>
        AssertSuccess("""{"transposed":[],"rows":0,"cols":0}""", await RunAsync(new TransposeNodeExecutor(), "{}", "[]"));

    [Fact]
    public async Task ExecuteAsync_NotNested_ReportsWithoutFailing() =>
        AssertSuccess(
            """{"error":"input is not a 2D array (array of arrays)","first_element":1,"expected":"array of arrays"}""",
            await RunAsync(new TransposeNodeExecutor(), "{}", "[1,2]"));

    [Fact]
    public async Task ExecuteAsync_RowNotArray_ReportsItsIndex() =>
        AssertSuccess("""{"error":"row 1 is not an array","row_index":1,"row_value":"x"}""", await RunAsync(new TransposeNodeExecutor(), "{}", """[[1],"x"]"""));

    [Fact]
    public async Task ExecuteAsync_Ragged_ReportsLengths() =>
        AssertSuccess(
            """{"error":"all rows must have the same length","expected_cols":2,"row_index":1,"actual_cols":1}""",
            await RunAsync(new TransposeNodeExecutor(), "{}", "[[1,2],[3]]"));
}
