namespace Thaiyyal.Grains.Engine.Graph;

/// <summary>Whether a conditional edge's handle is satisfied by its source's result (WORKFLOW_FORMAT §6).</summary>
public static class EdgeGate
{
    public static bool IsSatisfied(object? sourceResult, string handle)
    {
        if (sourceResult is not Dictionary<string, object?> result)
        {
            return false;
        }
        if (result.GetValueOrDefault("path") is string path && path == handle)
        {
            return true;
        }
        if (result.GetValueOrDefault("output_path") is string outputPath && outputPath == handle)
        {
            return true;
        }
        var conditionMet = result.GetValueOrDefault("condition_met") as bool?;
        return handle switch
        {
            "true" => result.GetValueOrDefault("true_path") is bool truePath ? truePath : conditionMet == true,
            "false" => result.GetValueOrDefault("false_path") is bool falsePath ? falsePath : conditionMet == false,
            _ => false,
        };
    }
}
