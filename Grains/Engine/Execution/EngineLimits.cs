using System.ComponentModel.DataAnnotations;

namespace Thaiyyal.Grains.Engine.Execution;

/// <summary>Limits the engine enforces on every run. Defaults are the reference engine's (WORKFLOW_FORMAT §10).</summary>
public sealed class EngineLimits
{
    public const string SectionName = "Thaiyyal:Engine:Limits";

    /// <summary>A run still going after this fails with <c>workflow execution timeout: exceeded …</c>.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "30.00:00:00")]
    public TimeSpan MaxExecutionTime { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Executed nodes per run; 0 = unlimited.</summary>
    [Range(0, int.MaxValue)]
    public int MaxNodeExecutions { get; set; } = 10_000;

    /// <summary>Nodes in one workflow (checked when a run is accepted).</summary>
    [Range(1, 100_000)]
    public int MaxNodes { get; set; } = 1_000;

    /// <summary>Edges in one workflow (checked when a run is accepted).</summary>
    [Range(0, 1_000_000)]
    public int MaxEdges { get; set; } = 10_000;

    /// <summary><c>http</c> node calls per run; 0 = unlimited.</summary>
    [Range(0, int.MaxValue)]
    public int MaxHttpCallsPerExecution { get; set; } = 100;

    [Range(1, int.MaxValue)]
    public int MaxVariables { get; set; } = 1_000;

    /// <summary>Bytes of a string stored by a <c>variable</c> node.</summary>
    [Range(1, int.MaxValue)]
    public int MaxStringLength { get; set; } = 1024 * 1024;

    /// <summary>Elements of an array stored by a <c>variable</c> node.</summary>
    [Range(1, int.MaxValue)]
    public int MaxArrayLength { get; set; } = 10_000;

    /// <summary>Nesting depth of a value stored by a <c>variable</c> node.</summary>
    [Range(1, 1_000)]
    public int MaxContextDepth { get; set; } = 32;

    /// <summary><c>for_each</c> items when the node sets no <c>max_iterations</c>.</summary>
    [Range(1, int.MaxValue)]
    public int DefaultForEachMaxIterations { get; set; } = 1_000;

    /// <summary><c>while_loop</c> iterations when the node sets no <c>max_iterations</c>.</summary>
    [Range(1, int.MaxValue)]
    public int DefaultWhileLoopMaxIterations { get; set; } = 100;

    /// <summary>Items a <c>range</c> node may generate.</summary>
    [Range(1, int.MaxValue)]
    public int MaxRangeItems { get; set; } = 10_000;
}
