namespace Thaiyyal.Grains.Engine.Model;

/// <summary>The Go type of a node data field, which decides what JSON the decoder accepts for it.</summary>
public enum FieldKind
{
    /// <summary><c>interface{}</c>: any JSON.</summary>
    Any,
    /// <summary><c>float64</c>.</summary>
    Number,
    /// <summary><c>int</c>: a number without a fractional part.</summary>
    Integer,
    /// <summary><c>string</c>.</summary>
    String,
    /// <summary><c>bool</c>.</summary>
    Bool,
    /// <summary><c>[]string</c>.</summary>
    StringArray,
    /// <summary><c>[]interface{}</c> or a slice of structs: any JSON array.</summary>
    Array,
    /// <summary><c>map[string]interface{}</c>.</summary>
    Object,
}
