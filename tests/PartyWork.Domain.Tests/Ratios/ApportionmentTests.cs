using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PartyWork.Domain.Ratios;
using PartyWork.Domain.Tests.Generators;

namespace PartyWork.Domain.Tests.Ratios;

public class ApportionmentTests
{
    // 1.004 cadres: 281 excellent, 705 good, 12 completed, 6 not completed.
    private static readonly long[] Cadres = [281, 705, 12, 6];

    [Fact]
    public void Percentages_CadreDistribution_TwoDecimals_SumToExactlyAHundred()
    {
        var shares = Apportionment.Percentages(Cadres, 2);

        Assert.Equal([27.99m, 70.22m, 1.19m, 0.60m], shares);
        Assert.Equal(100m, shares.Sum());
        Assert.All(shares, share => Assert.Equal(2, share.Scale));

        // Rounding each on its own overshoots: 27,99 + 70,22 + 1,20 + 0,60 = 100,01.
        var separately = Cadres.Select(c => new Ratio(c, 1004).ToPercent(2)).Sum();
        Assert.Equal(100.01m, separately);
    }

    [Theory]
    [InlineData(0, new[] { "28", "70", "1", "1" })]
    [InlineData(1, new[] { "28.0", "70.2", "1.2", "0.6" })]
    [InlineData(3, new[] { "27.988", "70.219", "1.195", "0.598" })]
    public void Percentages_CadreDistribution_OtherDecimals(int decimals, string[] expected)
    {
        var shares = Apportionment.Percentages(Cadres, decimals);

        Assert.Equal(expected, shares.Select(s => s.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(100m, shares.Sum());
    }

    [Fact]
    public void Percentages_MembersDistribution_SumsToAHundred()
    {
        // 17.911 members: 17.826 official, 85 probationary.
        var shares = Apportionment.Percentages([17826, 85], 2);

        Assert.Equal([99.53m, 0.47m], shares);
    }

    [Fact]
    public void Percentages_Ties_AreBrokenByLargerCountThenLowerIndex()
    {
        // Three equal thirds at 0 decimals: 33,33… each, one unit left over, equal remainders and counts → first item.
        Assert.Equal([34m, 33m, 33m], Apportionment.Percentages([1, 1, 1], 0));

        // 1 and 2 of 3 at 0 decimals: quotas 33,33… and 66,66…; the larger remainder gets the unit left over.
        Assert.Equal([33m, 67m], Apportionment.Percentages([1, 2], 0));
    }

    [Fact]
    public void LargestRemainder_TiedRemainders_LargerCountWins()
    {
        // counts 3 and 1 of 4, units 2: quotas 1,5 and 0,5 — equal remainders; the larger count gets the unit.
        Assert.Equal([2L, 0L], Apportionment.LargestRemainder([3, 1], 2));
        Assert.Equal([0L, 2L], Apportionment.LargestRemainder([1, 3], 2));

        // Equal counts and remainders: the lower index gets the unit.
        Assert.Equal([1L, 0L], Apportionment.LargestRemainder([5, 5], 1));
    }

    [Fact]
    public void LargestRemainder_ZeroCounts_GetNothing_ZeroUnits_GiveZeros()
    {
        Assert.Equal([0L, 100L, 0L], Apportionment.LargestRemainder([0, 7, 0], 100));
        Assert.Equal([0L, 0L], Apportionment.LargestRemainder([3, 4], 0));
    }

    [Fact]
    public void LargestRemainder_HugeCounts_DoNotOverflow()
    {
        var shares = Apportionment.LargestRemainder([long.MaxValue / 2, long.MaxValue / 2], long.MaxValue);

        Assert.Equal(long.MaxValue, checked(shares[0] + shares[1]));
    }

    [Fact]
    public void BadInput_Throws()
    {
        Assert.Equal("counts", Assert.Throws<ArgumentNullException>(() => Apportionment.Percentages(null!, 2)).ParamName);
        Assert.Equal("counts", Assert.Throws<ArgumentException>(() => Apportionment.Percentages([], 2)).ParamName);
        var allZero = Assert.Throws<ArgumentException>(() => Apportionment.Percentages([0, 0], 2));
        Assert.Equal("counts", allZero.ParamName);
        Assert.Contains("zero", allZero.Message, StringComparison.Ordinal);
        var negative = Assert.Throws<ArgumentOutOfRangeException>(() => Apportionment.Percentages([5, -1], 2));
        Assert.Equal("counts", negative.ParamName);
        Assert.Equal(-1L, negative.ActualValue);
        Assert.Equal("decimals", Assert.Throws<ArgumentOutOfRangeException>(() => Apportionment.Percentages([1], -1)).ParamName);
        Assert.Equal("decimals", Assert.Throws<ArgumentOutOfRangeException>(() => Apportionment.Percentages([1], Apportionment.MaxDecimals + 1)).ParamName);
        Assert.Equal("units", Assert.Throws<ArgumentOutOfRangeException>(() => Apportionment.LargestRemainder([1], -1)).ParamName);
        Assert.Throws<OverflowException>(() => Apportionment.LargestRemainder([long.MaxValue, 1], 10));
    }

    [Property]
    public Property Percentages_SumToExactlyAHundred_AtAnyDecimals() =>
        Prop.ForAll(RatiosGenerators.Distributions(), Arb.From(Gen.Choose(0, 4)), (counts, decimals) =>
        {
            var shares = Apportionment.Percentages(counts, decimals);
            Assert.Equal(100m, shares.Sum());
            Assert.All(shares, share => Assert.Equal(decimals, share.Scale));
        });

    [Property]
    public Property Percentages_EachWithinOneUnitOfExact_ZerosStayZero() =>
        Prop.ForAll(RatiosGenerators.Distributions(), Arb.From(Gen.Choose(0, 4)), (counts, decimals) =>
        {
            var shares = Apportionment.Percentages(counts, decimals);
            var total = counts.Sum();
            var unit = new decimal(1, 0, 0, false, (byte)decimals);
            for (var i = 0; i < counts.Length; i++)
            {
                var exact = new Ratio(counts[i], total);
                Assert.True(Math.Abs(shares[i] - exact.ToExactPercent()) < unit, $"{counts[i]}/{total}: {shares[i]}");
                Assert.InRange(shares[i], exact.ToPercent(decimals, MidpointRounding.ToZero), exact.ToPercent(decimals, MidpointRounding.ToPositiveInfinity));
                if (counts[i] == 0)
                {
                    Assert.Equal(0m, shares[i]);
                }
            }
        });

    [Property]
    public Property LargestRemainder_IsDeterministic_AndMonotoneInCount() =>
        Prop.ForAll(RatiosGenerators.Distributions(), Arb.From(Gen.Choose(0, 1_000_000).Select(x => (long)x)), (counts, units) =>
        {
            var first = Apportionment.LargestRemainder(counts, units);
            Assert.Equal(first, Apportionment.LargestRemainder(counts, units));
            Assert.Equal(units, first.Sum());
            for (var i = 0; i < counts.Length; i++)
            {
                for (var j = 0; j < counts.Length; j++)
                {
                    // A larger count never gets fewer units.
                    Assert.False(counts[i] > counts[j] && first[i] < first[j], $"counts {counts[i]} > {counts[j]} but units {first[i]} < {first[j]}");
                }
            }
        });

    [Property]
    public Property LargestRemainder_IsAPermutationEquivariant_WhenCountsDistinct() =>
        Prop.ForAll(RatiosGenerators.Distributions(), Arb.From(Gen.Choose(1, 10_000).Select(x => (long)x)), (counts, units) =>
        {
            var distinct = counts.Distinct().ToArray();
            if (distinct.All(c => c == 0))
            {
                return true;
            }

            var reversed = distinct.Reverse().ToArray();
            var forward = Apportionment.LargestRemainder(distinct, units);
            var backward = Apportionment.LargestRemainder(reversed, units);
            return forward.SequenceEqual(backward.Reverse());
        });
}
