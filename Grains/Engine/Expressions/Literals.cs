namespace Thaiyyal.Grains.Engine.Expressions;

/// <summary>Value-mode literals (<c>parseLiteral</c>): quoted string, <c>true</c>, <c>false</c>, <c>null</c>, number.</summary>
internal static class Literals
{
    public static bool TryParse(string text, out object? value)
    {
        text = text.Trim();
        value = null;
        if (ExpressionSplitting.IsQuoted(text))
        {
            value = text[1..^1];
            return true;
        }
        switch (text)
        {
            case "true":
                value = true;
                return true;
            case "false":
                value = false;
                return true;
            case "null":
                return true;
            default:
                break;
        }
        if (GoStrconv.TryParseFloat(text, out var number))
        {
            value = number;
            return true;
        }
        return false;
    }
}
