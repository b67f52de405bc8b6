using Thaiyyal.Grains.Engine.Graph;
using Thaiyyal.Grains.Engine.Model;
using Thaiyyal.Grains.Engine.Values;

namespace Thaiyyal.Grains.Engine.Execution;

/// <summary>
/// Runs a whole workflow in process, executing ready nodes concurrently. The grains drive the same
/// <see cref="WorkflowExecution"/> across node grains; this runner serves unit tests and tools.
/// </summary>
public sealed class WorkflowRunner(NodeRunner nodes)
{
    /// <summary>Decodes, orders and runs <paramref name="payloadJson"/>. Decode and cycle errors fail the run before any node.</summary>
    public async Task<WorkflowRunResult> RunAsync(string payloadJson, CancellationToken cancellationToken)
    {
        WorkflowPlan plan;
        try
        {
            plan = WorkflowPlan.Build(nodes.Catalog.CreateDecoder().Decode(payloadJson));
        }
        catch (Exception ex) when (ex is WorkflowFormatException or WorkflowGraphException)
        {
            return new WorkflowRunResult(RunStatuses.Failed, new Dictionary<string, object?>(), null, [ex.Message]);
        }
        return await RunAsync(plan, "local", cancellationToken);
    }

    public async Task<WorkflowRunResult> RunAsync(WorkflowPlan plan, string runId, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(nodes.Limits.MaxExecutionTime);
        var execution = new WorkflowExecution(plan, nodes.OrderingOf, nodes.Limits.MaxNodeExecutions, nodes.Limits.MaxHttpCallsPerExecution);
        var running = new Dictionary<Task<Engine.Nodes.NodeOutcome>, string>();
        try
        {
            while (true)
            {
                foreach (var id in execution.TakeReadyNodes())
                {
                    var invocation = execution.Prepare(id);
                    // Sequential nodes run one at a time and share the run's state; independent ones never touch it.
                    var state = invocation.UsesRunState ? execution.State : new WorkflowState();
                    running[nodes.RunAsync(runId, invocation, state, 1, deadline.Token)] = id;
                }
                if (running.Count == 0)
                {
                    break;
                }
                var finished = await Task.WhenAny(running.Keys);
                var nodeId = running[finished];
                running.Remove(finished);
                var outcome = await finished;
                if (outcome.IsSuccess)
                {
                    execution.Complete(nodeId, outcome.Value, outcome.Path);
                }
                else
                {
                    // In process nothing parks (no park threshold), so a wait here is a bug in an executor.
                    execution.Fail(nodeId, outcome.Error ?? "node suspended, but an in-process run cannot wait durably");
                }
            }
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            execution.AbandonRunning();
            return new WorkflowRunResult(RunStatuses.Failed, execution.Results, null,
                [$"workflow execution timeout: exceeded {GoDuration.Format(nodes.Limits.MaxExecutionTime)}"]);
        }
        var error = execution.RunError;
        return new WorkflowRunResult(
            error is null ? RunStatuses.Completed : RunStatuses.Failed,
            execution.Results,
            error is null ? execution.FinalOutput() : null,
            error is null ? [] : [error]);
    }
}
