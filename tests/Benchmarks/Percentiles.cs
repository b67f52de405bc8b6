namespace Thaiyyal.Benchmarks;

internal static class Percentiles
{
    /// <summary>Nearest-rank percentile of an ascending list (p in 0..1).</summary>
    public static double Of(IReadOnlyList<double> sorted, double p) =>
        sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
}
