using Microsoft.AspNetCore.Mvc;

namespace Thaiyyal.Client.Identity;

/// <summary>The problem details of 401 and 403 answers, so a caller learns why without the credential being echoed.</summary>
internal static class AuthProblems
{
    public static async Task WriteAsync(HttpContext context, int status, string title, string detail)
    {
        if (context.Response.HasStarted)
        {
            return;
        }
        context.Response.StatusCode = status;
        if (status == StatusCodes.Status401Unauthorized && !context.Response.Headers.ContainsKey("WWW-Authenticate"))
        {
            context.Response.Headers.WWWAuthenticate = "Bearer";
        }
        var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails { Status = status, Title = title, Detail = detail },
        });
    }

    public static Task WriteForbiddenAsync(HttpContext context)
    {
        var caller = Caller.From(context.User);
        return WriteAsync(context, StatusCodes.Status403Forbidden, "Forbidden",
            caller is null ? "This route is not open to this caller." : $"Role '{caller.Role}' may not use this route.");
    }
}
