using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Thaiyyal.Grains.Engine.Http;

namespace Thaiyyal.Engine.Tests.Http;

public sealed class HttpNodeOptionsTests
{
    private static HttpNodeOptions Bind(Dictionary<string, string?> settings)
    {
        using var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .AddThaiyyalHttp()
            .BuildServiceProvider();
        return services.GetRequiredService<IOptions<HttpNodeOptions>>().Value;
    }

    [Fact]
    public void Defaults_AreTheReferenceServerValues()
    {
        var options = Bind([]);
        Assert.True(options.AllowHttp);
        Assert.Equal(TimeSpan.FromSeconds(30), options.Timeout);
        Assert.Equal(TimeSpan.FromSeconds(30), options.ConnectTimeout);
        Assert.Equal(10 * 1024 * 1024, options.MaxResponseBytes);
        Assert.Equal(10, options.MaxRedirects);
        Assert.Empty(options.AllowedHosts);
        Assert.Empty(options.AllowedDomains);
    }

    [Fact]
    public void Bind_Section_ReadsAllowListAndLimits()
    {
        var options = Bind(new()
        {
            ["Thaiyyal:Http:AllowedHosts:0"] = "127.0.0.1/32",
            ["Thaiyyal:Http:AllowedHosts:1"] = "localhost",
            ["Thaiyyal:Http:MaxRedirects"] = "3",
            ["Thaiyyal:Http:AllowHttp"] = "false",
        });
        Assert.Equal(["127.0.0.1/32", "localhost"], options.AllowedHosts);
        Assert.Equal(3, options.MaxRedirects);
        Assert.False(options.AllowHttp);
    }

    [Theory]
    [InlineData("Thaiyyal:Http:AllowedHosts:0", "not a host/99")]
    [InlineData("Thaiyyal:Http:MaxResponseBytes", "0")]
    [InlineData("Thaiyyal:Http:MaxRedirects", "-1")]
    [InlineData("Thaiyyal:Http:Timeout", "00:00:00")]
    public void Validate_BadSetting_FailsAtStart(string key, string value) =>
        Assert.Throws<OptionsValidationException>(() => Bind(new() { [key] = value }));
}
