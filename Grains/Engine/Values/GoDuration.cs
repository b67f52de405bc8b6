using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Thaiyyal.Grains.Engine.Values;

/// <summary>Go duration syntax: parsing (<c>300ms</c>, <c>1.5s</c>, <c>1h30m</c>, or a bare integer of milliseconds) and <c>Duration.String()</c>.</summary>
public static partial class GoDuration
{
    [GeneratedRegex(@"^([0-9]*(?:\.[0-9]*)?)(ns|us|µs|μs|ms|s|m|h)", RegexOptions.CultureInvariant)]
    private static partial Regex Component();

    /// <summary>Parses Go duration text, or a bare integer meaning milliseconds.</summary>
    public static bool TryParse(string? text, out TimeSpan duration)
    {
        duration = TimeSpan.Zero;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }
        var s = text.Trim();
        if (long.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var millis))
        {
            duration = TimeSpan.FromMilliseconds(millis);
            return true;
        }
        var negative = false;
        if (s[0] is '-' or '+')
        {
            negative = s[0] == '-';
            s = s[1..];
        }
        if (s == "0")
        {
            return true;
        }
        double totalNanoseconds = 0;
        if (s.Length == 0)
        {
            return false;
        }
        while (s.Length > 0)
        {
            var match = Component().Match(s);
            if (!match.Success || match.Groups[1].Value is "" or ".")
            {
                return false;
            }
            var amount = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
            totalNanoseconds += amount * match.Groups[2].Value switch
            {
                "ns" => 1,
                "us" or "µs" or "μs" => 1e3,
                "ms" => 1e6,
                "s" => 1e9,
                "m" => 60e9,
                _ => 3600e9,
            };
            s = s[match.Length..];
        }
        duration = TimeSpan.FromTicks((long)Math.Round(totalNanoseconds / 100) * (negative ? -1 : 1));
        return true;
    }

    /// <summary>Go's <c>Duration.String()</c>: <c>1m0s</c>, <c>1.5s</c>, <c>100ms</c>, <c>0s</c>.</summary>
    public static string Format(TimeSpan duration)
    {
        var ticks = duration.Ticks;
        if (ticks == 0)
        {
            return "0s";
        }
        var sign = ticks < 0 ? "-" : "";
        var nanos = Math.Abs((decimal)ticks * 100);
        if (nanos < 1_000_000_000m)
        {
            // Sub-second: the largest unit that keeps the value >= 1.
            var (unit, size) = nanos switch
            {
                < 1_000m => ("ns", 1m),
                < 1_000_000m => ("µs", 1_000m),
                _ => ("ms", 1_000_000m),
            };
            return sign + Trim(nanos / size) + unit;
        }
        var builder = new StringBuilder(sign);
        var hours = decimal.Floor(nanos / 3_600_000_000_000m);
        nanos -= hours * 3_600_000_000_000m;
        var minutes = decimal.Floor(nanos / 60_000_000_000m);
        nanos -= minutes * 60_000_000_000m;
        if (hours > 0)
        {
            builder.Append(hours.ToString(CultureInfo.InvariantCulture)).Append('h');
        }
        if (hours > 0 || minutes > 0)
        {
            builder.Append(minutes.ToString(CultureInfo.InvariantCulture)).Append('m');
        }
        builder.Append(Trim(nanos / 1_000_000_000m)).Append('s');
        return builder.ToString();
    }

    private static string Trim(decimal value)
    {
        var text = value.ToString("0.#########", CultureInfo.InvariantCulture);
        return text;
    }
}
