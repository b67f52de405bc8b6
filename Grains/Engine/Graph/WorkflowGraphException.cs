namespace Thaiyyal.Grains.Engine.Graph;

/// <summary>The graph cannot be ordered (cycle, dangling edge, duplicate id): <c>workflow contains cycles (circular dependencies)</c>.</summary>
public sealed class WorkflowGraphException : Exception
{
    public const string CycleMessage = "workflow contains cycles (circular dependencies)";

    public WorkflowGraphException() : base(CycleMessage) { }

    public WorkflowGraphException(string message) : base(message) { }

    public WorkflowGraphException(string message, Exception inner) : base(message, inner) { }
}
