using Thaiyyal.Client.Identity;
using System.Text.Json.Nodes;
using Thaiyyal.Grains.Engine.Http.Clients;
using Thaiyyal.Grains.Engine.Values;

namespace Thaiyyal.Client.Api.HttpClients;

/// <summary>
/// The reference server's named HTTP client routes (HTTP_API.md §2), with its shapes. Registered clients are stored
/// cluster-wide per tenant (the caller's) and used by http nodes that name them. Secrets are accepted but never returned: the list holds uids only.
/// </summary>
internal static class HttpClientsApi
{
    public static RouteGroupBuilder MapHttpClientsApi(this IEndpointRouteBuilder app)
    {
        var edits = app.MapGroup("/api/v1/httpclient").WithTags("HTTP clients").RequireAuthorization(ThaiyyalPolicies.Editor);
        var reads = app.MapGroup("/api/v1/httpclient").WithTags("HTTP clients").RequireAuthorization(ThaiyyalPolicies.Viewer);
        edits.MapPost("/register", RegisterAsync).WithName("RegisterHttpClient")
            .WithSummary("Register a named HTTP client (base URL, auth, headers, query parameters, security)");
        reads.MapGet("/list", ListAsync).WithName("ListHttpClients").WithSummary("The uids of the registered HTTP clients");
        return reads;
    }

    internal static async Task<IResult> RegisterAsync(HttpRequest request, Caller caller, JsonRequestBody body, IHttpClientConfigurationStore store, CancellationToken cancellationToken)
    {
        var (document, problem) = await body.ReadAsync(request, cancellationToken);
        if (document is null)
        {
            return problem is IStatusCodeHttpResult { StatusCode: StatusCodes.Status413PayloadTooLarge } ? problem : Failure(400, "Failed to parse request", "request body is not JSON");
        }
        object? root;
        using (document)
        {
            root = JsonValues.FromElement(document.RootElement);
        }
        if (root is not Dictionary<string, object?> map)
        {
            return Failure(400, "Failed to parse request", "request body must be a JSON object");
        }
        if (map.GetValueOrDefault("config") is null)
        {
            return Failure(400, "config is required");
        }
        var read = HttpClientConfigurationReader.Read(map["config"]);
        if (read.ParseError is not null)
        {
            return Failure(400, "Failed to parse request", read.ParseError);
        }
        if (read.ConfigError is not null)
        {
            return Failure(400, $"Failed to create HTTP client: invalid config: {read.ConfigError}");
        }
        var result = await store.RegisterAsync(caller.TenantId, read.Configuration!, cancellationToken);
        return result.Status switch
        {
            HttpClientRegistrationStatus.Registered => Results.Json(
                new JsonObject { ["success"] = true, ["message"] = "HTTP client registered successfully", ["uid"] = read.Configuration!.Uid },
                statusCode: StatusCodes.Status201Created),
            HttpClientRegistrationStatus.Duplicate => Failure(409, $"Failed to register HTTP client: {result.Error}"),
            _ => Failure(400, $"Failed to create HTTP client: {result.Error}"),
        };
    }

    internal static async Task<IResult> ListAsync(Caller caller, IHttpClientConfigurationStore store, CancellationToken cancellationToken)
    {
        var uids = await store.ListUidsAsync(caller.TenantId, cancellationToken);
        return Results.Json(new JsonObject
        {
            ["success"] = true,
            ["clients"] = new JsonArray(uids.Select(u => (JsonNode?)JsonValue.Create(u)).ToArray()),
            ["count"] = uids.Count,
        });
    }

    private static IResult Failure(int status, string error, string? details = null)
    {
        var body = new JsonObject { ["success"] = false, ["error"] = error };
        if (details is not null)
        {
            body["details"] = details;
        }
        return Results.Json(body, statusCode: status);
    }
}
