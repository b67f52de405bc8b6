namespace Thaiyyal.Grains.Engine.Nodes.State;

/// <summary>
/// Validates text the way Go's <c>time.Parse(time.RFC3339, s)</c> does and returns its error text, so that
/// <c>time_string</c> context values fail with the reference's wording.
/// </summary>
internal static class Rfc3339
{
    private const string Layout = "2006-01-02T15:04:05Z07:00";

    /// <summary>Null when the text parses, else Go's error text.</summary>
    public static string? Check(string value)
    {
        var rest = value;
        int year, month, day;
        if (!Fixed(ref rest, 4, out year)) { return CannotParse(value, rest, "2006"); }
        if (!Literal(ref rest, '-')) { return CannotParse(value, rest, "-"); }
        if (!Number(ref rest, true, out month)) { return CannotParse(value, rest, "01"); }
        if (month is < 1 or > 12) { return OutOfRange(value, "month"); }
        if (!Literal(ref rest, '-')) { return CannotParse(value, rest, "-"); }
        if (!Number(ref rest, true, out day)) { return CannotParse(value, rest, "02"); }
        if (day > 31) { return OutOfRange(value, "day"); }
        if (!Literal(ref rest, 'T')) { return CannotParse(value, rest, "T"); }
        if (!Number(ref rest, false, out var hour)) { return CannotParse(value, rest, "15"); }
        if (hour >= 24) { return OutOfRange(value, "hour"); }
        if (!Literal(ref rest, ':')) { return CannotParse(value, rest, ":"); }
        if (!Number(ref rest, true, out var minute)) { return CannotParse(value, rest, "04"); }
        if (minute >= 60) { return OutOfRange(value, "minute"); }
        if (!Literal(ref rest, ':')) { return CannotParse(value, rest, ":"); }
        if (!Number(ref rest, true, out var second)) { return CannotParse(value, rest, "05"); }
        if (second >= 60) { return OutOfRange(value, "second"); }
        if (rest.Length >= 2 && rest[0] is '.' or ',' && char.IsAsciiDigit(rest[1]))
        {
            var n = 2;
            while (n < rest.Length && char.IsAsciiDigit(rest[n]))
            {
                n++;
            }
            rest = rest[n..];
        }
        if (!Zone(ref rest)) { return CannotParse(value, rest, "Z07:00"); }
        if (rest.Length > 0) { return $"parsing time {GoText.Quote(value)}: extra text: {GoText.Quote(rest)}"; }
        if (day < 1 || day > DateTime.DaysInMonth(System.Math.Clamp(year, 1, 9999), month)) { return OutOfRange(value, "day"); }
        return null;
    }

    private static bool Fixed(ref string rest, int length, out int value)
    {
        value = 0;
        if (rest.Length < length || !rest[..length].All(char.IsAsciiDigit))
        {
            return false;
        }
        value = int.Parse(rest[..length], System.Globalization.CultureInfo.InvariantCulture);
        rest = rest[length..];
        return true;
    }

    // Go's getnum: one or two digits; "fixed" demands two.
    private static bool Number(ref string rest, bool twoDigits, out int value)
    {
        value = 0;
        if (rest.Length == 0 || !char.IsAsciiDigit(rest[0]))
        {
            return false;
        }
        if (rest.Length < 2 || !char.IsAsciiDigit(rest[1]))
        {
            if (twoDigits)
            {
                return false;
            }
            value = rest[0] - '0';
            rest = rest[1..];
            return true;
        }
        value = ((rest[0] - '0') * 10) + (rest[1] - '0');
        rest = rest[2..];
        return true;
    }

    private static bool Literal(ref string rest, char expected)
    {
        if (rest.Length == 0 || rest[0] != expected)
        {
            return false;
        }
        rest = rest[1..];
        return true;
    }

    private static bool Zone(ref string rest)
    {
        if (rest.StartsWith('Z'))
        {
            rest = rest[1..];
            return true;
        }
        if (rest.Length < 6 || rest[3] != ':' || rest[0] is not ('+' or '-')
            || !char.IsAsciiDigit(rest[1]) || !char.IsAsciiDigit(rest[2]) || !char.IsAsciiDigit(rest[4]) || !char.IsAsciiDigit(rest[5]))
        {
            return false;
        }
        rest = rest[6..];
        return true;
    }

    private static string CannotParse(string value, string rest, string element) =>
        $"parsing time {GoText.Quote(value)} as {GoText.Quote(Layout)}: cannot parse {GoText.Quote(rest)} as {GoText.Quote(element)}";

    private static string OutOfRange(string value, string what) => $"parsing time {GoText.Quote(value)}: {what} out of range";
}
