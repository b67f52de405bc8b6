using System.Text.Json;
using Thaiyyal.Grains.Engine.Values;

namespace Thaiyyal.Client.Cli;

/// <summary>The parsed arguments of <c>run &lt;workflow.json&gt; [--input name=value]...</c>.</summary>
public sealed record CliArguments(string WorkflowPath, IReadOnlyDictionary<string, object?> Inputs, bool Follow = false)
{
    public const string Usage = "usage: dotnet run --project Client -- run <workflow.json> [--input name=value]... [--follow]\n" +
        "  --input name=value   a run input; value is JSON when it parses as JSON (42, true, \"x\", [1,2]), else text.\n" +
        "                       An input named like an input node's id replaces that node's value; every input is\n" +
        "                       also visible to expressions as variables.<name> and context.<name>.\n" +
        "  --follow             print the run's events to stderr as they happen (stdout keeps the JSON result).";

    /// <summary>Parses the arguments after <c>run</c>; returns null with an error message when they are not usable.</summary>
    public static (CliArguments? Arguments, string? Error) Parse(IReadOnlyList<string> args)
    {
        string? path = null;
        var follow = false;
        var inputs = new Dictionary<string, object?>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg is "--input" or "-i")
            {
                if (i + 1 >= args.Count)
                {
                    return (null, "--input needs name=value");
                }
                var pair = args[++i];
                var equals = pair.IndexOf('=', StringComparison.Ordinal);
                if (equals <= 0)
                {
                    return (null, $"--input '{pair}' is not name=value");
                }
                inputs[pair[..equals]] = ParseValue(pair[(equals + 1)..]);
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
        return path is null ? (null, "missing <workflow.json>") : (new CliArguments(path, inputs, follow), null);
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
