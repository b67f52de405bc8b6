using System.Text.Json;
using Thaiyyal.Grains.Engine.Values;

namespace Thaiyyal.Client.Cli;

/// <summary>The parsed arguments of <c>run &lt;workflow.json&gt; [--input name=value]... [--signal name=value]...</c>.</summary>
public sealed record CliArguments(
    string WorkflowPath, IReadOnlyDictionary<string, object?> Inputs, bool Follow = false, IReadOnlyList<CliSignal>? Signals = null)
{
    public const string Usage = "usage: dotnet run --project Client -- run <workflow.json> [--input name=value]... [--signal name=value]... [--follow]\n" +
        "  --input name=value   a run input; value is JSON when it parses as JSON (42, true, \"x\", [1,2]), else text.\n" +
        "                       An input named like an input node's id replaces that node's value; every input is\n" +
        "                       also visible to expressions as variables.<name> and context.<name>.\n" +
        "  --signal name=value  an external event for the run's wait_event node of that name, sent when the run starts\n" +
        "                       (kept until the node is reached); value as for --input. Repeat for several, in order.\n" +
        "  --follow             print the run's events to stderr as they happen (stdout keeps the JSON result).";

    /// <summary>Parses the arguments after <c>run</c>; returns null with an error message when they are not usable.</summary>
    public static (CliArguments? Arguments, string? Error) Parse(IReadOnlyList<string> args)
    {
        string? path = null;
        var follow = false;
        var inputs = new Dictionary<string, object?>(StringComparer.Ordinal);
        var signals = new List<CliSignal>();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg is "--input" or "-i" or "--signal" or "-s")
            {
                var option = arg.StartsWith("--", StringComparison.Ordinal) ? arg : arg == "-i" ? "--input" : "--signal";
                if (i + 1 >= args.Count)
                {
                    return (null, $"{option} needs name=value");
                }
                var pair = args[++i];
                var equals = pair.IndexOf('=', StringComparison.Ordinal);
                if (equals <= 0)
                {
                    return (null, $"{option} '{pair}' is not name=value");
                }
                var (name, value) = (pair[..equals], ParseValue(pair[(equals + 1)..]));
                if (option == "--input")
                {
                    inputs[name] = value;
                }
                else
                {
                    signals.Add(new CliSignal(name, value));
                }
            }
            else if (arg is "--follow" or "-f")
            {
                follow = true;
            }
            else if (arg.StartsWith('-'))
            {
                return (null, $"unknown option '{arg}'");
            }
            else if (path is null)
            {
                path = arg;
            }
            else
            {
                return (null, $"unexpected argument '{arg}'");
            }
        }
        return path is null ? (null, "missing <workflow.json>") : (new CliArguments(path, inputs, follow, signals), null);
    }

    private static object? ParseValue(string text)
    {
        try
        {
            return JsonValues.Parse(text);
        }
        catch (JsonException)
        {
            return text;
        }
    }
}

/// <summary>A <c>--signal name=value</c>: an external event the run gets as soon as it starts.</summary>
public sealed record CliSignal(string Name, object? Value);
