using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Thaiyyal.Client.Tests.Support;

namespace Thaiyyal.Client.Tests.Api;

[Collection(ApiCollection.Name)]
public sealed class ClusterApiTests(ThaiyyalApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task GetCluster_EmbeddedSilo_ReportsItsSiloRegionAndRunningRuns()
    {
        // Short delays execute in their nodes (a long one would park the run, which then runs on no silo).
        const string slow = """
            {"nodes":[{"id":"d1","type":"delay","data":{"duration":"900ms"}},{"id":"d2","type":"delay","data":{"duration":"900ms"}},
                      {"id":"d3","type":"delay","data":{"duration":"900ms"}},{"id":"d4","type":"delay","data":{"duration":"900ms"}}],
             "edges":[{"id":"e1","source":"d1","target":"d2"},{"id":"e2","source":"d2","target":"d3"},{"id":"e3","source":"d3","target":"d4"}]}
            """;
        var started = await _client.PostAsync("/api/v1/runs", new StringContent($$"""{"workflow": {{slow}}}""", Encoding.UTF8, "application/json"), Ct);
        var runId = (await started.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("runId").GetString();
        try
        {
            var response = await _client.GetAsync("/api/v1/cluster", Ct);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var cluster = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
            var silo = Assert.Single(cluster.GetProperty("silos").EnumerateArray());
            Assert.Equal("Active", silo.GetProperty("status").GetString());
            Assert.Equal("default", silo.GetProperty("region").GetString());
            Assert.False(string.IsNullOrEmpty(silo.GetProperty("address").GetString()));
            Assert.True(silo.GetProperty("startedAt").GetDateTimeOffset() <= DateTimeOffset.UtcNow);
            Assert.True(silo.GetProperty("activeRuns").GetInt32() >= 1); // the delayed run above is driven right now
            Assert.True(cluster.GetProperty("runCountsComplete").GetBoolean());
            var region = Assert.Single(cluster.GetProperty("regions").EnumerateArray());
            Assert.Equal("default", region.GetProperty("name").GetString());
            Assert.Equal(1, region.GetProperty("activeSilos").GetInt32());
            Assert.Equal(silo.GetProperty("activeRuns").GetInt32(), region.GetProperty("activeRuns").GetInt32());
        }
        finally
        {
            await _client.PostAsync($"/api/v1/runs/{runId}/cancel", null, Ct);
        }
    }

    [Fact]
    public async Task OpenApi_ListsTheClusterRoute()
    {
        var document = await _client.GetFromJsonAsync<JsonElement>("/openapi/v1.json", Ct);

        Assert.True(document.GetProperty("paths").TryGetProperty("/api/v1/cluster", out _));
    }
}
