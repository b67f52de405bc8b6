using System.Net.Http.Json;
using System.Text.Json;

namespace Thaiyyal.Grains.Tests.Postgres;

/// <summary>Waiting on a Client host process through its HTTP API, which may fail while the cluster behind it heals.</summary>
internal static class ApiPolling
{
    /// <summary>Waits until the host answers <c>/health/ready</c>; fails with its output if it exits or takes too long.</summary>
    public static async Task WaitForReadyAsync(HttpClient http, HostProcess api, TimeSpan timeout, CancellationToken ct)
    {
        var until = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < until)
        {
            Assert.False(api.HasExited, api.Output);
            try
            {
                if ((await http.GetAsync("/health/ready", ct)).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            await Task.Delay(250, ct);
        }
        throw new TimeoutException("client host not ready:\n" + api.Output);
    }

    /// <summary>Reads a run until <paramref name="done"/> holds for it.</summary>
    public static async Task<JsonElement> WaitForRunAsync(HttpClient http, string runId, Func<JsonElement, bool> done, TimeSpan timeout, CancellationToken ct)
    {
        var until = DateTime.UtcNow + timeout;
        JsonElement last = default;
        while (DateTime.UtcNow < until)
        {
            try
            {
                var response = await http.GetAsync($"/api/v1/runs/{runId}", ct);
                if (response.IsSuccessStatusCode)
                {
                    last = await response.Content.ReadFromJsonAsync<JsonElement>(ct);
                    if (done(last))
                    {
                        return last;
                    }
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
            {
                // the cluster is healing
            }
            await Task.Delay(250, ct);
        }
        throw new TimeoutException($"run {runId} did not reach the expected state; last: {last}");
    }
}
