using Thaiyyal.Grains.Engine.Model;

namespace Thaiyyal.Grains.Engine.Nodes.Arrays;

/// <summary><c>transpose</c>: swaps rows and columns of an array of equally long arrays; shape problems are reported, not failed.</summary>
public sealed class TransposeNodeExecutor : INodeExecutor
{
    public string NodeType => NodeTypes.Transpose;

    public NodeSchema Schema { get; } = NodeSchema.Untyped("TransposeData");

    public NodeOrdering Ordering => NodeOrdering.Independent;

    public ValueTask<NodeOutcome> ExecuteAsync(NodeContext context, CancellationToken cancellationToken)
    {
        if (!context.HasInput)
        {
            return ValueTask.FromResult(ArrayValues.NeedsInput(NodeType));
        }
        if (context.Input is not List<object?> rows)
        {
            return ValueTask.FromResult(ArrayValues.NotAnArray(context.Input));
        }
        return NodeOutcome.SuccessTask(Transpose(rows));
    }

    private static Dictionary<string, object?> Transpose(List<object?> rows)
    {
        if (rows.Count == 0)
        {
            return ArrayValues.Object(("transposed", new List<object?>()), ("rows", 0.0), ("cols", 0.0));
        }
        if (rows[0] is not List<object?> first)
        {
            return ArrayValues.Object(("error", "input is not a 2D array (array of arrays)"), ("first_element", rows[0]), ("expected", "array of arrays"));
        }
        var cols = first.Count;
        for (var i = 0; i < rows.Count; i++)
        {
            if (rows[i] is not List<object?> row)
            {
                return ArrayValues.Object(("error", $"row {i} is not an array"), ("row_index", (double)i), ("row_value", rows[i]));
            }
            if (row.Count != cols)
            {
                return ArrayValues.Object(
                    ("error", "all rows must have the same length"), ("expected_cols", (double)cols), ("row_index", (double)i), ("actual_cols", (double)row.Count));
            }
        }
        var transposed = new List<object?>(cols);
        for (var c = 0; c < cols; c++)
        {
            transposed.Add(rows.Select(row => ((List<object?>)row!)[c]).ToList());
        }
        return ArrayValues.Object(
            ("transposed", transposed),
            ("rows", (double)rows.Count),
            ("cols", (double)cols),
            ("transposed_rows", (double)cols),
            ("transposed_cols", (double)rows.Count));
    }
}
