// <example id="readme-tour">
using NodaTime;
using PartyWork.Domain.Ratings;
using PartyWork.Domain.Ratios;
using PartyWork.Domain.Terms;
using PartyWork.Domain.Text;
// </example>

namespace PartyWork.Domain.Tests.Docs;

/// <summary>The examples of README.md (checked against the page by <see cref="DocsExamplesTests"/>).</summary>
public class ReadmeExamples
{
    [Fact]
    public void Tour()
    {
        // <example id="readme-tour">
        var share = new Ratio(493, 502);
        var printed = share.ToVietnameseString();                      // "493/502 (98,2%)"
        var shares = Apportionment.Percentages([281, 705, 12, 6], 2);  // [27.99m, 70.22m, 1.19m, 0.60m] — sums to 100

        var check = ClaimVerifier.CheckPercent(12, 1004, 11.95m);
        var verdict = check.Verdict;                                   // ClaimVerdict.Inconsistent
        var expected = check.Expected;                                 // 1.20m
        var truncated = ClaimVerifier.CheckPercent(281, 1004, 27.98m).MatchesTruncation; // true: truncated, not rounded

        var claim = ReportScanner.Scan("Đã giải quyết 493/502 (98,2%) vụ việc.")[0];
        var found = $"{claim.Position} {claim.Verdict}";               // "1:15 Consistent" (line:column)

        // Ratings: the policy of the period under review, a decision with its violations, tallies that print to 100%.
        var policy = RatingPolicies.ForReviewYear(2024);               // 124-QĐ/TW with guidance 25 (R-POLICY-SELECT)
        var leader = new RatingFacts(RatingSubjectKind.Leader)
        {
            LedUnitTargets = new TargetFigures(10, 4, 4, 0),           // the led unit met 4 of 10 targets
            Proposed = RatingLevel.Completed,
        };
        var decision = policy.Decide(leader);
        var highest = decision.HighestAllowed;                         // RatingLevel.NotCompleted
        var rule = decision.Violations[0].RuleId;                      // "R124-K", with messages in Vietnamese and English
        var good = RatingLevels.Parse("hoan thanh tot nhiem vu");      // RatingLevel.Good (diacritics optional)
        var report = RatingTally.FromCounts(281, 705, 12, 6).ToReportString();
        // "hoàn thành xuất sắc nhiệm vụ: 281 đ/c (27,99%); hoàn thành tốt nhiệm vụ: 705 đ/c (70,22%); ..."

        var title = VietnameseText.Normalize("Nghị quyết khoá XII");  // "Nghị quyết khóa XII" (one tone placement)
        var count = VietnameseNumber.Parse("17.911");                  // 17911 ('.' groups thousands)
        var khoa = CentralCommitteeCatalog.Default.Find(new LocalDate(2018, 3, 8)).Number; // 12
        var firstHalf = ReviewPeriod.Parse("6 tháng đầu năm 2018").Dates; // [2018-01-01, 2018-06-30]
        var symbol = DocumentSymbol.Parse("05-CT/TW");                 // number 5, type CT (chỉ thị), issuer TW
        // </example>

        Assert.Equal("493/502 (98,2%)", printed);
        Assert.Equal([27.99m, 70.22m, 1.19m, 0.60m], shares);
        Assert.Equal(100m, shares.Sum());
        Assert.Equal(ClaimVerdict.Inconsistent, verdict);
        Assert.Equal(1.20m, expected);
        Assert.Equal(2, expected.Scale);
        Assert.True(truncated);
        Assert.Equal("1:15 Consistent", found);
        Assert.Single(ReportScanner.Scan("Đã giải quyết 493/502 (98,2%) vụ việc."));
        Assert.Equal(RegulationVersion.Qd124Hd25, policy.Version);
        Assert.Equal(RatingLevel.NotCompleted, highest);
        Assert.Equal("R124-K", rule);
        Assert.NotEmpty(decision.Violations[0].Vietnamese);
        Assert.Equal(RatingLevel.Good, good);
        Assert.StartsWith("hoàn thành xuất sắc nhiệm vụ: 281 đ/c (27,99%); hoàn thành tốt nhiệm vụ: 705 đ/c (70,22%); ", report, StringComparison.Ordinal);
        Assert.Equal("Nghị quyết khóa XII", title);
        Assert.Equal(17911m, count);
        Assert.Equal(12, khoa);
        Assert.Equal("[2018-01-01, 2018-06-30]", firstHalf.ToString());
        Assert.Equal((5, "CT", "TW", "chỉ thị"), (symbol.Number, symbol.TypeCode, symbol.IssuerCode, symbol.Type?.VietnameseName));
    }
}
