using Thaiyyal.Silo.Hosting;

namespace Thaiyyal.Deploy.Tests.Support;

/// <summary>The probe paths both hosts serve (the silo's constants; the client host maps the same paths).</summary>
public static class HealthPaths
{
    public static readonly IReadOnlyList<string> All = [SiloHealthEndpointExtensions.LivePath, SiloHealthEndpointExtensions.ReadyPath];
}
