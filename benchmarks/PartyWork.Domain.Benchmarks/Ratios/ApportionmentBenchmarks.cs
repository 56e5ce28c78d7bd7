using BenchmarkDotNet.Attributes;
using PartyWork.Domain.Ratios;

namespace PartyWork.Domain.Benchmarks.Ratios;

/// <summary>
/// Percentages summing to 100 at two decimals for 1.000 distributions of four rating levels: the library's largest
/// remainder method against a naive LINQ version of the same method.
/// </summary>
[MemoryDiagnoser]
public class ApportionmentBenchmarks
{
    private const int Distributions = 1_000;

    private long[][] distributions = [];

    /// <summary>Builds distributions shaped like a rating: many good, some excellent, few completed or not.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20231004);
        this.distributions = new long[Distributions][];
        for (var i = 0; i < Distributions; i++)
        {
            this.distributions[i] =
            [
                random.NextInt64(0, 300),
                random.NextInt64(1, 800),
                random.NextInt64(0, 30),
                random.NextInt64(0, 10),
            ];
        }
    }

    /// <summary>The baseline: quotas, remainders and the leftover handed out with LINQ, in decimal arithmetic.</summary>
    /// <returns>The sum of all percentages, so the work is not optimised away.</returns>
    [Benchmark(Baseline = true)]
    public decimal NaiveLinq()
    {
        var sum = 0m;
        foreach (var counts in this.distributions)
        {
            var total = counts.Sum();
            var quotas = counts.Select(c => (decimal)c * 10_000 / total).ToArray();
            var floors = quotas.Select(decimal.Floor).ToArray();
            var left = 10_000 - (int)floors.Sum();
            var winners = quotas
                .Select((quota, index) => (Remainder: quota - floors[index], Index: index))
                .OrderByDescending(x => x.Remainder)
                .ThenByDescending(x => counts[x.Index])
                .ThenBy(x => x.Index)
                .Take(left)
                .Select(x => x.Index)
                .ToHashSet();
            sum += floors.Select((floor, index) => (floor + (winners.Contains(index) ? 1 : 0)) / 100m).Sum();
        }

        return sum;
    }

    /// <summary>The library: <see cref="Apportionment.Percentages"/> with exact integer remainders.</summary>
    /// <returns>The sum of all percentages.</returns>
    [Benchmark]
    public decimal LargestRemainder()
    {
        var sum = 0m;
        foreach (var counts in this.distributions)
        {
            foreach (var share in Apportionment.Percentages(counts, 2))
            {
                sum += share;
            }
        }

        return sum;
    }
}
