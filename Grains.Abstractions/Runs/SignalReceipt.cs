namespace Thaiyyal.Grains.Abstractions.Runs;

/// <summary>What became of a signal sent to a run (see <see cref="SignalOutcomes"/>).</summary>
/// <param name="Outcome">One of <see cref="SignalOutcomes"/>.</param>
/// <param name="RunStatus">The run's status when the signal arrived.</param>
/// <param name="Seq">The signal's number within the run (1, 2, 3…), when accepted.</param>
/// <param name="Detail">Why it was refused, in words.</param>
/// <param name="Replayed">Accepted earlier under the same idempotency key; nothing was stored this time.</param>
[GenerateSerializer, Immutable, Alias("thaiyyal.SignalReceipt")]
public sealed record SignalReceipt(string Outcome, string RunStatus, long? Seq = null, string? Detail = null, bool Replayed = false);

/// <summary>The outcomes of a signal.</summary>
public static class SignalOutcomes
{
    /// <summary>Stored durably; handed to the <c>wait_event</c> node waiting for it now, or kept for one not reached yet.</summary>
    public const string Accepted = "accepted";

    public const string UnknownRun = "unknown_run";

    /// <summary>The run has ended: nothing can consume the signal.</summary>
    public const string RunFinished = "run_finished";

    /// <summary>The run holds as many signals as <c>Thaiyyal:Runs:MaxSignalsPerRun</c> allows.</summary>
    public const string TooMany = "too_many";

    /// <summary>The payload is larger than <c>Thaiyyal:Runs:MaxSignalPayloadBytes</c>.</summary>
    public const string TooLarge = "too_large";

    /// <summary>The idempotency key was used before for a different signal of this run.</summary>
    public const string KeyReused = "key_reused";
}
