using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Thaiyyal.Client.Tests.Support;

namespace Thaiyyal.Client.Tests.Api;

/// <summary>The schedules API: CRUD, pause/resume, trigger, next fires, history, and 400s naming the field.</summary>
[Collection(ApiCollection.Name)]
public sealed class SchedulesApiTests(ThaiyyalApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static StringContent Json(string text) => new(text, Encoding.UTF8, "application/json");

    private async Task<string> WorkflowAsync()
    {
        var response = await _client.PostAsync("/api/v1/workflows", Json("""{"name":"w","definition":{"nodes":[{"id":"a","type":"number","data":{"value":9}}]}}"""), Ct);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetString()!;
    }

    private async Task<JsonElement> CreateAsync(string extra = "")
    {
        var workflowId = await WorkflowAsync();
        var response = await _client.PostAsync("/api/v1/schedules", Json($$"""{"workflowId":"{{workflowId}}","cron":"0 9 * * MON","timeZone":"Europe/London"{{extra}}}"""), Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
    }

    [Fact]
    public async Task Create_Defaults_AreLatestSkipFireOnceOneHour()
    {
        var schedule = await CreateAsync();

        Assert.Equal(
            ("latest", "skip", "fire_once", "1h0m0s", 10, "active"),
            (schedule.GetProperty("versionPolicy").GetString(), schedule.GetProperty("overlap").GetString(), schedule.GetProperty("catchUp").GetString(),
             schedule.GetProperty("catchUpWindow").GetString(), schedule.GetProperty("catchUpLimit").GetInt32(), schedule.GetProperty("status").GetString()));
        Assert.Equal(DayOfWeek.Monday, schedule.GetProperty("nextFireAt").GetDateTimeOffset().DayOfWeek);
        Assert.Equal("default", schedule.GetProperty("region").GetString()); // the API host's region
    }

    [Fact]
    public async Task Region_IsTheHomeOfTheRunsItStarts()
    {
        var schedule = await CreateAsync(""" ,"region":"west" """);
        Assert.Equal("west", schedule.GetProperty("region").GetString());

        var trigger = await _client.PostAsync($"/api/v1/schedules/{schedule.GetProperty("id").GetString()}/trigger", null, Ct);
        var runId = (await trigger.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("fire").GetProperty("runId").GetString()!;
        var run = await _client.GetFromJsonAsync<JsonElement>($"/api/v1/runs/{runId}", Ct);

        Assert.StartsWith("west.", runId, StringComparison.Ordinal);
        Assert.Equal("west", run.GetProperty("homeRegion").GetString());
    }

    [Fact]
    public async Task GetListUpdateDelete_RoundTrip()
    {
        var id = (await CreateAsync()).GetProperty("id").GetString();

        var got = await _client.GetFromJsonAsync<JsonElement>($"/api/v1/schedules/{id}", Ct);
        var list = await _client.GetFromJsonAsync<JsonElement>("/api/v1/schedules", Ct);
        var update = await _client.PutAsync($"/api/v1/schedules/{id}", Json($$"""{"workflowId":"{{got.GetProperty("workflowId").GetString()}}","cron":"*/10 * * * * *","overlap":"allow_all","catchUp":"fire_each","catchUpWindow":"30m","catchUpLimit":5}"""), Ct);
        var updated = await update.Content.ReadFromJsonAsync<JsonElement>(Ct);
        var delete = await _client.DeleteAsync($"/api/v1/schedules/{id}", Ct);

        Assert.Contains(list.EnumerateArray(), s => s.GetProperty("id").GetString() == id);
        Assert.Equal(HttpStatusCode.OK, update.StatusCode);
        Assert.Equal(("*/10 * * * * *", "UTC", "fire_each", "30m0s"), (updated.GetProperty("cron").GetString(), updated.GetProperty("timeZone").GetString(), updated.GetProperty("catchUp").GetString(), updated.GetProperty("catchUpWindow").GetString()));
        Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync($"/api/v1/schedules/{id}", Ct)).StatusCode);
    }

    [Fact]
    public async Task Next_ListsFireTimes_AndCountOutOfRangeIs400()
    {
        var id = (await CreateAsync()).GetProperty("id").GetString();

        var next = await _client.GetFromJsonAsync<JsonElement>($"/api/v1/schedules/{id}/next?count=3", Ct);
        var bad = await _client.GetAsync($"/api/v1/schedules/{id}/next?count=0", Ct);

        var fires = next.EnumerateArray().Select(f => f.GetDateTimeOffset()).ToList();
        Assert.Equal(3, fires.Count);
        Assert.All(fires.Zip(fires.Skip(1)), p => Assert.Equal(7, (p.Second - p.First).TotalDays, 1));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.True((await bad.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors").TryGetProperty("count", out _));
    }

    [Fact]
    public async Task PauseResume_ChangeStatusAndNextFires()
    {
        var id = (await CreateAsync()).GetProperty("id").GetString();

        var paused = await (await _client.PostAsync($"/api/v1/schedules/{id}/pause", null, Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct);
        var nextWhilePaused = await _client.GetFromJsonAsync<JsonElement>($"/api/v1/schedules/{id}/next", Ct);
        var resumed = await (await _client.PostAsync($"/api/v1/schedules/{id}/resume", null, Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct);

        Assert.Equal(("paused", 0, "active"), (paused.GetProperty("status").GetString(), nextWhilePaused.GetArrayLength(), resumed.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task TriggerNow_StartsARun_ShownInHistory()
    {
        var id = (await CreateAsync()).GetProperty("id").GetString();

        var trigger = await _client.PostAsync($"/api/v1/schedules/{id}/trigger", null, Ct);
        var fire = (await trigger.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("fire");
        var history = await _client.GetFromJsonAsync<JsonElement>($"/api/v1/schedules/{id}/history", Ct);

        Assert.Equal(("manual", "started", 1), (fire.GetProperty("trigger").GetString(), fire.GetProperty("outcome").GetString(), fire.GetProperty("workflowVersion").GetInt32()));
        Assert.Equal(fire.GetProperty("runId").GetString(), history[0].GetProperty("runId").GetString());
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync($"/api/v1/runs/{fire.GetProperty("runId").GetString()}", Ct)).StatusCode);
    }

    [Theory]
    [InlineData("""{"cron":"0 * * * *"}""", "workflowId")]
    [InlineData("""{"workflowId":"w"}""", "cron")]
    [InlineData("""{"workflowId":"w","cron":"0 25 * * *"}""", "cron")]
    [InlineData("""{"workflowId":"w","cron":"every hour"}""", "cron")]
    [InlineData("""{"workflowId":"w","cron":"0 * * * *","timeZone":"Europe/Atlantis"}""", "timeZone")]
    [InlineData("""{"workflowId":"w","cron":"0 * * * *","overlap":"queue"}""", "overlap")]
    [InlineData("""{"workflowId":"w","cron":"0 * * * *","catchUp":"everything"}""", "catchUp")]
    [InlineData("""{"workflowId":"w","cron":"0 * * * *","catchUpWindow":"soon"}""", "catchUpWindow")]
    [InlineData("""{"workflowId":"w","cron":"0 * * * *","catchUpLimit":1000}""", "catchUpLimit")]
    [InlineData("""{"workflowId":"w","cron":"0 * * * *","versionPolicy":"pinned"}""", "version")]
    [InlineData("""{"workflowId":"w","cron":"0 * * * *","versionPolicy":"oldest"}""", "versionPolicy")]
    [InlineData("""{"workflowId":"w","cron":"0 * * * *","startAt":"tomorrow"}""", "startAt")]
    [InlineData("""{"workflowId":"w","cron":"0 * * * *","inputs":[1]}""", "inputs")]
    [InlineData("""{"workflowId":"w","cron":5}""", "cron")]
    [InlineData("""{"workflowId":"w","cron":"0 * * * *","region":"West!"}""", "region")]
    public async Task Create_BadField_Returns400ProblemNamingIt(string body, string field)
    {
        var response = await _client.PostAsync("/api/v1/schedules", Json(body), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Fact]
    public async Task Missing_Returns404()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/api/v1/schedules/none", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.PostAsync("/api/v1/schedules/none/pause", null, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/api/v1/schedules/none/history", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.DeleteAsync("/api/v1/schedules/none", Ct)).StatusCode);
    }

    [Fact]
    public async Task Create_ExistingId_Returns409()
    {
        var id = $"s-{Guid.NewGuid():N}";
        var body = $$"""{"id":"{{id}}","workflowId":"w","cron":"0 * * * *"}""";

        Assert.Equal(HttpStatusCode.Created, (await _client.PostAsync("/api/v1/schedules", Json(body), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await _client.PostAsync("/api/v1/schedules", Json(body), Ct)).StatusCode);
        await _client.DeleteAsync($"/api/v1/schedules/{id}", Ct);
    }
}
