using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Npgsql;

namespace Thaiyyal.Client.Tests.Audit;

/// <summary>
/// The host in Postgres mode: entries reach <c>thaiyyal_audit</c> through the middleware, and a mutating request
/// whose entry cannot be stored fails closed with 503 (the audit table made unreachable with a rename).
/// </summary>
public sealed class PostgresAuditApiTests(PostgresAuditFixture fixture) : IClassFixture<PostgresAuditFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task SqlAsync(string sql)
    {
        await using var dataSource = NpgsqlDataSource.Create(fixture.ConnectionString);
        await using var command = dataSource.CreateCommand(sql);
        await command.ExecuteNonQueryAsync(Ct);
    }

    private static StringContent Workflow(string id) =>
        new($$$"""{"id":"{{{id}}}","name":"w","definition":{"nodes":[{"id":"a","type":"number","data":{"value":1}}]}}""", Encoding.UTF8, "application/json");

    [Fact]
    public async Task Mutation_WhileTheAuditTableIsUnreachable_Is503_AndRecordingResumesAfter()
    {
        var client = fixture.Factory.CreateClient();
        var before = $"wf-{Guid.NewGuid():N}";
        var during = $"wf-{Guid.NewGuid():N}";
        var after = $"wf-{Guid.NewGuid():N}";
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsync("/api/v1/workflows", Workflow(before), Ct)).StatusCode);

        await SqlAsync("ALTER TABLE thaiyyal_audit RENAME TO thaiyyal_audit_away");
        HttpResponseMessage refused;
        try
        {
            refused = await client.PostAsync("/api/v1/workflows", Workflow(during), Ct);
        }
        finally
        {
            await SqlAsync("ALTER TABLE thaiyyal_audit_away RENAME TO thaiyyal_audit");
        }
        var resumed = await client.PostAsync("/api/v1/workflows", Workflow(after), Ct);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.Null(refused.Headers.Location); // the created answer was withheld, all of it
        Assert.NotNull(refused.Headers.RetryAfter);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal("Audit log unavailable", problem.GetProperty("title").GetString());
        Assert.Equal(201, problem.GetProperty("outcome").GetInt32()); // it says the change was made, so no one assumes otherwise
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/workflows/{during}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, resumed.StatusCode);

        var page = await client.GetFromJsonAsync<JsonElement>("/api/v1/audit?action=" + Uri.EscapeDataString("POST /api/v1/workflows/"), Ct);
        var outcomes = page.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("outcome").GetInt32()).ToList();
        Assert.Equal([201, 201], outcomes); // before and after; the refused one is in the logs (event 4801), not the chain
        var verify = await client.GetFromJsonAsync<JsonElement>("/api/v1/audit/verify", Ct);
        Assert.True(verify.GetProperty("ok").GetBoolean(), verify.ToString());
        var rows = await CountAsync("SELECT count(*) FROM thaiyyal_audit WHERE tenant_id = 'default' AND action = 'POST /api/v1/workflows/'");
        Assert.Equal(2, rows);
    }

    private async Task<long> CountAsync(string sql)
    {
        await using var dataSource = NpgsqlDataSource.Create(fixture.ConnectionString);
        await using var command = dataSource.CreateCommand(sql);
        return (long)(await command.ExecuteScalarAsync(Ct))!;
    }
}
