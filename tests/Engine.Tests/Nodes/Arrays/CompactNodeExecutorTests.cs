using Thaiyyal.Grains.Engine.Nodes.Arrays;
using static Thaiyyal.Engine.Tests.Support.ExecutorRuns;

namespace Thaiyyal.Engine.Tests.Nodes.Arrays;

public sealed class CompactNodeExecutorTests
{
    [Fact]
    public async Task ExecuteAsync_Nulls_AreRemoved() =>
        AssertSuccess("""{"compacted":[1,"",0],"input_count":4,"output_count":3,"removed":1}""", await RunAsync(new CompactNodeExecutor(), "{}", """[1,null,"",0]"""));

    [Fact]
    public async Task ExecuteAsync_RemoveEmpty_AlsoRemovesEmptyStrings() =>
        AssertSuccess("""{"compacted":[1,0],"input_count":4,"output_count":2,"removed":2}""", await RunAsync(new CompactNodeExecutor(), """{"remove_empty":true}""", """[1,null,"",0]"""));

    [Fact]
    public async Task ExecuteAsync_AllRemoved_IsNull() =>
        AssertSuccess("""{"compacted":null,"input_count":1,"output_count":0,"removed":1}""", await RunAsync(new CompactNodeExecutor(), "{}", "[null]"));

    [Fact]
    public void Schema_RemoveEmptyNotBool_IsATypeError() =>
        Assert.Contains("CompactData.remove_empty of type bool", DecodeError(new CompactNodeExecutor(), """{"remove_empty":"yes"}"""));
}
