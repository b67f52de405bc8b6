using System.Buffers;

namespace Thaiyyal.Grains.Engine.Http;

/// <summary>Reads a response body while streaming, failing as soon as it grows past the limit.</summary>
internal static class CappedBodyReader
{
    public static string TooLarge(long limit) => $"response too large (exceeds {limit} bytes limit)";

    public static async Task<byte[]> ReadAsync(HttpContent content, long limit, CancellationToken cancellationToken)
    {
        if (content.Headers.ContentLength is { } declared && declared > limit)
        {
            throw new ResponseTooLargeException(TooLarge(limit));
        }
        await using var stream = await content.ReadAsStreamAsync(cancellationToken);
        using var body = new MemoryStream();
        var buffer = ArrayPool<byte>.Shared.Rent(81920);
        try
        {
            long total = 0;
            int read;
            // Asking for one byte past the limit tells "exactly the limit" from "more remains" (the reference's rule).
            while ((read = await stream.ReadAsync(buffer.AsMemory(0, (int)Math.Min(buffer.Length, limit - total + 1)), cancellationToken)) > 0)
            {
                total += read;
                if (total > limit)
                {
                    throw new ResponseTooLargeException(TooLarge(limit));
                }
                body.Write(buffer, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
        return body.ToArray();
    }
}
