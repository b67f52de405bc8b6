namespace Thaiyyal.Grains.Engine.Expressions;

/// <summary>§1 injection rule: a non-null input is also visible as variables <c>item</c> and <c>input</c>, unless already set.</summary>
internal static class InputInjection
{
    public static ExpressionScope Apply(ExpressionScope scope, object? input)
    {
        if (input is null)
        {
            return scope;
        }
        var hasItem = scope.Variables.ContainsKey("item");
        var hasInput = scope.Variables.ContainsKey("input");
        if (hasItem && hasInput)
        {
            return scope;
        }
        var extra = new List<(string, object?)>(2);
        if (!hasItem)
        {
            extra.Add(("item", input));
        }
        if (!hasInput)
        {
            extra.Add(("input", input));
        }
        return scope.With([.. extra]);
    }
}
