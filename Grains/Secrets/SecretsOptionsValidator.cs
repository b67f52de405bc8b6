using Microsoft.Extensions.Options;

namespace Thaiyyal.Grains.Secrets;

/// <summary>Checks <see cref="SecretsOptions"/> at start-up: ranges, and a <see cref="SecretsOptions.Key"/> that is 32 bytes of base64.</summary>
internal sealed class SecretsOptionsValidator : IValidateOptions<SecretsOptions>
{
    private readonly SecretsOptionsRangeValidator _ranges = new();

    public ValidateOptionsResult Validate(string? name, SecretsOptions options)
    {
        var ranges = _ranges.Validate(name, options);
        if (ranges.Failed)
        {
            return ranges;
        }
        return string.IsNullOrEmpty(options.Key) || AesGcmSecretCipher.TryDecodeKey(options.Key, out _)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"{SecretsOptions.SectionName}:Key must be 32 bytes in base64 (e.g. `openssl rand -base64 32`).");
    }
}
