using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PartyWork.Domain.Ratios;
using PartyWork.Domain.Tests.Generators;

namespace PartyWork.Domain.Tests.Ratios;

public class RatesTests
{
    [Fact]
    public void PooledAndMeanOfRates_DifferWhenUnitsDifferInSize()
    {
        Ratio[] units = [new(9, 10), new(10, 100)];

        Assert.Equal(new Ratio(19, 110), Rates.Pooled(units));
        Assert.Equal(17.3m, Rates.Pooled(units).ToPercent(1));
        Assert.Equal(50.0m, Rates.MeanOfRates(units, 1));
    }

    [Fact]
    public void Pooled_SeedFigures()
    {
        // 281 + 705 excellent or good of 1.004, pooled with 493 of 502.
        Assert.Equal(new Ratio(1479, 1506), Rates.Pooled([new Ratio(986, 1004), new Ratio(493, 502)]));
    }

    [Fact]
    public void MeanOfRates_IsExactAtTheMidpoint()
    {
        // (1/8 + 1/8) / 2 = 12,5%: half up 13, half even 12.
        Ratio[] units = [new(1, 8), new(1, 8)];
        Assert.Equal(13m, Rates.MeanOfRates(units, 0));
        Assert.Equal(12m, Rates.MeanOfRates(units, 0, MidpointRounding.ToEven));

        // 1/3 and 1/6 → 25% exactly; 1/3 and 1/3 and 1/3 → 33,3…%.
        Assert.Equal(25.00m, Rates.MeanOfRates([new Ratio(1, 3), new Ratio(1, 6)], 2));
        Assert.Equal(33.33m, Rates.MeanOfRates([new Ratio(1, 3), new Ratio(2, 6), new Ratio(3, 9)], 2));
    }

    [Fact]
    public void BadInput_Throws()
    {
        Assert.Equal("ratios", Assert.Throws<ArgumentNullException>(() => Rates.Pooled(null!)).ParamName);
        Assert.Equal("ratios", Assert.Throws<ArgumentException>(() => Rates.Pooled([])).ParamName);
        Assert.Equal("ratios", Assert.Throws<ArgumentNullException>(() => Rates.MeanOfRates(null!, 1)).ParamName);
        Assert.Equal("ratios", Assert.Throws<ArgumentException>(() => Rates.MeanOfRates([], 1)).ParamName);
        Assert.Equal("decimals", Assert.Throws<ArgumentOutOfRangeException>(() => Rates.MeanOfRates([new Ratio(1, 2)], -1)).ParamName);
        Assert.Throws<System.ComponentModel.InvalidEnumArgumentException>(() => Rates.MeanOfRates([new Ratio(1, 2)], 1, (MidpointRounding)9));
        Assert.Throws<OverflowException>(() => Rates.Pooled([new Ratio(1, long.MaxValue), new Ratio(1, 2)]));
    }

    [Property]
    public Property Pooled_OfOne_IsItself_AndMeanOfOne_IsItsPercent() =>
        Prop.ForAll(RatiosGenerators.Ratios(), RatiosGenerators.PrintedDecimals(), (ratio, decimals) =>
            Rates.Pooled([ratio]) == ratio && Rates.MeanOfRates([ratio], decimals) == ratio.ToPercent(decimals));

    [Property]
    public Property MeanAndPooled_AreEqualWhenWholesAreEqual() =>
        Prop.ForAll(
            Arb.From(Gen.Choose(1, 1000).SelectMany(whole => Gen.Choose(0, whole).Select(p => new Ratio(p, whole)).NonEmptyListOf())),
            ratios => Rates.MeanOfRates(ratios, 4) == Rates.Pooled(ratios).ToPercent(4));

    [Property]
    public Property PooledAndMean_LieBetweenTheSmallestAndLargestRate() =>
        Prop.ForAll(Arb.From(RatiosGenerators.SmallRatios().Generator.NonEmptyListOf()), ratios =>
        {
            var pooled = Rates.Pooled(ratios);
            Assert.Contains(ratios, r => r.HasSameValueAs(pooled) || r < pooled);
            Assert.Contains(ratios, r => r.HasSameValueAs(pooled) || r > pooled);
            var mean = Rates.MeanOfRates(ratios, 4);
            Assert.InRange(mean, ratios.Min(r => r.ToPercent(4)), ratios.Max(r => r.ToPercent(4)));
        });
}
