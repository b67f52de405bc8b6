using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Thaiyyal.Client.Tests.Events;

/// <summary>
/// The Orleans dashboard rendered by a real headless Chromium against the client host started as a process on a
/// loopback port (its scripts must run, so an HTTP 200 alone does not prove it works). Skipped without Chromium.
/// </summary>
public sealed class DashboardBrowserTests
{
    private static readonly string[] ChromiumPaths = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

    [Fact]
    public async Task Dashboard_InHeadlessChromium_RendersGrainsPage()
    {
        var chromium = ChromiumPaths.FirstOrDefault(File.Exists);
        Assert.SkipWhen(chromium is null, "Chromium is not installed (apt-get install -y chromium); the dashboard's HTTP answer is checked by EventsApiTests.");
        var ct = TestContext.Current.CancellationToken;
        var port = FreePort();
        using var host = StartHost(port);
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            await WaitUntilUpAsync(http, ct);

            var dom = await DumpDomAsync(chromium!, $"http://127.0.0.1:{port}/dashboard/#/grains", ct);

            Assert.Contains("Orleans", dom, StringComparison.Ordinal);
            Assert.Contains("Activations by Type", dom, StringComparison.Ordinal);
            Assert.Contains("RunIndexGrain", dom, StringComparison.Ordinal); // our grains, activated at start by the host
        }
        finally
        {
            host.Kill(entireProcessTree: true);
            await host.WaitForExitAsync(ct);
        }
    }

    private static Process StartHost(int port)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = AppContext.BaseDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Thaiyyal.Client.dll"));
        start.Environment["Urls"] = $"http://127.0.0.1:{port}";
        start.Environment["Thaiyyal__SiloPort"] = "0";
        start.Environment["Thaiyyal__GatewayPort"] = "0";
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task WaitUntilUpAsync(HttpClient http, CancellationToken ct)
    {
        for (var attempt = 0; attempt < 120; attempt++)
        {
            try
            {
                using var response = await http.GetAsync("/api/v1/runs", ct);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return; // listing runs also activates the runs index grain the page should show
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            await Task.Delay(250, ct);
        }
        Assert.Fail("the client host did not start");
    }

    private static async Task<string> DumpDomAsync(string chromium, string url, CancellationToken ct)
    {
        var profile = Directory.CreateTempSubdirectory("thaiyyal-chromium-");
        try
        {
            var start = new ProcessStartInfo(chromium) { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var arg in new[]
                     {
                         "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                         "--disable-sync", "--no-first-run", $"--user-data-dir={profile.FullName}", "--window-size=1400,900",
                         "--virtual-time-budget=8000", "--dump-dom", url,
                     })
            {
                start.ArgumentList.Add(arg);
            }
            using var browser = Process.Start(start)!;
            var stdout = browser.StandardOutput.ReadToEndAsync(ct);
            var stderr = browser.StandardError.ReadToEndAsync(ct);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(TimeSpan.FromSeconds(90));
            await browser.WaitForExitAsync(timeout.Token);
            await stderr;
            return await stdout;
        }
        finally
        {
            profile.Delete(recursive: true);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
