using System.Globalization;
using System.Text.RegularExpressions;

namespace Thaiyyal.Grains.Engine.Nodes.Data;

/// <summary>Typing of parsed text cells and Go's <c>strconv.ParseFloat</c> acceptance rules, shared by the parse formats.</summary>
internal static partial class ParsedValue
{
    /// <summary>A trimmed cell as the reference types it: <c>""</c>, <c>true</c>, <c>false</c>, <c>null</c>, a number, else the trimmed text.</summary>
    public static object? Typed(string text)
    {
        var trimmed = text.Trim();
        return trimmed switch
        {
            "" => "",
            "true" => true,
            "false" => false,
            "null" => null,
            _ => TryParseGoFloat(trimmed, out var number) ? number : trimmed,
        };
    }

    /// <summary>Accepts what Go's <c>strconv.ParseFloat(s, 64)</c> accepts in decimal form, plus inf/infinity/nan.</summary>
    public static bool TryParseGoFloat(string text, out double value)
    {
        value = 0;
        var lower = text.ToLowerInvariant();
        switch (lower)
        {
            case "inf" or "+inf" or "infinity" or "+infinity":
                value = double.PositiveInfinity;
                return true;
            case "-inf" or "-infinity":
                value = double.NegativeInfinity;
                return true;
            case "nan":
                value = double.NaN;
                return true;
        }
        if (!DecimalFloat().IsMatch(text))
        {
            return false;
        }
        value = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
        // Go reports a range error for overflow, so such text is not a number for the reference either.
        return !double.IsInfinity(value);
    }

    [GeneratedRegex(@"^[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex DecimalFloat();
}
