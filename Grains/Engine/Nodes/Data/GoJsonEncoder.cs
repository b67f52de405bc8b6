using System.Globalization;
using System.Text;
using Thaiyyal.Grains.Engine.Values;

namespace Thaiyyal.Grains.Engine.Nodes.Data;

/// <summary>
/// Text that Go's <c>json.Marshal</c>/<c>MarshalIndent</c> produces for a value: sorted keys, <c>&lt;&gt;&amp;</c>
/// escaped as lower-case <c>\u003c</c>, non-ASCII kept, floats in Go's shortest form. The <c>format</c> node returns
/// this text as a string, so it must match byte for byte rather than just parse the same.
/// </summary>
internal static class GoJsonEncoder
{
    /// <summary>Encodes <paramref name="value"/>; throws <see cref="NodeExecutionException"/> for NaN or infinity, as Go refuses them.</summary>
    public static string Encode(object? value, bool indented)
    {
        var builder = new StringBuilder();
        Write(builder, value, indented ? 0 : -1);
        return builder.ToString();
    }

    private static void Write(StringBuilder builder, object? value, int depth)
    {
        switch (value)
        {
            case null:
                builder.Append("null");
                break;
            case bool b:
                builder.Append(b ? "true" : "false");
                break;
            case double d:
                builder.Append(Number(d));
                break;
            case int or long:
                builder.Append(Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
            case string s:
                WriteString(builder, s);
                break;
            case DateTimeOffset t:
                WriteString(builder, RfcTime(t));
                break;
            case RecordList records:
                WriteArray(builder, records.Rows, depth);
                break;
            case IDictionary<string, object?> map:
                WriteObject(builder, map, depth);
                break;
            case IEnumerable<object?> list:
                WriteArray(builder, list, depth);
                break;
            default:
                WriteString(builder, Convert.ToString(value, CultureInfo.InvariantCulture) ?? "");
                break;
        }
    }

    private static void WriteObject(StringBuilder builder, IDictionary<string, object?> map, int depth)
    {
        if (map.Count == 0)
        {
            builder.Append("{}");
            return;
        }
        builder.Append('{');
        var first = true;
        foreach (var key in map.Keys.Order(StringComparer.Ordinal))
        {
            if (!first)
            {
                builder.Append(',');
            }
            first = false;
            NewLine(builder, depth >= 0 ? depth + 1 : -1);
            WriteString(builder, key);
            builder.Append(depth >= 0 ? ": " : ":");
            Write(builder, map[key], depth >= 0 ? depth + 1 : -1);
        }
        NewLine(builder, depth);
        builder.Append('}');
    }

    private static void WriteArray(StringBuilder builder, IEnumerable<object?> list, int depth)
    {
        var items = list.ToList();
        if (items.Count == 0)
        {
            builder.Append("[]");
            return;
        }
        builder.Append('[');
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(',');
            }
            NewLine(builder, depth >= 0 ? depth + 1 : -1);
            Write(builder, items[i], depth >= 0 ? depth + 1 : -1);
        }
        NewLine(builder, depth);
        builder.Append(']');
    }

    private static void NewLine(StringBuilder builder, int depth)
    {
        if (depth >= 0)
        {
            builder.Append('\n').Append(' ', depth * 2);
        }
    }

    /// <summary>Go's float64 JSON form: plain digits, exponent form only below 1e-6 or from 1e21.</summary>
    public static string Number(double d)
    {
        if (double.IsNaN(d) || double.IsInfinity(d))
        {
            throw new NodeExecutionException($"json: unsupported value: {GoFormat.Number(d)}");
        }
        var abs = System.Math.Abs(d);
        if (abs != 0 && (abs < 1e-6 || abs >= 1e21))
        {
            var text = d.ToString("R", CultureInfo.InvariantCulture).ToLowerInvariant();
            var e = text.IndexOf('e', StringComparison.Ordinal);
            var mantissa = text[..e];
            var exponent = int.Parse(text[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            return $"{mantissa}e{(exponent < 0 ? "-" : "+")}{System.Math.Abs(exponent)}";
        }
        return GoFormat.Number(d);
    }

    private static string RfcTime(DateTimeOffset t)
    {
        var text = t.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture).TrimEnd('.');
        return text + (t.Offset == TimeSpan.Zero ? "Z" : t.ToString("zzz", CultureInfo.InvariantCulture));
    }

    private static void WriteString(StringBuilder builder, string s)
    {
        builder.Append('"');
        foreach (var c in s)
        {
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\r':
                    builder.Append("\\r");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                case '\b':
                    builder.Append("\\b");
                    break;
                case '\f':
                    builder.Append("\\f");
                    break;
                case '<' or '>' or '&' or '\u2028' or '\u2029':
                    builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    break;
                case < ' ':
                    builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }
        builder.Append('"');
    }
}
