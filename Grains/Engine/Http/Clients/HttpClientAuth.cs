namespace Thaiyyal.Grains.Engine.Http.Clients;

/// <summary>
/// How a named client authenticates: <c>none</c>, <c>basic</c> (<see cref="Username"/>/<see cref="Password"/>),
/// <c>bearer</c> (<see cref="Token"/>) or <c>apikey</c> (<see cref="ApiKeyName"/>/<see cref="ApiKeyValue"/> sent in
/// the <see cref="ApiKeyLocation"/> <c>header</c> or <c>query</c>). <see cref="ToString"/> never shows a secret.
/// </summary>
public sealed record HttpClientAuth
{
    public static readonly HttpClientAuth None = new();

    /// <summary>Empty means <c>none</c>, as in the reference.</summary>
    public string Type { get; init; } = HttpAuthType.None;

    public string? Username { get; init; }

    public string? Password { get; init; }

    public string? Token { get; init; }

    public string? ApiKeyName { get; init; }

    public string? ApiKeyValue { get; init; }

    public string? ApiKeyLocation { get; init; }

    public string EffectiveType => string.IsNullOrEmpty(Type) ? HttpAuthType.None : Type;

    public override string ToString() => EffectiveType switch
    {
        HttpAuthType.Basic => $"basic (username: {Username}, password: {Redacted(Password)})",
        HttpAuthType.Bearer => $"bearer (token: {Redacted(Token)})",
        HttpAuthType.ApiKey => $"apikey ({ApiKeyName} in {ApiKeyLocation}, value: {Redacted(ApiKeyValue)})",
        var other => other,
    };

    internal static string Redacted(string? secret) => string.IsNullOrEmpty(secret) ? "<empty>" : "***";
}
