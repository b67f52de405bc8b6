using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Thaiyyal.Client.Tests.Support;

/// <summary>The client host with its embedded silo on free ports, in process.</summary>
public class ThaiyyalApiFactory : WebApplicationFactory<Program>
{
    /// <summary>Extra settings for a derived fixture (e.g. tiny limits).</summary>
    protected virtual IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Thaiyyal:SiloPort", "0");
        builder.UseSetting("Thaiyyal:GatewayPort", "0");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, LoopbackClientStartupFilter>());
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
