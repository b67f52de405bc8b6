using System.Net.Http.Headers;
using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Thaiyyal.Client.Tests.Support;

namespace Thaiyyal.Client.Tests.Audit;

/// <summary>A host that requires credentials (no anonymous loopback), with JWT bearer tokens this fixture signs.</summary>
public sealed class AuditApiFactory : ThaiyyalApiFactory
{
    private const string Audience = "thaiyyal-audit-tests";

    private readonly byte[] _key = RandomNumberGenerator.GetBytes(32);

    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["Thaiyyal:Auth:Anonymous"] = "none",
        ["Thaiyyal:Auth:Jwt:SigningKeys:0"] = Convert.ToBase64String(_key),
        ["Thaiyyal:Auth:Jwt:Audience"] = Audience,
    };

    public string Token(string tenant, string role, string subject) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Audience = Audience,
            Expires = DateTime.UtcNow.AddHours(1),
            Claims = new Dictionary<string, object> { ["tenant"] = tenant, ["role"] = role, ["sub"] = subject },
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(_key), SecurityAlgorithms.HmacSha256),
        });

    /// <summary>A client whose every request carries a bearer token for <paramref name="subject"/>.</summary>
    public HttpClient ClientFor(string tenant, string role, string subject)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token(tenant, role, subject));
        return client;
    }
}
