using System.Text;
using Thaiyyal.Grains.Engine.Http.Clients;
using Thaiyyal.Grains.Engine.Secrets;

namespace Thaiyyal.Grains.Engine.Http;

/// <summary>Adds a named client's static headers, query parameters and credentials to one outgoing request.</summary>
internal static class NamedClientRequestDecorator
{
    /// <summary>Resolves a node URL against the client's base URL (relative node URLs only).</summary>
    public static string ResolveUrl(HttpClientConfiguration client, string url)
    {
        if (Uri.TryCreate(url, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https")
        {
            return url;
        }
        if (string.IsNullOrEmpty(client.BaseUrl))
        {
            return url;
        }
        var baseUrl = client.BaseUrl.EndsWith('/') ? client.BaseUrl : client.BaseUrl + "/";
        return new Uri(new Uri(baseUrl), url.TrimStart('/')).ToString();
    }

    /// <summary>
    /// Applies the configuration. Credentials go only to the origin the call started at: a redirect to another
    /// host must not carry the client's password, token or API key away, nor a header or query parameter that
    /// carries one of the request's <paramref name="secrets"/>.
    /// </summary>
    public static void Apply(HttpRequestMessage message, HttpClientConfiguration client, bool sameOrigin, ResolvedSecrets secrets)
    {
        var query = new List<KeyValuePair<string, string>>(client.QueryParams
            .Where(q => sameOrigin || !secrets.AppearsIn(q.Value))
            .Select(q => KeyValuePair.Create(q.Key, q.Value)));
        foreach (var header in client.Headers.Where(h => sameOrigin || !secrets.AppearsIn(h.Value)))
        {
            message.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }
        if (sameOrigin)
        {
            var auth = client.Auth;
            switch (auth.EffectiveType)
            {
                case HttpAuthType.Basic:
                    var pair = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{auth.Username}:{auth.Password}"));
                    SetAuthorization(message, $"Basic {pair}");
                    break;
                case HttpAuthType.Bearer:
                    SetAuthorization(message, $"Bearer {auth.Token}");
                    break;
                case HttpAuthType.ApiKey when auth.ApiKeyLocation == "query":
                    query.Add(KeyValuePair.Create(auth.ApiKeyName!, auth.ApiKeyValue!));
                    break;
                case HttpAuthType.ApiKey:
                    message.Headers.Remove(auth.ApiKeyName!);
                    message.Headers.TryAddWithoutValidation(auth.ApiKeyName!, auth.ApiKeyValue);
                    break;
            }
        }
        if (query.Count > 0)
        {
            message.RequestUri = AppendQuery(message.RequestUri!, query);
        }
    }

    // Unvalidated on purpose: a header parser's exception message would carry the credential into the node error.
    private static void SetAuthorization(HttpRequestMessage message, string value)
    {
        message.Headers.Remove("Authorization");
        message.Headers.TryAddWithoutValidation("Authorization", value);
    }

    private static Uri AppendQuery(Uri uri, List<KeyValuePair<string, string>> parameters)
    {
        var builder = new UriBuilder(uri);
        var extra = string.Join('&', parameters.Select(p => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(p.Value)}"));
        var existing = builder.Query.TrimStart('?');
        builder.Query = existing.Length == 0 ? extra : $"{existing}&{extra}";
        return builder.Uri;
    }
}
