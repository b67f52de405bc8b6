using Thaiyyal.Grains.Engine.Values;

namespace Thaiyyal.Grains.Engine.Expressions;

/// <summary>Top-level value-mode functions over arrays and numbers (EXPRESSIONS.md §7).</summary>
internal static class ValueFunctions
{
    private static readonly HashSet<string> Names =
        ["map", "avg", "sum", "round", "floor", "ceil", "abs", "min", "max", "sort", "slice", "sample", "unique", "zip", "reverse", "flatten"];

    public static bool IsValueFunction(string name) => Names.Contains(name);

    public static object? Call(string text, string name, object? input, ExpressionScope scope)
    {
        var open = text.IndexOf('(', StringComparison.Ordinal);
        var args = ExpressionSplitting.SplitArgumentsRespectingParens(text[(open + 1)..^1]);
        object? Eval(string arg) => ValueCascade.Evaluate(arg, input, scope);
        return name switch
        {
            "map" => Map(args, input, scope),
            "avg" or "sum" => Aggregate(name, args, Eval),
            "round" or "floor" or "ceil" or "abs" => Rounding(name, args, Eval),
            "min" or "max" => Extreme(name, args, Eval),
            "sort" => Sorting.Sort(SingleArray(name, args, Eval)),
            "reverse" => Enumerable.Reverse(SingleArray(name, args, Eval)).ToList(),
            "unique" => Unique(SingleArray(name, args, Eval)),
            "flatten" => Flatten(SingleArray(name, args, Eval), []),
            "slice" => Slice(args, Eval),
            "sample" => Sample(args, Eval),
            _ => Zip(args, Eval),
        };
    }

    private static object? Evaluate(string name, string what, Func<string, object?> eval, string arg)
    {
        try
        {
            return eval(arg);
        }
        catch (ExpressionException e)
        {
            throw new ExpressionException($"{name}() {what} evaluation failed: {e.Message}", e);
        }
    }

    private static List<object?> Map(List<string> args, object? input, ExpressionScope scope)
    {
        if (args.Count != 2)
        {
            throw new ExpressionException("map() requires exactly 2 arguments: array expression and item expression");
        }
        var source = Evaluate("map", "first argument", a => ValueCascade.Evaluate(a, input, scope), args[0]);
        var items = source switch
        {
            List<object?> list => list,
            RecordList records => records.ToArray(),
            _ => throw new ExpressionException($"map() first argument must be an array, got {ValueConversion.TypeName(source)}"),
        };
        var result = new List<object?>(items.Count);
        foreach (var element in items)
        {
            try
            {
                result.Add(ValueCascade.Evaluate(args[1].Trim(), element, scope));
            }
            catch (ExpressionException e)
            {
                throw new ExpressionException($"map() item expression failed: {e.Message}", e);
            }
        }
        return result;
    }

    private static double Aggregate(string name, List<string> args, Func<string, object?> eval)
    {
        if (args.Count == 0)
        {
            throw new ExpressionException($"{name}() requires at least 1 argument");
        }
        var values = new List<double>();
        if (args.Count == 1 && Evaluate(name, "argument", eval, args[0]) is var single)
        {
            if (single is List<object?> list)
            {
                if (list.Count == 0)
                {
                    return name == "sum" ? 0 : throw new ExpressionException("avg() on empty array");
                }
                values.AddRange(list.Select(item => Numeric(name, item)));
            }
            else
            {
                values.Add(RequireNumber(name, "numeric values", single));
            }
        }
        else
        {
            values.AddRange(args.Select(arg => RequireNumber(name, "numeric values", Evaluate(name, "argument", eval, arg))));
        }
        var sum = 0.0;
        foreach (var value in values)
        {
            sum += value;
        }
        return name == "sum" ? sum : sum / values.Count;
    }

    private static object Rounding(string name, List<string> args, Func<string, object?> eval)
    {
        if (args.Count != 1)
        {
            throw new ExpressionException($"{name}() requires exactly 1 argument, got {args.Count}");
        }
        Func<double, double> apply = name switch
        {
            "round" => x => Math.Round(x, MidpointRounding.AwayFromZero),
            "floor" => Math.Floor,
            "ceil" => Math.Ceiling,
            _ => Math.Abs,
        };
        var value = Evaluate(name, "argument", eval, args[0]);
        return value is List<object?> list
            ? list.Select(item => (object?)apply(Numeric(name, item))).ToList()
            : apply(RequireNumber(name, "numeric value", value));
    }

    private static double Extreme(string name, List<string> args, Func<string, object?> eval)
    {
        if (args.Count == 0)
        {
            throw new ExpressionException($"{name}() requires at least 1 argument");
        }
        IEnumerable<double> values;
        if (args.Count == 1)
        {
            var value = Evaluate(name, "argument", eval, args[0]);
            if (value is not List<object?> list)
            {
                throw new ExpressionException($"{name}() requires at least 2 arguments or an array, got 1 non-array value");
            }
            if (list.Count == 0)
            {
                throw new ExpressionException($"{name}() on empty array");
            }
            values = list.Select(item => Numeric(name, item)).ToList();
        }
        else
        {
            values = args.Select(arg => RequireNumber(name, "numeric values", Evaluate(name, "argument", eval, arg))).ToList();
        }
        return name == "min" ? values.Aggregate((a, b) => b < a ? b : a) : values.Aggregate((a, b) => b > a ? b : a);
    }

    private static List<object?> SingleArray(string name, List<string> args, Func<string, object?> eval)
    {
        if (args.Count != 1)
        {
            throw new ExpressionException($"{name}() requires exactly 1 argument, got {args.Count}");
        }
        var value = Evaluate(name, "argument", eval, args[0]);
        return value as List<object?> ?? throw new ExpressionException($"{name}() requires an array, got {ValueConversion.TypeName(value)}");
    }

    private static List<object?> Unique(List<object?> items)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return items.Where(item => seen.Add(ValueConversion.Text(item))).ToList();
    }

    private static List<object?> Flatten(List<object?> items, List<object?> into)
    {
        foreach (var item in items)
        {
            if (item is List<object?> nested)
            {
                Flatten(nested, into);
            }
            else
            {
                into.Add(item);
            }
        }
        return into;
    }

    private static List<object?> Slice(List<string> args, Func<string, object?> eval)
    {
        if (args.Count is < 2 or > 3)
        {
            throw new ExpressionException($"slice() requires 2 or 3 arguments (array, start, [end]), got {args.Count}");
        }
        var source = Evaluate("slice", "array argument", eval, args[0]);
        var items = source as List<object?> ?? throw new ExpressionException($"slice() first argument must be an array, got {ValueConversion.TypeName(source)}");
        var start = Position(Evaluate("slice", "start argument", eval, args[1]), "start", items.Count);
        var end = args.Count == 3 ? Position(Evaluate("slice", "end argument", eval, args[2]), "end", items.Count) : items.Count;
        return start > end ? [] : items.GetRange(start, end - start);
    }

    private static int Position(object? value, string what, int length)
    {
        if (!ValueConversion.TryToNumber(value, out var number))
        {
            throw new ExpressionException($"slice() {what} must be numeric, got {ValueConversion.TypeName(value)}");
        }
        var position = ValueConversion.Truncate(number);
        if (position < 0)
        {
            position += length;
        }
        return (int)Math.Clamp(position, 0, length);
    }

    private static List<object?> Sample(List<string> args, Func<string, object?> eval)
    {
        if (args.Count != 2)
        {
            throw new ExpressionException($"sample() requires exactly 2 arguments (array, n), got {args.Count}");
        }
        var source = Evaluate("sample", "array argument", eval, args[0]);
        var items = source as List<object?> ?? throw new ExpressionException($"sample() first argument must be an array, got {ValueConversion.TypeName(source)}");
        var countValue = Evaluate("sample", "n argument", eval, args[1]);
        if (!ValueConversion.TryToNumber(countValue, out var countNumber))
        {
            throw new ExpressionException($"sample() n must be numeric, got {ValueConversion.TypeName(countValue)}");
        }
        var n = ValueConversion.Truncate(countNumber);
        if (n < 0)
        {
            throw new ExpressionException($"sample() n must be non-negative, got {n}");
        }
        if (n == 0)
        {
            return [];
        }
        if (n >= items.Count)
        {
            // The reference's fixed "shuffle": swap each position i with (i+1)/2, from the end down.
            var shuffled = new List<object?>(items);
            for (var i = shuffled.Count - 1; i > 0; i--)
            {
                var j = (i + 1) / 2;
                (shuffled[i], shuffled[j]) = (shuffled[j], shuffled[i]);
            }
            return shuffled;
        }
        var step = Math.Max(1, items.Count / (int)n);
        var result = new List<object?>((int)n);
        for (var i = 0; i < n; i++)
        {
            result.Add(items[i * step]);
        }
        return result;
    }

    private static List<object?> Zip(List<string> args, Func<string, object?> eval)
    {
        if (args.Count < 2)
        {
            throw new ExpressionException($"zip() requires at least 2 arrays, got {args.Count}");
        }
        var arrays = new List<List<object?>>();
        for (var i = 0; i < args.Count; i++)
        {
            object? value;
            try
            {
                value = eval(args[i]);
            }
            catch (ExpressionException e)
            {
                throw new ExpressionException($"zip() array {i} evaluation failed: {e.Message}", e);
            }
            arrays.Add(value as List<object?> ?? throw new ExpressionException($"zip() argument {i} must be an array, got {ValueConversion.TypeName(value)}"));
        }
        var length = arrays.Max(a => a.Count);
        return Enumerable.Range(0, length)
            .Select(i => (object?)arrays.Select(a => i < a.Count ? a[i] : null).ToList())
            .ToList();
    }

    private static double Numeric(string name, object? item) =>
        ValueConversion.TryToNumber(item, out var number)
            ? number
            : throw new ExpressionException($"{name}() encountered non-numeric element: {ValueConversion.TypeName(item)}");

    private static double RequireNumber(string name, string what, object? value) =>
        ValueConversion.TryToNumber(value, out var number)
            ? number
            : throw new ExpressionException($"{name}() requires {what}, got {ValueConversion.TypeName(value)}");
}
