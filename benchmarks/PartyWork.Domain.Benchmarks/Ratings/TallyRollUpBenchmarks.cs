using BenchmarkDotNet.Attributes;
using PartyWork.Domain.Ratings;

namespace PartyWork.Domain.Benchmarks.Ratings;

/// <summary>
/// Counting one million members' levels (stored a byte per member) into a tally: <see cref="RatingTally.Add(RatingLevel)"/>
/// in a loop against a LINQ <c>GroupBy</c>.
/// </summary>
[MemoryDiagnoser]
public class TallyRollUpBenchmarks
{
    private byte[] levels = [];

    /// <summary>Builds the member levels once (fixed seed, about 28 / 70 / 1 / 1 percent).</summary>
    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20251231);
        levels = new byte[1_000_000];
        for (var i = 0; i < levels.Length; i++)
        {
            var r = random.Next(1000);
            levels[i] = (byte)(r < 280 ? 4 : r < 982 ? 3 : r < 994 ? 2 : 1);
        }
    }

    /// <summary>The plain LINQ version.</summary>
    /// <returns>The tally.</returns>
    [Benchmark(Baseline = true)]
    public RatingTally Linq()
    {
        var tally = RatingTally.Zero;
        foreach (var group in levels.GroupBy(b => b))
        {
            tally = tally.Add((RatingLevel)group.Key, group.LongCount());
        }

        return tally;
    }

    /// <summary>The library: one <see cref="RatingTally.Add(RatingLevel)"/> per member.</summary>
    /// <returns>The tally.</returns>
    [Benchmark]
    public RatingTally AddLoop()
    {
        var tally = RatingTally.Zero;
        foreach (var b in levels)
        {
            tally = tally.Add((RatingLevel)b);
        }

        return tally;
    }

    /// <summary>The library's span path: <see cref="RatingTally.FromLevels(ReadOnlySpan{RatingLevel})"/> over the same bytes.</summary>
    /// <returns>The tally.</returns>
    [Benchmark]
    public RatingTally SpanOf() => RatingTally.FromLevels(System.Runtime.InteropServices.MemoryMarshal.Cast<byte, RatingLevel>(levels));
}
