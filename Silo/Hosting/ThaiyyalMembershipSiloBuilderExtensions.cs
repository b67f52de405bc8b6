using Microsoft.Extensions.Configuration;
using Orleans.Configuration;

namespace Thaiyyal.Silo.Hosting;

/// <summary>Failure-detection settings of the Orleans membership protocol, from configuration.</summary>
public static class ThaiyyalMembershipSiloBuilderExtensions
{
    /// <summary>
    /// Section bound onto <see cref="ClusterMembershipOptions"/> (e.g. <c>Thaiyyal:Membership:ProbeTimeout</c>,
    /// <c>NumMissedProbesLimit</c>, <c>NumVotesForDeathDeclaration</c>). How fast a dead silo is declared dead is how
    /// fast its runs resume elsewhere, so operators tune it per deployment; unset keys keep the Orleans defaults.
    /// </summary>
    public const string SectionName = "Thaiyyal:Membership";

    public static ISiloBuilder AddThaiyyalMembershipSettings(this ISiloBuilder silo, IConfiguration configuration)
    {
        var section = configuration.GetSection(SectionName);
        if (section.Exists())
        {
            silo.Services.AddOptions<ClusterMembershipOptions>().Bind(section);
        }
        return silo;
    }
}
