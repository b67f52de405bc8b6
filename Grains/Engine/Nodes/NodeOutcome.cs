namespace Thaiyyal.Grains.Engine.Nodes;

/// <summary>What a node produced: a value, or an error message (the reference's text, without the node prefix).</summary>
public readonly record struct NodeOutcome(object? Value, string? Error)
{
    public bool IsSuccess => Error is null;

    public static NodeOutcome Success(object? value) => new(value, null);

    public static NodeOutcome Failure(string error) => new(null, error);

    public static ValueTask<NodeOutcome> SuccessTask(object? value) => ValueTask.FromResult(Success(value));

    public static ValueTask<NodeOutcome> FailureTask(string error) => ValueTask.FromResult(Failure(error));
}
