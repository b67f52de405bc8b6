using System.Text;

namespace Thaiyyal.Grains.Engine.Expressions;

/// <summary>The string-splitting rules the reference evaluator is built from (EXPRESSIONS.md §2–§4).</summary>
internal static class ExpressionSplitting
{
    /// <summary>First and last characters are the same kind of quote (<c>"</c> or <c>'</c>).</summary>
    public static bool IsQuoted(string text) =>
        text.Length >= 2 && ((text[0] == '"' && text[^1] == '"') || (text[0] == '\'' && text[^1] == '\''));

    /// <summary>The whole text is one parenthesised group: <c>(a &amp;&amp; b)</c> but not <c>(a) &amp;&amp; (b)</c>.</summary>
    public static bool IsFullyWrapped(string text)
    {
        if (!text.StartsWith('(') || !text.EndsWith(')'))
        {
            return false;
        }
        var depth = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '(')
            {
                depth++;
            }
            else if (text[i] == ')')
            {
                depth--;
                if (depth == 0 && i < text.Length - 1)
                {
                    return false;
                }
            }
        }
        return depth == 0;
    }

    /// <summary>Leftmost occurrence of <paramref name="op"/> at parenthesis depth 0 (not quote-aware), or -1.</summary>
    public static int FindOperator(string text, string op)
    {
        var depth = 0;
        for (var i = 0; i <= text.Length - op.Length; i++)
        {
            if (text[i] == '(')
            {
                depth++;
            }
            else if (text[i] == ')')
            {
                depth--;
            }
            else if (depth == 0 && string.CompareOrdinal(text, i, op, 0, op.Length) == 0)
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>Comma split outside quotes (parentheses are not tracked); parts are trimmed.</summary>
    public static List<string> SplitArguments(string text) => Split(text, trackParentheses: false);

    /// <summary>Comma split outside quotes and at parenthesis depth 0; parts are trimmed.</summary>
    public static List<string> SplitArgumentsRespectingParens(string text) => Split(text, trackParentheses: true);

    /// <summary>Path segments split on <c>.</c> outside <c>()</c> and <c>[]</c>; empty segments are dropped.</summary>
    public static List<string> SplitFieldPath(string path)
    {
        var parts = new List<string>();
        var current = new StringBuilder();
        var parens = 0;
        var brackets = 0;
        foreach (var ch in path)
        {
            switch (ch)
            {
                case '(':
                    parens++;
                    break;
                case ')':
                    parens--;
                    break;
                case '[':
                    brackets++;
                    break;
                case ']':
                    brackets--;
                    break;
                case '.' when parens == 0 && brackets == 0:
                    if (current.Length > 0)
                    {
                        parts.Add(current.ToString());
                        current.Clear();
                    }
                    continue;
                default:
                    break;
            }
            current.Append(ch);
        }
        if (current.Length > 0)
        {
            parts.Add(current.ToString());
        }
        return parts;
    }

    /// <summary>The name before the first <c>(</c> when the text looks like <c>name(...)</c>, else null.</summary>
    public static string? CallName(string text)
    {
        var open = text.IndexOf('(', StringComparison.Ordinal);
        return open > 0 && text.EndsWith(')') ? text[..open].Trim() : null;
    }

    private static List<string> Split(string text, bool trackParentheses)
    {
        var parts = new List<string>();
        var current = new StringBuilder();
        var inQuotes = false;
        var quote = '\0';
        var depth = 0;
        foreach (var ch in text)
        {
            if (ch is '"' or '\'')
            {
                if (!inQuotes)
                {
                    inQuotes = true;
                    quote = ch;
                }
                else if (ch == quote)
                {
                    inQuotes = false;
                }
                current.Append(ch);
                continue;
            }
            if (!inQuotes)
            {
                if (trackParentheses && ch == '(')
                {
                    depth++;
                }
                else if (trackParentheses && ch == ')' && depth > 0)
                {
                    depth--;
                }
                if (ch == ',' && depth == 0)
                {
                    parts.Add(current.ToString().Trim());
                    current.Clear();
                    continue;
                }
            }
            current.Append(ch);
        }
        if (current.Length > 0)
        {
            parts.Add(current.ToString().Trim());
        }
        return parts;
    }
}
