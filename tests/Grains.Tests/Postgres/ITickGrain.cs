namespace Thaiyyal.Grains.Tests.Postgres;

/// <summary>A test grain that counts the ticks of a durable reminder.</summary>
[Alias("thaiyyal.tests.ITickGrain")]
public interface ITickGrain : IGrainWithStringKey
{
    [Alias("Start")]
    Task StartAsync(TimeSpan period);

    [Alias("Stop")]
    Task StopAsync();

    [Alias("Ticks")]
    Task<int> GetTicksAsync();
}
