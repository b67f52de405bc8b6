namespace Thaiyyal.Client.Api.Runs;

/// <summary>A signal the run accepted: stored, and handed to the node waiting for it or kept until one does.</summary>
/// <param name="RunId">The run.</param>
/// <param name="Signal">The signal's name.</param>
/// <param name="Seq">Its number among the run's signals (1, 2, 3…).</param>
/// <param name="RunStatus">The run's status when it arrived (<c>running</c> or <c>waiting</c>).</param>
public sealed record SignalResponse(string RunId, string Signal, long Seq, string RunStatus);
