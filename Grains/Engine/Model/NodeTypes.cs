namespace Thaiyyal.Grains.Engine.Model;

/// <summary>The node type names of the reference format.</summary>
public static class NodeTypes
{
    public const string Number = "number";
    public const string TextInput = "text_input";
    public const string BooleanInput = "boolean_input";
    public const string DateInput = "date_input";
    public const string DateTimeInput = "datetime_input";
    public const string Operation = "operation";
    public const string TextOperation = "text_operation";
    public const string Expression = "expression";
    public const string Http = "http";
    public const string Condition = "condition";
    public const string Switch = "switch";
    public const string ForEach = "for_each";
    public const string WhileLoop = "while_loop";
    public const string Filter = "filter";
    public const string Map = "map";
    public const string Reduce = "reduce";
    public const string Find = "find";
    public const string FlatMap = "flat_map";
    public const string GroupBy = "group_by";
    public const string Unique = "unique";
    public const string Chunk = "chunk";
    public const string Reverse = "reverse";
    public const string Partition = "partition";
    public const string Zip = "zip";
    public const string Sample = "sample";
    public const string Range = "range";
    public const string Compact = "compact";
    public const string Transpose = "transpose";
    public const string Slice = "slice";
    public const string Sort = "sort";
    public const string Variable = "variable";
    public const string Extract = "extract";
    public const string Transform = "transform";
    public const string Accumulator = "accumulator";
    public const string Counter = "counter";
    public const string Parse = "parse";
    public const string Format = "format";
    public const string Parallel = "parallel";
    public const string Join = "join";
    public const string Split = "split";
    public const string Delay = "delay";
    public const string Cache = "cache";
    public const string Retry = "retry";
    public const string TryCatch = "try_catch";
    public const string Timeout = "timeout";
    public const string RateLimiter = "rate_limiter";
    public const string Throttle = "throttle";
    public const string SchemaValidator = "schema_validator";
    public const string Paginator = "paginator";
    public const string ContextVariable = "context_variable";
    public const string ContextConstant = "context_constant";
    public const string Renderer = "renderer";
    public const string Visualization = "visualization";

    /// <summary>Thaiyyal's extension: parks the run until a named signal arrives (or its timeout passes).</summary>
    public const string WaitEvent = "wait_event";

    /// <summary>Context nodes are passed over when the final output is chosen, unless nothing else qualifies.</summary>
    public static bool IsContextNode(string type) => type is ContextVariable or ContextConstant;
}
