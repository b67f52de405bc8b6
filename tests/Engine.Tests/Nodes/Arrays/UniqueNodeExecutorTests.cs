using Thaiyyal.Grains.Engine.Nodes.Arrays;
using static Thaiyyal.Engine.Tests.Support.ExecutorRuns;

namespace Thaiyyal.Engine.Tests.Nodes.Arrays;

public sealed class UniqueNodeExecutorTests
{
    [Fact]
    public async Task ExecuteAsync_Numbers_KeepsFirstOccurrence() =>
        AssertSuccess("""{"unique":[1,2,3],"input_count":5,"output_count":3,"removed":2}""", await RunAsync(new UniqueNodeExecutor(), "{}", "[1,2,1,3,2]"));

    [Fact]
    public async Task ExecuteAsync_ByField_KeepsObjectsWithoutTheField() =>
        AssertSuccess(
            """{"unique":[{"id":1},{"x":1},{"x":1}],"input_count":4,"output_count":3,"removed":1}""",
            await RunAsync(new UniqueNodeExecutor(), """{"field":"id"}""", """[{"id":1},{"id":1},{"x":1},{"x":1}]"""));

    [Fact]
    public async Task ExecuteAsync_NumberAndStringWithSameText_AreDuplicates() =>
        AssertSuccess("""{"unique":[1],"input_count":2,"output_count":1,"removed":1}""", await RunAsync(new UniqueNodeExecutor(), "{}", """[1,"1"]"""));

    [Fact]
    public async Task ExecuteAsync_Empty_IsNull() =>
        AssertSuccess("""{"unique":null,"input_count":0,"output_count":0,"removed":0}""", await RunAsync(new UniqueNodeExecutor(), "{}", "[]"));
}
