using FsCheck;
using FsCheck.Fluent;
using PartyWork.Domain.Ratios;

namespace PartyWork.Domain.Tests.Generators;

/// <summary>FsCheck generators for counts, shares and distributions, shared by the Ratios tests.</summary>
public static class RatiosGenerators
{
    /// <summary>Counts from small (a cell of a few members) to very large (near 2^62), with zero and one often.</summary>
    /// <returns>The generator of non-negative counts.</returns>
    public static Gen<long> Count() =>
        Gen.Frequency(
            (1, Gen.Elements(0L, 1L, 2L)),
            (6, Gen.Choose(0, 2_000).Select(x => (long)x)),
            (2, Gen.Choose(0, int.MaxValue).Select(x => (long)x)),
            (1, from hi in Gen.Choose(0, int.MaxValue) from lo in Gen.Choose(0, int.MaxValue) select ((long)hi << 31) | (long)lo));

    /// <summary>A whole (greater than zero) with a part of it (0 ≤ part ≤ whole), the ends included often.</summary>
    /// <returns>The arbitrary of (part, whole) pairs.</returns>
    public static Arbitrary<(long Part, long Whole)> PartOfWhole()
    {
        var gen =
            from whole in Count().Select(x => Math.Max(x, 1L))
            from pick in Gen.Frequency(
                (1, Gen.Constant(0L)),
                (1, Gen.Constant(whole)),
                (6, Count().Select(x => x % (whole == long.MaxValue ? whole : whole + 1))))
            select (pick, whole);
        return Arb.From(gen);
    }

    /// <summary>A whole with a part up to twenty times it (achievement over plan, "đạt 142,85%").</summary>
    /// <returns>The arbitrary of (part, whole) pairs; part may exceed whole.</returns>
    public static Arbitrary<(long Part, long Whole)> PartOverWhole()
    {
        var gen =
            from whole in Gen.Choose(1, 100_000).Select(x => (long)x)
            from part in Gen.Choose(0, 2_000_000).Select(x => (long)x)
            select (part, whole);
        return Arb.From(gen);
    }

    /// <summary>Numbers of decimals a report prints, 0 to 4.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<int> PrintedDecimals() => Arb.From(Gen.Choose(0, 4));

    /// <summary>Rounding modes a printed figure may have been made with.</summary>
    /// <returns>The arbitrary of defined <see cref="MidpointRounding"/> values.</returns>
    public static Arbitrary<MidpointRounding> Roundings() => Arb.From(Gen.Elements(Enum.GetValues<MidpointRounding>()));

    /// <summary>Ratios over the whole range of counts, with 0/1 (the default) and full shares included.</summary>
    /// <returns>The arbitrary of valid ratios.</returns>
    public static Arbitrary<Ratio> Ratios() =>
        Arb.From(Gen.Frequency(
            (1, Gen.Constant(default(Ratio))),
            (9, PartOfWhole().Generator.Select(pair => new Ratio(pair.Part, pair.Whole)))));

    /// <summary>Small ratios (wholes up to 6), so that equal values with different counts (1/2, 2/4) come up often.</summary>
    /// <returns>The arbitrary of ratios with small counts.</returns>
    public static Arbitrary<Ratio> SmallRatios()
    {
        var gen =
            from whole in Gen.Choose(1, 6)
            from part in Gen.Choose(0, whole)
            select new Ratio(part, whole);
        return Arb.From(gen);
    }

    /// <summary>Distributions: one to twelve counts, not all zero, zeros and ties common, sizes from a cell to a province.</summary>
    /// <returns>The arbitrary of count arrays.</returns>
    public static Arbitrary<long[]> Distributions()
    {
        var count = Gen.Frequency(
            (2, Gen.Constant(0L)),
            (2, Gen.Choose(1, 3).Select(x => (long)x)),
            (5, Gen.Choose(0, 2_000).Select(x => (long)x)),
            (1, Gen.Choose(0, int.MaxValue).Select(x => (long)x * 1000)));
        var gen = Gen.Choose(1, 12)
            .SelectMany(n => count.ArrayOf(n))
            .Where(counts => counts.Any(c => c > 0));
        return Arb.From(gen);
    }
}
