using Microsoft.Extensions.Configuration;

namespace Thaiyyal.Silo.Hosting;

/// <summary>Kubernetes integration of a silo, switched on by configuration.</summary>
public static class ThaiyyalKubernetesSiloBuilderExtensions
{
    public const string EnabledKey = "Thaiyyal:Kubernetes";

    /// <summary>
    /// With <c>Thaiyyal:Kubernetes=true</c>: Orleans' Kubernetes hosting. The silo is named after its pod
    /// (<c>POD_NAME</c>), advertises the pod IP (<c>POD_IP</c>) unless <c>Thaiyyal:AdvertisedAddress</c> is set,
    /// listens on all interfaces, labels its pod with the cluster and service ids, and watches the pods of its
    /// namespace (<c>POD_NAMESPACE</c>) so a deleted pod's silo is declared dead at once instead of after missed probes.
    /// Call after <c>AddThaiyyal</c>: <c>ORLEANS_CLUSTER_ID</c>/<c>ORLEANS_SERVICE_ID</c>, when set, then win.
    /// </summary>
    public static ISiloBuilder AddThaiyyalKubernetesHosting(this ISiloBuilder silo, IConfiguration configuration)
    {
        if (configuration.GetValue<bool>(EnabledKey))
        {
            silo.UseKubernetesHosting();
        }
        return silo;
    }
}
