using Thaiyyal.Grains.Tests.Postgres;

namespace Thaiyyal.Grains.Tests.Hosting;

/// <summary>The headless silo serves the Orleans dashboard page itself when Thaiyyal:DashboardUrls is set.</summary>
public sealed class SiloDashboardTests
{
    [Fact]
    public async Task Silo_WithDashboardUrls_ServesTheDashboardPage()
    {
        var ct = TestContext.Current.CancellationToken;
        var port = HostProcess.FreePort();
        await using var silo = HostProcess.Start("Silo", new Dictionary<string, string>
        {
            ["Thaiyyal__DashboardUrls"] = $"http://127.0.0.1:{port}",
            ["Thaiyyal__SiloPort"] = "0",
            ["Thaiyyal__GatewayPort"] = "0",
        });
        using var http = new HttpClient();
        var until = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        HttpResponseMessage? response = null;
        while (DateTime.UtcNow < until && response?.IsSuccessStatusCode != true)
        {
            Assert.False(silo.HasExited, silo.Output);
            try
            {
                response = await http.GetAsync($"http://127.0.0.1:{port}/dashboard/", ct);
            }
            catch (HttpRequestException)
            {
                await Task.Delay(250, ct); // not listening yet
            }
        }

        Assert.NotNull(response);
        Assert.True(response.IsSuccessStatusCode, silo.Output);
        Assert.Contains("Orleans Dashboard", await response.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);
    }
}
