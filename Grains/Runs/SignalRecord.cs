namespace Thaiyyal.Grains.Runs;

/// <summary>A signal a run received (persisted before it is acknowledged). Append members with new ids; never renumber.</summary>
[GenerateSerializer, Alias("thaiyyal.SignalRecord")]
public sealed class SignalRecord
{
    /// <summary>1, 2, 3… in arrival order within the run.</summary>
    [Id(0)] public long Seq { get; set; }

    [Id(1)] public string Name { get; set; } = "";

    [Id(2)] public string PayloadJson { get; set; } = "null";

    [Id(3)] public DateTimeOffset ReceivedAt { get; set; }

    /// <summary>The <c>wait_event</c> node it was handed to; null while it is kept for a node not reached yet.</summary>
    [Id(4)] public string? ConsumedBy { get; set; }

    /// <summary>The sender's idempotency key: a signal sent again with it is not stored twice.</summary>
    [Id(5)] public string? IdempotencyKey { get; set; }
}
