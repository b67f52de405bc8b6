using System.Diagnostics;
using System.Text.Json;
using Thaiyyal.Client.Tests.Support;

namespace Thaiyyal.Client.Tests.Cli;

/// <summary>The <c>run</c> command as a user runs it: a separate process with its own embedded silo.</summary>
public sealed class CliProcessTests
{
    private static string ExamplePath(string name) => Path.Combine(AppContext.BaseDirectory, "examples", name);

    [Fact]
    public async Task Run_CompletingExample_PrintsResultAndExits0()
    {
        var (exitCode, stdout, _) = await RunCliAsync("run", ExamplePath("01-basic-age-check.json"));

        Assert.Equal(0, exitCode);
        using var output = JsonDocument.Parse(stdout);
        Assert.Equal("completed", output.RootElement.GetProperty("status").GetString());
        Assert.True(output.RootElement.GetProperty("nodeResults").GetProperty("age_check").GetProperty("condition_met").GetBoolean());
        Assert.Equal(32, output.RootElement.GetProperty("runId").GetString()!.Length);
    }

    [Fact]
    public async Task Run_InputOverridesNodeValue()
    {
        var (exitCode, stdout, _) = await RunCliAsync("run", ExamplePath("01-basic-age-check.json"), "--input", "user_age=12");

        Assert.Equal(0, exitCode);
        using var output = JsonDocument.Parse(stdout);
        Assert.False(output.RootElement.GetProperty("nodeResults").GetProperty("age_check").GetProperty("condition_met").GetBoolean());
    }

    [Fact]
    public async Task Run_UnknownNodeType_Exits1NamingNodeAndType()
    {
        var file = Path.Combine(Path.GetTempPath(), $"thaiyyal-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, """{"nodes":[{"id":"r1","type":"rangeNode","data":{}}]}""", TestContext.Current.CancellationToken);
        try
        {
            var (exitCode, stdout, _) = await RunCliAsync("run", file);

            Assert.Equal(1, exitCode);
            using var output = JsonDocument.Parse(stdout);
            Assert.Equal("failed", output.RootElement.GetProperty("status").GetString());
            Assert.Contains("node 'r1' has unknown type 'rangeNode'", output.RootElement.GetProperty("errors")[0].GetString(), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Run_SignalOption_DeliversTheEventToTheWaitingNode_InOrder()
    {
        var file = Path.Combine(Path.GetTempPath(), $"thaiyyal-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, Workflows.TwoApprovals, TestContext.Current.CancellationToken);
        try
        {
            var (exitCode, stdout, stderr) = await RunCliAsync("run", file, "--signal", """approval={"by":"ana"}""", "-s", "approval=bo");

            Assert.True(exitCode == 0, stdout + stderr);
            using var output = JsonDocument.Parse(stdout);
            var results = output.RootElement.GetProperty("nodeResults");
            Assert.Equal("ana", results.GetProperty("first").GetProperty("by").GetString());
            Assert.Equal("bo", results.GetProperty("second").GetString()); // not JSON: sent as text
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Theory]
    [InlineData("run", "x.json", "--signal", "novalue")]
    [InlineData("run")]
    [InlineData("run", "/nonexistent/workflow.json")]
    [InlineData("run", "x.json", "--input", "novalue")]
    [InlineData("run", "x.json", "--bogus")]
    public async Task Run_BadUsage_Exits2(params string[] args)
    {
        var (exitCode, _, stderr) = await RunCliAsync(args);

        Assert.Equal(2, exitCode);
        Assert.StartsWith("error:", stderr, StringComparison.Ordinal);
    }

    private static async Task<(int ExitCode, string Stdout, string Stderr)> RunCliAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Thaiyyal.Client.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout, await stderr);
    }
}
