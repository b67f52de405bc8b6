namespace Thaiyyal.Grains.Abstractions.Runs;

/// <summary>A signal on its way to a node: its name and JSON payload (as text).</summary>
[GenerateSerializer, Immutable, Alias("thaiyyal.SignalDelivery")]
public sealed record SignalDelivery(string Name, string PayloadJson);
