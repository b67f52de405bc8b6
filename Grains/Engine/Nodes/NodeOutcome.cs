namespace Thaiyyal.Grains.Engine.Nodes;

/// <summary>
/// What a node produced: a value, an error message (the reference's text, without the node prefix), or a wait
/// (<see cref="Wait"/>) after which the node is executed again with <see cref="NodeContext.Resumed"/> set.
/// </summary>
/// <param name="Value">The result, when the node succeeded.</param>
/// <param name="Error">The error text, when it failed.</param>
/// <param name="Wait">What the node waits for, when it suspended.</param>
/// <param name="Path">
/// The branch the node took, for nodes whose branch is not part of their value (<c>wait_event</c>): an edge with a
/// source handle is then followed only when the handle equals the path.
/// </param>
public readonly record struct NodeOutcome(object? Value, string? Error, NodeWait? Wait = null, string? Path = null)
{
    public bool IsSuccess => Error is null && Wait is null;

    public bool IsWaiting => Wait is not null;

    public static NodeOutcome Success(object? value) => new(value, null);

    public static NodeOutcome Failure(string error) => new(null, error);

    /// <summary>A value together with the branch taken (see <see cref="Path"/>).</summary>
    public static NodeOutcome Branch(object? value, string path) => new(value, null, null, path);

    public static NodeOutcome Suspend(NodeWait wait) => new(null, null, wait);

    public static ValueTask<NodeOutcome> SuccessTask(object? value) => ValueTask.FromResult(Success(value));

    public static ValueTask<NodeOutcome> FailureTask(string error) => ValueTask.FromResult(Failure(error));
}
