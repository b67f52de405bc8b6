namespace Thaiyyal.Grains.Tests.Support;

/// <summary>Write failures waiting to happen, for the writes of one grain (by its key), and the count of those thrown.</summary>
public sealed class StorageFaults
{
    private readonly Lock _lock = new();
    private string? _grainKey;
    private int _remaining;
    private Exception? _fault;
    private Func<object?, bool> _when = _ => true;

    public int Thrown { get; private set; }

    /// <summary>
    /// The next <paramref name="count"/> writes of the grain keyed <paramref name="grainKey"/> (of a state that
    /// <paramref name="when"/> picks, if given) throw <paramref name="fault"/>.
    /// </summary>
    public void FailWrites(string grainKey, int count, Exception fault, Func<object?, bool>? when = null)
    {
        lock (_lock)
        {
            (_grainKey, _remaining, _fault, _when, Thrown) = (grainKey, count, fault, when ?? (_ => true), 0);
        }
    }

    public Exception? TakeWriteFault(GrainId grainId, object? state)
    {
        lock (_lock)
        {
            if (_remaining == 0 || grainId.Key.ToString() != _grainKey || !_when(state))
            {
                return null;
            }
            _remaining--;
            Thrown++;
            return _fault;
        }
    }
}
