using System.Globalization;

namespace Thaiyyal.Grains.Engine.Expressions;

/// <summary>
/// Boolean-mode call functions (EXPRESSIONS.md §8): date/time helpers plus <c>isNull</c> and <c>coalesce</c>.
/// Only boolean results are usable there, but the others still run so their errors match.
/// </summary>
internal static class DateFunctions
{
    private static readonly HashSet<string> Names =
        ["now", "parseDate", "toEpoch", "toEpochMillis", "fromEpoch", "fromEpochMillis", "dateDiff", "dateAdd", "year", "month", "day", "hour", "minute", "isNull", "coalesce"];

    private static readonly string[] IsoFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFFFzzz",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFFF'Z'",
    ];

    private static readonly string[] ZonelessFormats =
    [
        "dd MMM yy HH:mm",
        "ddd, dd MMM yyyy HH:mm:ss",
        "yyyy-MM-dd",
        "yyyy-MM-dd HH:mm:ss",
        "yyyy-MM-dd'T'HH:mm:ss",
    ];

    public static bool IsFunction(string name) => Names.Contains(name);

    public static object? Call(string name, List<object?> args, TimeProvider clock) => name switch
    {
        "now" => args.Count == 0 ? clock.GetUtcNow() : throw new ExpressionException($"now() takes no arguments, got {args.Count}"),
        "parseDate" => Parse(Single(name, args)),
        "toEpoch" => (double)Parse(Single(name, args)).ToUnixTimeSeconds(),
        "toEpochMillis" => (double)Parse(Single(name, args)).ToUnixTimeMilliseconds(),
        "fromEpoch" => DateTimeOffset.FromUnixTimeSeconds(Epoch(name, Single(name, args), millis: false)),
        "fromEpochMillis" => DateTimeOffset.FromUnixTimeMilliseconds(Epoch(name, Single(name, args), millis: true)),
        "dateDiff" => DateDiff(args),
        "dateAdd" => DateAdd(args),
        "year" => (double)Parse(Single(name, args)).Year,
        "month" => (double)Parse(Single(name, args)).Month,
        "day" => (double)Parse(Single(name, args)).Day,
        "hour" => (double)Parse(Single(name, args)).Hour,
        "minute" => (double)Parse(Single(name, args)).Minute,
        "isNull" => Single(name, args) is null,
        _ => args.Count < 1 ? throw new ExpressionException("coalesce() requires at least 1 argument") : args.FirstOrDefault(a => a is not null),
    };

    private static object? Single(string name, List<object?> args) =>
        args.Count == 1 ? args[0] : throw new ExpressionException($"{name}() requires exactly 1 argument, got {args.Count}");

    private static long Epoch(string name, object? value, bool millis)
    {
        if (!ValueConversion.TryToNumber(value, out var number))
        {
            throw new ExpressionException($"{name}() requires numeric argument");
        }
        // Go accepts any int64; DateTimeOffset only spans years 1-9999, so clamp into that range.
        var scale = millis ? 1000L : 1L;
        return Math.Clamp(ValueConversion.Truncate(number), -62135596800L * scale, 253402300799L * scale);
    }

    private static double DateDiff(List<object?> args)
    {
        if (args.Count != 2)
        {
            throw new ExpressionException($"dateDiff() requires exactly 2 arguments, got {args.Count}");
        }
        var first = Parse(args[0], "dateDiff() first argument: ");
        var second = Parse(args[1], "dateDiff() second argument: ");
        return (first - second).TotalSeconds;
    }

    private static DateTimeOffset DateAdd(List<object?> args)
    {
        if (args.Count != 2)
        {
            throw new ExpressionException($"dateAdd() requires exactly 2 arguments, got {args.Count}");
        }
        var start = Parse(args[0], "dateAdd() first argument: ");
        if (!ValueConversion.TryToNumber(args[1], out var seconds))
        {
            throw new ExpressionException("dateAdd() second argument must be numeric");
        }
        try
        {
            return start.AddSeconds(ValueConversion.Truncate(seconds));
        }
        catch (ArgumentOutOfRangeException)
        {
            throw new ExpressionException("dateAdd() result out of range");
        }
    }

    private static DateTimeOffset Parse(object? value, string prefix = "")
    {
        switch (value)
        {
            case DateTimeOffset time:
                return time;
            case string text when TryParseText(text, out var parsed):
                return parsed;
            case string text:
                throw new ExpressionException($"{prefix}unable to parse date/time: {text}");
            case double number:
                return DateTimeOffset.FromUnixTimeSeconds(Math.Clamp(ValueConversion.Truncate(number), -62135596800, 253402300799));
            default:
                throw new ExpressionException($"{prefix}unsupported date/time type: {ValueConversion.TypeName(value)}");
        }
    }

    private static bool TryParseText(string text, out DateTimeOffset value)
    {
        if (DateTimeOffset.TryParseExact(text, IsoFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value))
        {
            return true;
        }
        // RFC 822/1123 carry a zone abbreviation, which Go treats as UTC when it does not know it.
        var withoutZone = text;
        var lastSpace = text.LastIndexOf(' ');
        if (lastSpace > 0 && text[(lastSpace + 1)..].All(char.IsAsciiLetterUpper) && text.Length - lastSpace - 1 is >= 3 and <= 4)
        {
            withoutZone = text[..lastSpace];
        }
        return DateTimeOffset.TryParseExact(withoutZone, ZonelessFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value);
    }
}
