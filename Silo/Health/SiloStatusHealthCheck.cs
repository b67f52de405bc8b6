using Microsoft.Extensions.Diagnostics.HealthChecks;
using Orleans.Runtime;

namespace Thaiyyal.Silo.Health;

/// <summary>
/// Ready when this silo is <see cref="SiloStatus.Active"/> in its own view of the cluster membership: it has joined
/// and accepts grain calls. Reads local state only, so a slow or partitioned peer cannot make this silo look unready.
/// </summary>
public sealed class SiloStatusHealthCheck(ILocalSiloDetails localSilo, IClusterMembershipService membership) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var snapshot = membership.CurrentSnapshot;
        var status = snapshot.GetSiloStatus(localSilo.SiloAddress);
        var active = snapshot.Members.Values.Count(m => m.Status == SiloStatus.Active);
        var description = $"silo {localSilo.SiloAddress} is {status}; {active} active silo(s) in membership version {snapshot.Version}";
        return Task.FromResult(status == SiloStatus.Active
            ? HealthCheckResult.Healthy(description)
            : HealthCheckResult.Unhealthy(description));
    }
}
