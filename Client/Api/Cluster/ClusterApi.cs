using Thaiyyal.Client.Identity;
using Microsoft.AspNetCore.Http.HttpResults;
using Thaiyyal.Grains.Abstractions.Cluster;

namespace Thaiyyal.Client.Api.Cluster;

/// <summary><c>GET /api/v1/cluster</c>: the silos, their regions and the runs each drives.</summary>
internal static class ClusterApi
{
    /// <summary>Bounds the answer while the cluster heals (a call to a silo that just died waits for its timeout).</summary>
    private static readonly TimeSpan AnswerTimeout = TimeSpan.FromSeconds(10);

    public static RouteGroupBuilder MapClusterApi(this IEndpointRouteBuilder app)
    {
        var installation = app.MapGroup("/api/v1/cluster").WithTags("Cluster").RequireAuthorization(ThaiyyalPolicies.InstallationOperator);
        installation.MapGet("/", GetClusterAsync).WithName("GetCluster")
            .WithSummary("Cluster status: silos (address, status, region, name, start time, active runs) and regions")
            .Produces<ClusterResponse>()
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return installation;
    }

    internal static async Task<Results<Ok<ClusterResponse>, ProblemHttpResult>> GetClusterAsync(IGrainFactory grains, CancellationToken cancellationToken)
    {
        try
        {
            var snapshot = await grains.GetGrain<IClusterStatusGrain>(0).GetSnapshotAsync(cancellationToken).WaitAsync(AnswerTimeout, cancellationToken);
            return TypedResults.Ok(ClusterResponse.From(snapshot));
        }
        catch (Exception ex) when (ex is OrleansException or TimeoutException)
        {
            return TypedResults.Problem(
                title: "Cluster unavailable",
                detail: $"The cluster did not answer: {ex.GetType().Name}.",
                statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }
}
