namespace Thaiyyal.Grains.Engine.Http.Clients;

/// <summary>
/// What <see cref="HttpClientConfigurationReader.Read"/> found: a configuration (still to be validated), a
/// <see cref="ParseError"/> (wrong JSON shape; the API answers <c>Failed to parse request</c>) or a
/// <see cref="ConfigError"/> (a reference <c>Validate</c> text, answered as <c>invalid config: ...</c>).
/// </summary>
public sealed record HttpClientConfigurationReadResult(HttpClientConfiguration? Configuration, string? ParseError, string? ConfigError);
