namespace Thaiyyal.Grains.Engine.Http.Clients;

/// <summary>The reference's <c>Config.Validate</c> checks, in its order and with its texts (without the <c>invalid config: </c> prefix).</summary>
public static class HttpClientConfigurationValidator
{
    /// <summary>The first problem found, or null when the configuration is valid.</summary>
    public static string? Validate(HttpClientConfiguration config)
    {
        if (string.IsNullOrEmpty(config.Uid))
        {
            return "client UID is required";
        }
        var auth = config.Auth;
        var authError = auth.EffectiveType switch
        {
            HttpAuthType.None => null,
            HttpAuthType.Basic when string.IsNullOrEmpty(auth.Username) => "username is required for basic auth",
            HttpAuthType.Basic when string.IsNullOrEmpty(auth.Password) => "password is required for basic auth",
            HttpAuthType.Bearer when string.IsNullOrEmpty(auth.Token) => "token is required for bearer auth",
            HttpAuthType.ApiKey when string.IsNullOrEmpty(auth.ApiKeyName) => "api_key.key is required for apikey auth",
            HttpAuthType.ApiKey when string.IsNullOrEmpty(auth.ApiKeyValue) => "api_key.value is required for apikey auth",
            HttpAuthType.ApiKey when auth.ApiKeyLocation is not ("header" or "query") => "api_key.location must be 'header' or 'query'",
            HttpAuthType.Basic or HttpAuthType.Bearer or HttpAuthType.ApiKey => null,
            var other => $"invalid auth_type: {other} (must be one of: none, basic, bearer, apikey)",
        };
        if (authError is not null)
        {
            return authError;
        }
        if (config.Timeout < TimeSpan.Zero)
        {
            return "timeout cannot be negative";
        }
        if (config.Security.MaxRedirects < 0)
        {
            return "max_redirects cannot be negative";
        }
        if (config.Security.MaxResponseSize < 0)
        {
            return "max_response_size cannot be negative";
        }
        if (!string.IsNullOrEmpty(config.BaseUrl)
            && !(Uri.TryCreate(config.BaseUrl, UriKind.Absolute, out var baseUri) && baseUri.Scheme is "http" or "https"))
        {
            // Not a reference check: the reference never uses base_url, this port resolves node URLs against it.
            return $"base_url must be an absolute http or https URL";
        }
        return null;
    }
}
