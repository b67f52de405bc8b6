using System.Globalization;
using System.Text;

namespace Thaiyyal.Grains.Engine.Nodes.State;

/// <summary>Go's <c>%q</c> quoting and <c>strconv</c> error texts, which the context conversions embed in their errors.</summary>
internal static class GoText
{
    /// <summary>Go's <c>strconv.Quote</c> for the characters that occur in practice.</summary>
    public static string Quote(string text)
    {
        var builder = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                '\a' => "\\a",
                '\b' => "\\b",
                '\f' => "\\f",
                '\v' => "\\v",
                < ' ' or '\x7f' => "\\x" + ((int)c).ToString("x2", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }
        return builder.Append('"').ToString();
    }

    public static string SyntaxError(string function, string text) => $"strconv.{function}: parsing {Quote(text)}: invalid syntax";

    public static string RangeError(string function, string text) => $"strconv.{function}: parsing {Quote(text)}: value out of range";

    /// <summary>Go's <c>strconv.ParseInt(s, 10, 64)</c>: returns the value or the error text.</summary>
    public static (long Value, string? Error) ParseInt(string text)
    {
        var digits = text.StartsWith('+') || text.StartsWith('-') ? text[1..] : text;
        if (digits.Length == 0 || !digits.All(char.IsAsciiDigit))
        {
            return (0, SyntaxError("ParseInt", text));
        }
        return long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? (value, null)
            : (0, RangeError("ParseInt", text));
    }
}
