namespace Thaiyyal.Client.Security;

/// <summary>
/// Security headers on every response: <c>X-Content-Type-Options</c>, <c>Referrer-Policy</c>, <c>X-Frame-Options</c>
/// and a Content-Security-Policy. API responses get <c>default-src 'none'</c>; the pages the host serves (the API page
/// and the Orleans dashboard) get a policy that allows their own inline scripts and styles, from this origin only.
/// </summary>
public static class SecurityHeadersExtensions
{
    /// <summary>The policy of everything but the pages: nothing may be loaded, nothing may frame it.</summary>
    public const string ApiPolicy = "default-src 'none'; frame-ancestors 'none'";

    /// <summary>The pages' policy: same-origin resources, inline scripts and styles (both pages use them), no framing.</summary>
    public const string PagePolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; " +
        "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; " +
        "form-action 'self'; frame-ancestors 'none'";

    public static WebApplication UseThaiyyalSecurityHeaders(this WebApplication app)
    {
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "no-referrer";
                headers.ContentSecurityPolicy = IsPage(context.Request.Path) ? PagePolicy : ApiPolicy;
                return Task.CompletedTask;
            });
            return next(context);
        });
        return app;
    }

    private static bool IsPage(PathString path) =>
        path.StartsWithSegments("/dashboard", StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments("/api-docs", StringComparison.OrdinalIgnoreCase);
}
