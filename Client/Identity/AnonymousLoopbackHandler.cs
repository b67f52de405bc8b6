using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Thaiyyal.Client.Identity;

/// <summary>
/// The scheme of requests that carry no credentials: from a loopback address, with anonymous access on (embedded
/// mode's default), they act as <see cref="AnonymousAccess.Caller"/>; otherwise they are nobody (401 where a route
/// needs a role).
/// </summary>
internal sealed class AnonymousLoopbackHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, AnonymousAccess access)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "anonymous";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!access.Allows(Context.Connection.RemoteIpAddress))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(AnonymousAccess.Caller.ToPrincipal(), SchemeName)));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties) =>
        AuthProblems.WriteAsync(Context, StatusCodes.Status401Unauthorized, "Authentication required",
            "This route needs credentials: an API key (Authorization: Bearer <key> or X-Api-Key), a JWT bearer token, or a signed-in session.");

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) => AuthProblems.WriteForbiddenAsync(Context);
}
