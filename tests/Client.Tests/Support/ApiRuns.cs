using System.Net.Http.Json;
using System.Text.Json;

namespace Thaiyyal.Client.Tests.Support;

/// <summary>Reads a run through <c>GET /api/v1/runs/{id}</c> until it reaches a state (at most 30 s).</summary>
internal static class ApiRuns
{
    public static async Task<JsonElement> WaitForAsync(HttpClient client, string runId, Func<JsonElement, bool> condition, CancellationToken ct)
    {
        var until = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var run = await client.GetFromJsonAsync<JsonElement>($"/api/v1/runs/{runId}", ct);
            if (condition(run))
            {
                return run;
            }
            Assert.True(DateTime.UtcNow < until, $"condition not reached; run is {run.GetProperty("status")}");
            await Task.Delay(25, ct);
        }
    }

    public static Task<JsonElement> WaitForTerminalAsync(HttpClient client, string runId, CancellationToken ct) =>
        WaitForAsync(client, runId, r => r.GetProperty("status").GetString() is "completed" or "failed" or "cancelled", ct);
}
