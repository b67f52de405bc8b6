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
        if (text.Contains('_', StringComparison.Ordinal))
        {
            // Go allows digit-separating underscores as in its literals, then ignores them.
            if (!UnderscoresOk(text))
            {
                return false;
            }
            text = text.Replace("_", string.Empty, StringComparison.Ordinal);
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

    /// <summary>Go's <c>underscoreOK</c>: each underscore sits between digits (a base prefix counts as a digit).</summary>
    private static bool UnderscoresOk(string s)
    {
        var saw = '^';
        var i = 0;
        if (s.Length >= 1 && s[0] is '+' or '-')
        {
            s = s[1..];
        }
        var hex = false;
        if (s.Length >= 2 && s[0] == '0' && char.ToLowerInvariant(s[1]) is 'b' or 'o' or 'x')
        {
            i = 2;
            saw = '0';
            hex = char.ToLowerInvariant(s[1]) == 'x';
        }
        for (; i < s.Length; i++)
        {
            if (char.IsAsciiDigit(s[i]) || (hex && char.IsAsciiHexDigit(s[i])))
            {
                saw = '0';
                continue;
            }
            if (s[i] == '_')
            {
                if (saw != '0')
                {
                    return false;
                }
                saw = '_';
                continue;
            }
            if (saw == '_')
            {
                return false;
            }
            saw = '!';
        }
        return saw != '_';
    }

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
