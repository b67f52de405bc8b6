namespace Thaiyyal.Grains.Engine.Expressions;

/// <summary><c>sort(arr)</c>: numbers (numeric strings included) numerically, strings ordinally, otherwise by <c>%v</c> text.</summary>
internal static class Sorting
{
    public static List<object?> Sort(List<object?> items)
    {
        var sorted = new List<object?>(items);
        // The reference's exchange sort; kept because it is not stable and mixed kinds are not totally ordered.
        for (var i = 0; i < sorted.Count; i++)
        {
            for (var j = i + 1; j < sorted.Count; j++)
            {
                if (Compare(sorted[i], sorted[j]) > 0)
                {
                    (sorted[i], sorted[j]) = (sorted[j], sorted[i]);
                }
            }
        }
        return sorted;
    }

    private static int Compare(object? a, object? b)
    {
        if (ValueConversion.TryToNumber(a, out var an) && ValueConversion.TryToNumber(b, out var bn))
        {
            return an < bn ? -1 : an > bn ? 1 : 0;
        }
        if (a is string sa && b is string sb)
        {
            return Math.Sign(string.CompareOrdinal(sa, sb));
        }
        return Math.Sign(string.CompareOrdinal(ValueConversion.Text(a), ValueConversion.Text(b)));
    }
}
