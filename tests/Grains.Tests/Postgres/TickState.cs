namespace Thaiyyal.Grains.Tests.Postgres;

/// <summary>The persisted tick count of <see cref="TickGrain"/>.</summary>
[GenerateSerializer, Alias("thaiyyal.tests.TickState")]
public sealed class TickState
{
    [Id(0)] public int Count { get; set; }
}
