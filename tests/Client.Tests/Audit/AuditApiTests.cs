using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Thaiyyal.Client.Identity;

namespace Thaiyyal.Client.Tests.Audit;

/// <summary>
/// The audit log through the API: what a mutating request, a 401 and a 403 leave in which chain, who may read it,
/// paging, filters and verify. The host requires credentials (JWT); each test uses tenants of its own.
/// </summary>
public sealed class AuditApiTests(AuditApiFactory factory) : IClassFixture<AuditApiFactory>
{
    private const string CancelAction = "POST /api/v1/runs/{runId}/cancel";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string NewTenant() => "t-" + Guid.NewGuid().ToString("N")[..12];

    /// <summary>A request with a traceparent of a fresh trace id, so its entry can be found by it.</summary>
    private static HttpRequestMessage Traced(HttpMethod method, string url, out string traceId)
    {
        traceId = ActivityTraceId.CreateRandom().ToHexString();
        var request = new HttpRequestMessage(method, url);
        request.Headers.Add("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom().ToHexString()}-01");
        return request;
    }

    private static async Task<JsonElement> ListAsync(HttpClient client, string query)
    {
        var response = await client.GetAsync("/api/v1/audit" + query, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
    }

    private static JsonElement[] Items(JsonElement page) => [.. page.GetProperty("items").EnumerateArray()];

    private static string Escape(string value) => Uri.EscapeDataString(value);

    [Fact]
    public async Task MutatingRequest_IsRecordedWithActorActionTargetOutcomeAndIds()
    {
        var tenant = NewTenant();
        var admin = factory.ClientFor(tenant, ThaiyyalRoles.Admin, "alice");
        var runId = "r-" + Guid.NewGuid().ToString("N");

        var response = await admin.SendAsync(Traced(HttpMethod.Post, $"/api/v1/runs/{runId}/cancel", out var traceId), Ct);
        var page = await ListAsync(admin, "?action=" + Escape(CancelAction));

        var entry = Assert.Single(Items(page));
        Assert.Equal(tenant, entry.GetProperty("tenant").GetString());
        Assert.Equal("jwt:alice", entry.GetProperty("actor").GetString());
        Assert.Equal(CancelAction, entry.GetProperty("action").GetString());
        Assert.Equal($"runId={runId}", entry.GetProperty("target").GetString());
        Assert.Equal((int)response.StatusCode, entry.GetProperty("outcome").GetInt32());
        Assert.Equal("127.0.0.1", entry.GetProperty("clientAddress").GetString());
        Assert.Equal(traceId, entry.GetProperty("traceId").GetString());
        Assert.False(string.IsNullOrEmpty(entry.GetProperty("requestId").GetString()));
        Assert.Equal(1, entry.GetProperty("seq").GetInt64());
        Assert.Equal(new string('0', 64), entry.GetProperty("prevHash").GetString());
        Assert.Matches("^[0-9a-f]{64}$", entry.GetProperty("hash").GetString());
    }

    [Fact]
    public async Task Unauthenticated401_IsRecordedInTheInstallationChain_ReadableByInstallationAdminsOnly()
    {
        var anonymous = factory.CreateClient();
        var installationAdmin = factory.ClientFor(NewTenant(), ThaiyyalRoles.InstallationAdmin, "root");
        var tenantAdmin = factory.ClientFor(NewTenant(), ThaiyyalRoles.Admin, "alice");

        var refused = await anonymous.SendAsync(Traced(HttpMethod.Get, "/api/v1/runs", out var traceId), Ct);
        var page = await ListAsync(installationAdmin, "?scope=installation&outcome=401&limit=500");
        var asTenantAdmin = await tenantAdmin.GetAsync("/api/v1/audit?scope=installation", Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        var entry = Assert.Single(Items(page), e => e.GetProperty("traceId").GetString() == traceId);
        Assert.Equal("_installation", entry.GetProperty("tenant").GetString());
        Assert.Equal(Caller.AnonymousActor, entry.GetProperty("actor").GetString());
        Assert.Equal("GET /api/v1/runs", entry.GetProperty("action").GetString());
        Assert.Equal(401, entry.GetProperty("outcome").GetInt32());
        Assert.Equal(HttpStatusCode.Forbidden, asTenantAdmin.StatusCode);
        var verify = await installationAdmin.GetFromJsonAsync<JsonElement>("/api/v1/audit/verify?scope=installation", Ct);
        Assert.True(verify.GetProperty("ok").GetBoolean(), verify.ToString());
    }

    [Fact]
    public async Task Forbidden403_IsRecordedInTheCallersTenantChain()
    {
        var tenant = NewTenant();
        var viewer = factory.ClientFor(tenant, ThaiyyalRoles.Viewer, "vera");
        var admin = factory.ClientFor(tenant, ThaiyyalRoles.Admin, "alice");

        var refused = await viewer.PostAsync("/api/v1/runs/r-1/cancel", null, Ct);
        var page = await ListAsync(admin, "?outcome=4xx");

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        var entry = Assert.Single(Items(page));
        Assert.Equal("jwt:vera", entry.GetProperty("actor").GetString());
        Assert.Equal(CancelAction, entry.GetProperty("action").GetString());
        Assert.Equal("runId=r-1", entry.GetProperty("target").GetString());
        Assert.Equal(403, entry.GetProperty("outcome").GetInt32());
    }

    [Theory]
    [InlineData(ThaiyyalRoles.Viewer)]
    [InlineData(ThaiyyalRoles.Operator)]
    [InlineData(ThaiyyalRoles.Editor)]
    public async Task AuditRoutes_BelowAdmin_Are403AndTheRefusalIsRecorded(string role)
    {
        var tenant = NewTenant();
        var caller = factory.ClientFor(tenant, role, "someone");
        var admin = factory.ClientFor(tenant, ThaiyyalRoles.Admin, "alice");

        var list = await caller.GetAsync("/api/v1/audit", Ct);
        var verify = await caller.GetAsync("/api/v1/audit/verify", Ct);
        var page = await ListAsync(admin, "?actor=" + Escape("jwt:someone"));

        Assert.Equal(HttpStatusCode.Forbidden, list.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, verify.StatusCode);
        Assert.Equal(["GET /api/v1/audit/verify", "GET /api/v1/audit/"], Items(page).Select(e => e.GetProperty("action").GetString()));
        Assert.All(Items(page), e => Assert.Equal(403, e.GetProperty("outcome").GetInt32()));
    }

    [Fact]
    public async Task List_PagesNewestFirstByCursor_AndSeesOnlyTheCallersTenant()
    {
        var tenant = NewTenant();
        var admin = factory.ClientFor(tenant, ThaiyyalRoles.Admin, "alice");
        var other = factory.ClientFor(NewTenant(), ThaiyyalRoles.Admin, "bob");
        for (var i = 1; i <= 5; i++)
        {
            await admin.PostAsync($"/api/v1/runs/r-{i}/cancel", null, Ct);
            await other.PostAsync($"/api/v1/runs/other-{i}/cancel", null, Ct);
        }

        var first = await ListAsync(admin, "?limit=2");
        var second = await ListAsync(admin, "?limit=2&cursor=" + first.GetProperty("nextCursor").GetString());
        var third = await ListAsync(admin, "?limit=2&cursor=" + second.GetProperty("nextCursor").GetString());

        string[] Targets(JsonElement page) => [.. Items(page).Select(e => e.GetProperty("target").GetString() ?? "")];
        Assert.Equal(["runId=r-5", "runId=r-4"], Targets(first));
        Assert.Equal(["runId=r-3", "runId=r-2"], Targets(second));
        Assert.Equal(["runId=r-1"], Targets(third));
        Assert.Equal(JsonValueKind.Null, third.GetProperty("nextCursor").ValueKind);
        Assert.Equal([5L, 4, 3, 2, 1], new[] { first, second, third }.SelectMany(Items).Select(e => e.GetProperty("seq").GetInt64()));
        var verify = await admin.GetFromJsonAsync<JsonElement>("/api/v1/audit/verify", Ct);
        Assert.True(verify.GetProperty("ok").GetBoolean(), verify.ToString());
        Assert.Equal(5, verify.GetProperty("checked").GetInt64());
        Assert.Equal(5, verify.GetProperty("headSeq").GetInt64());
        Assert.Equal(Items(first)[0].GetProperty("hash").GetString(), verify.GetProperty("headHash").GetString());
    }

    [Fact]
    public async Task List_FiltersByActorActionOutcomeAndTime()
    {
        var tenant = NewTenant();
        var admin = factory.ClientFor(tenant, ThaiyyalRoles.Admin, "alice");
        var viewer = factory.ClientFor(tenant, ThaiyyalRoles.Viewer, "vera");
        await admin.PostAsync("/api/v1/runs/r-1/cancel", null, Ct);
        await viewer.PostAsync("/api/v1/runs/r-2/cancel", null, Ct);
        await admin.DeleteAsync("/api/v1/workflows/wf-1", Ct);
        var all = Items(await ListAsync(admin, ""));
        var middle = all[1].GetProperty("time").GetDateTimeOffset();

        var byActor = Items(await ListAsync(admin, "?actor=" + Escape("jwt:vera")));
        var byAction = Items(await ListAsync(admin, "?action=" + Escape("DELETE /api/v1/workflows/{id}")));
        var byOutcome = Items(await ListAsync(admin, "?outcome=403"));
        var fromMiddle = Items(await ListAsync(admin, "?from=" + Escape(middle.ToString("O"))));
        var beforeMiddle = Items(await ListAsync(admin, "?to=" + Escape(middle.ToString("O"))));

        Assert.Equal(3, all.Length);
        Assert.Equal("runId=r-2", Assert.Single(byActor).GetProperty("target").GetString());
        Assert.Equal("id=wf-1", Assert.Single(byAction).GetProperty("target").GetString());
        Assert.Equal("jwt:vera", Assert.Single(byOutcome).GetProperty("actor").GetString());
        Assert.Equal([3L, 2], fromMiddle.Select(e => e.GetProperty("seq").GetInt64()));
        Assert.Equal([1L], beforeMiddle.Select(e => e.GetProperty("seq").GetInt64()));
    }

    [Theory]
    [InlineData("?limit=0", "Invalid limit")]
    [InlineData("?limit=501", "Invalid limit")]
    [InlineData("?cursor=abc", "Invalid cursor")]
    [InlineData("?cursor=0", "Invalid cursor")]
    [InlineData("?outcome=6xx", "Invalid outcome")]
    [InlineData("?outcome=teapot", "Invalid outcome")]
    [InlineData("?scope=everything", "Invalid scope")]
    public async Task List_BadQuery_Is400NamingTheProblem(string query, string title)
    {
        var admin = factory.ClientFor(NewTenant(), ThaiyyalRoles.Admin, "alice");

        var response = await admin.GetAsync("/api/v1/audit" + query, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(title, (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("title").GetString());
    }
}
