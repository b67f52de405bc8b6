using System.Net.Http.Headers;
using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Thaiyyal.Client.Tests.Support;

/// <summary>
/// The host with no anonymous access and JWT bearer tokens signed with a key of this fixture: clients act as a role of
/// a tenant, the way a real identity provider's tokens make them.
/// </summary>
public sealed class CrossTenantApiFactory : ThaiyyalApiFactory
{
    public const string Audience = "thaiyyal-cross-tenant-tests";

    private readonly byte[] _signingKey = RandomNumberGenerator.GetBytes(32);

    public CrossTenantApiFactory()
    {
        Settings = new Dictionary<string, string>
        {
            ["Thaiyyal:Auth:Anonymous"] = "none",
            ["Thaiyyal:Auth:Jwt:SigningKeys:0"] = Convert.ToBase64String(_signingKey),
            ["Thaiyyal:Auth:Jwt:Audience"] = Audience,
        };
    }

    protected override IReadOnlyDictionary<string, string> Settings { get; }

    /// <summary>A client whose every request carries a bearer token for <paramref name="role"/> of <paramref name="tenant"/>.</summary>
    public HttpClient CreateClient(string tenant, string role)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token(tenant, role));
        return client;
    }

    public string Token(string tenant, string role) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Audience = Audience,
            Subject = new ClaimsIdentity([new Claim("tenant", tenant), new Claim("role", role), new Claim("sub", $"{role}@{tenant}")]),
            Expires = DateTime.UtcNow.AddHours(1),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(_signingKey), SecurityAlgorithms.HmacSha256),
        });
}
