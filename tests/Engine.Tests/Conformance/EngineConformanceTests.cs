using Thaiyyal.Grains.Engine.Execution;
using Thaiyyal.Grains.Engine.Nodes;
using Thaiyyal.Tests.Shared;
using Microsoft.Extensions.DependencyInjection;

namespace Thaiyyal.Engine.Tests.Conformance;

/// <summary>Every conformance case through the pure in-process engine (the grain and API suites run them through the whole stack).</summary>
public sealed class EngineConformanceTests
{
    private static readonly WorkflowRunner Runner = BuildRunner();

    public static TheoryData<string> Cases() => new(ConformanceCase.AllNames());

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Case_RunInProcess_MatchesReference(string name)
    {
        var testCase = ConformanceCase.Load(name);
        var result = await Runner.RunAsync(testCase.WorkflowJson, TestContext.Current.CancellationToken);
        var problems = ConformanceAssert.Compare(testCase, result.Status, result.NodeResults, result.FinalOutput, result.Errors);
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    private static WorkflowRunner BuildRunner() => NodeCatalog.CreateStandaloneServices().GetRequiredService<WorkflowRunner>();
}
