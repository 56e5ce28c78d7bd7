using BenchmarkDotNet.Attributes;
using PartyWork.Domain.Ratios;

namespace PartyWork.Domain.Benchmarks.Ratios;

/// <summary>
/// Percentages of 10.000 shares at two decimals: the exact long division of <see cref="Ratio.ToPercent"/> against the
/// plain <c>Math.Round((decimal)part * 100 / whole, 2)</c> a spreadsheet-minded caller would write.
/// </summary>
[MemoryDiagnoser]
public class PercentBenchmarks
{
    private const int Count = 10_000;

    private Ratio[] ratios = [];

    /// <summary>Builds shares with wholes from a cell (a few members) to a province (a few hundred thousand).</summary>
    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20180308);
        this.ratios = new Ratio[Count];
        for (var i = 0; i < Count; i++)
        {
            var whole = random.NextInt64(1, 500_000);
            this.ratios[i] = new Ratio(random.NextInt64(0, whole + 1), whole);
        }
    }

    /// <summary>The baseline: decimal division, then <see cref="Math.Round(decimal, int, MidpointRounding)"/>.</summary>
    /// <returns>The sum of the percentages, so the work is not optimised away.</returns>
    [Benchmark(Baseline = true)]
    public decimal DecimalDivisionThenRound()
    {
        var sum = 0m;
        foreach (var ratio in this.ratios)
        {
            sum += Math.Round((decimal)ratio.Part * 100 / ratio.Whole, 2, MidpointRounding.AwayFromZero);
        }

        return sum;
    }

    /// <summary>The library: exact long division in 128-bit integers, rounded from the remainder.</summary>
    /// <returns>The sum of the percentages.</returns>
    [Benchmark]
    public decimal RatioToPercent()
    {
        var sum = 0m;
        foreach (var ratio in this.ratios)
        {
            sum += ratio.ToPercent(2);
        }

        return sum;
    }
}
