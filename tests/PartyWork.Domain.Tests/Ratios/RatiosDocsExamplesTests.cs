using PartyWork.Domain.Ratios;

namespace PartyWork.Domain.Tests.Ratios;

/// <summary>The examples of docs/ratios.md, section by section; keep the two in step.</summary>
public class RatiosDocsExamplesTests
{
    [Fact]
    public void Docs_Ratio()
    {
        var attended = new Ratio(493, 502);
        Assert.Equal(98.2m, attended.ToPercent(1));
        Assert.Equal("493/502 (98,2%)", attended.ToVietnameseString());
        Assert.Equal("281/1.004 (27,99%)", new Ratio(281, 1004).ToVietnameseString(2));
        Assert.Equal("493/502", attended.ToString());
        Assert.True(Ratio.Parse("493/502") == attended);
        Assert.Equal("27,99%", $"{new Ratio(281, 1004):P2}");
        Assert.Equal(Ratio.Zero, default(Ratio));
        Assert.NotEqual(new Ratio(1, 2), new Ratio(2, 4));
        Assert.True(new Ratio(1, 2).HasSameValueAs(new Ratio(2, 4)));
    }

    [Fact]
    public void Docs_Percent()
    {
        Assert.Equal(13m, new Ratio(1, 8).ToPercent(0));
        Assert.Equal(12m, new Ratio(1, 8).ToPercent(0, MidpointRounding.ToEven));
        Assert.Equal(27.98m, new Ratio(281, 1004).ToPercent(2, MidpointRounding.ToZero));
        Assert.Equal(142.86m, Percent.Of(1000, 700, 2));
    }

    [Fact]
    public void Docs_Apportionment()
    {
        Assert.Equal([27.99m, 70.22m, 1.19m, 0.60m], Apportionment.Percentages([281, 705, 12, 6], 2));
        Assert.Equal([99.53m, 0.47m], Apportionment.Percentages([17826, 85], 2));
        Assert.Equal([2L, 0L], Apportionment.LargestRemainder([3, 1], 2));
        Assert.Equal(100.01m, new long[] { 281, 705, 12, 6 }.Sum(c => new Ratio(c, 1004).ToPercent(2)));
    }

    [Fact]
    public void Docs_PooledVersusMeanOfRates()
    {
        Ratio[] units = [new(9, 10), new(10, 100)];
        Assert.Equal(new Ratio(19, 110), Rates.Pooled(units));
        Assert.Equal(17.3m, Rates.Pooled(units).ToPercent(1));
        Assert.Equal(50.0m, Rates.MeanOfRates(units, 1));
    }

    [Fact]
    public void Docs_CheckingAPrintedClaim()
    {
        var check = ClaimVerifier.CheckPercent(281, 1004, 27.98m);
        Assert.Equal(ClaimVerdict.Inconsistent, check.Verdict);
        Assert.Equal(27.99m, check.Expected);
        Assert.True(check.MatchesTruncation);
        Assert.Equal(1.20m, ClaimVerifier.CheckPercent(12, 1004, 11.95m).Expected);
        Assert.Equal(ClaimVerdict.Consistent, ClaimVerifier.CheckPercent(493, 502, 98.2m).Verdict);
        Assert.Equal(ClaimVerdict.Consistent, ClaimVerifier.CheckPercent("6", "1.004", "0,6%").Verdict);
        Assert.Equal(ClaimVerdict.Consistent, ClaimVerifier.CheckSum(17911, [17826, 85]).Verdict);
        Assert.Equal(ClaimVerdict.Inconsistent, ClaimVerifier.CheckPercent(493, 502, 98.20m).Verdict);
        Assert.Equal(ClaimVerdict.Consistent, ClaimVerifier.CheckPercent(281, 1004, 27.98m, ClaimCheckOptions.Default with { AcceptTruncation = true }).Verdict);
        Assert.Equal(ClaimVerdict.Unverifiable, ClaimVerifier.CheckPercent("1", "1.000", "1.004%").Verdict);
    }

    [Fact]
    public void Docs_OverAHundred()
    {
        Assert.Equal("part", Assert.Throws<ArgumentOutOfRangeException>(() => new Ratio(6, 5)).ParamName);
        Assert.Throws<FormatException>(() => Ratio.Parse("6/5"));
        Assert.Equal(ClaimVerdict.Consistent, ClaimVerifier.CheckPercent(1001, 1000, 100m).Verdict);
        Assert.Equal(ClaimVerdict.Inconsistent, ClaimVerifier.CheckPercent(125, 100, 25m).Verdict);
    }
}
