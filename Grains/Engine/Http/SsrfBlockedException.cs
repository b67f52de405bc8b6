namespace Thaiyyal.Grains.Engine.Http;

/// <summary>Raised inside the connection callback when a destination fails the SSRF guard; never retried.</summary>
public sealed class SsrfBlockedException : Exception
{
    public SsrfBlockedException(string message) : base(message) { }

    public SsrfBlockedException(string message, Exception inner) : base(message, inner) { }

    public SsrfBlockedException() { }
}
