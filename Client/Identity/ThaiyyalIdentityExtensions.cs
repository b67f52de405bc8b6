using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using Thaiyyal.Grains.Hosting;

namespace Thaiyyal.Client.Identity;

/// <summary>Authentication (API keys, JWT bearer, sessions, embedded mode's anonymous loopback) and the role policies.</summary>
public static class ThaiyyalIdentityExtensions
{
    public static IServiceCollection AddThaiyyalIdentity(this IServiceCollection services, IConfiguration configuration)
    {
        var auth = configuration.GetSection(AuthOptions.SectionName).Get<AuthOptions>() ?? new AuthOptions();
        var hosting = configuration.GetSection(ThaiyyalHostingOptions.SectionName).Get<ThaiyyalHostingOptions>() ?? new ThaiyyalHostingOptions();
        services.AddOptions<AuthOptions>().BindConfiguration(AuthOptions.SectionName);
        services.AddSingleton(AnonymousAccess.From(auth, hosting.Mode)); // a bad value fails the start
        services.AddSingleton<IAuthorizationHandler, RoleAuthorizationHandler>();
        services.AddAuthorization(ThaiyyalPolicies.Add);

        var authentication = services.AddAuthentication(CredentialSchemes.Default)
            .AddPolicyScheme(CredentialSchemes.Default, "Thaiyyal credentials", scheme => scheme.ForwardDefaultSelector = CredentialSchemes.Select)
            .AddScheme<AuthenticationSchemeOptions, AnonymousLoopbackHandler>(AnonymousLoopbackHandler.SchemeName, _ => { });
        authentication.AddJwtBearer(CredentialSchemes.Jwt, jwt => ConfigureJwt(jwt, auth.Jwt));
        return services;
    }

    private static void ConfigureJwt(JwtBearerOptions jwt, JwtAuthOptions options)
    {
        jwt.MapInboundClaims = false; // the configured claim names are the token's own
        jwt.RequireHttpsMetadata = options.RequireHttpsMetadata;
        jwt.Authority = string.IsNullOrWhiteSpace(options.Authority) ? null : options.Authority;
        jwt.Audience = options.Audience;
        jwt.TokenValidationParameters = new TokenValidationParameters
        {
            ValidateIssuer = !string.IsNullOrWhiteSpace(options.Issuer) || jwt.Authority is not null,
            ValidIssuer = options.Issuer,
            ValidateAudience = true,
            ValidAudience = options.Audience,
            ValidateLifetime = true,
            RequireExpirationTime = true,
            ClockSkew = TimeSpan.FromSeconds(30),
            NameClaimType = options.SubjectClaim,
        };
        if (options.SigningKeys.Count > 0)
        {
            jwt.TokenValidationParameters.IssuerSigningKeys = options.SigningKeys.Select(SymmetricKey).ToList();
        }
        else if (jwt.Authority is null)
        {
            // No authority and no key: no token can be valid, so none is (rather than any signature passing).
            jwt.TokenValidationParameters.IssuerSigningKeys = [];
            jwt.TokenValidationParameters.RequireSignedTokens = true;
        }
        jwt.Events = new JwtBearerEvents
        {
            OnTokenValidated = context => JwtCallerMapping.OnTokenValidatedAsync(context, options),
            OnChallenge = JwtCallerMapping.OnChallengeAsync,
            OnForbidden = context => AuthProblems.WriteForbiddenAsync(context.HttpContext),
        };
    }

    private static SymmetricSecurityKey SymmetricKey(string base64)
    {
        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(base64);
        }
        catch (FormatException)
        {
            throw new InvalidOperationException($"{AuthOptions.SectionName}:Jwt:SigningKeys holds a value that is not base64.");
        }
        return bytes.Length < 32
            ? throw new InvalidOperationException($"{AuthOptions.SectionName}:Jwt:SigningKeys: a key must be at least 32 bytes (256 bits).")
            : new SymmetricSecurityKey(bytes);
    }

    /// <summary>Authentication and authorization in the pipeline, after problem details and CORS, before the endpoints.</summary>
    public static WebApplication UseThaiyyalIdentity(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }

    /// <summary>Says at start who a request without credentials is, and where to go.</summary>
    public static void AnnounceAccess(WebApplication app)
    {
        var access = app.Services.GetRequiredService<AnonymousAccess>();
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Thaiyyal.Client.Identity");
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var urls = string.Join(", ", app.Urls);
            if (access.FromLoopback)
            {
                IdentityLog.AnonymousLoopback(logger, urls);
            }
            else
            {
                IdentityLog.CredentialsRequired(logger, urls);
            }
        });
    }

}
