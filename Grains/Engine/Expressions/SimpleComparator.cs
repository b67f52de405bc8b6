namespace Thaiyyal.Grains.Engine.Expressions;

/// <summary>
/// The reference's last-resort condition form (<c>&gt;N</c>, <c>&lt;=N</c>, <c>==N</c>, ...) against a number or an object's
/// <c>value</c> number. Anything else is false. Used by boolean mode (§3 step 9) and by the <c>condition</c> node's fallback.
/// </summary>
public static class SimpleComparator
{
    public static bool Evaluate(string condition, object? value)
    {
        if (condition == "true")
        {
            return true;
        }
        if (condition == "false")
        {
            return false;
        }
        double number;
        if (value is double d)
        {
            number = d;
        }
        else if (value is IDictionary<string, object?> map && map.TryGetValue("value", out var inner) && inner is double innerNumber)
        {
            number = innerNumber;
        }
        else
        {
            return false;
        }
        if (condition.Length < 2)
        {
            return false;
        }
        var two = condition[..2];
        var (op, rest) = two switch
        {
            ">=" or "<=" or "==" or "!=" => (two, condition[2..]),
            _ when condition[0] is '>' or '<' => (condition[..1], condition[1..]),
            _ => (string.Empty, string.Empty),
        };
        var threshold = ScanFloat(rest);
        return op switch
        {
            ">" => number > threshold,
            "<" => number < threshold,
            ">=" => number >= threshold,
            "<=" => number <= threshold,
            "==" => number == threshold,
            "!=" => number != threshold,
            _ => false,
        };
    }

    /// <summary>Go <c>fmt.Sscanf(s, "%f")</c> into a zero-initialised float: leading blanks skipped, any failure leaves 0.</summary>
    private static double ScanFloat(string text)
    {
        var i = 0;
        while (i < text.Length && text[i] is ' ' or '\t' or '\r')
        {
            i++;
        }
        var start = i;
        bool Accept(string set)
        {
            if (i < text.Length && set.Contains(text[i], StringComparison.Ordinal))
            {
                i++;
                return true;
            }
            return false;
        }
        if (Accept("nN") && Accept("aA") && Accept("nN"))
        {
            return Parse(text[start..i]);
        }
        Accept("+-");
        if (Accept("iI") && Accept("nN") && Accept("fF"))
        {
            return Parse(text[start..i]);
        }
        var digits = "0123456789_";
        var exponent = "eEpP";
        if (Accept("0") && Accept("xX"))
        {
            digits = "0123456789abcdefABCDEF_";
            exponent = "pP";
        }
        while (Accept(digits))
        {
        }
        if (Accept("."))
        {
            while (Accept(digits))
            {
            }
        }
        if (Accept(exponent))
        {
            Accept("+-");
            while (Accept("0123456789_"))
            {
            }
        }
        return Parse(text[start..i]);
    }

    private static double Parse(string token) => GoStrconv.TryParseFloat(token, out var value) ? value : 0;
}
