using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Thaiyyal.Client.Tests.Support;

/// <summary>HS256 tokens signed with the key a <see cref="JwtApiFactory"/> trusts (or another, to be refused).</summary>
public static class TestTokens
{
    public const string Audience = "thaiyyal-tests";
    public const string Issuer = "https://issuer.test";

    /// <summary>The base64 signing key the test hosts are configured with.</summary>
    public static readonly string SigningKey = Convert.ToBase64String("thaiyyal-test-signing-key-0123456789abcdef"u8.ToArray());

    public static string For(
        string tenant, string role, string subject = "user-1", TimeSpan? lifetime = null, string? audience = null, string? key = null,
        IDictionary<string, object>? claims = null)
    {
        var now = DateTime.UtcNow;
        var expires = now + (lifetime ?? TimeSpan.FromMinutes(10));
        var all = new Dictionary<string, object> { ["tenant"] = tenant, ["role"] = role };
        foreach (var (name, value) in claims ?? new Dictionary<string, object>())
        {
            all[name] = value;
        }
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Subject = new ClaimsIdentity([new Claim("sub", subject)]),
            Claims = all,
            Issuer = Issuer,
            Audience = audience ?? Audience,
            IssuedAt = expires < now ? expires.AddMinutes(-5) : now,
            NotBefore = expires < now ? expires.AddMinutes(-5) : now,
            Expires = expires,
            SigningCredentials = new SigningCredentials(
                new SymmetricSecurityKey(Convert.FromBase64String(key ?? SigningKey)), SecurityAlgorithms.HmacSha256),
        });
    }

    public static HttpRequestMessage Request(HttpMethod method, string path, string? token)
    {
        var request = new HttpRequestMessage(method, path);
        if (token is not null)
        {
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        }
        return request;
    }
}
