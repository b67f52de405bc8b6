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
        // Go resolves no namespaces strictly (an undeclared prefix is fine), so names are read raw and the prefix dropped.
        using var reader = new XmlTextReader(new StringReader(input.Trim()))
        {
            Namespaces = false,
            DtdProcessing = DtdProcessing.Ignore,
            XmlResolver = null,
            WhitespaceHandling = WhitespaceHandling.All,
        };
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
                        [LocalName(reader.Name)] = ParsedValue.Typed(ReadOwnText(reader)),
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

    private static string LocalName(string name) => name[(name.IndexOf(':', StringComparison.Ordinal) + 1)..];

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
