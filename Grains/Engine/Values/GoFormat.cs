using System.Globalization;
using System.Text;

namespace Thaiyyal.Grains.Engine.Values;

/// <summary>
/// Text forms the reference engine prints with Go's fmt verbs: <c>%v</c> for values and <c>%T</c> for type names.
/// Several outputs and error messages embed them, so conformance depends on reproducing them.
/// </summary>
public static class GoFormat
{
    /// <summary>Go's <c>%v</c> of a value: <c>3</c>, <c>2.5</c>, <c>1e+21</c>, <c>true</c>, <c>&lt;nil&gt;</c>, <c>[a b]</c>, <c>map[k:v]</c>.</summary>
    public static string Value(object? value)
    {
        var builder = new StringBuilder();
        AppendValue(builder, value);
        return builder.ToString();
    }

    private static void AppendValue(StringBuilder builder, object? value)
    {
        switch (value)
        {
            case null:
                builder.Append("<nil>");
                break;
            case bool b:
                builder.Append(b ? "true" : "false");
                break;
            case double d:
                builder.Append(Number(d));
                break;
            case int i:
                builder.Append(i.ToString(CultureInfo.InvariantCulture));
                break;
            case long l:
                builder.Append(l.ToString(CultureInfo.InvariantCulture));
                break;
            case string s:
                builder.Append(s);
                break;
            case DateTimeOffset t:
                builder.Append(t.ToString("yyyy-MM-dd HH:mm:ss zzz", CultureInfo.InvariantCulture));
                break;
            case RecordList records:
                AppendList(builder, records.Rows);
                break;
            case IDictionary<string, object?> map:
                builder.Append("map[");
                var first = true;
                foreach (var key in map.Keys.Order(StringComparer.Ordinal))
                {
                    if (!first)
                    {
                        builder.Append(' ');
                    }
                    first = false;
                    builder.Append(key).Append(':');
                    AppendValue(builder, map[key]);
                }
                builder.Append(']');
                break;
            case IEnumerable<object?> list:
                AppendList(builder, list);
                break;
            default:
                builder.Append(Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
        }
    }

    private static void AppendList(StringBuilder builder, IEnumerable<object?> list)
    {
        builder.Append('[');
        var first = true;
        foreach (var item in list)
        {
            if (!first)
            {
                builder.Append(' ');
            }
            first = false;
            AppendValue(builder, item);
        }
        builder.Append(']');
    }

    /// <summary>Go's <c>%v</c> of a float64: shortest digits, exponent form when the exponent is &lt; -4 or &gt;= 21.</summary>
    public static string Number(double d)
    {
        if (double.IsNaN(d))
        {
            return "NaN";
        }
        if (double.IsInfinity(d))
        {
            return d > 0 ? "+Inf" : "-Inf";
        }
        if (d == 0)
        {
            return double.IsNegative(d) ? "-0" : "0";
        }
        var (negative, digits, pointPosition) = ShortestDigits(d);
        var exponent = pointPosition - 1;
        var sign = negative ? "-" : "";
        if (exponent < -4 || exponent >= 21)
        {
            var mantissa = digits.Length > 1 ? $"{digits[0]}.{digits[1..]}" : digits;
            return $"{sign}{mantissa}e{(exponent < 0 ? '-' : '+')}{Math.Abs(exponent):00}";
        }
        if (pointPosition <= 0)
        {
            return $"{sign}0.{new string('0', -pointPosition)}{digits}";
        }
        if (pointPosition >= digits.Length)
        {
            return sign + digits + new string('0', pointPosition - digits.Length);
        }
        return $"{sign}{digits[..pointPosition]}.{digits[pointPosition..]}";
    }

    /// <summary>The shortest round-trip decimal digits of <paramref name="d"/> and where the decimal point falls.</summary>
    private static (bool Negative, string Digits, int PointPosition) ShortestDigits(double d)
    {
        var text = Math.Abs(d).ToString("R", CultureInfo.InvariantCulture);
        var exponent = 0;
        var e = text.IndexOf('E', StringComparison.Ordinal);
        if (e >= 0)
        {
            exponent = int.Parse(text[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            text = text[..e];
        }
        var dot = text.IndexOf('.', StringComparison.Ordinal);
        var integerPart = dot >= 0 ? text[..dot] : text;
        var fraction = dot >= 0 ? text[(dot + 1)..] : "";
        var digits = integerPart + fraction;
        var point = integerPart.Length + exponent;
        var leadingZeros = digits.Length - digits.TrimStart('0').Length;
        digits = digits.Trim('0');
        return (d < 0, digits.Length == 0 ? "0" : digits, point - leadingZeros);
    }

    /// <summary>Go's <c>%T</c> of a decoded JSON value.</summary>
    public static string TypeName(object? value) => value switch
    {
        null => "<nil>",
        bool => "bool",
        double => "float64",
        int => "int",
        long => "int64",
        string => "string",
        DateTimeOffset => "time.Time",
        RecordList => "[]map[string]interface {}",
        IDictionary<string, object?> => "map[string]interface {}",
        IEnumerable<object?> => "[]interface {}",
        _ => value.GetType().Name,
    };
}
