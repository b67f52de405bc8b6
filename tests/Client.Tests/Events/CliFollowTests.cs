using System.Diagnostics;
using System.Text.Json;

namespace Thaiyyal.Client.Tests.Events;

/// <summary><c>run … --follow</c>: events on stderr, the JSON result alone on stdout.</summary>
public sealed class CliFollowTests
{
    [Fact]
    public async Task Run_Follow_PrintsEventsToStderrAndResultToStdout()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "Thaiyyal.Client.dll"), "run", Path.Combine(AppContext.BaseDirectory, "examples", "01-basic-age-check.json"), "--follow" })
        {
            start.ArgumentList.Add(arg);
        }
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);

        Assert.Equal(0, process.ExitCode);
        using var output = JsonDocument.Parse(await stdout);
        Assert.Equal("completed", output.RootElement.GetProperty("status").GetString());
        var lines = (await stderr).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(lines, l => l.Contains("#1 RunStarted", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("NodeCompleted user_age (number) => 25", StringComparison.Ordinal));
        Assert.Contains("RunCompleted", lines[^1], StringComparison.Ordinal);
        Assert.All(lines, l => Assert.StartsWith("[", l, StringComparison.Ordinal)); // events only: no log noise, also at shutdown
    }
}
