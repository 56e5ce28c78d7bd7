using NodaTime;
using PartyWork.Domain.Ratings;

namespace PartyWork.Domain.Tests.Ratings;

[Trait("Rule", "R-POLICY-SELECT")]
public class RatingPoliciesTests
{
    [Theory]
    [InlineData(2015, RegulationVersion.Legacy)]
    [InlineData(2017, RegulationVersion.Legacy)]
    [InlineData(2018, RegulationVersion.Qd132Hd16)]
    [InlineData(2019, RegulationVersion.Qd132Hd21)]
    [InlineData(2022, RegulationVersion.Qd132Hd21)]
    [InlineData(2023, RegulationVersion.Qd124Hd25)]
    [InlineData(2024, RegulationVersion.Qd124Hd25)]
    [InlineData(2025, RegulationVersion.Qd366Hd43)]
    [InlineData(2030, RegulationVersion.Qd366Hd43)]
    public void ForReviewYear_FlipsAtTheBoundaries(int year, RegulationVersion expected) =>
        Assert.Equal(expected, RatingPolicies.ForReviewYear(year).Version);

    [Fact]
    public void ForPeriod_UsesTheYearThePeriodEndsIn()
    {
        var year2024 = new DateInterval(new LocalDate(2024, 1, 1), new LocalDate(2024, 12, 31));
        var term = new DateInterval(new LocalDate(2020, 10, 15), new LocalDate(2025, 9, 30));

        Assert.Same(RatingPolicies.Qd124Hd25, RatingPolicies.ForPeriod(year2024));
        Assert.Same(RatingPolicies.Qd366Hd43, RatingPolicies.ForPeriod(term));
    }

    [Fact]
    public void BadInput_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => RatingPolicies.ForReviewYear(1929));
        Assert.Throws<ArgumentOutOfRangeException>(() => RatingPolicies.ForReviewYear(10_000));
        Assert.Throws<ArgumentNullException>(() => RatingPolicies.ForPeriod(null!));
    }

    [Fact]
    public void Policies_AreInspectable_WithTheRuleIdsOfTheirVersion()
    {
        Assert.Equal(5, RatingPolicies.All.Count);
        Assert.Null(RatingPolicies.Qd124Hd25.Bands);
        Assert.Equal("R366-BANDS", RatingPolicies.Qd366Hd43.Bands!.RuleId);
        Assert.Equal("R21-QUOTA-MEMBER", RatingPolicies.Qd132Hd21.QuotaFor(RatingSubjectKind.Individual)!.RuleId);
        Assert.Equal("R21-QUOTA-LEADER", RatingPolicies.Qd132Hd21.QuotaFor(RatingSubjectKind.Leader)!.RuleId);
        Assert.Equal("R21-QUOTA-LEADCOLL", RatingPolicies.Qd132Hd21.QuotaFor(RatingSubjectKind.LeadershipCollective)!.RuleId);
        Assert.Null(RatingPolicies.Qd132Hd21.QuotaFor(RatingSubjectKind.PartyOrganization));
        Assert.Equal("R124-QUOTA", RatingPolicies.Qd124Hd25.QuotaFor(RatingSubjectKind.PartyOrganization)!.RuleId);
        Assert.Equal("R366-QUOTA", RatingPolicies.Qd366Hd43.QuotaFor(RatingSubjectKind.Individual)!.RuleId);
        Assert.Equal(20m, RatingPolicies.Qd366Hd43.OrganizationQuota!.MaxExcellentPercentOfGood);
        Assert.Equal("R124-HEAD-TIE", RatingPolicies.Qd124Hd25.Caps.HeadRuleId);
        Assert.Equal("R21-CAP-HEAD", RatingPolicies.Qd132Hd21.Caps.HeadRuleId);
        Assert.Equal(6, RatingPolicies.Qd124Hd25.Exemption!.MinMonthsSinceAdmission);
        Assert.Equal(70m, RatingPolicies.Qd366Hd43.NotCompleted.MinLedUnitTargetsDonePercent);
        Assert.Equal("Quy định 366-QĐ/TW, Hướng dẫn 43-HD/BTCTW", RatingPolicies.Qd366Hd43.ToString());
        Assert.Throws<System.ComponentModel.InvalidEnumArgumentException>(() => RatingPolicies.Qd366Hd43.QuotaFor(0));
    }

    [Fact]
    public void With_ReplacesOneRule_AndLeavesTheBuiltInUntouched()
    {
        var agency = RatingPolicies.Qd366Hd43 with
        {
            OrganizationQuota = new QuotaRule("R366-QUOTA") { MaxExcellentPercentOfGood = 15m },
            Bands = new ScoreBands(92m, 75m, 50m),
        };

        Assert.Equal(15m, agency.OrganizationQuota!.MaxExcellentPercentOfGood);
        Assert.Equal(20m, RatingPolicies.Qd366Hd43.OrganizationQuota!.MaxExcellentPercentOfGood);
        Assert.NotEqual(RatingPolicies.Qd366Hd43, agency);
        Assert.Equal(RatingPolicies.Qd366Hd43, RatingPolicies.Qd366Hd43 with { });
        Assert.Equal(RatingLevel.Good, agency.Decide(new RatingFacts(RatingSubjectKind.Individual) { Score = 91m }).HighestAllowed);
    }

    [Fact]
    public void ComponentSetters_RejectOutOfRangeValues()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new QuotaRule("R124-QUOTA") { MaxExcellentPercentOfGood = 101m });
        Assert.Throws<ArgumentOutOfRangeException>(() => new TargetCondition("R366-XS-COND", RatingSubjects.All) { MinExceededPercent = -1m });
        Assert.Throws<ArgumentOutOfRangeException>(() => new SubUnitCondition { MinAtLeastGoodPercent = 100.5m });
        Assert.Throws<ArgumentException>(() => new ExemptionRule { MinMonthsSinceAdmission = -1 });
        Assert.Throws<ArgumentOutOfRangeException>(() => RatingPolicies.Qd366Hd43.NotCompleted with { MaxLowConfidencePercent = 120m });
        Assert.Throws<ArgumentNullException>(() => new QuotaRule(null!));
        Assert.Throws<ArgumentException>(() => new TargetCondition("", RatingSubjects.All));
    }
}
