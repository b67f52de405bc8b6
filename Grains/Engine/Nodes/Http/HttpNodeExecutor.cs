using Microsoft.Extensions.Options;
using Thaiyyal.Grains.Engine.Http;
using Thaiyyal.Grains.Engine.Http.Clients;
using Thaiyyal.Grains.Engine.Model;
using Thaiyyal.Grains.Engine.Secrets;

namespace Thaiyyal.Grains.Engine.Nodes.Http;

/// <summary>
/// <c>http</c>: GETs <c>data.url</c> and outputs the body, parsed as JSON when it is JSON (NODES.md §C). With
/// <c>http_client_uid</c> the named client's base URL, credentials, headers, query parameters and security settings
/// apply; unlike the reference, its URL is still SSRF-checked. The per-run call cap is the scheduler's.
/// Thaiyyal's additions: <c>method</c>, <c>headers</c> and <c>body</c>, and <c>{{secret:NAME}}</c> references
/// (<see cref="SecretReferences"/>) in the URL's query, headers, body and the named client's fields, resolved here
/// for the request only; every resolved value is redacted from the node's error and result.
/// </summary>
public sealed class HttpNodeExecutor(
    SafeHttpFetcher fetcher, IHttpClientConfigurationStore clients, ISecretResolver secrets, IOptions<HttpNodeOptions> options) : INodeExecutor
{
    private static readonly string[] Methods = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"];

    private readonly Lazy<SsrfPolicy> _defaultPolicy = new(() => SsrfPolicy.FromOptions(options.Value));

    public string NodeType => NodeTypes.Http;

    public NodeSchema Schema { get; } = new(
        "HTTPData",
        [
            new("url", FieldKind.String), new("http_client_uid", FieldKind.String),
            new("method", FieldKind.String), new("headers", FieldKind.Object), new("body", FieldKind.String),
        ],
        NodeSchema.Requires("url"));

    public NodeOrdering Ordering => NodeOrdering.Independent;

    public async ValueTask<NodeOutcome> ExecuteAsync(NodeContext context, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.AllowHttp)
        {
            return NodeOutcome.Failure("HTTP requests are not allowed (AllowHTTP=false). Enable AllowHTTP in config to make HTTP requests");
        }
        var url = context.Config.GetString("url", string.Empty);
        var clientUid = context.Config.GetString("http_client_uid");
        var method = (context.Config.GetString("method") ?? "GET").ToUpperInvariant();
        if (!Methods.Contains(method))
        {
            return NodeOutcome.Failure($"unsupported HTTP method \"{method}\": use one of {string.Join(", ", Methods)}");
        }
        if (ReadHeaders(context.Config) is not { } headers)
        {
            return NodeOutcome.Failure("headers must be an object of string values");
        }
        var body = context.Config.GetString("body");
        HttpClientConfiguration? client = null;
        if (!string.IsNullOrEmpty(clientUid))
        {
            client = await clients.FindAsync(context.TenantId, clientUid, cancellationToken);
            if (client is null)
            {
                return NodeOutcome.Failure($"HTTP client not found: client with UID \"{clientUid}\" not found");
            }
        }
        if ((OutsideQuery(url) ?? OutsideQuery(client?.BaseUrl)) is { } misplaced)
        {
            return NodeOutcome.Failure($"secret reference {SecretReferences.For(misplaced)} is allowed in a URL's query only: the host and path are recorded in traces and logs");
        }
        var names = new[] { url, body }.Concat(headers.Select(h => h.Value)).Concat(TextsOf(client)).SelectMany(SecretReferences.NamesIn)
            .Distinct(StringComparer.Ordinal).ToList();
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            if (await secrets.ResolveAsync(context.TenantId, name, cancellationToken) is not { } value)
            {
                return NodeOutcome.Failure($"secret not found: \"{name}\" (the workflow references {SecretReferences.For(name)}; set it with PUT /api/v1/secrets/{name})");
            }
            values[name] = value;
        }
        var resolved = values.Count == 0 ? ResolvedSecrets.None : new ResolvedSecrets(values);
        try
        {
            return await CallAsync(context, settings, Resolve(url, values, Uri.EscapeDataString), method, headers.Select(h => h with { Value = Resolve(h.Value, values) }).ToList(),
                body is null ? null : Resolve(body, values), client is null ? null : Resolve(client, values), resolved, cancellationToken);
        }
        catch (NodeExecutionException ex) when (!resolved.IsEmpty)
        {
            // No inner exception: its message may quote the resolved URL.
            throw new NodeExecutionException(resolved.Redact(ex.Message));
        }
    }

    private async Task<NodeOutcome> CallAsync(
        NodeContext context, HttpNodeOptions settings, string url, string method, IReadOnlyList<HttpKeyValue> headers, string? body,
        HttpClientConfiguration? client, ResolvedSecrets resolved, CancellationToken cancellationToken)
    {
        if (client is not null)
        {
            url = NamedClientRequestDecorator.ResolveUrl(client, url);
        }
        var policy = client?.Security.ToPolicy(_defaultPolicy.Value.AllowedHosts, settings.HonorNamedClientAllowFlags) ?? _defaultPolicy.Value;
        // The guard checks the URL that is called: the one with the secrets in it.
        if (await SsrfGuard.ValidateUrlAsync(url, policy, cancellationToken) is { } reason)
        {
            return NodeOutcome.Failure(resolved.Redact($"URL validation failed: {reason}"));
        }
        var request = new HttpFetchRequest
        {
            Url = new Uri(url, UriKind.Absolute),
            Policy = policy,
            IdempotencyKey = $"{context.RunId}/{context.NodeId}/{context.Attempt}",
            Client = client,
            Method = method,
            Headers = headers,
            Body = body,
            Secrets = resolved,
            MaxRedirects = client?.Security.EffectiveMaxRedirects ?? settings.MaxRedirects,
            FollowRedirects = client?.Security.FollowRedirects ?? true,
            MaxResponseBytes = client?.Security.EffectiveMaxResponseSize ?? settings.MaxResponseBytes,
            Timeout = client?.EffectiveTimeout ?? settings.Timeout,
        };
        var response = await fetcher.FetchAsync(request, cancellationToken);
        // A server may echo what it was sent; the result keeps the references, not the values.
        return NodeOutcome.Success(resolved.Redact(HttpResponseDecoder.Decode(response.ContentType, response.Body)));
    }

    private static List<HttpKeyValue>? ReadHeaders(NodeConfig config)
    {
        if (config.Get("headers") is not { } raw)
        {
            return [];
        }
        if (raw is not Dictionary<string, object?> map || map.Values.Any(v => v is not string))
        {
            return null;
        }
        return map.Select(e => new HttpKeyValue(e.Key, (string)e.Value!)).ToList();
    }

    /// <summary>The first secret referenced before the query of <paramref name="url"/>, or null.</summary>
    private static string? OutsideQuery(string? url)
    {
        var first = SecretReferences.FirstIndex(url);
        if (first < 0)
        {
            return null;
        }
        var query = url!.IndexOf('?', StringComparison.Ordinal);
        return query >= 0 && query < first ? null : SecretReferences.NamesIn(url).First();
    }

    private static IEnumerable<string?> TextsOf(HttpClientConfiguration? client) => client is null
        ? []
        : new[] { client.BaseUrl, client.Auth.Username, client.Auth.Password, client.Auth.Token, client.Auth.ApiKeyValue }
            .Concat(client.Headers.Select(h => h.Value))
            .Concat(client.QueryParams.Select(q => q.Value));

    private static string Resolve(string text, IReadOnlyDictionary<string, string> values, Func<string, string>? encode = null) =>
        values.Count == 0 ? text : SecretReferences.Substitute(text, values, encode);

    private static string? ResolveOptional(string? text, IReadOnlyDictionary<string, string> values, Func<string, string>? encode = null) =>
        text is null ? null : Resolve(text, values, encode);

    private static HttpClientConfiguration Resolve(HttpClientConfiguration client, IReadOnlyDictionary<string, string> values) =>
        values.Count == 0 ? client : client with
        {
            BaseUrl = ResolveOptional(client.BaseUrl, values, Uri.EscapeDataString),
            Auth = client.Auth with
            {
                Username = ResolveOptional(client.Auth.Username, values),
                Password = ResolveOptional(client.Auth.Password, values),
                Token = ResolveOptional(client.Auth.Token, values),
                ApiKeyValue = ResolveOptional(client.Auth.ApiKeyValue, values),
            },
            Headers = client.Headers.Select(h => h with { Value = Resolve(h.Value, values) }).ToList(),
            QueryParams = client.QueryParams.Select(q => q with { Value = Resolve(q.Value, values) }).ToList(),
        };
}
