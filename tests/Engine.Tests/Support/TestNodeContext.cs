using Thaiyyal.Grains.Engine.Execution;
using Thaiyyal.Grains.Engine.Model;
using Thaiyyal.Grains.Engine.Nodes;
using Thaiyyal.Grains.Engine.Values;

namespace Thaiyyal.Engine.Tests.Support;

/// <summary>Builds a <see cref="NodeContext"/> for executor unit tests from JSON snippets.</summary>
internal static class TestNodeContext
{
    public static NodeContext For(string nodeType, string configJson = "{}", params string[] inputsJson) => new()
    {
        RunId = "test-run",
        NodeId = "n1",
        NodeType = nodeType,
        Config = new NodeConfig((Dictionary<string, object?>)JsonValues.Parse(configJson)!),
        Inputs = inputsJson.Select(JsonValues.Parse).ToList(),
        State = new WorkflowState(),
        NodeResults = new Dictionary<string, object?>(),
        Clock = TimeProvider.System,
        Limits = new EngineLimits(),
    };

    /// <summary>Asserts two values are equal by their canonical JSON form.</summary>
    public static void AssertJsonEqual(string expectedJson, object? actual) =>
        Assert.Equal(JsonValues.Serialize(JsonValues.Parse(expectedJson)), JsonValues.Serialize(actual));
}
