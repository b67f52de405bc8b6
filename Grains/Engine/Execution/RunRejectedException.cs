using Thaiyyal.Grains.Engine.Model;

namespace Thaiyyal.Grains.Engine.Execution;

/// <summary>A run was refused before any node ran: bad payload, bad inputs, invalid graph or limits.</summary>
public sealed class RunRejectedException : Exception
{
    public RunRejectedException(IReadOnlyList<ValidationProblem> problems)
        : base(string.Join("; ", problems.Select(p => p.Message))) => Problems = problems;

    public RunRejectedException(string message) : this([new ValidationProblem(message)]) { }

    public RunRejectedException() : this("run rejected") { }

    public RunRejectedException(string message, Exception inner) : base(message, inner) => Problems = [new ValidationProblem(message)];

    public IReadOnlyList<ValidationProblem> Problems { get; } = [];

    /// <summary>True when the payload itself could not be decoded (the reference's "Failed to create engine").</summary>
    public bool IsDecodeError { get; init; }
}
