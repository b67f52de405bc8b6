namespace Thaiyyal.Grains.Engine.Nodes;

/// <summary>
/// What a suspended node waits for: a time (<see cref="Until"/>), a named signal (<see cref="Signal"/>), or a signal
/// with a time after which it stops waiting. At least one is set.
/// </summary>
public sealed record NodeWait(DateTimeOffset? Until, string? Signal)
{
    public static NodeWait ForTime(DateTimeOffset until) => new(until, null);

    public static NodeWait ForSignal(string name, DateTimeOffset? timeoutAt) => new(timeoutAt, name);
}
