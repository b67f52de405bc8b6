using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Storage;
using Thaiyyal.Grains.Persistence;

namespace Thaiyyal.Grains.Hosting;

/// <summary>Wraps registered grain storage providers, e.g. in <see cref="RetryingGrainStorage"/>.</summary>
public static class GrainStorageRetryExtensions
{
    /// <summary>Decorates the grain storage named <paramref name="name"/>, which must already be registered.</summary>
    public static ISiloBuilder AddThaiyyalStorageRetries(this ISiloBuilder silo, string name) =>
        silo.DecorateGrainStorage(name, (sp, inner) => new RetryingGrainStorage(
            inner,
            name,
            sp.GetRequiredService<IOptions<StorageRetryOptions>>().Value,
            sp.GetRequiredService<ILogger<RetryingGrainStorage>>()));

    /// <summary>
    /// Replaces the grain storage named <paramref name="name"/> with <paramref name="decorate"/>'s wrapper of it.
    /// Orleans' lifecycle registration resolves this same keyed service, so a wrapper must forward
    /// <see cref="ILifecycleParticipant{ISiloLifecycle}.Participate"/> to the provider it wraps.
    /// </summary>
    public static ISiloBuilder DecorateGrainStorage(
        this ISiloBuilder silo, string name, Func<IServiceProvider, IGrainStorage, IGrainStorage> decorate)
    {
        var services = silo.Services;
        var original = services.LastOrDefault(d => d.IsKeyedService && Equals(d.ServiceKey, name) && d.ServiceType == typeof(IGrainStorage))
            ?? throw new InvalidOperationException($"No grain storage named '{name}' is registered to decorate.");
        var createInner = original.KeyedImplementationFactory
            ?? throw new InvalidOperationException($"Grain storage '{name}' is not registered by a factory, so it cannot be decorated.");
        services.Remove(original);
        services.AddKeyedSingleton<IGrainStorage>(name, (sp, key) => decorate(sp, (IGrainStorage)createInner(sp, key)));
        return silo;
    }
}
