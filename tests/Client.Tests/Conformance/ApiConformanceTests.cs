using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Thaiyyal.Client.Tests.Support;
using Thaiyyal.Grains.Engine.Values;
using Thaiyyal.Tests.Shared;

namespace Thaiyyal.Client.Tests.Conformance;

/// <summary>
/// Every conformance case through the whole stack: HTTP API → run grain → node grains → executors.
/// A workflow the API rejects (400) counts as a failed run whose error is the problem's detail.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class ApiConformanceTests(ThaiyyalApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    public static TheoryData<string> Cases() => new(ConformanceCase.AllNames());

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Case_RunThroughApi_MatchesReference(string name)
    {
        var testCase = ConformanceCase.Load(name);
        var ct = TestContext.Current.CancellationToken;
        using var content = new StringContent($$"""{"workflow": {{testCase.WorkflowJson}}}""", Encoding.UTF8, "application/json");

        var response = await _client.PostAsync("/api/v1/runs?wait=true", content, ct);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(ct);

        IReadOnlyList<string> problems;
        if (response.StatusCode == HttpStatusCode.BadRequest)
        {
            problems = ConformanceAssert.Compare(testCase, "failed", new Dictionary<string, object?>(), null, [body.GetProperty("detail").GetString()!]);
        }
        else
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var nodeResults = body.GetProperty("nodes").EnumerateArray()
                .Where(n => n.GetProperty("status").GetString() == "completed")
                .ToDictionary(n => n.GetProperty("nodeId").GetString()!, n => JsonValues.FromElement(n.GetProperty("result")));
            var errors = body.GetProperty("errors").EnumerateArray().Select(e => e.GetString()!).ToList();
            var finalOutput = body.TryGetProperty("finalOutput", out var output) ? JsonValues.FromElement(output) : null;
            problems = ConformanceAssert.Compare(testCase, body.GetProperty("status").GetString()!, nodeResults, finalOutput, errors);
        }
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }
}
