namespace Thaiyyal.Grains.Engine.Nodes;

/// <summary>Thrown from deep inside an executor to fail the node with a reference error text.</summary>
public sealed class NodeExecutionException : Exception
{
    public NodeExecutionException(string message) : base(message) { }

    public NodeExecutionException(string message, Exception inner) : base(message, inner) { }

    public NodeExecutionException() { }
}
