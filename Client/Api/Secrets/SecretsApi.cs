using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Thaiyyal.Client.Identity;
using Thaiyyal.Grains.Abstractions.Secrets;
using Thaiyyal.Grains.Secrets;

namespace Thaiyyal.Client.Api.Secrets;

/// <summary>
/// The caller's tenant's secrets (admin): set, list names, delete. A value is never returned; http nodes and named
/// HTTP clients use it through <c>{{secret:NAME}}</c> references, resolved only when a node runs.
/// </summary>
internal static class SecretsApi
{
    public static RouteGroupBuilder MapSecretsApi(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/api/v1/secrets").WithTags("Secrets").RequireAuthorization(ThaiyyalPolicies.Admin);
        admin.MapPut("/{name}", SetAsync).WithName("SetSecret")
            .WithSummary("Create or replace a secret (body { \"value\": \"...\" }); 201 when created, 204 when replaced")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        admin.MapGet("/", ListAsync).WithName("ListSecrets").WithSummary("The tenant's secret names with their created and updated times (never values)");
        admin.MapDelete("/{name}", DeleteAsync).WithName("DeleteSecret").WithSummary("Delete a secret").ProducesProblem(StatusCodes.Status404NotFound);
        return admin;
    }

    internal static async Task<IResult> SetAsync(
        string name, HttpRequest request, Caller caller, JsonRequestBody body, IGrainFactory grains, IOptions<SecretsOptions> options, CancellationToken cancellationToken)
    {
        if (SecretNames.Problem(name) is { } nameProblem)
        {
            return Problems.BadRequest("Invalid secret name", nameProblem);
        }
        var (document, problem) = await body.ReadAsync(request, cancellationToken);
        if (document is null)
        {
            return problem!;
        }
        string? value;
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("value", out var field) || field.ValueKind != JsonValueKind.String)
            {
                return Problems.BadRequest("Invalid secret", "Body: { \"value\": \"<the secret, a non-empty string>\" }.");
            }
            value = field.GetString();
        }
        if (string.IsNullOrEmpty(value))
        {
            return Problems.BadRequest("Invalid secret", "value must not be empty.");
        }
        var limit = options.Value.MaxValueBytes;
        if (Encoding.UTF8.GetByteCount(value) > limit)
        {
            return TypedResults.Problem(
                title: "Secret too large", detail: $"A secret value is at most {limit} bytes ({SecretsOptions.SectionName}:MaxValueBytes).",
                statusCode: StatusCodes.Status413PayloadTooLarge);
        }
        var outcome = await grains.GetGrain<ISecretsGrain>(caller.TenantId).SetAsync(name, new SecretValue(value));
        return outcome switch
        {
            SecretSetOutcome.Created => TypedResults.Created($"/api/v1/secrets/{name}"),
            SecretSetOutcome.Updated => TypedResults.NoContent(),
            _ => TypedResults.Problem(
                title: "Too many secrets",
                detail: $"The tenant has the most secrets allowed ({options.Value.MaxSecretsPerTenant}, {SecretsOptions.SectionName}:MaxSecretsPerTenant); delete one first.",
                statusCode: StatusCodes.Status409Conflict),
        };
    }

    internal static async Task<IResult> ListAsync(Caller caller, IGrainFactory grains)
    {
        var secrets = await grains.GetGrain<ISecretsGrain>(caller.TenantId).ListAsync();
        return TypedResults.Ok(new SecretListResponse(secrets.Select(s => new SecretListItem(s.Name, s.CreatedAt, s.UpdatedAt)).ToList()));
    }

    internal static async Task<IResult> DeleteAsync(string name, Caller caller, IGrainFactory grains)
    {
        if (!SecretNames.IsValid(name) || !await grains.GetGrain<ISecretsGrain>(caller.TenantId).DeleteAsync(name))
        {
            return TypedResults.Problem(title: "Secret not found", detail: $"The tenant has no secret named '{name}'.", statusCode: StatusCodes.Status404NotFound);
        }
        return TypedResults.NoContent();
    }
}
