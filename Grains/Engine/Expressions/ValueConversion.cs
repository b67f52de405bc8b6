using Thaiyyal.Grains.Engine.Values;

namespace Thaiyyal.Grains.Engine.Expressions;

/// <summary>The evaluator's numeric coercion (<c>toFloat64</c>): numbers, and numeric strings.</summary>
internal static class ValueConversion
{
    public static bool TryToNumber(object? value, out double number)
    {
        switch (value)
        {
            case double d:
                number = d;
                return true;
            case int i:
                number = i;
                return true;
            case long l:
                number = l;
                return true;
            case float f:
                number = f;
                return true;
            case string s when GoStrconv.TryParseFloat(s, out var parsed):
                number = parsed;
                return true;
            default:
                number = 0;
                return false;
        }
    }

    /// <summary>Go's <c>int(f)</c>: truncation toward zero (saturating here, where Go is platform-defined).</summary>
    public static long Truncate(double value) =>
        double.IsNaN(value) ? long.MinValue : value >= long.MaxValue ? long.MaxValue : value <= long.MinValue ? long.MinValue : (long)value;

    /// <summary>Go's <c>%v</c>.</summary>
    public static string Text(object? value) => GoFormat.Value(value);

    /// <summary>Go's <c>%T</c>.</summary>
    public static string TypeName(object? value) => GoFormat.TypeName(value);
}
