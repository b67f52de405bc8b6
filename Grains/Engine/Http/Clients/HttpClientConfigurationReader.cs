using Thaiyyal.Grains.Engine.Values;

namespace Thaiyyal.Grains.Engine.Http.Clients;

/// <summary>
/// Reads the reference's wire form of a named client (the <c>config</c> object of
/// <c>POST /api/v1/httpclient/register</c>, HTTP_API.md §2) from the engine's JSON value model. The remaining
/// semantic checks stay in <see cref="HttpClientConfigurationValidator"/>.
/// </summary>
public static class HttpClientConfigurationReader
{
    /// <summary>Reads <paramref name="value"/> (the parsed <c>config</c> object).</summary>
    public static HttpClientConfigurationReadResult Read(object? value)
    {
        try
        {
            var json = value as Dictionary<string, object?> ?? throw new FormatException("config must be an object");
            var configuration = ReadConfiguration(json);
            // The reference checks the uid before the auth objects.
            var missing = string.IsNullOrEmpty(configuration.Uid) ? null : ReadAuthShape(Object(json, "auth"));
            return missing is null
                ? new HttpClientConfigurationReadResult(configuration, null, null)
                : new HttpClientConfigurationReadResult(null, null, missing);
        }
        catch (FormatException ex)
        {
            return new HttpClientConfigurationReadResult(null, ex.Message, null);
        }
    }

    /// <summary>The reference's texts for an auth type whose sub-object is absent (its pointer is nil in Go).</summary>
    private static string? ReadAuthShape(Dictionary<string, object?>? auth) => (auth is null ? null : String(auth, "type")) switch
    {
        HttpAuthType.Basic when Object(auth!, "basic_auth") is null => "basic_auth configuration is required for basic auth",
        HttpAuthType.Bearer when Object(auth!, "token") is null => "token configuration is required for bearer auth",
        HttpAuthType.ApiKey when Object(auth!, "api_key") is null => "api_key configuration is required for apikey auth",
        _ => null,
    };

    private static HttpClientConfiguration ReadConfiguration(Dictionary<string, object?> json) => new()
    {
        Uid = String(json, "uid") ?? string.Empty,
        Description = String(json, "description"),
        BaseUrl = String(json, "base_url"),
        Auth = ReadAuth(Object(json, "auth")),
        Headers = Pairs(json, "headers"),
        QueryParams = Pairs(json, "query_params"),
        Timeout = Object(json, "network") is { } network ? Duration(network, "timeout") : TimeSpan.Zero,
        Security = ReadSecurity(Object(json, "security")),
    };

    private static HttpClientAuth ReadAuth(Dictionary<string, object?>? json)
    {
        if (json is null)
        {
            return HttpClientAuth.None;
        }
        var type = String(json, "type") ?? string.Empty;
        var basic = Object(json, "basic_auth");
        var token = Object(json, "token");
        var apiKey = Object(json, "api_key");
        return new HttpClientAuth
        {
            Type = type,
            Username = basic is null ? null : String(basic, "username"),
            Password = basic is null ? null : String(basic, "password"),
            Token = token is null ? null : String(token, "token"),
            ApiKeyName = apiKey is null ? null : String(apiKey, "key"),
            ApiKeyValue = apiKey is null ? null : String(apiKey, "value"),
            ApiKeyLocation = apiKey is null ? null : String(apiKey, "location"),
        };
    }

    private static HttpClientSecurity ReadSecurity(Dictionary<string, object?>? json) => json is null ? HttpClientSecurity.Default : new()
    {
        MaxRedirects = (int)(Number(json, "max_redirects") ?? 0),
        MaxResponseSize = (long)(Number(json, "max_response_size") ?? 0),
        FollowRedirects = Bool(json, "follow_redirects") ?? true,
        AllowPrivateIps = Bool(json, "allow_private_ips") ?? false,
        AllowLocalhost = Bool(json, "allow_localhost") ?? false,
        AllowLinkLocal = Bool(json, "allow_link_local") ?? false,
        AllowCloudMetadata = Bool(json, "allow_cloud_metadata") ?? false,
        AllowedDomains = json.TryGetValue("allowed_domains", out var domains) && domains is not null
            ? (domains as List<object?> ?? throw TypeError("allowed_domains", "an array")).Select(d => d as string ?? throw TypeError("allowed_domains", "an array of strings")).ToList()
            : [],
    };

    private static List<HttpKeyValue> Pairs(Dictionary<string, object?> json, string field)
    {
        if (!json.TryGetValue(field, out var value) || value is null)
        {
            return [];
        }
        var list = value as List<object?> ?? throw TypeError(field, "an array");
        return list.Select(item => item is Dictionary<string, object?> pair
            ? new HttpKeyValue(String(pair, "key") ?? string.Empty, String(pair, "value") ?? string.Empty)
            : throw TypeError(field, "an array of {key, value} objects")).ToList();
    }

    private static TimeSpan Duration(Dictionary<string, object?> json, string field) => json.GetValueOrDefault(field) switch
    {
        null => TimeSpan.Zero,
        // A JSON number is a Go time.Duration: nanoseconds.
        double nanoseconds => TimeSpan.FromTicks((long)(nanoseconds / 100)),
        string text when GoDuration.TryParse(text, out var parsed) => parsed,
        _ => throw TypeError(field, "a duration (nanoseconds or a string such as \"30s\")"),
    };

    private static Dictionary<string, object?>? Object(Dictionary<string, object?> json, string field) =>
        json.GetValueOrDefault(field) switch
        {
            null => null,
            Dictionary<string, object?> value => value,
            _ => throw TypeError(field, "an object"),
        };

    private static string? String(Dictionary<string, object?> json, string field) =>
        json.GetValueOrDefault(field) switch
        {
            null => null,
            string value => value,
            _ => throw TypeError(field, "a string"),
        };

    private static double? Number(Dictionary<string, object?> json, string field) =>
        json.GetValueOrDefault(field) switch
        {
            null => null,
            double value => value,
            _ => throw TypeError(field, "a number"),
        };

    private static bool? Bool(Dictionary<string, object?> json, string field) =>
        json.GetValueOrDefault(field) switch
        {
            null => null,
            bool value => value,
            _ => throw TypeError(field, "a boolean"),
        };

    private static FormatException TypeError(string field, string expected) => new($"{field} must be {expected}");
}
