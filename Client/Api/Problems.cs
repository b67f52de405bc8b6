using Thaiyyal.Grains.Engine.Execution;

namespace Thaiyyal.Client.Api;

/// <summary>RFC 7807 problem details the API answers with.</summary>
public static class Problems
{
    public static IResult BadRequest(string title, string detail) =>
        TypedResults.Problem(title: title, detail: detail, statusCode: StatusCodes.Status400BadRequest);

    /// <summary>A rejected workflow: every problem is listed, each naming its node or edge.</summary>
    public static IResult InvalidWorkflow(RunRejectedException rejection) =>
        TypedResults.Problem(
            title: "Invalid workflow",
            detail: rejection.Message,
            statusCode: StatusCodes.Status400BadRequest,
            extensions: new Dictionary<string, object?>
            {
                ["errors"] = rejection.Problems.Select(p => new { message = p.Message, nodeId = p.NodeId, edgeId = p.EdgeId }).ToList(),
            });
}
