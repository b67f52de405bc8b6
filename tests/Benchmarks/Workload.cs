namespace Thaiyyal.Benchmarks;

/// <summary>One benchmark workload: a workflow, how many nodes each run executes, and how many runs to measure.</summary>
internal sealed record Workload(string Name, string WorkflowJson, int NodeCount, int Runs);
