using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Thaiyyal.Client.Tests.Api;

public sealed class RegionSettingTests
{
    [Theory]
    [InlineData("Embedded")]
    [InlineData("Client")]
    public void Host_WithInvalidRegion_FailsToStartNamingTheSetting(string mode)
    {
        using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Thaiyyal:Mode", mode);
            builder.UseSetting("Thaiyyal:Region", "EU West");
            builder.UseSetting("Thaiyyal:SiloPort", "0");
            builder.UseSetting("Thaiyyal:GatewayPort", "0");
            builder.UseSetting("Logging:LogLevel:Default", "Warning");
        });

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("Thaiyyal:Region 'EU West'", error.ToString(), StringComparison.Ordinal);
    }
}
