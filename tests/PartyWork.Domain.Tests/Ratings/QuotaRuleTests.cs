using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PartyWork.Domain.Ratings;
using PartyWork.Domain.Tests.Generators;

namespace PartyWork.Domain.Tests.Ratings;

public class QuotaRuleTests
{
    private static readonly QuotaRule Members = RatingPolicies.Qd132Hd21.IndividualQuota!;

    [Theory]
    [Trait("Rule", "R21-QUOTA-MEMBER")]
    [InlineData(0, 0)]
    [InlineData(5, 0)]
    [InlineData(6, 1)]
    [InlineData(11, 1)]
    [InlineData(12, 2)]
    [InlineData(60, 10)]
    [InlineData(1004, 167)]
    public void MaxExcellent_TwentyPercentOfGood_IsAPoolOverSix(long pool, long expected)
    {
        Assert.Equal(expected, Members.MaxExcellent(pool));
        Assert.True(Members.Allows(expected, pool - expected));
        Assert.True(expected == pool || !Members.Allows(expected + 1, pool - expected - 1));
    }

    [Fact]
    [Trait("Rule", "R124-QUOTA")]
    public void Check_R124Quota_ReportsTheGroupsOverTheQuota_AndByHowMany()
    {
        var quota = RatingPolicies.Qd124Hd25.OrganizationQuota!;
        var groups = new[]
        {
            new QuotaGroup("Chi bộ khối cơ quan", RatingTally.FromCounts(4, 20, 3, 0)),
            new QuotaGroup("Chi bộ khu dân cư", RatingTally.FromCounts(7, 25, 5, 1)),
            new QuotaGroup("Chi bộ trường học", RatingTally.FromCounts(9, 20, 0, 0), outstandingException: true),
        };

        var excess = Assert.Single(quota.Check(groups));

        Assert.Equal("Chi bộ khu dân cư", excess.Group.Name);
        Assert.Equal(5, excess.AllowedWithCurrentGood);
        Assert.Equal(2, excess.Excess);
        Assert.Equal(2, excess.MinimumDemotions);
        Assert.Equal("R124-QUOTA", excess.Violation.RuleId);
        Assert.Contains("vượt tỷ lệ tối đa 20%", excess.Violation.Vietnamese, StringComparison.Ordinal);
        Assert.Contains(new RatingFigure("excellent", 7), excess.Violation.Figures);
    }

    [Fact]
    [Trait("Rule", "R21-QUOTA-LEADCOLL")]
    public void Check_DemotionsAreFewerThanTheExcess_BecauseEachDemotionAddsAGood()
    {
        // 10 excellent, 20 good: 4 allowed with 20 good, but moving 5 down gives 5 ≤ 20% of 25.
        var quota = RatingPolicies.Qd132Hd21.LeadershipCollectiveQuota!;

        var excess = Assert.Single(quota.Check([new QuotaGroup("Ban thường vụ đảng ủy xã", RatingTally.FromCounts(10, 20, 0, 0))]));

        Assert.Equal("R21-QUOTA-LEADCOLL", excess.Violation.RuleId);
        Assert.Equal(6, excess.Excess);
        Assert.Equal(5, excess.MinimumDemotions);
        Assert.True(quota.Allows(10 - 5, 20 + 5));
        Assert.False(quota.Allows(10 - 4, 20 + 4));
    }

    [Fact]
    [Trait("Rule", "R21-QUOTA-LEADER")]
    public void Solve_R21QuotaLeader_TwelveCandidates_TwoMayBeExcellent_InScoreOrder()
    {
        var quota = RatingPolicies.Qd132Hd21.LeaderQuota!;
        var candidates = Enumerable.Range(0, 12)
            .Select(i => new QuotaCandidate($"L{i + 1}", 98m - i, i < 5 ? RatingLevel.Excellent : RatingLevel.Good))
            .ToArray();

        var solution = quota.Solve(candidates);

        Assert.Equal(12, solution.Pool);
        Assert.Equal(5, solution.Eligible);
        Assert.Equal(2, solution.ExcellentCount);
        Assert.Equal(10, solution.GoodCount);
        Assert.Equal(["L1", "L2"], solution.Assignments.Where(a => a.Level == RatingLevel.Excellent).Select(a => a.Candidate.Id));
        Assert.Empty(solution.TiedAtCut);
        Assert.Equal("R21-QUOTA-LEADER", solution.Rule.RuleId);
    }

    [Fact]
    [Trait("Rule", "R335-QUOTA")]
    public void Solve_R335Quota_TieAtTheCut_IsExplicit_AndTheExceptionLiftsTheQuota()
    {
        var candidates = new[]
        {
            new QuotaCandidate("A", 96m, RatingLevel.Excellent),
            new QuotaCandidate("B", 93m, RatingLevel.Excellent),
            new QuotaCandidate("C", 93m, RatingLevel.Excellent),
            new QuotaCandidate("D", 85m, RatingLevel.Good),
            new QuotaCandidate("E", 84m, RatingLevel.Good),
            new QuotaCandidate("F", 80m, RatingLevel.Good),
            new QuotaCandidate("G", 78m, RatingLevel.Good),
            new QuotaCandidate("H", 77m, RatingLevel.Good),
            new QuotaCandidate("I", 76m, RatingLevel.Good),
            new QuotaCandidate("J", 76m, RatingLevel.Good),
            new QuotaCandidate("K", 74m, RatingLevel.Good),
            new QuotaCandidate("M", 60m, RatingLevel.Completed),
        };

        var solution = QuotaRule.Decree335.Solve(candidates);
        var excepted = QuotaRule.Decree335.Solve(candidates, outstandingException: true);

        Assert.Equal("R335-QUOTA", solution.Rule.RuleId);
        Assert.Equal(11, solution.Pool);
        Assert.Equal(1, solution.ExcellentCount);
        Assert.Empty(solution.TiedAtCut);
        Assert.Equal(RatingLevel.Completed, solution.Assignments[^1].Level);

        var twelveInPool = candidates.Take(11).Append(new QuotaCandidate("N", 72m, RatingLevel.Good)).ToArray();
        var tied = QuotaRule.Decree335.Solve(twelveInPool);
        Assert.Equal(2, tied.ExcellentCount);
        Assert.Equal(["B", "C"], tied.TiedAtCut);

        Assert.True(excepted.ExceptionApplied);
        Assert.Equal(3, excepted.ExcellentCount);
    }

    [Fact]
    [Trait("Rule", "R366-QUOTA")]
    public void R366Quota_DefaultsToTwentyPercent_AsAParameter()
    {
        var quota = RatingPolicies.Qd366Hd43.IndividualQuota!;
        var stricter = quota with { MaxExcellentPercentOfGood = 10m };

        Assert.Equal(20m, quota.MaxExcellentPercentOfGood);
        Assert.Equal(5, quota.MaxExcellent(30));
        Assert.Equal(2, stricter.MaxExcellent(30));
    }

    [Fact]
    public void BadInput_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => Members.Check(null!));
        Assert.Throws<ArgumentNullException>(() => Members.Check([null!]));
        Assert.Throws<ArgumentNullException>(() => Members.Solve(null!));
        Assert.Throws<ArgumentException>(() => Members.MaxExcellent(-1));
        Assert.Throws<ArgumentException>(() => Members.Allows(-1, 3));
        Assert.Throws<ArgumentException>(() => Members.Solve([new QuotaCandidate("a", 80m, RatingLevel.Good), new QuotaCandidate("b", 90m, RatingLevel.Good)]));
        Assert.Throws<ArgumentException>(() => Members.Solve([new QuotaCandidate("", 80m, RatingLevel.Good)]));
        Assert.Throws<System.ComponentModel.InvalidEnumArgumentException>(() => Members.Solve([new QuotaCandidate("a", 80m, 0)]));
        Assert.Throws<ArgumentNullException>(() => new QuotaGroup(null!, RatingTally.Zero));
        Assert.Throws<ArgumentException>(() => new QuotaGroup(" ", RatingTally.Zero));
    }

    [Property]
    public Property MaxExcellent_SatisfiesTheQuota_AndOneMoreWouldNot() =>
        Prop.ForAll(RatingsGenerators.QuotaPercents(), Arb.From(Gen.Choose(0, 1_000_000).Select(x => (long)x)), (percent, pool) =>
        {
            var quota = new QuotaRule("R124-QUOTA") { MaxExcellentPercentOfGood = percent };
            var e = quota.MaxExcellent(pool);
            return e >= 0 && e <= pool && quota.Allows(e, pool - e) && (e == pool || !quota.Allows(e + 1, pool - e - 1));
        });

    [Property]
    public Property Solve_SatisfiesTheQuota_AndOneMoreExcellentWouldNot() =>
        Prop.ForAll(RatingsGenerators.CandidateGroups(), RatingsGenerators.QuotaPercents(), (candidates, percent) =>
        {
            var quota = new QuotaRule("R124-QUOTA") { MaxExcellentPercentOfGood = percent };
            var solution = quota.Solve(candidates);
            var excellent = solution.Assignments.Count(a => a.Level == RatingLevel.Excellent);
            var good = solution.Assignments.Count(a => a.Level == RatingLevel.Good);
            var noOneDemotedBelowTheirMaximum = solution.Assignments.All(a =>
                a.Level == a.Candidate.HighestAllowed || (a.Level == RatingLevel.Good && a.Candidate.HighestAllowed == RatingLevel.Excellent));
            var bestFirst = solution.Assignments
                .Where(a => a.Candidate.HighestAllowed == RatingLevel.Excellent)
                .Select(a => a.Level)
                .SequenceEqual(solution.Assignments.Where(a => a.Candidate.HighestAllowed == RatingLevel.Excellent).Select(a => a.Level).OrderDescending());
            return excellent == solution.ExcellentCount
                && good == solution.GoodCount
                && quota.Allows(excellent, good)
                && (excellent == solution.Eligible || !quota.Allows(excellent + 1, good - 1))
                && noOneDemotedBelowTheirMaximum
                && bestFirst;
        });

    [Property]
    public Property Check_FlagsAGroupExactlyWhenItBreaksTheQuota_ByAnIntegerOracle() =>
        Prop.ForAll(RatingsGenerators.Tallies(), Arb.From(RatingsGenerators.QuotaPercentHundredths()), (tally, hundredths) =>
        {
            var quota = new QuotaRule("R124-QUOTA") { MaxExcellentPercentOfGood = hundredths / 100m };
            var flagged = quota.Check([new QuotaGroup("g", tally)]).Count == 1;
            return flagged == !OracleFits(tally.Excellent, tally.Good, hundredths);
        });

    [Property]
    public Property MaxExcellent_EqualsTheBruteForceMaximum() =>
        Prop.ForAll(Arb.From(Gen.Choose(0, 3_000).Select(x => (long)x)), Arb.From(RatingsGenerators.QuotaPercentHundredths()), (pool, hundredths) =>
        {
            var quota = new QuotaRule("R124-QUOTA") { MaxExcellentPercentOfGood = hundredths / 100m };
            return quota.MaxExcellent(pool) == OracleMaxExcellent(pool, hundredths);
        });

    [Property]
    public Property Solve_ExcellentCount_IsTheBruteForceMaximum_CappedByTheEligible() =>
        Prop.ForAll(RatingsGenerators.CandidateGroups(), Arb.From(RatingsGenerators.QuotaPercentHundredths()), (candidates, hundredths) =>
        {
            var quota = new QuotaRule("R124-QUOTA") { MaxExcellentPercentOfGood = hundredths / 100m };
            var pool = candidates.LongCount(c => c.HighestAllowed >= RatingLevel.Good);
            var eligible = candidates.LongCount(c => c.HighestAllowed == RatingLevel.Excellent);
            var solution = quota.Solve(candidates);
            return solution.Pool == pool
                && solution.ExcellentCount == Math.Min(eligible, OracleMaxExcellent(pool, hundredths));
        });

    [Theory]
    [InlineData(37, 2000, 6)]
    [InlineData(30, 1000, 2)]
    [InlineData(100, 0, 0)]
    [InlineData(7, 10000, 3)]
    public void Oracle_AgreesWithHandWorkedPools(long pool, int hundredths, long expected) =>
        Assert.Equal(expected, OracleMaxExcellent(pool, hundredths));

    // Independent of QuotaRule: the percent is an integer number of hundredths, so 100 × e ≤ p × g becomes
    // 10 000 × e ≤ hundredths × g, compared in BigInteger.
    private static bool OracleFits(long excellent, long good, int hundredths) =>
        new BigInteger(excellent) * 10_000 <= new BigInteger(hundredths) * good;

    // Brute force: try every e from 0 to the pool and keep the largest that fits next to pool − e good ones.
    private static long OracleMaxExcellent(long pool, int hundredths)
    {
        long best = 0;
        for (long e = 0; e <= pool; e++)
        {
            if (OracleFits(e, pool - e, hundredths))
            {
                best = e;
            }
        }

        return best;
    }
}
