using System.Globalization;
using System.Text;

namespace Thaiyyal.Grains.Engine.Nodes.Data;

/// <summary>
/// Reads delimited text with the rules of Go's <c>encoding/csv</c> reader as the reference configures it
/// (<c>TrimLeadingSpace</c>, strict quotes, every record as wide as the first). The quirks matter for conformance:
/// blank lines are skipped, leading white space (tabs too, even as the delimiter) is dropped before each field,
/// and the error texts are Go's.
/// </summary>
internal sealed class GoCsvReader
{
    private readonly string _text;
    private readonly char _delimiter;
    private int _position;
    private int _lineNumber;

    public GoCsvReader(string text, char delimiter)
    {
        _text = text;
        _delimiter = delimiter;
    }

    /// <summary>All records; throws <see cref="FormatException"/> with Go's error text.</summary>
    public List<List<string>> ReadAll()
    {
        var records = new List<List<string>>();
        var width = 0;
        while (ReadRecord() is { } record)
        {
            if (width == 0)
            {
                width = record.Fields.Count;
            }
            else if (record.Fields.Count != width)
            {
                throw new FormatException($"record on line {Num(record.StartLine)}: wrong number of fields");
            }
            records.Add(record.Fields);
        }
        return records;
    }

    private (List<string> Fields, int StartLine)? ReadRecord()
    {
        string? line;
        do
        {
            line = ReadLine();
            if (line is null)
            {
                return null;
            }
        }
        while (line == "\n");

        var startLine = _lineNumber;
        var fields = new List<string>();
        var column = 1;
        var lineNo = _lineNumber;
        while (true)
        {
            var skip = 0;
            while (skip < line.Length && char.IsWhiteSpace(line[skip]))
            {
                skip++;
            }
            line = line[skip..];
            column += skip;
            if (line.Length == 0 || line[0] != '"')
            {
                var end = line.IndexOf(_delimiter, StringComparison.Ordinal);
                var field = end >= 0 ? line[..end] : line.TrimEnd('\n');
                var quote = field.IndexOf('"', StringComparison.Ordinal);
                if (quote >= 0)
                {
                    throw Error(startLine, lineNo, column + quote, "bare \" in non-quoted-field");
                }
                fields.Add(field);
                if (end < 0)
                {
                    return (fields, startLine);
                }
                line = line[(end + 1)..];
                column += end + 1;
                continue;
            }

            line = line[1..];
            column++;
            var buffer = new StringBuilder();
            while (true)
            {
                var quote = line.IndexOf('"', StringComparison.Ordinal);
                if (quote >= 0)
                {
                    buffer.Append(line, 0, quote);
                    line = line[(quote + 1)..];
                    column += quote + 1;
                    if (line.StartsWith('"'))
                    {
                        buffer.Append('"');
                        line = line[1..];
                        column++;
                    }
                    else if (line.Length > 0 && line[0] == _delimiter)
                    {
                        line = line[1..];
                        column++;
                        fields.Add(buffer.ToString());
                        break;
                    }
                    else if (line is "" or "\n")
                    {
                        fields.Add(buffer.ToString());
                        return (fields, startLine);
                    }
                    else
                    {
                        throw Error(startLine, lineNo, column - 1, "extraneous or missing \" in quoted-field");
                    }
                }
                else if (line.Length > 0)
                {
                    buffer.Append(line);
                    var next = ReadLine();
                    if (next is null)
                    {
                        throw Error(startLine, lineNo, column + line.Length, "extraneous or missing \" in quoted-field");
                    }
                    line = next;
                    lineNo++;
                    column = 1;
                }
                else
                {
                    throw Error(startLine, lineNo, column, "extraneous or missing \" in quoted-field");
                }
            }
        }
    }

    /// <summary>The next line with its end normalised to a single <c>\n</c> (added when missing), or null at the end.</summary>
    private string? ReadLine()
    {
        if (_position >= _text.Length)
        {
            return null;
        }
        var end = _text.IndexOf('\n', _position);
        var line = end >= 0 ? _text[_position..end] : _text[_position..];
        _position = end >= 0 ? end + 1 : _text.Length;
        _lineNumber++;
        if (line.EndsWith('\r'))
        {
            line = line[..^1];
        }
        return line + "\n";
    }

    private static FormatException Error(int startLine, int line, int column, string message) =>
        new(startLine != line
            ? $"record on line {Num(startLine)}; parse error on line {Num(line)}, column {Num(column)}: {message}"
            : $"parse error on line {Num(line)}, column {Num(column)}: {message}");

    private static string Num(int n) => n.ToString(CultureInfo.InvariantCulture);
}
