using NodaTime;
using PartyWork.Domain.Ratings;
using PartyWork.Domain.Ratios;
using PartyWork.Domain.Terms;
using PartyWork.Domain.Text;

namespace PartyWork.Domain.Tests;

/// <summary>The README's tour, line by line, so that it cannot rot.</summary>
public class ReadmeTourTests
{
    [Fact]
    public void Tour_Ratios()
    {
        var share = new Ratio(493, 502);
        Assert.Equal("493/502 (98,2%)", share.ToVietnameseString());
        Assert.Equal([27.99m, 70.22m, 1.19m, 0.60m], Apportionment.Percentages([281, 705, 12, 6], 2));

        var check = ClaimVerifier.CheckPercent(12, 1004, 11.95m);
        Assert.Equal(ClaimVerdict.Inconsistent, check.Verdict);
        Assert.Equal(1.20m, check.Expected);
        Assert.True(ClaimVerifier.CheckPercent(281, 1004, 27.98m).MatchesTruncation);

        var claim = Assert.Single(ReportScanner.Scan("Đã giải quyết 493/502 (98,2%) vụ việc."));
        Assert.Equal("1:15", claim.Position.ToString());
        Assert.Equal(ClaimVerdict.Consistent, claim.Verdict);
    }

    [Fact]
    public void Tour_Ratings()
    {
        var policy = RatingPolicies.ForReviewYear(2024);
        Assert.Equal(RegulationVersion.Qd124Hd25, policy.Version);
        var leader = new RatingFacts(RatingSubjectKind.Leader)
        {
            LedUnitTargets = new TargetFigures(10, 4, 4, 0),
            Proposed = RatingLevel.Completed,
        };
        var decision = policy.Decide(leader);
        Assert.Equal(RatingLevel.NotCompleted, decision.HighestAllowed);
        Assert.Equal("R124-K", decision.Violations[0].RuleId);
        Assert.Equal(RatingLevel.Good, RatingLevels.Parse("hoan thanh tot nhiem vu"));
        Assert.StartsWith(
            "hoàn thành xuất sắc nhiệm vụ: 281 đ/c (27,99%); hoàn thành tốt nhiệm vụ: 705 đ/c (70,22%); ",
            RatingTally.FromCounts(281, 705, 12, 6).ToReportString(),
            StringComparison.Ordinal);
    }

    [Fact]
    public void Tour_TextAndTerms()
    {
        Assert.Equal("Nghị quyết khóa XII", VietnameseText.Normalize("Nghị quyết khoá XII"));
        Assert.Equal(17911m, VietnameseNumber.Parse("17.911"));
        Assert.Equal(12, CentralCommitteeCatalog.Default.Find(new LocalDate(2018, 3, 8)).Number);
        Assert.Equal(
            new DateInterval(new LocalDate(2018, 1, 1), new LocalDate(2018, 6, 30)),
            ReviewPeriod.Parse("6 tháng đầu năm 2018").Dates);
        var symbol = DocumentSymbol.Parse("05-CT/TW");
        Assert.Equal((5, "CT", "TW"), (symbol.Number, symbol.TypeCode, symbol.IssuerCode));
    }
}
