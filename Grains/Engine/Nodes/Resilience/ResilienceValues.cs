using Thaiyyal.Grains.Engine.Values;

namespace Thaiyyal.Grains.Engine.Nodes.Resilience;

/// <summary>How the resilience nodes recognise an error value and parse their durations.</summary>
internal static class ResilienceValues
{
    /// <summary>An input "is an error" when it is an object with an <c>error</c> key; returns that key's value.</summary>
    public static bool IsError(object? input, out object? error)
    {
        error = null;
        return input is Dictionary<string, object?> map && map.TryGetValue("error", out error);
    }

    /// <summary>The reference's <c>parseDuration</c> error text.</summary>
    public static string InvalidDuration(string text) => $"invalid duration format: {text} (use formats like '5s', '10m', '1h')";

    public static TimeSpan ParseOr(string? text, TimeSpan fallback) => text is not null && GoDuration.TryParse(text, out var parsed) ? parsed : fallback;
}
