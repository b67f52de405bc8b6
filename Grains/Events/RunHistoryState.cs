using Thaiyyal.Grains.Abstractions.Events;

namespace Thaiyyal.Grains.Events;

/// <summary>The persisted history of one run (Memory mode).</summary>
[GenerateSerializer, Alias("thaiyyal.RunHistoryState")]
public sealed class RunHistoryState
{
    [Id(0)] public List<RunEvent> Events { get; set; } = [];
}
