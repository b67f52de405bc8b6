namespace Thaiyyal.Client.Tests.Support;

/// <summary>The host with loopback opened for http nodes through the allow-list — only in these tests.</summary>
public sealed class LoopbackAllowedApiFactory : ThaiyyalApiFactory
{
    protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
    {
        ["Thaiyyal:Http:AllowedHosts:0"] = "127.0.0.1/32",
        ["Thaiyyal:Http:MaxRetryAttempts"] = "0",
    };
}
