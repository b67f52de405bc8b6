namespace Thaiyyal.Client.Tests.Support;

/// <summary>Small workflows used across API tests.</summary>
internal static class Workflows
{
    public const string TwoNumbers = """
        {"nodes":[{"id":"a","type":"number","data":{"value":3}},{"id":"b","type":"number","data":{"value":4}}],
         "edges":[{"id":"e1","source":"a","target":"b"}]}
        """;

    /// <summary>Two <c>wait_event</c> nodes, one after the other, both waiting for signal <c>approval</c>.</summary>
    public const string TwoApprovals = """
        {"nodes":[{"id":"first","type":"wait_event","data":{"event":"approval"}},
                  {"id":"second","type":"wait_event","data":{"event":"approval"}}],
         "edges":[{"id":"e1","source":"first","target":"second"}]}
        """;

    public static string StartBody(string workflow, string? inputs = null) =>
        inputs is null ? $$"""{"workflow": {{workflow}}}""" : $$"""{"workflow": {{workflow}}, "inputs": {{inputs}}}""";
}
