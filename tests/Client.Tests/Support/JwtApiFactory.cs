namespace Thaiyyal.Client.Tests.Support;

/// <summary>A host that requires credentials (no anonymous access) and trusts <see cref="TestTokens"/>' signing key.</summary>
public sealed class JwtApiFactory : ThaiyyalApiFactory
{
    protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
    {
        ["Thaiyyal:Auth:Anonymous"] = "none",
        ["Thaiyyal:Auth:Jwt:SigningKeys:0"] = TestTokens.SigningKey,
        ["Thaiyyal:Auth:Jwt:Audience"] = TestTokens.Audience,
        ["Thaiyyal:Auth:Jwt:Issuer"] = TestTokens.Issuer,
    };
}
