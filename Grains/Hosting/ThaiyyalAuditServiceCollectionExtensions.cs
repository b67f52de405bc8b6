using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Thaiyyal.Grains.Audit;

namespace Microsoft.Extensions.DependencyInjection;

public static class ThaiyyalAuditServiceCollectionExtensions
{
    /// <summary>The audit options (<c>Thaiyyal:Audit</c>), checked at start; both the silos and the API host read them.</summary>
    public static IServiceCollection AddThaiyyalAuditOptions(this IServiceCollection services)
    {
        services.AddOptions<AuditOptions>().BindConfiguration(AuditOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AuditOptions>, AuditOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        return services;
    }
}
