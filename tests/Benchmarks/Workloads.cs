using System.Text.Json;

namespace Thaiyyal.Benchmarks;

/// <summary>The benchmark workflows.</summary>
internal static class Workloads
{
    /// <summary>W1: 2,000 runs (times <paramref name="scale"/>) of <see cref="Sequential"/> with 10 nodes.</summary>
    public static Workload W1(double scale) => new("W1 sequential 10 nodes", Sequential(10), NodeCount: 10, Runs: (int)(2000 * scale));

    /// <summary>W2: 1,000 runs (times <paramref name="scale"/>) of <see cref="FanOut"/> with 10 branches and the join.</summary>
    public static Workload W2(double scale) => new("W2 fan-out 10 + join", FanOut(10), NodeCount: 12, Runs: (int)(1000 * scale));

    /// <summary>W1: ten nodes in a chain, each a trivial operation (n_i = n_{i-1} + n_{i-1}).</summary>
    public static string Sequential(int length)
    {
        var nodes = new List<object> { new { id = "n1", type = "number", data = new { value = 1 } } };
        var edges = new List<object>();
        for (var i = 2; i <= length; i++)
        {
            nodes.Add(new { id = $"n{i}", type = "operation", data = new { op = "add" } });
            edges.Add(new { id = $"a{i}", source = $"n{i - 1}", target = $"n{i}" });
            edges.Add(new { id = $"b{i}", source = $"n{i - 1}", target = $"n{i}" });
        }
        return JsonSerializer.Serialize(new { nodes, edges });
    }

    /// <summary>W2: one source, a fan-out of independent operations, joined into one node.</summary>
    public static string FanOut(int width)
    {
        var nodes = new List<object> { new { id = "src", type = "number", data = new { value = 2 } } };
        var edges = new List<object>();
        for (var i = 1; i <= width; i++)
        {
            nodes.Add(new { id = $"f{i}", type = "operation", data = new { op = "multiply" } });
            edges.Add(new { id = $"a{i}", source = "src", target = $"f{i}" });
            edges.Add(new { id = $"b{i}", source = "src", target = $"f{i}" });
            edges.Add(new { id = $"j{i}", source = $"f{i}", target = "join" });
        }
        nodes.Add(new { id = "join", type = "join", data = new { join_strategy = "all" } });
        return JsonSerializer.Serialize(new { nodes, edges });
    }

    /// <summary>W3: a number, a delay long enough to park the run, and a number after it.</summary>
    public static string DelayChain(TimeSpan delay) => JsonSerializer.Serialize(new
    {
        nodes = new object[]
        {
            new { id = "start", type = "number", data = new { value = 1 } },
            new { id = "wait", type = "delay", data = new { duration = $"{(int)delay.TotalMilliseconds}ms" } },
            new { id = "after", type = "number", data = new { value = 2 } },
        },
        edges = new object[]
        {
            new { id = "e1", source = "start", target = "wait" },
            new { id = "e2", source = "wait", target = "after" },
        },
    });
}
