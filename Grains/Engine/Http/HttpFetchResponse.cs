namespace Thaiyyal.Grains.Engine.Http;

/// <summary>A successful (2xx) response: its status, <c>Content-Type</c> header (null when absent) and body.</summary>
public sealed record HttpFetchResponse(int StatusCode, string? ContentType, byte[] Body);
