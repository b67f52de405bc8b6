using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Thaiyyal.Client.Tests.Support;

namespace Thaiyyal.Client.Tests.Api;

/// <summary>The secrets API: admin only, validation, names and times listed but never values, delete, tenants apart.</summary>
public sealed class SecretsApiTests(BearerTokenApiFactory factory) : IClassFixture<BearerTokenApiFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static StringContent Value(string value) => new(JsonSerializer.Serialize(new { value }), Encoding.UTF8, "application/json");

    private static string NewName() => $"S_{Guid.NewGuid():N}";

    [Fact]
    public async Task Put_New_Is201_Again_Is204_ListShowsNameAndTimesButNoValue()
    {
        var admin = factory.CreateClient("admin");
        var name = NewName();

        var created = await admin.PutAsync($"/api/v1/secrets/{name}", Value("first-value-7f3a"), Ct);
        var replaced = await admin.PutAsync($"/api/v1/secrets/{name}", Value("second-value-9c1e"), Ct);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, replaced.StatusCode);
        var text = await admin.GetStringAsync("/api/v1/secrets", Ct);
        Assert.DoesNotContain("first-value-7f3a", text, StringComparison.Ordinal);
        Assert.DoesNotContain("second-value-9c1e", text, StringComparison.Ordinal);
        var item = Assert.Single(JsonDocument.Parse(text).RootElement.GetProperty("secrets").EnumerateArray(), s => s.GetProperty("name").GetString() == name);
        Assert.Equal(["createdAt", "name", "updatedAt"], item.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.True(item.GetProperty("updatedAt").GetDateTimeOffset() >= item.GetProperty("createdAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task Delete_RemovesTheSecret_ThenIs404()
    {
        var admin = factory.CreateClient("admin");
        var name = NewName();
        await admin.PutAsync($"/api/v1/secrets/{name}", Value("to-delete"), Ct);

        var deleted = await admin.DeleteAsync($"/api/v1/secrets/{name}", Ct);
        var again = await admin.DeleteAsync($"/api/v1/secrets/{name}", Ct);

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.DoesNotContain(name, await admin.GetStringAsync("/api/v1/secrets", Ct), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("viewer")]
    [InlineData("operator")]
    [InlineData("editor")]
    public async Task EveryRoute_BelowAdmin_Is403(string role)
    {
        var client = factory.CreateClient(role);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.PutAsync($"/api/v1/secrets/{NewName()}", Value("v"), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/v1/secrets", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.DeleteAsync($"/api/v1/secrets/{NewName()}", Ct)).StatusCode);
    }

    [Fact]
    public async Task EveryRoute_WithoutCredentials_Is401()
    {
        var client = factory.CreateClient();

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PutAsync($"/api/v1/secrets/{NewName()}", Value("v"), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/secrets", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.DeleteAsync($"/api/v1/secrets/{NewName()}", Ct)).StatusCode);
    }

    [Theory]
    [InlineData("bad name", """{"value":"v"}""", "secret name")]
    [InlineData("x", """{"value":""}""", "must not be empty")]
    [InlineData("x", """{"value":5}""", "value")]
    [InlineData("x", """{"other":"v"}""", "value")]
    [InlineData("x", """[1]""", "value")]
    public async Task Put_Invalid_Is400NamingTheProblem(string name, string body, string expected)
    {
        var admin = factory.CreateClient("admin");

        var response = await admin.PutAsync($"/api/v1/secrets/{Uri.EscapeDataString(name)}", new StringContent(body, Encoding.UTF8, "application/json"), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Contains(expected, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Put_ValueOverTheLimit_Is413()
    {
        var admin = factory.CreateClient("admin");

        var response = await admin.PutAsync($"/api/v1/secrets/{NewName()}", Value(new string('x', 64 * 1024 + 1)), Ct);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("MaxValueBytes", (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Secrets_OfAnotherTenant_AreNotListedNorDeletable()
    {
        var name = NewName();
        Assert.Equal(HttpStatusCode.Created, (await factory.CreateClient("admin", "tenant-a").PutAsync($"/api/v1/secrets/{name}", Value("a-value"), Ct)).StatusCode);
        var other = factory.CreateClient("admin", "tenant-b");

        Assert.DoesNotContain(name, await other.GetStringAsync("/api/v1/secrets", Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await other.DeleteAsync($"/api/v1/secrets/{name}", Ct)).StatusCode);
        Assert.Contains(name, await factory.CreateClient("admin", "tenant-a").GetStringAsync("/api/v1/secrets", Ct), StringComparison.Ordinal);
    }
}
