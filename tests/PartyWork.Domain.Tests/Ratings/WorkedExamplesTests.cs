using PartyWork.Domain.Ratings;
using PartyWork.Domain.Ratios;

namespace PartyWork.Domain.Tests.Ratings;

/// <summary>The five worked examples of docs/ratings.md, figure for figure.</summary>
public class WorkedExamplesTests
{
    [Fact]
    [Trait("Rule", "R366-SCALE")]
    [Trait("Rule", "R366-XS-COND")]
    public void Example1_2025Member_NinetyPointsButTooFewTargetsExceeded_IsGood()
    {
        var sheet = ScoreSheet.For(CriteriaSets.Regulation366)
            .WithPoints("1", 27.5m)
            .WithPoints("2", 64.25m)
            .WithDeduction("2", 1.75m, "một sản phẩm chậm tiến độ");
        var facts = new RatingFacts(RatingSubjectKind.Individual)
        {
            Score = sheet.Total,
            Targets = new TargetFigures(12, 12, 12, 2),
            SelfRating = RatingLevel.Excellent,
            Proposed = RatingLevel.Excellent,
        };

        var decision = RatingPolicies.ForReviewYear(2025).Decide(facts);

        Assert.Empty(sheet.Validate());
        Assert.Equal(90m, sheet.Total);
        Assert.Equal(RatingLevel.Good, decision.HighestAllowed);
        var violation = Assert.Single(decision.Violations);
        Assert.Equal("R366-XS-COND", violation.RuleId);
        Assert.Contains("vượt 2/12", violation.Vietnamese, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "R21-ORG-XS")]
    [Trait("Rule", "R21-CAP-COLL")]
    [Trait("Rule", "R21-CAP-HEAD")]
    public void Example2_2020Organization_OneSubUnitNotCompleted_CapsTheCollectiveAndTheSecretary()
    {
        var policy = RatingPolicies.ForReviewYear(2020);
        var organization = policy.Decide(new RatingFacts(RatingSubjectKind.PartyOrganization)
        {
            SubUnits = RatingTally.FromCounts(3, 14, 2, 1),
            Proposed = RatingLevel.Excellent,
        });
        var collective = policy.Decide(new RatingFacts(RatingSubjectKind.LeadershipCollective)
        {
            LedUnitRating = organization.HighestAllowed,
            Proposed = RatingLevel.Excellent,
        });
        var secretary = policy.Decide(new RatingFacts(RatingSubjectKind.Leader)
        {
            LedUnitRating = collective.HighestAllowed,
            Proposed = RatingLevel.Excellent,
        });

        Assert.Equal(RegulationVersion.Qd132Hd21, policy.Version);
        Assert.Equal(RatingLevel.Good, organization.HighestAllowed);
        Assert.Equal("R21-ORG-XS", Assert.Single(organization.Violations).RuleId);
        Assert.Equal("R21-CAP-COLL", Assert.Single(collective.Violations).RuleId);
        Assert.Equal("R21-CAP-HEAD", Assert.Single(secretary.Violations).RuleId);
        Assert.Equal(RatingLevel.Good, secretary.HighestAllowed);
    }

    [Fact]
    [Trait("Rule", "R124-K")]
    public void Example3_2024Leader_SelfDetectedReprimandIsExcepted_ButTheLedUnitMissedTargets()
    {
        var facts = new RatingFacts(RatingSubjectKind.Leader)
        {
            Discipline = new DisciplineRecord(Discipline.Reprimand, SelfDetectedAndRemedied: true),
            LedUnitTargets = new TargetFigures(10, 4, 4, 0),
            Proposed = RatingLevel.Completed,
        };

        var decision = RatingPolicies.ForReviewYear(2024).Decide(facts);
        var caps = decision.ExplainCaps();

        Assert.Equal(RatingLevel.NotCompleted, decision.HighestAllowed);
        var cap = Assert.Single(caps);
        Assert.Equal("R124-K", cap.RuleId);
        Assert.Equal(RatingLevel.NotCompleted, cap.Maximum);
        Assert.Contains("4/10", cap.English, StringComparison.Ordinal);
        Assert.Equal("R124-K", Assert.Single(decision.Violations).RuleId);
    }

    [Fact]
    [Trait("Rule", "R366-QUOTA")]
    public void Example4_2025Cell_FortyMembers_SixMayBeExcellent()
    {
        var members = new List<QuotaCandidate>();
        for (var i = 0; i < 40; i++)
        {
            var level = i < 9 ? RatingLevel.Excellent : i < 37 ? RatingLevel.Good : RatingLevel.Completed;
            members.Add(new QuotaCandidate($"ĐV{i + 1:00}", 98m - i, level));
        }

        var quota = RatingPolicies.ForReviewYear(2025).QuotaFor(RatingSubjectKind.Individual)!;
        var solution = quota.Solve(members);

        Assert.Equal(37, solution.Pool);
        Assert.Equal(9, solution.Eligible);
        Assert.Equal(6, solution.ExcellentCount);
        Assert.Equal(31, solution.GoodCount);
        Assert.True(quota.Allows(6, 31));
        Assert.False(quota.Allows(7, 30));
    }

    [Fact]
    public void Example5_District_1004Evaluations_RenderToAHundredPercent()
    {
        var district = RatingTally.Zero
            .Add(RatingLevel.Excellent, 281)
            .Add(RatingLevel.Good, 705)
            .Add(RatingLevel.Completed, 12)
            .Add(RatingLevel.NotCompleted, 6);

        Assert.Equal(
            "hoàn thành xuất sắc nhiệm vụ: 281 đ/c (27,99%); hoàn thành tốt nhiệm vụ: 705 đ/c (70,22%); " +
            "hoàn thành nhiệm vụ: 12 đ/c (1,19%); không hoàn thành nhiệm vụ: 6 đ/c (0,60%)",
            district.ToReportString());
        Assert.Equal(ClaimVerdict.Inconsistent, ClaimVerifier.CheckPercent(12, 1004, 11.95m).Verdict);
    }
}
