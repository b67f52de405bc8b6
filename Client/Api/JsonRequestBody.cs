using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace Thaiyyal.Client.Api;

/// <summary>Reads a JSON request body within the configured size, so over-size and malformed bodies get clear errors.</summary>
public sealed class JsonRequestBody(IOptions<ApiOptions> options)
{
    /// <summary>
    /// The parsed body, or the problem to answer with (413 too large, 400 not JSON). An empty body is a 400, or with
    /// <paramref name="allowEmpty"/> neither a document nor a problem.
    /// </summary>
    public async Task<(JsonDocument? Document, IResult? Problem)> ReadAsync(HttpRequest request, CancellationToken cancellationToken, bool allowEmpty = false)
    {
        var limit = options.Value.MaxRequestBodyBytes;
        if (request.ContentLength > limit)
        {
            return (null, TooLarge(limit));
        }
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return (null, TooLarge(limit));
            }
            buffer.Write(chunk, 0, read);
        }
        if (buffer.Length == 0)
        {
            return allowEmpty ? (null, null) : (null, Problems.BadRequest("Request body is empty", "Send a JSON document."));
        }
        try
        {
            return (JsonDocument.Parse(buffer.ToArray()), null);
        }
        catch (JsonException ex)
        {
            return (null, Problems.BadRequest("Malformed JSON", ex.Message));
        }
        catch (DecoderFallbackException ex)
        {
            return (null, Problems.BadRequest("Malformed JSON", ex.Message));
        }
    }

    private static IResult TooLarge(long limit) =>
        TypedResults.Problem(title: "Request body too large", detail: $"The body exceeds the limit of {limit} bytes.", statusCode: StatusCodes.Status413PayloadTooLarge);
}
