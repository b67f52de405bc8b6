using System.Net.Http.Headers;
using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Thaiyyal.Client.Tests.Support;

/// <summary>The host accepting HS256 bearer tokens it can mint, without anonymous access: tests of roles and tenants.</summary>
public sealed class BearerTokenApiFactory : ThaiyyalApiFactory
{
    private const string Audience = "thaiyyal-tests";

    private static readonly byte[] SigningKey = Encoding.UTF8.GetBytes("bearer-token-api-factory-signing-key-0123456789");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Thaiyyal:Auth:Anonymous", "none");
        builder.UseSetting("Thaiyyal:Auth:Jwt:SigningKeys:0", Convert.ToBase64String(SigningKey));
        builder.UseSetting("Thaiyyal:Auth:Jwt:Audience", Audience);
    }

    /// <summary>A client whose requests carry a token for <paramref name="role"/> in <paramref name="tenant"/>.</summary>
    public HttpClient CreateClient(string role, string tenant = "default")
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token(role, tenant));
        return client;
    }

    public static string Token(string role, string tenant) => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
    {
        Subject = new ClaimsIdentity([new Claim("sub", $"{role}@{tenant}"), new Claim("tenant", tenant), new Claim("role", role)]),
        Audience = Audience,
        Expires = DateTime.UtcNow.AddHours(1),
        SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(SigningKey), SecurityAlgorithms.HmacSha256),
    });
}
