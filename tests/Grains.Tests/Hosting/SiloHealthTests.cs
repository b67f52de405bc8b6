using System.Net;
using Thaiyyal.Grains.Tests.Postgres;

namespace Thaiyyal.Grains.Tests.Hosting;

/// <summary>The headless silo serves its own probes when Thaiyyal:HealthUrls is set.</summary>
public sealed class SiloHealthTests
{
    [Fact]
    public async Task Silo_WithHealthUrls_IsLiveAndReadyOnceActive()
    {
        var ct = TestContext.Current.CancellationToken;
        var port = HostProcess.FreePort();
        await using var silo = HostProcess.Start("Silo", new Dictionary<string, string>
        {
            ["Thaiyyal__HealthUrls"] = $"http://127.0.0.1:{port}",
            ["Thaiyyal__SiloPort"] = "0",
            ["Thaiyyal__GatewayPort"] = "0",
        });
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };

        var ready = await GetWhenListeningAsync(http, "/health/ready", silo, ct);
        var until = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (ready.StatusCode != HttpStatusCode.OK && DateTime.UtcNow < until)
        {
            await Task.Delay(250, ct); // listening before the silo finished joining: 503 until it is active
            ready = await http.GetAsync("/health/ready", ct);
        }
        var live = await http.GetAsync("/health/live", ct);
        var dashboard = await http.GetAsync("/dashboard/", ct);

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Contains("is Active", await ready.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, dashboard.StatusCode); // only the endpoints switched on are served
    }

    [Fact]
    public async Task Silo_WithKubernetesOutsideAPod_RefusesToStartAndNamesTheMissingVariable()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var silo = HostProcess.Start("Silo", new Dictionary<string, string>
        {
            ["Thaiyyal__Kubernetes"] = "true",
            ["Thaiyyal__SiloPort"] = "0",
            ["Thaiyyal__GatewayPort"] = "0",
        });

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        try
        {
            await silo.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            Assert.Fail("a silo told to use Kubernetes hosting outside a pod must not start");
        }

        Assert.Contains("POD_NAMESPACE", silo.Output, StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> GetWhenListeningAsync(HttpClient http, string path, HostProcess silo, CancellationToken ct)
    {
        var until = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (true)
        {
            Assert.False(silo.HasExited, silo.Output);
            try
            {
                return await http.GetAsync(path, ct);
            }
            catch (HttpRequestException) when (DateTime.UtcNow < until)
            {
                await Task.Delay(250, ct); // not listening yet
            }
        }
    }
}
