using Microsoft.Extensions.DependencyInjection.Extensions;
using Thaiyyal.Grains.Schedules;
using Thaiyyal.Grains.Workflows;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Services of saved workflows and schedules, for silos and API hosts alike.</summary>
public static class ThaiyyalWorkflowsServiceCollectionExtensions
{
    public static IServiceCollection AddThaiyyalWorkflows(this IServiceCollection services)
    {
        services.TryAddSingleton<WorkflowRunStarter>();
        services.TryAddSingleton(TimeProvider.System);
        // Schedules read time through their own key, so tests can fake it without faking Orleans' own clock.
        services.TryAddKeyedSingleton<TimeProvider>(ScheduleClock.Key, (provider, _) => provider.GetRequiredService<TimeProvider>());
        return services;
    }
}
