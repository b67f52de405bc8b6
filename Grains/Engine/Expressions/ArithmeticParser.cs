using System.Runtime.CompilerServices;
using System.Text;

namespace Thaiyyal.Grains.Engine.Expressions;

/// <summary>
/// The recursive-descent arithmetic parser (EXPRESSIONS.md §5). It works on UTF-8 bytes because the reference's error
/// positions are byte offsets.
/// </summary>
internal sealed class ArithmeticParser
{
    private static readonly string[] MathFunctions = ["pow", "sqrt", "abs", "floor", "ceil", "round", "min", "max"];

    private readonly byte[] _text;
    private readonly ExpressionScope _scope;
    private int _pos;

    private ArithmeticParser(byte[] text, ExpressionScope scope)
    {
        _text = text;
        _scope = scope;
    }

    public static double Evaluate(string expression, ExpressionScope scope)
    {
        var trimmed = expression.Trim();
        if (trimmed.Length == 0)
        {
            throw new ExpressionException("empty expression");
        }
        var parser = new ArithmeticParser(Encoding.UTF8.GetBytes(trimmed), scope);
        var result = parser.ParseExpression();
        parser.SkipWhitespace();
        if (parser._pos < parser._text.Length)
        {
            throw new ExpressionException($"unexpected characters at position {parser._pos}: {parser.Slice(parser._pos, parser._text.Length)}");
        }
        return result;
    }

    private double ParseExpression()
    {
        var left = ParseTerm();
        while (true)
        {
            SkipWhitespace();
            var op = Peek();
            if (op is not ((byte)'+' or (byte)'-'))
            {
                return left;
            }
            _pos++;
            var right = ParseTerm();
            left = op == '+' ? left + right : left - right;
        }
    }

    private double ParseTerm()
    {
        var left = ParseFactor();
        while (true)
        {
            SkipWhitespace();
            var op = Peek();
            if (op is not ((byte)'*' or (byte)'/' or (byte)'%'))
            {
                return left;
            }
            _pos++;
            var right = ParseFactor();
            left = op switch
            {
                (byte)'*' => left * right,
                (byte)'/' => right == 0 ? throw new ExpressionException("division by zero") : left / right,
                _ => Modulo(left, right),
            };
        }
    }

    private static double Modulo(double left, double right)
    {
        var divisor = ValueConversion.Truncate(right);
        if (right == 0 || divisor == 0)
        {
            throw new ExpressionException("modulo by zero");
        }
        return divisor == -1 ? 0 : ValueConversion.Truncate(left) % divisor;
    }

    private double ParseFactor()
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        SkipWhitespace();
        if (_pos >= _text.Length)
        {
            throw new ExpressionException("unexpected end of expression");
        }
        var c = Peek();
        if (c == '+')
        {
            _pos++;
            return ParseFactor();
        }
        if (c == '-')
        {
            _pos++;
            return -ParseFactor();
        }
        if (c == '(')
        {
            _pos++;
            var value = ParseExpression();
            SkipWhitespace();
            if (Peek() != ')')
            {
                throw new ExpressionException($"unmatched parentheses at position {_pos}");
            }
            _pos++;
            return value;
        }
        if (IsDigit(c))
        {
            return ParseNumber();
        }
        if (IsLetter(c))
        {
            return ParseIdentifier();
        }
        throw new ExpressionException($"unexpected character '{(char)c}' at position {_pos}");
    }

    private double ParseNumber()
    {
        var start = _pos;
        var seenPoint = false;
        while (_pos < _text.Length)
        {
            var c = _text[_pos];
            if (c == '.' && !seenPoint)
            {
                seenPoint = true;
            }
            else if (!IsDigit(c))
            {
                break;
            }
            _pos++;
        }
        var text = Slice(start, _pos);
        return GoStrconv.TryParseFloat(text, out var value) ? value : throw new ExpressionException($"invalid number '{text}' at position {start}");
    }

    private double ParseIdentifier()
    {
        var start = _pos;
        while (_pos < _text.Length && (IsLetter(_text[_pos]) || IsDigit(_text[_pos]) || _text[_pos] == '_'))
        {
            _pos++;
        }
        var identifier = Slice(start, _pos);
        SkipWhitespace();
        if (Peek() == '(')
        {
            return MathFunctions.Contains(identifier) ? ParseMathCall(identifier) : ParseValueCall(identifier, start);
        }
        if (Peek() is (byte)'.' or (byte)'[')
        {
            return ParsePath(identifier);
        }
        object? value;
        try
        {
            value = ValueResolver.Resolve("variables." + identifier, null, _scope);
        }
        catch (ExpressionException e)
        {
            throw new ExpressionException($"unknown identifier '{identifier}' at position {start} (tried as variables.{identifier} but got: {e.Message})", e);
        }
        return ValueConversion.TryToNumber(value, out var number)
            ? number
            : throw new ExpressionException($"value '{ValueConversion.Text(value)}' at 'variables.{identifier}' cannot be converted to number");
    }

    private double ParsePath(string identifier)
    {
        var path = new StringBuilder(identifier);
        while (_pos < _text.Length)
        {
            if (Peek() == '.')
            {
                _pos++;
                var start = _pos;
                while (_pos < _text.Length && (IsLetter(_text[_pos]) || IsDigit(_text[_pos]) || _text[_pos] is (byte)'_' or (byte)'-'))
                {
                    _pos++;
                }
                if (_pos == start)
                {
                    throw new ExpressionException($"expected identifier after '.' at position {_pos}");
                }
                path.Append('.').Append(Slice(start, _pos));
            }
            else if (Peek() == '[')
            {
                _pos++;
                var start = _pos;
                while (_pos < _text.Length && IsDigit(_text[_pos]))
                {
                    _pos++;
                }
                if (_pos == start)
                {
                    throw new ExpressionException($"expected number in array index at position {_pos}");
                }
                if (Peek() != ']')
                {
                    throw new ExpressionException($"expected ']' at position {_pos}");
                }
                path.Append('[').Append(Slice(start, _pos)).Append(']');
                _pos++;
            }
            else
            {
                break;
            }
        }
        var text = path.ToString();
        object? value;
        try
        {
            value = ValueResolver.Resolve(text, null, _scope);
        }
        catch (ExpressionException)
        {
            // A plain first identifier may be a variable name (item.x, accumulator.total, ...).
            value = ValueResolver.Resolve("variables." + text, null, _scope);
        }
        return ValueConversion.TryToNumber(value, out var number)
            ? number
            : throw new ExpressionException($"value '{ValueConversion.Text(value)}' at '{text}' cannot be converted to number");
    }

    private double ParseMathCall(string name)
    {
        _pos++;
        var args = new List<double>();
        SkipWhitespace();
        if (Peek() == ')')
        {
            _pos++;
            return MathCall(name, args);
        }
        while (true)
        {
            args.Add(ParseExpression());
            SkipWhitespace();
            if (_pos >= _text.Length)
            {
                throw new ExpressionException("unmatched parentheses in function call");
            }
            if (Peek() == ')')
            {
                _pos++;
                return MathCall(name, args);
            }
            if (Peek() != ',')
            {
                throw new ExpressionException($"expected ',' or ')' at position {_pos}");
            }
            _pos++;
            SkipWhitespace();
        }
    }

    private static double MathCall(string name, List<double> args)
    {
        if (name is "min" or "max")
        {
            if (args.Count < 2)
            {
                throw new ExpressionException($"{name}() requires at least 2 arguments, got {args.Count}");
            }
            return name == "min" ? args.Aggregate((a, b) => b < a ? b : a) : args.Aggregate((a, b) => b > a ? b : a);
        }
        var arity = name == "pow" ? 2 : 1;
        if (args.Count != arity)
        {
            throw new ExpressionException($"{name}() requires exactly {arity} argument{(arity == 1 ? string.Empty : "s")}, got {args.Count}");
        }
        return name switch
        {
            "pow" => Math.Pow(args[0], args[1]),
            "sqrt" => args[0] < 0 ? throw new ExpressionException("sqrt() of negative number") : Math.Sqrt(args[0]),
            "abs" => Math.Abs(args[0]),
            "floor" => Math.Floor(args[0]),
            "ceil" => Math.Ceiling(args[0]),
            _ => Math.Round(args[0], MidpointRounding.AwayFromZero),
        };
    }

    /// <summary>Any other <c>name(...)</c>: the balanced call text is evaluated in value mode with the current input.</summary>
    private double ParseValueCall(string name, int start)
    {
        var i = _pos;
        var depth = 0;
        var inQuotes = false;
        byte quote = 0;
        var closed = false;
        for (; i < _text.Length; i++)
        {
            var c = _text[i];
            if (inQuotes)
            {
                inQuotes = c != quote;
            }
            else if (c is (byte)'\'' or (byte)'"')
            {
                inQuotes = true;
                quote = c;
            }
            else if (c == '(')
            {
                depth++;
            }
            else if (c == ')' && --depth == 0)
            {
                i++;
                closed = true;
                break;
            }
        }
        if (!closed && depth != 0)
        {
            throw new ExpressionException($"unmatched parentheses in function call starting at position {start}");
        }
        var call = Slice(start, i);
        _pos = i;
        object? value;
        try
        {
            // The reference re-enters value mode, which sends a non-value function straight back here without end.
            if (!ValueFunctions.IsValueFunction(name) && !ValueCascade.TrySplitTernary(call.Trim(), out _, out _, out _))
            {
                throw new ExpressionException($"unsupported function in value expression: {name}()");
            }
            var input = _scope.Variables.TryGetValue("input", out var i1) ? i1 : _scope.Variables.GetValueOrDefault("item");
            value = ValueCascade.Evaluate(call, input, _scope);
        }
        catch (ExpressionException e)
        {
            throw new ExpressionException($"failed to evaluate function '{name}' in arithmetic expression: {e.Message}", e);
        }
        return ValueConversion.TryToNumber(value, out var number)
            ? number
            : throw new ExpressionException($"function '{name}' did not return a numeric value");
    }

    private void SkipWhitespace()
    {
        while (_pos < _text.Length && _text[_pos] is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r')
        {
            _pos++;
        }
    }

    private byte Peek() => _pos < _text.Length ? _text[_pos] : (byte)0;

    private string Slice(int from, int to) => Encoding.UTF8.GetString(_text, from, to - from);

    private static bool IsDigit(byte c) => c is >= (byte)'0' and <= (byte)'9';

    private static bool IsLetter(byte c) => c is (>= (byte)'a' and <= (byte)'z') or (>= (byte)'A' and <= (byte)'Z');
}
