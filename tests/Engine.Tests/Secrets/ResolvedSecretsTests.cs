using Thaiyyal.Grains.Engine.Secrets;

namespace Thaiyyal.Engine.Tests.Secrets;

/// <summary><c>{{secret:NAME}}</c> references: found, substituted (escaped where asked), and every form of a value redacted back to its reference.</summary>
public sealed class ResolvedSecretsTests
{
    private static readonly Dictionary<string, string> Values = new(StringComparer.Ordinal) { ["TOKEN"] = "a b/c\"d", ["K.2-x_y"] = "k2" };

    [Fact]
    public void References_AreFoundInOrder_AndSubstituted()
    {
        const string text = "x={{secret:TOKEN}}&y={{secret:K.2-x_y}}&z={{secret:TOKEN}}&not={{secret:bad name}}";

        Assert.Equal(["TOKEN", "K.2-x_y"], SecretReferences.NamesIn(text));
        Assert.Equal("x=a b/c\"d&y=k2&z=a b/c\"d&not={{secret:bad name}}", SecretReferences.Substitute(text, Values));
        Assert.Equal("x=a%20b%2Fc%22d&y=k2&z=a%20b%2Fc%22d&not={{secret:bad name}}", SecretReferences.Substitute(text, Values, Uri.EscapeDataString));
        Assert.Equal(2, SecretReferences.FirstIndex(text));
        Assert.False(SecretReferences.Contains("{{secret:}}"));
    }

    [Theory]
    [InlineData("failed: Get \"http://h/x?t=a%20b%2Fc%22d\": refused", "failed: Get \"http://h/x?t={{secret:TOKEN}}\": refused")]
    [InlineData("echo: a b/c\"d and k2", "echo: {{secret:TOKEN}} and {{secret:K.2-x_y}}")]
    [InlineData("{\"v\":\"a b/c\\u0022d\"}", "{\"v\":\"{{secret:TOKEN}}\"}")]
    public void Redact_ReplacesEveryFormOfAValueWithItsReference(string text, string expected)
    {
        Assert.Equal(expected, new ResolvedSecrets(Values).Redact(text));
    }

    [Fact]
    public void Redact_OfADecodedResult_ReplacesInEveryStringAndKey()
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["headers"] = new Dictionary<string, object?>(StringComparer.Ordinal) { ["k2"] = "Bearer a b/c\"d", ["n"] = 1.0 },
            ["list"] = new List<object?> { "k2", true, null },
        };

        var redacted = (Dictionary<string, object?>)new ResolvedSecrets(Values).Redact((object?)result)!;

        var headers = (Dictionary<string, object?>)redacted["headers"]!;
        Assert.Equal("Bearer {{secret:TOKEN}}", headers["{{secret:K.2-x_y}}"]);
        Assert.Equal(1.0, headers["n"]);
        Assert.Equal(new List<object?> { "{{secret:K.2-x_y}}", true, null }, redacted["list"]);
    }
}
