namespace Thaiyyal.Grains.Engine.Http;

/// <summary>The body passed the size cap; the message is the reference's text.</summary>
public sealed class ResponseTooLargeException : Exception
{
    public ResponseTooLargeException(string message) : base(message) { }

    public ResponseTooLargeException(string message, Exception inner) : base(message, inner) { }

    public ResponseTooLargeException() { }
}
