using System.Xml;

namespace Thaiyyal.Grains.Engine.Nodes.Data;

/// <summary>
/// The reference's XML parsing: it can only read the root element's own text, giving <c>{"root": typed(text)}</c>.
/// Its error names the failure of its first attempt (decoding into a map, which Go never supports), so a malformed
/// document after a valid start tag reads <c>invalid XML: unknown type map[string]interface {}</c>.
/// </summary>
internal static class SimpleXml
{
    private const string MapAttemptError = "invalid XML: unknown type map[string]interface {}";

    public static Dictionary<string, object?> Parse(string input)
    {
        var settings = new XmlReaderSettings
        {
            ConformanceLevel = ConformanceLevel.Fragment,
            DtdProcessing = DtdProcessing.Ignore,
            IgnoreWhitespace = false,
            XmlResolver = null,
        };
        using var reader = XmlReader.Create(new StringReader(input.Trim()), settings);
        var sawRoot = false;
        try
        {
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element)
                {
                    sawRoot = true;
                    return new Dictionary<string, object?>(StringComparer.Ordinal)
                    {
                        [reader.LocalName] = ParsedValue.Typed(ReadOwnText(reader)),
                    };
                }
            }
        }
        catch (XmlException ex)
        {
            throw new NodeExecutionException(sawRoot ? MapAttemptError : $"invalid XML: XML syntax error on line {ex.LineNumber}: {ex.Message}", ex);
        }
        throw new NodeExecutionException("invalid XML: EOF");
    }

    /// <summary>The text directly inside the current element (not inside its children); reads to the element's end.</summary>
    private static string ReadOwnText(XmlReader reader)
    {
        if (reader.IsEmptyElement)
        {
            return "";
        }
        var depth = reader.Depth;
        var text = new System.Text.StringBuilder();
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth)
            {
                return text.ToString();
            }
            if (reader.Depth == depth + 1 && reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace)
            {
                text.Append(reader.Value);
            }
        }
        throw new XmlException("unexpected EOF");
    }
}
