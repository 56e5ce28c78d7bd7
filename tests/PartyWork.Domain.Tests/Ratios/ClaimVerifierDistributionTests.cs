using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PartyWork.Domain.Ratios;
using PartyWork.Domain.Tests.Generators;
using PartyWork.Domain.Text;

namespace PartyWork.Domain.Tests.Ratios;

/// <summary>Printed distributions: shares apportioned to sum to 100 are right, line by line.</summary>
public class ClaimVerifierDistributionTests
{
    [Fact]
    public void CheckDistribution_ApportionedShares_AreConsistent()
    {
        var checks = ClaimVerifier.CheckDistribution([281, 705, 12, 6], [27.99m, 70.22m, 1.19m, 0.60m]);
        Assert.All(checks, check => Assert.Equal(ClaimVerdict.Consistent, check.Verdict));
        Assert.Equal([false, false, true, false], checks.Select(c => c.MatchesApportionment));
        Assert.Equal(1.19m, checks[2].Expected);
    }

    [Fact]
    public void CheckDistribution_ApportionmentNotAccepted_FlagsTheShareRoundedDifferently()
    {
        var strict = ClaimCheckOptions.Default with { AcceptLargestRemainder = false };
        var checks = ClaimVerifier.CheckDistribution([281, 705, 12, 6], [27.99m, 70.22m, 1.19m, 0.60m], strict);
        Assert.Equal(ClaimVerdict.Inconsistent, checks[2].Verdict);
        Assert.Equal(1.20m, checks[2].Expected);
    }

    [Fact]
    public void CheckDistribution_SeedFigures_StillFlagsTheWrongOnes()
    {
        // 27,98 and 70,21 are truncated, 11,95 is wrong; written with two decimals except 0,6, so no apportionment applies.
        var checks = ClaimVerifier.CheckDistribution([281, 705, 12, 6], [27.98m, 70.21m, 11.95m, 0.6m]);
        Assert.Equal(
            [ClaimVerdict.Inconsistent, ClaimVerdict.Inconsistent, ClaimVerdict.Inconsistent, ClaimVerdict.Consistent],
            checks.Select(c => c.Verdict));
        Assert.Equal(1.20m, checks[2].Expected);
    }

    [Fact]
    public void CheckDistribution_BadInput_Throws()
    {
        Assert.Equal("counts", Assert.Throws<ArgumentNullException>(() => ClaimVerifier.CheckDistribution(null!, [1m])).ParamName);
        Assert.Equal("printedPercents", Assert.Throws<ArgumentNullException>(() => ClaimVerifier.CheckDistribution([1], null!)).ParamName);
        Assert.Equal("printedPercents", Assert.Throws<ArgumentException>(() => ClaimVerifier.CheckDistribution([1, 2], [100m])).ParamName);
        Assert.Throws<ArgumentException>(() => ClaimVerifier.CheckDistribution([], []));
        Assert.Throws<ArgumentException>(() => ClaimVerifier.CheckDistribution([0, 0], [0m, 0m]));
        Assert.Throws<ArgumentOutOfRangeException>(() => ClaimVerifier.CheckDistribution([5, -1], [100m, 0m]));
        Assert.Throws<ArgumentOutOfRangeException>(() => ClaimVerifier.CheckDistribution([5, 1], [-1m, 0m]));
    }

    [Property]
    public Property CheckDistribution_TheLibrarysOwnApportionment_IsNeverCalledWrong() =>
        Prop.ForAll(RatiosGenerators.Distributions(), Arb.From(Gen.Choose(0, 3)), (counts, decimals) =>
        {
            var printed = Apportionment.Percentages(counts, decimals);
            var checks = ClaimVerifier.CheckDistribution(counts, printed);
            return checks.All(c => c.Verdict == ClaimVerdict.Consistent);
        });

    [Property]
    public Property Scanner_ListPrintedByApportionment_IsNeverCalledInconsistent() =>
        Prop.ForAll(RatiosGenerators.Distributions(), Arb.From(Gen.Choose(0, 3)), (counts, decimals) =>
        {
            var whole = counts.Sum();
            var shares = Apportionment.Percentages(counts, decimals);
            var items = counts.Select((count, i) =>
                $"nhóm {i + 1}: {VietnameseNumber.Format(count)} người ({VietnameseNumber.FormatPercent(shares[i], decimals)})");
            var text = $"Tổng số {VietnameseNumber.Format(whole)} người được đánh giá, trong đó {string.Join("; ", items)}.";
            return ReportScanner.Scan(text).All(claim => claim.Verdict != ClaimVerdict.Inconsistent);
        });

    [Fact]
    public void Scanner_ListPrintedByApportionment_IsConsistent()
    {
        const string text = "Có 1.004 lượt cán bộ được đánh giá, trong đó hoàn thành xuất sắc nhiệm vụ: 281 đ/c (27,99%); "
            + "hoàn thành tốt nhiệm vụ: 705 đ/c (70,22%); hoàn thành nhiệm vụ: 12 đ/c (1,19%); không hoàn thành nhiệm vụ: 6 đ/c (0,60%).";
        var claims = ReportScanner.Scan(text);
        Assert.Equal(5, claims.Count);
        Assert.All(claims, claim => Assert.Equal(ClaimVerdict.Consistent, claim.Verdict));
        Assert.True(claims.Single(c => c.Text.StartsWith("12 ", StringComparison.Ordinal)).PercentCheck!.MatchesApportionment);
    }
}
