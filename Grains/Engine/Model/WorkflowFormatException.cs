namespace Thaiyyal.Grains.Engine.Model;

/// <summary>The payload could not be decoded. The message is the reference's text, <c>failed to parse payload: …</c>.</summary>
public sealed class WorkflowFormatException : Exception
{
    public WorkflowFormatException(string message) : base(message) { }

    public WorkflowFormatException(string message, Exception inner) : base(message, inner) { }

    public WorkflowFormatException() { }

    /// <summary>The id of the node the problem is about, when it is about one node.</summary>
    public string? NodeId { get; init; }
}
