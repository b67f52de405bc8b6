using Thaiyyal.Grains.Engine.Values;

namespace Thaiyyal.Grains.Engine.Nodes.State;

/// <summary>Converts a context value to its declared <c>type</c>; conversion failures carry the reference's error text.</summary>
internal static class ContextValueConverter
{
    /// <summary>The converted value, or throws <see cref="NodeExecutionException"/> with the bare conversion error.</summary>
    public static object? Convert(object? value, string type, TimeZoneInfo localZone) => type switch
    {
        "string" => GoFormat.Value(value),
        "number" => ToNumber(value),
        "boolean" => ToBoolean(value),
        "time_string" => ToTimeString(value),
        "epoch_second" => ToTime(value, "epoch seconds", localZone, DateTimeOffset.FromUnixTimeSeconds),
        "epoch_ms" => ToTime(value, "epoch milliseconds", localZone, DateTimeOffset.FromUnixTimeMilliseconds),
        "null" => null,
        _ => throw new NodeExecutionException($"unsupported type {GoText.Quote(type)}"),
    };

    private static double ToNumber(object? value)
    {
        switch (value)
        {
            case double d:
                return d;
            case string s:
                if (System.Text.RegularExpressions.Regex.IsMatch(s, @"^[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?$")
                    || s.ToLowerInvariant() is "inf" or "+inf" or "-inf" or "infinity" or "+infinity" or "-infinity" or "nan")
                {
                    if (Data.ParsedValue.TryParseGoFloat(s, out var number))
                    {
                        return number;
                    }
                    throw new NodeExecutionException($"cannot convert {GoText.Quote(s)} to number: {GoText.RangeError("ParseFloat", s)}");
                }
                throw new NodeExecutionException($"cannot convert {GoText.Quote(s)} to number: {GoText.SyntaxError("ParseFloat", s)}");
            default:
                throw new NodeExecutionException($"cannot convert type {GoFormat.TypeName(value)} to number");
        }
    }

    private static bool ToBoolean(object? value) => value switch
    {
        bool b => b,
        double d => d != 0,
        string s => s switch
        {
            "1" or "t" or "T" or "TRUE" or "true" or "True" => true,
            "0" or "f" or "F" or "FALSE" or "false" or "False" => false,
            _ => throw new NodeExecutionException($"cannot convert {GoText.Quote(s)} to boolean: {GoText.SyntaxError("ParseBool", s)}"),
        },
        _ => throw new NodeExecutionException($"cannot convert type {GoFormat.TypeName(value)} to boolean"),
    };

    private static string ToTimeString(object? value)
    {
        var text = value as string ?? GoFormat.Value(value);
        return Rfc3339.Check(text) is { } error
            ? throw new NodeExecutionException($"invalid time string {GoText.Quote(text)}: {error}")
            : text;
    }

    private static DateTimeOffset ToTime(object? value, string unit, TimeZoneInfo localZone, Func<long, DateTimeOffset> fromUnix)
    {
        long amount;
        switch (value)
        {
            case double d:
                amount = double.IsNaN(d) ? long.MinValue : (long)System.Math.Clamp(System.Math.Truncate(d), long.MinValue, long.MaxValue);
                break;
            case string s:
                var (parsed, error) = GoText.ParseInt(s);
                amount = error is null ? parsed : throw new NodeExecutionException($"cannot convert {GoText.Quote(s)} to {unit}: {error}");
                break;
            default:
                throw new NodeExecutionException($"cannot convert type {GoFormat.TypeName(value)} to {unit}");
        }
        try
        {
            // Go's time.Unix gives local time, so the value serialises with the server's offset.
            return TimeZoneInfo.ConvertTime(fromUnix(amount), localZone);
        }
        catch (ArgumentOutOfRangeException ex)
        {
            throw new NodeExecutionException($"cannot convert {GoFormat.Value(value)} to {unit}: outside the supported time range", ex);
        }
    }
}
