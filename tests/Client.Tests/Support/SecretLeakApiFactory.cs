using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Thaiyyal.Client.Tests.Support;

/// <summary>The host with loopback open for http nodes and every log line of the host and its silo captured.</summary>
public sealed class SecretLeakApiFactory : ThaiyyalApiFactory
{
    public CapturingLoggerProvider Logs { get; } = new();

    protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
    {
        ["Thaiyyal:Http:AllowedHosts:0"] = "127.0.0.1/32",
        ["Thaiyyal:Http:MaxRetryAttempts"] = "0",
        // Everything that might carry a request's URL, headers or a node's error, as verbosely as it comes.
        ["Logging:LogLevel:Default"] = "Information",
        ["Logging:LogLevel:Thaiyyal"] = "Trace",
        ["Logging:LogLevel:System.Net.Http"] = "Trace",
        ["Logging:LogLevel:Polly"] = "Trace",
        ["Logging:LogLevel:Microsoft.AspNetCore"] = "Debug",
        ["Logging:LogLevel:Microsoft.Extensions.Http"] = "Trace",
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
    }
}
