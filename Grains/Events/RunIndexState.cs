using Thaiyyal.Grains.Abstractions.Events;

namespace Thaiyyal.Grains.Events;

/// <summary>The runs of one tenant (Memory mode), by run id.</summary>
[GenerateSerializer, Alias("thaiyyal.RunIndexState")]
public sealed class RunIndexState
{
    [Id(0)] public Dictionary<string, RunSummary> Runs { get; set; } = new(StringComparer.Ordinal);
}
