using System.Collections;
using System.Reflection;
using Orleans.Configuration;
using Thaiyyal.Client.Api;
using Thaiyyal.Grains.Engine.Execution;
using Thaiyyal.Grains.Engine.Http;
using Thaiyyal.Grains.Events;
using Thaiyyal.Grains.Hosting;
using Thaiyyal.Grains.Runs;
using Thaiyyal.Silo.Hosting;

namespace Thaiyyal.Deploy.Tests.Support;

/// <summary>
/// The configuration keys the Silo and Client hosts read, taken from the code (options types and their section names,
/// the keys read one by one), so a renamed setting fails here instead of being silently ignored in a deployment.
/// </summary>
public static class HostConfigurationKeys
{
    /// <summary>Read only by the headless silo (the client host ignores them).</summary>
    public static readonly IReadOnlySet<string> SiloOnly = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        SiloHttpEndpoints.DashboardUrlsKey,
        SiloHttpEndpoints.HealthUrlsKey,
        ThaiyyalKubernetesSiloBuilderExtensions.EnabledKey,
        // Orleans' Kubernetes hosting reads these from the environment.
        "POD_NAME",
        "POD_NAMESPACE",
        "POD_IP",
    };

    /// <summary>Read only by the client host (the silo ignores them).</summary>
    public static readonly IReadOnlySet<string> ClientOnly = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        $"{ThaiyyalHostingOptions.SectionName}:{nameof(ThaiyyalHostingOptions.Mode)}",
        "Urls", // ASP.NET Core's listen addresses; the silo listens on Thaiyyal:HealthUrls / DashboardUrls instead
    };

    private static readonly (string Section, Type Options)[] BoundSections =
    [
        (ThaiyyalHostingOptions.SectionName, typeof(ThaiyyalHostingOptions)),
        (RunOptions.SectionName, typeof(RunOptions)),
        (RunEventOptions.SectionName, typeof(RunEventOptions)),
        (EngineLimits.SectionName, typeof(EngineLimits)),
        (HttpNodeOptions.SectionName, typeof(HttpNodeOptions)),
        (ApiOptions.SectionName, typeof(ApiOptions)),
        (ThaiyyalMembershipSiloBuilderExtensions.SectionName, typeof(ClusterMembershipOptions)),
    ];

    private static readonly HashSet<string> SingleKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        $"ConnectionStrings:{ThaiyyalHostingOptions.ConnectionStringName}",
        // Read by the region placement of the cluster work (LocalRegion.SettingName); both hosts read it.
        "Thaiyyal:Region",
        // The OpenTelemetry SDK's own environment variables (README: Configuration).
        "OTEL_EXPORTER_OTLP_ENDPOINT",
        "OTEL_SERVICE_NAME",
    };

    /// <summary>Whether an environment variable name (<c>Thaiyyal__Runs__WatchdogPeriod</c>) is a key a host reads.</summary>
    public static bool IsKnown(string environmentName)
    {
        var key = ToKey(environmentName);
        if (SingleKeys.Contains(key) || SiloOnly.Contains(key) || ClientOnly.Contains(key))
        {
            return true;
        }
        if (key.StartsWith("Logging:LogLevel:", StringComparison.OrdinalIgnoreCase))
        {
            return true; // category names are open-ended
        }
        var (section, options) = BoundSections
            .Where(s => key.StartsWith(s.Section + ":", StringComparison.OrdinalIgnoreCase))
            .OrderByDescending(s => s.Section.Length)
            .FirstOrDefault();
        return section is not null && IsProperty(options, key[(section.Length + 1)..].Split(':'));
    }

    /// <summary>Environment form of a configuration key: <c>:</c> is written <c>__</c>.</summary>
    public static string ToEnvironment(string key) => key.Replace(":", "__", StringComparison.Ordinal);

    /// <summary>Configuration form of an environment variable name: <c>__</c> separates sections.</summary>
    public static string ToKey(string environmentName) => environmentName.Replace("__", ":", StringComparison.Ordinal);

    /// <summary>The first segment names a bindable property; deeper segments only under a collection or an object.</summary>
    private static bool IsProperty(Type options, string[] path)
    {
        var property = options.GetProperty(path[0], BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
        if (property is null || !property.CanWrite && !typeof(IEnumerable).IsAssignableFrom(property.PropertyType))
        {
            return false;
        }
        var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        var isLeaf = type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(TimeSpan) || type == typeof(decimal);
        return path.Length == 1 || !isLeaf;
    }
}
