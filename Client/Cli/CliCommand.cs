using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using Thaiyyal.Client.Api.Events;
using Thaiyyal.Client.Runs;
using Thaiyyal.Grains.Abstractions.Events;
using Thaiyyal.Grains.Abstractions.Runs;
using Thaiyyal.Grains.Abstractions.Tenancy;
using Thaiyyal.Grains.Engine.Execution;
using Thaiyyal.Grains.Engine.Values;
using Thaiyyal.Grains.Hosting;

namespace Thaiyyal.Client.Cli;

/// <summary>
/// <c>run &lt;workflow.json&gt;</c>: runs a workflow on an embedded silo (free ports, memory storage) and prints
/// <c>{ runId, status, finalOutput, nodeResults, errors }</c>. Exit codes: 0 completed, 1 failed or rejected, 2 usage or unreadable file.
/// Its runs are tenant <c>default</c>'s (its own silo holds nothing else).
/// </summary>
public static class CliCommand
{
    public const int Completed = 0;
    public const int Failed = 1;
    public const int InvalidUsage = 2;

    private static readonly JsonSerializerOptions OutputOptions = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // a terminal, not HTML
    };

    public static bool IsCliInvocation(string[] args) => args.Length > 0 && args[0] == "run";

    public static async Task<int> RunAsync(string[] args)
    {
        var (arguments, error) = CliArguments.Parse(args[1..]);
        if (arguments is null)
        {
            await Console.Error.WriteLineAsync($"error: {error}\n{CliArguments.Usage}");
            return InvalidUsage;
        }
        string workflowJson;
        try
        {
            workflowJson = await File.ReadAllTextAsync(arguments.WorkflowPath);
            using var _ = JsonDocument.Parse(workflowJson);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException)
        {
            await Console.Error.WriteLineAsync($"error: cannot read workflow '{arguments.WorkflowPath}': {ex.Message}");
            return InvalidUsage;
        }

        using var host = BuildEmbeddedSilo();
        await host.StartAsync();
        try
        {
            var (output, exitCode) = await RunWorkflowAsync(host.Services, workflowJson, arguments);
            Console.WriteLine(output.ToJsonString(OutputOptions));
            return exitCode;
        }
        finally
        {
            await host.StopAsync();
        }
    }

    private static async Task<(JsonObject Output, int ExitCode)> RunWorkflowAsync(
        IServiceProvider services, string workflowJson, CliArguments arguments)
    {
        var (inputs, follow) = (arguments.Inputs, arguments.Follow);
        var launcher = services.GetRequiredService<RunLauncher>();
        var limits = services.GetRequiredService<IOptions<EngineLimits>>().Value;
        RunSnapshot run;
        try
        {
            run = await launcher.StartAsync(TenantIds.Default, workflowJson, inputs.Count == 0 ? null : JsonValues.Serialize(inputs), strict: true);
        }
        catch (RunRejectedException ex)
        {
            return (Output(null, RunStatuses.Failed, null, new JsonObject(), ex.Problems.Select(p => p.Message)), Failed);
        }
        using var stopFollowing = new CancellationTokenSource();
        var following = follow
            ? FollowAsync(services.GetRequiredService<RunEventFeed>(), services.GetRequiredService<IGrainFactory>(), run.RunId, stopFollowing.Token)
            : Task.CompletedTask;
        await SendSignalsAsync(launcher, run.RunId, arguments.Signals ?? []);
        run = await launcher.WaitAsync(TenantIds.Default, run.RunId, limits.MaxExecutionTime + TimeSpan.FromSeconds(5), CancellationToken.None);
        // The feed ends with the terminal event; the timeout only guards against a run that never ended.
        stopFollowing.CancelAfter(TimeSpan.FromSeconds(5));
        await following;
        var nodeResults = new JsonObject();
        foreach (var node in run.Nodes.Where(n => n.Status == "completed"))
        {
            nodeResults[node.NodeId] = node.ResultJson is null ? null : JsonNode.Parse(node.ResultJson);
        }
        var finalOutput = run.FinalOutputJson is null ? null : JsonNode.Parse(run.FinalOutputJson);
        return (Output(run.RunId, run.Status, finalOutput, nodeResults, run.Errors), run.Status == RunStatuses.Completed ? Completed : Failed);
    }

    /// <summary>Sends each <c>--signal</c> in order; one the run did not take (e.g. it already ended) is reported on stderr.</summary>
    private static async Task SendSignalsAsync(RunLauncher launcher, string runId, IReadOnlyList<CliSignal> signals)
    {
        foreach (var signal in signals)
        {
            var receipt = await launcher.SignalAsync(TenantIds.Default, runId, signal.Name, JsonValues.Serialize(signal.Value));
            if (receipt.Outcome != SignalOutcomes.Accepted)
            {
                await Console.Error.WriteLineAsync($"warning: signal '{signal.Name}' was not delivered ({receipt.Outcome}): {receipt.Detail}");
            }
        }
    }

    /// <summary>Prints each event of the run to stderr as it happens, one line each.</summary>
    private static async Task FollowAsync(RunEventFeed feed, IGrainFactory grains, string runId, CancellationToken cancellationToken)
    {
        long printed = 0;
        try
        {
            await foreach (var e in feed.FollowRunAsync(TenantIds.Default, runId, 0, cancellationToken))
            {
                await Console.Error.WriteLineAsync(FormatEvent(e));
                printed = e.Seq;
            }
            return;
        }
        catch (OperationCanceledException)
        {
            // The live feed fell behind (a loaded machine); the run has ended, so its own log holds the rest.
        }
        foreach (var e in await grains.GetGrain<IRunGrain>(TenantKeys.For(TenantIds.Default, runId)).GetEventsAsync(printed))
        {
            await Console.Error.WriteLineAsync(FormatEvent(e));
        }
    }

    internal static string FormatEvent(RunEvent e)
    {
        var detail = e.Error is not null ? $" error: {e.Error}" : e.ResultJson is not null ? $" => {e.ResultJson}" : "";
        var node = e.NodeId is null ? "" : $" {e.NodeId} ({e.NodeType})";
        return $"[{e.Timestamp:HH:mm:ss.fff}] #{e.Seq} {e.Type}{node}{detail}";
    }

    private static JsonObject Output(string? runId, string status, JsonNode? finalOutput, JsonObject nodeResults, IEnumerable<string> errors) => new()
    {
        ["runId"] = runId,
        ["status"] = status,
        ["finalOutput"] = finalOutput,
        ["nodeResults"] = nodeResults,
        ["errors"] = new JsonArray(errors.Select(e => (JsonNode?)JsonValue.Create(e)).ToArray()),
    };

    private static IHost BuildEmbeddedSilo()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = AppContext.BaseDirectory });
        // Free ports, so the command runs beside a server on the default ports.
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Thaiyyal:SiloPort"] = "0",
            ["Thaiyyal:GatewayPort"] = "0",
            // stdout carries the result alone; only warnings and errors go to stderr.
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Microsoft"] = "Warning",
            ["Logging:LogLevel:Orleans"] = "Warning",
            ["Logging:LogLevel:Polly"] = "Warning",
            ["Logging:LogLevel:Orleans.Runtime.Watchdog"] = "Error", // its first check always reports start-up as a stall
            ["Logging:LogLevel:Orleans.Streams.StreamConsumerExtension"] = "Error", // an event in flight after --follow unsubscribed
        });
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.UseOrleans(silo => silo.AddThaiyyal(builder.Configuration));
        builder.Services.AddSingleton<RunLauncher>();
        builder.Services.AddSingleton<RunEventFeed>();
        return builder.Build();
    }
}
