using Thaiyyal.Grains.Abstractions.Cluster;

namespace Thaiyyal.Client.Api.Cluster;

/// <summary>One silo: address, membership status (Joining, Active, ShuttingDown, …), region, name, start time, runs it drives.</summary>
public sealed record SiloResponse(string Address, string Status, string? Region, string? Name, string? HostName, DateTimeOffset StartedAt, int? ActiveRuns)
{
    public static SiloResponse From(SiloSnapshot silo) =>
        new(silo.Address, silo.Status, silo.Region, silo.Name, silo.HostName, silo.StartedAt, silo.ActiveRuns);
}
