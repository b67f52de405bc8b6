namespace Thaiyyal.Grains.Engine.Expressions;

/// <summary>Comparison semantics of boolean mode (EXPRESSIONS.md §3 step 7): numeric strings count as numbers, strings never order.</summary>
internal static class ValueComparison
{
    public static bool Compare(object? left, object? right, string op) => op switch
    {
        "==" => AreEqual(left, right),
        "!=" => !AreEqual(left, right),
        _ => Ordered(left, right, op),
    };

    public static bool AreEqual(object? left, object? right)
    {
        if (left is null || right is null)
        {
            return left is null && right is null;
        }
        if (left is DateTimeOffset lt && right is DateTimeOffset rt)
        {
            return lt.UtcTicks == rt.UtcTicks;
        }
        if (ValueConversion.TryToNumber(left, out var ln) && ValueConversion.TryToNumber(right, out var rn))
        {
            return ln == rn;
        }
        return (left, right) switch
        {
            (string ls, string rs) => ls == rs,
            (bool lb, bool rb) => lb == rb,
            _ => false,
        };
    }

    private static bool Ordered(object? left, object? right, string op)
    {
        int order;
        if (left is DateTimeOffset lt && right is DateTimeOffset rt)
        {
            order = lt.UtcTicks.CompareTo(rt.UtcTicks);
        }
        else if (ValueConversion.TryToNumber(left, out var ln) && ValueConversion.TryToNumber(right, out var rn))
        {
            return op switch
            {
                "<" => ln < rn,
                "<=" => ln <= rn,
                ">" => ln > rn,
                ">=" => ln >= rn,
                _ => false,
            };
        }
        else
        {
            return false;
        }
        return op switch
        {
            "<" => order < 0,
            "<=" => order <= 0,
            ">" => order > 0,
            ">=" => order >= 0,
            _ => false,
        };
    }
}
