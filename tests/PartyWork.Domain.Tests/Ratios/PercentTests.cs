using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PartyWork.Domain.Ratios;
using PartyWork.Domain.Tests.Generators;

namespace PartyWork.Domain.Tests.Ratios;

public class PercentTests
{
    [Fact]
    public void Of_AchievementOverPlan_ExceedsAHundred()
    {
        // 1.000 done against a plan of 700: 142,857…%.
        Assert.Equal(142.86m, Percent.Of(1000, 700, 2));
        Assert.Equal(142.85m, Percent.Of(1000, 700, 2, MidpointRounding.ToZero));
        Assert.Equal(143m, Percent.Of(1000, 700, 0));
    }

    [Fact]
    public void Of_AgreesWithRatioForShares()
    {
        Assert.Equal(new Ratio(493, 502).ToPercent(1), Percent.Of(493, 502, 1));
        Assert.Equal(98.2m, Percent.Of(493, 502, 1));
    }

    [Fact]
    public void Exact_KeepsTheDigits()
    {
        Assert.Equal(12.5m, Percent.Exact(1, 8));
        Assert.Equal(150m, Percent.Exact(3, 2));
        Assert.Equal(0m, Percent.Exact(0, 7));
    }

    [Fact]
    public void Of_ResultTooLargeForADecimal_ThrowsOverflow()
    {
        Assert.Throws<OverflowException>(() => Percent.Of(long.MaxValue, 1, Percent.MaxDecimals));
    }

    [Fact]
    public void BadInput_Throws()
    {
        Assert.Equal("part", Assert.Throws<ArgumentOutOfRangeException>(() => Percent.Of(-1, 5, 1)).ParamName);
        Assert.Equal("whole", Assert.Throws<ArgumentOutOfRangeException>(() => Percent.Of(1, 0, 1)).ParamName);
        Assert.Equal("decimals", Assert.Throws<ArgumentOutOfRangeException>(() => Percent.Of(1, 5, 21)).ParamName);
        Assert.Throws<System.ComponentModel.InvalidEnumArgumentException>(() => Percent.Of(1, 5, 1, (MidpointRounding)8));
        Assert.Equal("part", Assert.Throws<ArgumentOutOfRangeException>(() => Percent.Exact(-1, 5)).ParamName);
        Assert.Equal("whole", Assert.Throws<ArgumentOutOfRangeException>(() => Percent.Exact(1, -5)).ParamName);
    }

    [Property]
    public Property Of_TruncationAndCeilingBracketTheExactValue() =>
        Prop.ForAll(RatiosGenerators.PartOverWhole(), RatiosGenerators.PrintedDecimals(), (pair, decimals) =>
        {
            var low = Percent.Of(pair.Part, pair.Whole, decimals, MidpointRounding.ToZero);
            var high = Percent.Of(pair.Part, pair.Whole, decimals, MidpointRounding.ToPositiveInfinity);
            var exact = Percent.Exact(pair.Part, pair.Whole);
            var unit = new decimal(1, 0, 0, false, (byte)decimals);
            Assert.InRange(exact, low, high);
            Assert.True(high - low == 0m || high - low == unit);
            Assert.Equal(high == low, exact == low);
        });

    [Property]
    public Property Of_MatchesDecimalRoundingOfTheExactValue() =>
        Prop.ForAll(RatiosGenerators.PartOverWhole(), RatiosGenerators.PrintedDecimals(), RatiosGenerators.Roundings(), (pair, decimals, rounding) =>
            Percent.Of(pair.Part, pair.Whole, decimals, rounding) == Math.Round(Percent.Exact(pair.Part, pair.Whole), decimals, rounding));
}
