namespace Thaiyyal.Grains.Tests.Support;

/// <summary>Run ids and workflows for grain tests.</summary>
internal static class TestRuns
{
    public static string NewId() => Guid.NewGuid().ToString("N");

    public const string ThreeNumbers = """
        {"workflow_id":"wf-three","nodes":[
          {"id":"a","type":"number","data":{"value":1}},
          {"id":"b","type":"number","data":{"value":2}},
          {"id":"c","type":"number","data":{"value":3}}],
         "edges":[{"id":"e1","source":"a","target":"c"},{"id":"e2","source":"b","target":"c"}]}
        """;
}
