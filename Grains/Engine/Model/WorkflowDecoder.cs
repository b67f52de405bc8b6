using System.Text.Json;
using Thaiyyal.Grains.Engine.Values;

namespace Thaiyyal.Grains.Engine.Model;

/// <summary>
/// Decodes a workflow payload as the reference does: infers missing node types, then checks each node's data
/// against its type's schema. Unknown types decode (they fail when executed). Errors read
/// <c>failed to parse payload: …</c>.
/// </summary>
public sealed class WorkflowDecoder(Func<string, NodeSchema?> schemaFor)
{
    public WorkflowDefinition Decode(string json)
    {
        object? root;
        try
        {
            root = JsonValues.Parse(json);
        }
        catch (JsonException ex)
        {
            throw new WorkflowFormatException($"failed to parse payload: {ex.Message}", ex);
        }
        return Decode(root);
    }

    public WorkflowDefinition Decode(object? root)
    {
        if (root is not Dictionary<string, object?> payload)
        {
            throw new WorkflowFormatException($"failed to parse payload: json: cannot unmarshal {JsonKind(root)} into Go value of type types.Payload");
        }
        var config = new NodeConfig(payload);
        var workflowId = config.Get("workflow_id") switch
        {
            null => null,
            string s => s,
            var other => throw new WorkflowFormatException($"failed to parse payload: json: cannot unmarshal {JsonKind(other)} into Go struct field Payload.workflow_id of type string"),
        };
        var nodes = ReadArray(config, "nodes").Select(DecodeNode).ToList();
        var edges = ReadArray(config, "edges").Select(DecodeEdge).ToList();
        return new WorkflowDefinition(string.IsNullOrEmpty(workflowId) ? null : workflowId, nodes, edges);
    }

    private static IEnumerable<Dictionary<string, object?>> ReadArray(NodeConfig payload, string field)
    {
        var value = payload.Get(field);
        if (value is null)
        {
            return [];
        }
        if (value is not List<object?> list)
        {
            throw new WorkflowFormatException($"failed to parse payload: json: cannot unmarshal {JsonKind(value)} into Go struct field Payload.{field} of type []types.{(field == "nodes" ? "Node" : "Edge")}");
        }
        return list.Select(item => item as Dictionary<string, object?>
            ?? throw new WorkflowFormatException($"failed to parse payload: json: cannot unmarshal {JsonKind(item)} into Go struct field Payload.{field} of type types.{(field == "nodes" ? "Node" : "Edge")}"));
    }

    private NodeDefinition DecodeNode(Dictionary<string, object?> raw)
    {
        var node = new NodeConfig(raw);
        var id = StringField(node, "id", "Node");
        var type = StringField(node, "type", "Node");
        var data = node.Get("data");
        if (data is null)
        {
            return new NodeDefinition(id, type, null);
        }
        if (data is not Dictionary<string, object?> dataObject)
        {
            throw NodeError(id, type, $"json: cannot unmarshal {JsonKind(data)} into Go value of type map[string]interface {{}}");
        }
        if (type.Length == 0)
        {
            type = NodeTypeInference.Infer(dataObject);
        }
        var config = new NodeConfig(dataObject);
        if (schemaFor(type) is { } schema && schema.Validate(config) is { } error)
        {
            throw NodeError(id, type, error);
        }
        return new NodeDefinition(id, type, config);
    }

    private static EdgeDefinition DecodeEdge(Dictionary<string, object?> raw)
    {
        var edge = new NodeConfig(raw);
        var handle = edge.Get("sourceHandle") as string;
        if (handle is null)
        {
            handle = edge.Get("condition") as string; // deprecated alias, only when sourceHandle is absent/null
        }
        return new EdgeDefinition(
            StringField(edge, "id", "Edge"),
            StringField(edge, "source", "Edge"),
            StringField(edge, "target", "Edge"),
            handle);
    }

    private static string StringField(NodeConfig obj, string field, string goType) => obj.Get(field) switch
    {
        null => "",
        string s => s,
        var other => throw new WorkflowFormatException($"failed to parse payload: json: cannot unmarshal {JsonKind(other)} into Go struct field {goType}.{field} of type string"),
    };

    private static WorkflowFormatException NodeError(string id, string type, string reason) =>
        new($"failed to parse payload: failed to unmarshal data for node {id} (type {type}): {reason}") { NodeId = id };

    private static string JsonKind(object? value) => value switch
    {
        null => "null",
        string => "string",
        double => "number",
        bool => "bool",
        List<object?> => "array",
        _ => "object",
    };
}
