using Thaiyyal.Grains.Engine.Http;

namespace Thaiyyal.Engine.Tests.Http;

public sealed class SsrfGuardTests
{
    private static readonly SsrfPolicy Defaults = SsrfPolicy.FromOptions(new HttpNodeOptions());

    private static ValueTask<string?> ValidateAsync(string url, SsrfPolicy? policy = null) =>
        SsrfGuard.ValidateUrlAsync(url, policy ?? Defaults, TestContext.Current.CancellationToken);

    [Theory]
    [InlineData("http://127.0.0.1:8080/", "IP validation failed for 127.0.0.1: localhost addresses are blocked (set allow_localhost=true to permit)")]
    [InlineData("http://localhost:8080/", "localhost addresses are blocked")]
    [InlineData("http://LOCALHOST/", "localhost addresses are blocked")]
    [InlineData("http://api.localhost/", "localhost addresses are blocked")]
    [InlineData("http://localhost./", "localhost addresses are blocked")]
    [InlineData("http://metadata.google.internal./", "cloud metadata endpoints are blocked (set allow_cloud_metadata=true to permit)")]
    [InlineData("http://[::1]/", "IP validation failed for ::1: localhost addresses are blocked (set allow_localhost=true to permit)")]
    [InlineData("http://0.0.0.0/", "IP validation failed for 0.0.0.0: localhost addresses are blocked (set allow_localhost=true to permit)")]
    [InlineData("http://[::ffff:7f00:1]/", "IP validation failed for ::ffff:127.0.0.1: localhost addresses are blocked (set allow_localhost=true to permit)")]
    [InlineData("http://10.0.0.1/", "IP validation failed for 10.0.0.1: private IP addresses are blocked (set allow_private_ips=true to permit)")]
    [InlineData("http://169.254.169.254/latest/", "IP validation failed for 169.254.169.254: link-local addresses are blocked (set allow_link_local=true to permit)")]
    [InlineData("http://metadata.google.internal/", "cloud metadata endpoints are blocked (set allow_cloud_metadata=true to permit)")]
    [InlineData("http://metadata.azure.com/", "cloud metadata endpoints are blocked (set allow_cloud_metadata=true to permit)")]
    [InlineData("ftp://example.com/", "URL scheme not allowed: ftp (allowed: [http https])")]
    [InlineData("gopher://example.com/", "URL scheme not allowed: gopher (allowed: [http https])")]
    [InlineData("file:///etc/passwd", "URL scheme not allowed: file (allowed: [http https])")]
    [InlineData("example.com/path", "URL scheme not allowed:  (allowed: [http https])")]
    public async Task ValidateUrlAsync_DefaultOptions_BlocksWithReferenceText(string url, string expected) =>
        Assert.Equal(expected, await ValidateAsync(url));

    [Theory]
    [InlineData("http://2130706433/")]
    [InlineData("http://0x7f000001/")]
    [InlineData("http://0177.0.0.1/")]
    [InlineData("http://127.1/")]
    [InlineData("http://[0:0:0:0:0:ffff:127.0.0.1]/")]
    [InlineData("http://[::ffff:a9fe:a9fe]/")]
    public async Task ValidateUrlAsync_ObfuscatedBlockedAddress_IsStillBlocked(string url)
    {
        var reason = await ValidateAsync(url);
        Assert.NotNull(reason);
        Assert.StartsWith("IP validation failed for ", reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://93.184.216.34/")]
    [InlineData("https://[2606:2800:220:1:248:1893:25c8:1946]/x")]
    [InlineData("http://this-name-does-not-resolve.invalid/")]
    public async Task ValidateUrlAsync_PublicOrUnresolvable_Passes(string url) =>
        Assert.Null(await ValidateAsync(url));

    [Fact]
    public async Task ValidateUrlAsync_AllowedDomains_ExactMatchOnly()
    {
        var policy = Defaults with { AllowedDomains = ["api.example.com"] };
        Assert.Equal("domain not in allowlist: sub.api.example.com", await ValidateAsync("http://sub.api.example.com/", policy));
        Assert.Equal("domain not in allowlist: example.com", await ValidateAsync("http://example.com/", policy));
    }

    [Fact]
    public async Task ValidateUrlAsync_AllowListedHostName_OpensLocalhost()
    {
        var policy = Defaults with { AllowedHosts = HostAllowList.Parse(["localhost"]) };
        Assert.Null(await ValidateAsync("http://localhost:5000/", policy));
        Assert.NotNull(await ValidateAsync("http://127.0.0.1:5000/", policy));
    }

    [Fact]
    public async Task ValidateUrlAsync_AllowListedCidr_OpensTheAddressButNotTheName()
    {
        var policy = Defaults with { AllowedHosts = HostAllowList.Parse(["127.0.0.1/32"]) };
        Assert.Null(await ValidateAsync("http://127.0.0.1:5000/", policy));
        Assert.Equal("localhost addresses are blocked", await ValidateAsync("http://localhost:5000/", policy));
    }

    [Fact]
    public async Task ValidateUrlAsync_AllowLocalhostFlag_ResolvesAndChecksTheName()
    {
        var policy = Defaults with { AllowLocalhost = true };
        Assert.Null(await ValidateAsync("http://localhost/", policy));
    }
}
