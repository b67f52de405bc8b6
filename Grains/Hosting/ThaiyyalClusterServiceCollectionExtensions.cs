using Microsoft.Extensions.DependencyInjection.Extensions;
using Thaiyyal.Grains.Engine.Http.Clients;
using Thaiyyal.Grains.HttpClients;
using Thaiyyal.Grains.Runs;

namespace Microsoft.Extensions.DependencyInjection;

public static class ThaiyyalClusterServiceCollectionExtensions
{
    /// <summary>
    /// The engine as hosts in a cluster use it (silos and API hosts alike): the pure engine, with cluster-wide
    /// services replacing its process-local defaults.
    /// </summary>
    public static IServiceCollection AddThaiyyalClusterEngine(this IServiceCollection services)
    {
        services.AddThaiyyalEngine();
        services.AddOptions<RunOptions>().BindConfiguration(RunOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<Microsoft.Extensions.Options.IValidateOptions<RunOptions>, RunOptionsValidator>());
        services.Replace(ServiceDescriptor.Singleton<IHttpClientConfigurationStore, GrainHttpClientConfigurationStore>());
        services.AddThaiyyalWorkflows();
        services.AddThaiyyalSecretsOptions();
        return services;
    }
}
