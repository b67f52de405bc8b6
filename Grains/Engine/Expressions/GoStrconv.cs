using System.Globalization;

namespace Thaiyyal.Grains.Engine.Expressions;

/// <summary>Go's <c>strconv.ParseFloat</c> and <c>strconv.Atoi</c> acceptance rules, which decide what counts as a number literal.</summary>
internal static class GoStrconv
{
    /// <summary>Go <c>ParseFloat(s, 64)</c>: decimal with optional exponent, hex float with <c>p</c> exponent, Inf/Infinity/NaN. Out of range fails.</summary>
    public static bool TryParseFloat(string text, out double value)
    {
        value = 0;
        if (text.Length == 0)
        {
            return false;
        }
        var body = text;
        var negative = false;
        if (body[0] is '+' or '-')
        {
            negative = body[0] == '-';
            body = body[1..];
        }
        if (body.Equals("inf", StringComparison.OrdinalIgnoreCase) || body.Equals("infinity", StringComparison.OrdinalIgnoreCase))
        {
            value = negative ? double.NegativeInfinity : double.PositiveInfinity;
            return true;
        }
        if (text.Equals("nan", StringComparison.OrdinalIgnoreCase))
        {
            value = double.NaN;
            return true;
        }
        if (body.Length > 2 && body[0] == '0' && body[1] is 'x' or 'X')
        {
            return TryParseHex(body[2..], negative, out value);
        }
        if (!IsDecimalSyntax(body))
        {
            return false;
        }
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) || double.IsInfinity(value))
        {
            value = 0;
            return false;
        }
        return true;
    }

    /// <summary>Go <c>strconv.Atoi</c>: optional sign and decimal digits only.</summary>
    public static bool TryAtoi(string text, out int value) =>
        int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);

    private static bool IsDecimalSyntax(string s)
    {
        var i = 0;
        var digits = 0;
        while (i < s.Length && char.IsAsciiDigit(s[i]))
        {
            i++;
            digits++;
        }
        if (i < s.Length && s[i] == '.')
        {
            i++;
            while (i < s.Length && char.IsAsciiDigit(s[i]))
            {
                i++;
                digits++;
            }
        }
        if (digits == 0)
        {
            return false;
        }
        if (i < s.Length && s[i] is 'e' or 'E')
        {
            i++;
            if (i < s.Length && s[i] is '+' or '-')
            {
                i++;
            }
            var expDigits = 0;
            while (i < s.Length && char.IsAsciiDigit(s[i]))
            {
                i++;
                expDigits++;
            }
            if (expDigits == 0)
            {
                return false;
            }
        }
        return i == s.Length;
    }

    private static bool TryParseHex(string s, bool negative, out double value)
    {
        value = 0;
        double mantissa = 0;
        var exponent = 0;
        var digits = 0;
        var i = 0;
        var afterPoint = false;
        for (; i < s.Length; i++)
        {
            var c = s[i];
            if (c == '.' && !afterPoint)
            {
                afterPoint = true;
                continue;
            }
            if (!char.IsAsciiHexDigit(c))
            {
                break;
            }
            mantissa = (mantissa * 16) + Convert.ToInt32(c.ToString(), 16);
            digits++;
            if (afterPoint)
            {
                exponent -= 4;
            }
        }
        if (digits == 0 || i >= s.Length || s[i] is not ('p' or 'P'))
        {
            return false;
        }
        var rest = s[(i + 1)..];
        if (rest.Length == 0 || !int.TryParse(rest, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var power) || rest.Any(ch => ch is ' '))
        {
            return false;
        }
        value = mantissa * Math.Pow(2, exponent + (double)power);
        if (double.IsInfinity(value))
        {
            value = 0;
            return false;
        }
        value = negative ? -value : value;
        return true;
    }
}
