using Microsoft.Extensions.Options;

namespace Thaiyyal.Grains.Engine.Http;

/// <summary>Fails start-up when an <see cref="HttpNodeOptions.AllowedHosts"/> entry is neither a host name nor a CIDR range.</summary>
internal sealed class HttpAllowListValidator : IValidateOptions<HttpNodeOptions>
{
    public ValidateOptionsResult Validate(string? name, HttpNodeOptions options)
    {
        var failures = options.AllowedHosts
            .Where(entry => !HostAllowList.IsValidEntry(entry))
            .Select(entry => $"Thaiyyal:Http:AllowedHosts entry '{entry}' is neither a host name nor a CIDR range.")
            .Concat(options.AllowedDomains.Where(string.IsNullOrWhiteSpace).Select(_ => "Thaiyyal:Http:AllowedDomains entries must not be empty."))
            .ToList();
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
