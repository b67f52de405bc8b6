using System.Net;
using Polly.CircuitBreaker;
using Polly.Timeout;
using Thaiyyal.Grains.Engine.Nodes;
using Thaiyyal.Grains.Engine.Secrets;
using Thaiyyal.Grains.Engine.Values;

namespace Thaiyyal.Grains.Engine.Http;

/// <summary>
/// Performs one guarded call (a GET unless the request says otherwise): follows redirects itself (each target SSRF-checked, at most the limit), bounds the
/// whole call by a timeout and reads the body under the size cap. Failures become <see cref="NodeExecutionException"/>
/// with the reference's texts.
/// </summary>
public sealed class SafeHttpFetcher(IHttpClientFactory clientFactory)
{
    public const string IdempotencyKeyHeader = "Idempotency-Key";

    private const string UserAgent = "Thaiyyal-http-node/1.0";

    public async Task<HttpFetchResponse> FetchAsync(HttpFetchRequest request, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(request.Timeout);
        var client = clientFactory.CreateClient(request.ClientName);
        var url = request.Url;
        var method = request.Method;
        var body = request.Body;
        var redirects = 0;
        while (true)
        {
            using var message = CreateMessage(request, url, method, body);
            try
            {
                using var response = await client.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
                if (request.FollowRedirects && IsRedirect(response.StatusCode) && response.Headers.Location is { } location)
                {
                    var target = new Uri(url, location);
                    if (redirects >= request.MaxRedirects)
                    {
                        throw Failed(method, target, $"too many redirects (max {request.MaxRedirects})");
                    }
                    if (await SsrfGuard.ValidateUriAsync(target, request.Policy, timeout.Token) is { } reason)
                    {
                        throw Failed(method, target, $"redirect URL validation failed: {reason}");
                    }
                    if (KeepsMethod(response.StatusCode) || method == "HEAD")
                    {
                        if (body is not null && !SameOrigin(target, request.Url) && request.Secrets.AppearsIn(body))
                        {
                            throw Failed(method, target, "redirect to another origin refused: the request body carries a secret");
                        }
                    }
                    else if (method != "GET")
                    {
                        // As browsers and Go's client do: 301/302/303 turn the call into a GET without a body.
                        method = "GET";
                        body = null;
                    }
                    redirects++;
                    url = target;
                    continue;
                }
                var status = (int)response.StatusCode;
                if (status is < 200 or > 299)
                {
                    throw new NodeExecutionException($"HTTP request returned error status: {status}");
                }
                var content = await CappedBodyReader.ReadAsync(response.Content, request.MaxResponseBytes, timeout.Token);
                return new HttpFetchResponse(status, response.Content.Headers.ContentType?.ToString(), content);
            }
            catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
            {
                throw ex.InnerException is TimeoutException
                    ? Failed(method, url, "connection timed out", ex)
                    : Failed(method, url, $"request timed out after {GoDuration.Format(request.Timeout)}", ex);
            }
            catch (TimeoutRejectedException ex)
            {
                throw Failed(method, url, $"request timed out after {GoDuration.Format(request.Timeout)}", ex);
            }
            catch (BrokenCircuitException ex)
            {
                throw Failed(method, url, $"circuit breaker open for {url.Authority}: recent calls failed, calls are paused", ex);
            }
            catch (ResponseTooLargeException ex)
            {
                throw new NodeExecutionException(ex.Message, ex);
            }
            catch (HttpRequestException ex) when (FindBlock(ex) is { } block)
            {
                throw redirects == 0
                    ? new NodeExecutionException($"URL validation failed: {block.Message}", ex)
                    : Failed(method, url, $"redirect URL validation failed: {block.Message}", ex);
            }
            catch (HttpRequestException ex)
            {
                throw Failed(method, url, ex.Message, ex);
            }
            catch (IOException ex)
            {
                throw new NodeExecutionException($"failed to read response body: {ex.Message}", ex);
            }
        }
    }

    private static HttpRequestMessage CreateMessage(HttpFetchRequest request, Uri url, string method, string? body)
    {
        var message = new HttpRequestMessage(new HttpMethod(method), url);
        message.Options.Set(SsrfPolicy.RequestOptionKey, request.Policy);
        message.Headers.TryAddWithoutValidation(IdempotencyKeyHeader, request.IdempotencyKey);
        if (request.Policy.IsRelaxed)
        {
            // Pools are keyed by host, not by policy: a connection opened under a named client's looser rules must
            // not be left in the pool for a stricter caller to reuse.
            message.Headers.ConnectionClose = true;
        }
        var sameOrigin = SameOrigin(url, request.Url);
        if (request.Client is { } client)
        {
            NamedClientRequestDecorator.Apply(message, client, sameOrigin, request.Secrets);
        }
        foreach (var header in request.Headers.Where(h => sameOrigin || !request.Secrets.AppearsIn(h.Value)))
        {
            if (header.Key.Equals("Content-Type", StringComparison.OrdinalIgnoreCase))
            {
                continue; // goes on the content below
            }
            message.Headers.Remove(header.Key);
            message.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }
        if (body is not null)
        {
            message.Content = new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(body));
            var contentType = request.Headers.LastOrDefault(h => h.Key.Equals("Content-Type", StringComparison.OrdinalIgnoreCase))?.Value;
            message.Content.Headers.TryAddWithoutValidation("Content-Type", contentType ?? "text/plain; charset=utf-8");
        }
        if (!message.Headers.Contains("User-Agent"))
        {
            // Some APIs refuse requests without one; a named client's own header wins.
            message.Headers.TryAddWithoutValidation("User-Agent", UserAgent);
        }
        return message;
    }

    private static bool SameOrigin(Uri url, Uri start) =>
        Uri.Compare(url, start, UriComponents.SchemeAndServer, UriFormat.UriEscaped, StringComparison.OrdinalIgnoreCase) == 0;

    private static bool KeepsMethod(HttpStatusCode status) => status is HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;

    private static bool IsRedirect(HttpStatusCode status) => status is HttpStatusCode.MovedPermanently or HttpStatusCode.Found
        or HttpStatusCode.SeeOther or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;

    private static SsrfBlockedException? FindBlock(Exception? ex)
    {
        for (; ex is not null; ex = ex.InnerException)
        {
            if (ex is SsrfBlockedException block)
            {
                return block;
            }
        }
        return null;
    }

    /// <summary>Go's client error shape, <c>HTTP request failed: Get "&lt;url&gt;": &lt;reason&gt;</c>, with any password in the URL masked.</summary>
    private static NodeExecutionException Failed(string method, Uri url, string reason, Exception? inner = null)
    {
        var text = $"HTTP request failed: {method[0]}{method[1..].ToLowerInvariant()} \"{Redact(url)}\": {reason}";
        return inner is null ? new NodeExecutionException(text) : new NodeExecutionException(text, inner);
    }

    private static string Redact(Uri url)
    {
        if (!url.UserInfo.Contains(':', StringComparison.Ordinal))
        {
            return url.OriginalString;
        }
        var builder = new UriBuilder(url) { Password = "xxxxx" };
        return builder.Uri.ToString();
    }
}
