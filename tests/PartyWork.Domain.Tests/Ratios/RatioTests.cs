using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PartyWork.Domain.Ratios;
using PartyWork.Domain.Tests.Contracts;
using PartyWork.Domain.Tests.Generators;

namespace PartyWork.Domain.Tests.Ratios;

public class RatioTests
{
    [Fact]
    public void Constructor_KeepsTheCounts()
    {
        var attended = new Ratio(493, 502);

        Assert.Equal(493, attended.Part);
        Assert.Equal(502, attended.Whole);
        Assert.Equal(new Ratio(9, 502), attended.Complement);
    }

    [Fact]
    public void Default_IsZeroOfOne()
    {
        var zero = default(Ratio);

        Assert.Equal(0, zero.Part);
        Assert.Equal(1, zero.Whole);
        Assert.Equal(new Ratio(0, 1), zero);
        Assert.Equal(Ratio.Zero, zero);
        Assert.Equal(0m, zero.ToPercent(1));
        Assert.Equal("0/1", zero.ToString());
    }

    [Fact]
    public void Constructor_LargestCounts_Work()
    {
        var all = new Ratio(long.MaxValue, long.MaxValue);

        Assert.Equal(long.MaxValue, all.Whole);
        Assert.Equal(100m, all.ToPercent(0));
        Assert.Equal(100.00000000000000000000m, all.ToPercent(Percent.MaxDecimals));
    }

    [Theory]
    [InlineData(-1L, 10L, "part")]
    [InlineData(11L, 10L, "part")]
    [InlineData(0L, 0L, "whole")]
    [InlineData(0L, -3L, "whole")]
    [InlineData(long.MinValue, 10L, "part")]
    public void Constructor_BadCounts_Throw(long part, long whole, string parameter)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new Ratio(part, whole));

        Assert.Equal(parameter, error.ParamName);
        Assert.Equal(parameter == "part" ? part : whole, error.ActualValue);
    }

    [Theory]
    [InlineData(493L, 502L, 1, "98.2")]
    [InlineData(3L, 443L, 2, "0.68")]
    [InlineData(10L, 10L, 1, "100.0")]
    [InlineData(32L, 63L, 2, "50.79")]
    [InlineData(281L, 1004L, 2, "27.99")]
    [InlineData(12L, 1004L, 2, "1.20")]
    [InlineData(6L, 1004L, 1, "0.6")]
    [InlineData(17826L, 17911L, 2, "99.53")]
    public void ToPercent_SeedFigures(long part, long whole, int decimals, string expected)
    {
        var percent = new Ratio(part, whole).ToPercent(decimals);

        Assert.Equal(expected, percent.ToString(CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData(MidpointRounding.AwayFromZero, "13")]
    [InlineData(MidpointRounding.ToEven, "12")]
    [InlineData(MidpointRounding.ToZero, "12")]
    [InlineData(MidpointRounding.ToNegativeInfinity, "12")]
    [InlineData(MidpointRounding.ToPositiveInfinity, "13")]
    public void ToPercent_ExactMidpoint_FollowsTheRounding(MidpointRounding rounding, string expected)
    {
        // 1/8 = 12,5% exactly.
        Assert.Equal(expected, new Ratio(1, 8).ToPercent(0, rounding).ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void ToPercent_RoundsHalfAwayFromZero_ByDefault()
    {
        // 3/16 = 18,75%: half up gives 18,8, half even 18,8, truncation 18,7; 1/16 = 6,25% tells half up (6,3) from half even (6,2).
        Assert.Equal(6.3m, new Ratio(1, 16).ToPercent(1));
        Assert.Equal(6.2m, new Ratio(1, 16).ToPercent(1, MidpointRounding.ToEven));
        Assert.Equal(18.7m, new Ratio(3, 16).ToPercent(1, MidpointRounding.ToZero));
    }

    [Fact]
    public void ToPercent_JustBelowAMidpoint_IsNotRoundedUpLikeDecimalDivision()
    {
        // part × 100 / whole = 33,33333333334999… (the 10-decimal midpoint minus 1/(2 × whole × 10^10)).
        // A decimal division rounds its 28th digit up to the midpoint and then rounds half up to …334; the exact
        // long division sees the remainder is below half and gives …333.
        var ratio = new Ratio(3_000_000_000_001_500_001, 9_000_000_000_000_000_003);
        var viaDecimalDivision = Math.Round((decimal)ratio.Part * 100 / ratio.Whole, 10, MidpointRounding.AwayFromZero);

        Assert.Equal(33.3333333333m, ratio.ToPercent(10));
        Assert.Equal(33.3333333334m, viaDecimalDivision);
        Assert.Equal(33.3333333333m, ratio.ToPercent(10, MidpointRounding.ToEven));
    }

    [Fact]
    public void ToExactPercent_KeepsTheDigits()
    {
        Assert.Equal(12.5m, new Ratio(1, 8).ToExactPercent());
        Assert.Equal(27.988047808764940239043824701m, new Ratio(281, 1004).ToExactPercent());
        Assert.Equal(100m, new Ratio(10, 10).ToExactPercent());
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(Percent.MaxDecimals + 1)]
    public void ToPercent_DecimalsOutOfRange_Throw(int decimals)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new Ratio(1, 3).ToPercent(decimals));
        Assert.Equal("decimals", error.ParamName);
        Assert.Equal(decimals, error.ActualValue);
    }

    [Fact]
    public void ToPercent_UndefinedRounding_Throws()
    {
        Assert.Throws<System.ComponentModel.InvalidEnumArgumentException>(() => new Ratio(1, 3).ToPercent(1, (MidpointRounding)17));
    }

    [Fact]
    public void Equality_KeepsTheCounts_ButHasSameValueAsComparesValues()
    {
        var half = new Ratio(1, 2);
        var twoOfFour = new Ratio(2, 4);

        Assert.NotEqual(half, twoOfFour);
        Assert.True(half.HasSameValueAs(twoOfFour));
        Assert.True(half < twoOfFour);
        Assert.False(new Ratio(1, 3).HasSameValueAs(half));
    }

    [Fact]
    public void CompareTo_IsExactForNearlyEqualHugeRatios()
    {
        // These differ only beyond the 28th digit: a decimal division would call them equal.
        var a = new Ratio(long.MaxValue - 1, long.MaxValue);
        var b = new Ratio(long.MaxValue - 2, long.MaxValue - 1);

        Assert.True(b < a);
        Assert.True(a > b);
        Assert.True(a >= b);
        Assert.True(b <= a);
    }

    [Fact]
    public void CompareTo_NonGeneric_RejectsOtherTypes()
    {
        IComparable ratio = new Ratio(1, 2);

        Assert.True(ratio.CompareTo(null) > 0);
        Assert.Equal("obj", Assert.Throws<ArgumentException>(() => ratio.CompareTo("1/2")).ParamName);
        Assert.Equal(0, ratio.CompareTo(new Ratio(1, 2)));
    }

    [Property]
    public Property EqualityAndComparisonLaws_Hold() =>
        Prop.ForAll(RatiosGenerators.SmallRatios(), RatiosGenerators.SmallRatios(), RatiosGenerators.SmallRatios(), (a, b, c) =>
        {
            ValueContract.AssertEqualityLaws(a, b);
            ValueContract.AssertComparisonLaws(a, b, c);
        });

    [Property]
    public Property ComparisonLaws_HoldOverTheWholeRange() =>
        Prop.ForAll(RatiosGenerators.Ratios(), RatiosGenerators.Ratios(), RatiosGenerators.Ratios(), (a, b, c) =>
        {
            ValueContract.AssertEqualityLaws(a, b);
            ValueContract.AssertComparisonLaws(a, b, c);
        });

    [Property]
    public Property CompareTo_AgreesWithExactPercentOrder() =>
        Prop.ForAll(RatiosGenerators.SmallRatios(), RatiosGenerators.SmallRatios(), (a, b) =>
            !(a.ToExactPercent() < b.ToExactPercent()) || a < b);

    [Property]
    public Property ToPercent_HasTheScaleAskedFor_AndIsWithinHalfAUnit() =>
        Prop.ForAll(RatiosGenerators.Ratios(), RatiosGenerators.PrintedDecimals(), RatiosGenerators.Roundings(), (ratio, decimals, rounding) =>
        {
            var percent = ratio.ToPercent(decimals, rounding);
            var unit = new decimal(1, 0, 0, false, (byte)decimals);
            var exact = ratio.ToExactPercent();
            Assert.Equal(decimals, percent.Scale);
            Assert.InRange(percent, 0m, 100m);
            Assert.True(Math.Abs(percent - exact) < unit, $"{ratio}: {percent} vs {exact}");
            if (rounding is MidpointRounding.AwayFromZero or MidpointRounding.ToEven)
            {
                Assert.True(Math.Abs(percent - exact) <= unit / 2);
            }
        });

    [Property]
    public Property ToPercent_AgreesWithDecimalRounding_ForSmallCounts() =>
        Prop.ForAll(RatiosGenerators.SmallRatios(), RatiosGenerators.PrintedDecimals(), RatiosGenerators.Roundings(), (ratio, decimals, rounding) =>
            ratio.ToPercent(decimals, rounding) == Math.Round(ratio.ToExactPercent(), decimals, rounding));

    [Property]
    public Property ToPercent_TruncatedShareAndRoundedUpComplement_AddToAHundred() =>
        Prop.ForAll(RatiosGenerators.Ratios(), ratio =>
            ratio.ToPercent(20, MidpointRounding.ToZero) + ratio.Complement.ToPercent(20, MidpointRounding.ToPositiveInfinity) == 100m);
}
