using Microsoft.Extensions.Options;
using Thaiyyal.Grains.Engine.Http;
using Thaiyyal.Grains.Engine.Http.Clients;
using Thaiyyal.Grains.Engine.Model;

namespace Thaiyyal.Grains.Engine.Nodes.Http;

/// <summary>
/// <c>http</c>: GETs <c>data.url</c> and outputs the body, parsed as JSON when it is JSON (NODES.md §C). With
/// <c>http_client_uid</c> the named client's base URL, credentials, headers, query parameters and security settings
/// apply; unlike the reference, its URL is still SSRF-checked. The per-run call cap is the scheduler's.
/// </summary>
public sealed class HttpNodeExecutor(SafeHttpFetcher fetcher, IHttpClientConfigurationStore clients, IOptions<HttpNodeOptions> options) : INodeExecutor
{
    private readonly Lazy<SsrfPolicy> _defaultPolicy = new(() => SsrfPolicy.FromOptions(options.Value));

    public string NodeType => NodeTypes.Http;

    public NodeSchema Schema { get; } = new(
        "HTTPData", [new("url", FieldKind.String), new("http_client_uid", FieldKind.String)], NodeSchema.Requires("url"));

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
        HttpClientConfiguration? client = null;
        if (!string.IsNullOrEmpty(clientUid))
        {
            client = await clients.FindAsync(context.TenantId, clientUid, cancellationToken);
            if (client is null)
            {
                return NodeOutcome.Failure($"HTTP client not found: client with UID \"{clientUid}\" not found");
            }
            url = NamedClientRequestDecorator.ResolveUrl(client, url);
        }
        var policy = client?.Security.ToPolicy(_defaultPolicy.Value.AllowedHosts, settings.HonorNamedClientAllowFlags) ?? _defaultPolicy.Value;
        if (await SsrfGuard.ValidateUrlAsync(url, policy, cancellationToken) is { } reason)
        {
            return NodeOutcome.Failure($"URL validation failed: {reason}");
        }
        var request = new HttpFetchRequest
        {
            Url = new Uri(url, UriKind.Absolute),
            Policy = policy,
            IdempotencyKey = $"{context.RunId}/{context.NodeId}/{context.Attempt}",
            Client = client,
            MaxRedirects = client?.Security.EffectiveMaxRedirects ?? settings.MaxRedirects,
            FollowRedirects = client?.Security.FollowRedirects ?? true,
            MaxResponseBytes = client?.Security.EffectiveMaxResponseSize ?? settings.MaxResponseBytes,
            Timeout = client?.EffectiveTimeout ?? settings.Timeout,
        };
        var response = await fetcher.FetchAsync(request, cancellationToken);
        return NodeOutcome.Success(HttpResponseDecoder.Decode(response.ContentType, response.Body));
    }
}
