namespace Thaiyyal.Grains.Abstractions.Runs;

/// <summary>
/// A start under an idempotency key whose run already exists for a different request: the key was reused for
/// something else. (Not an <see cref="OrleansException"/>: it is the caller's mistake, not the cluster's, and
/// trying again cannot help.)
/// </summary>
[GenerateSerializer, Alias("thaiyyal.RunIdInUseException")]
public sealed class RunIdInUseException : Exception
{
    public RunIdInUseException()
    {
    }

    public RunIdInUseException(string runId)
        : base($"run '{runId}' was already started by a different request under the same idempotency key")
    {
        RunId = runId;
    }

    [Id(0)]
    public string? RunId { get; private set; }
}
