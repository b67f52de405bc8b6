using Thaiyyal.Engine.Tests.Support;
using Thaiyyal.Grains.Engine.Nodes.Control;
using static Thaiyyal.Engine.Tests.Support.ExecutorRuns;

namespace Thaiyyal.Engine.Tests.Nodes.Control;

public sealed class MapNodeExecutorTests
{
    [Fact]
    public async Task ExecuteAsync_Field_ExtractsAndNullsMissing() =>
        AssertSuccess(
            """{"results":[1,null,null],"input_count":3,"output_count":3,"successful":1,"failed":2}""",
            await RunAsync(new MapNodeExecutor(StubExpressionEvaluator.Simple()), """{"field":"a","expression":"ignored"}""", """[{"a":1},{"b":2},3]"""));

    [Fact]
    public async Task ExecuteAsync_Expression_EvaluatesPerElement() =>
        AssertSuccess(
            """{"results":[false,true,null],"input_count":3,"output_count":3,"successful":2,"failed":1}""",
            await RunAsync(new MapNodeExecutor(StubExpressionEvaluator.Simple()), """{"expression":"gt:1"}""", """[1,2,"x"]"""));

    [Fact]
    public async Task ExecuteAsync_Nothing_ReturnsInputWithWarning() =>
        AssertSuccess(
            """{"results":[1],"input_count":1,"output_count":1,"warning":"no transformation specified"}""",
            await RunAsync(new MapNodeExecutor(StubExpressionEvaluator.Simple()), "{}", "[1]"));

    [Fact]
    public async Task ExecuteAsync_NonArray_Fails() =>
        AssertFailure("map node requires array input, got map[string]interface {}", await RunAsync(new MapNodeExecutor(StubExpressionEvaluator.Simple()), "{}", "{}"));
}
