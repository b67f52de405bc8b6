namespace Thaiyyal.Grains.Engine.Expressions;

/// <summary>An expression could not be evaluated. The message is the reference's error text.</summary>
public sealed class ExpressionException : Exception
{
    public ExpressionException(string message) : base(message) { }

    public ExpressionException(string message, Exception inner) : base(message, inner) { }

    public ExpressionException() { }
}
