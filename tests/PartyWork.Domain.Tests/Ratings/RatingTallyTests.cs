using System.ComponentModel;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PartyWork.Domain.Ratings;
using PartyWork.Domain.Ratios;
using PartyWork.Domain.Tests.Contracts;
using PartyWork.Domain.Tests.Generators;

namespace PartyWork.Domain.Tests.Ratings;

public class RatingTallyTests
{
    // The seed district's monthly cadre evaluations over the term: 1.004 in all.
    private static readonly RatingTally District = RatingTally.FromCounts(281, 705, 12, 6);

    [Fact]
    public void Add_CountsEachLevel_AndTotals()
    {
        var tally = RatingTally.Zero
            .Add(RatingLevel.Excellent)
            .Add(RatingLevel.Good)
            .Add(RatingLevel.Good)
            .Add(RatingLevel.NotCompleted, 3);

        Assert.Equal(1, tally.Excellent);
        Assert.Equal(2, tally.Good);
        Assert.Equal(0, tally.Completed);
        Assert.Equal(3, tally.NotCompleted);
        Assert.Equal(6, tally.Total);
        Assert.Equal(2, tally[RatingLevel.Good]);
        Assert.Equal(3, tally.AtLeast(RatingLevel.Good));
        Assert.Equal(6, tally.AtLeast(RatingLevel.NotCompleted));
        Assert.Equal(default, RatingTally.Zero);
    }

    [Fact]
    public void Of_Levels_EqualsFromCounts()
    {
        var levels = Enumerable.Repeat(RatingLevel.Excellent, 281)
            .Concat(Enumerable.Repeat(RatingLevel.Good, 705))
            .Concat(Enumerable.Repeat(RatingLevel.Completed, 12))
            .Concat(Enumerable.Repeat(RatingLevel.NotCompleted, 6));

        Assert.Equal(District, RatingTally.Of(levels));
        Assert.Equal(1004, District.Total);
    }

    [Fact]
    public void FromLevels_Span_CountsLikeAdd_AndRejectsUndefinedLevels()
    {
        RatingLevel[] levels = [RatingLevel.Good, RatingLevel.Excellent, RatingLevel.Good, RatingLevel.NotCompleted];

        Assert.Equal(RatingTally.FromCounts(1, 2, 0, 1), RatingTally.FromLevels(levels));
        Assert.Equal(RatingTally.Zero, RatingTally.FromLevels(ReadOnlySpan<RatingLevel>.Empty));
        Assert.Throws<InvalidEnumArgumentException>(() => RatingTally.FromLevels([RatingLevel.Good, (RatingLevel)0]));
    }

    [Fact]
    public void ToReportString_SeedDistrict_PrintsPercentagesThatSumToAHundred()
    {
        var text = District.ToReportString();

        Assert.Equal(
            "hoàn thành xuất sắc nhiệm vụ: 281 đ/c (27,99%); hoàn thành tốt nhiệm vụ: 705 đ/c (70,22%); " +
            "hoàn thành nhiệm vụ: 12 đ/c (1,19%); không hoàn thành nhiệm vụ: 6 đ/c (0,60%)",
            text);
        Assert.Equal(100m, District.Distribution().Sum(s => s.Percent));
    }

    [Fact]
    public void Distribution_SeedDistrict_TheSeedsPrintedFiguresAreFlaggedByTheRatiosChecker()
    {
        // The seed printed 27,98% (truncated) and 11,95% for 12 of 1.004 (ten times too large).
        var excellent = ClaimVerifier.CheckPercent(District.Excellent, District.Total, 27.98m);
        var completed = ClaimVerifier.CheckPercent(District.Completed, District.Total, 11.95m);
        var good = ClaimVerifier.CheckPercent(District.Good, District.Total, 70.22m);

        Assert.Equal(ClaimVerdict.Inconsistent, excellent.Verdict);
        Assert.Equal(27.99m, excellent.Expected);
        Assert.Equal(ClaimVerdict.Inconsistent, completed.Verdict);
        Assert.Equal(1.20m, completed.Expected);
        Assert.Equal(ClaimVerdict.Consistent, good.Verdict);

        // Our distribution's excellent and good figures agree with the checker.
        var shares = District.Distribution();
        Assert.Equal(ClaimVerdict.Consistent, ClaimVerifier.CheckPercent(281, 1004, shares[0].Percent).Verdict);
        Assert.Equal(ClaimVerdict.Consistent, ClaimVerifier.CheckPercent(705, 1004, shares[1].Percent).Verdict);
    }

    [Fact]
    public void ToReportString_Options_UnitDecimalsAndEmptyLevels()
    {
        var cells = RatingTally.FromCounts(12, 1_234, 0, 0);

        Assert.Equal(
            "hoàn thành xuất sắc nhiệm vụ: 12 tổ chức (1,0%); hoàn thành tốt nhiệm vụ: 1.234 tổ chức (99,0%)",
            cells.ToReportString(1, "tổ chức", includeEmptyLevels: false));
        Assert.Equal(
            "hoàn thành xuất sắc nhiệm vụ: 0 (0%); hoàn thành tốt nhiệm vụ: 0 (0%); hoàn thành nhiệm vụ: 0 (0%); không hoàn thành nhiệm vụ: 0 (0%)",
            RatingTally.Zero.ToReportString(0, ""));
    }

    [Fact]
    public void BadInput_Throws()
    {
        Assert.Throws<ArgumentException>(() => RatingTally.FromCounts(-1, 0, 0, 0));
        Assert.Throws<ArgumentException>(() => RatingTally.Zero.Add(RatingLevel.Good, -1));
        Assert.Throws<InvalidEnumArgumentException>(() => RatingTally.Zero.Add((RatingLevel)0));
        Assert.Throws<InvalidEnumArgumentException>(() => RatingTally.Zero.Add((RatingLevel)7, 1));
        Assert.Throws<InvalidEnumArgumentException>(() => RatingTally.Zero[(RatingLevel)0]);
        Assert.Throws<InvalidEnumArgumentException>(() => RatingTally.Zero.AtLeast((RatingLevel)5));
        Assert.Throws<ArgumentNullException>(() => RatingTally.Of(null!));
        Assert.Throws<ArgumentNullException>(() => RatingTally.Sum(null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => District.Distribution(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => District.Distribution(11));
        Assert.Throws<ArgumentNullException>(() => District.ToReportString(2, null!));
    }

    [Fact]
    public void Overflow_IsChecked_NotWrapped()
    {
        var huge = RatingTally.FromCounts(long.MaxValue, 0, 0, 0);

        Assert.Throws<OverflowException>(() => huge.Add(RatingLevel.Excellent));
        Assert.Throws<OverflowException>(() => huge + huge);
        Assert.Throws<OverflowException>(() => (huge + RatingTally.FromCounts(0, 1, 0, 0)).Total);
    }

    [Fact]
    public void ToString_ShowsTheFourCounts() =>
        Assert.Equal("HTXSNV 281, HTTNV 705, HTNV 12, KHTNV 6", District.ToString());

    [Property]
    public Property Merge_IsAssociativeAndCommutative_WithZeroAsIdentity() =>
        Prop.ForAll(RatingsGenerators.Tallies(), RatingsGenerators.Tallies(), RatingsGenerators.Tallies(), (a, b, c) =>
            (a + b) + c == a + (b + c)
            && a + b == b + a
            && a + RatingTally.Zero == a
            && RatingTally.Zero.Merge(a) == a);

    [Property]
    public Property Sum_AnyShardingAndOrder_GivesTheSameTally() =>
        Prop.ForAll(
            Arb.From(RatingsGenerators.Level().ListOf()),
            Arb.From(Gen.Choose(1, 7)),
            (levels, shards) =>
            {
                var whole = RatingTally.Of(levels);
                var sharded = levels
                    .Select((level, i) => (level, i))
                    .GroupBy(x => x.i % shards)
                    .Select(g => RatingTally.Of(g.Select(x => x.level)))
                    .Reverse();
                return RatingTally.Sum(sharded) == whole && whole.Total == levels.Count;
            });

    [Property]
    public Property Distribution_SumsToExactlyAHundred() =>
        Prop.ForAll(RatingsGenerators.NonEmptyTallies(), Arb.From(Gen.Choose(0, 4)), (tally, decimals) =>
        {
            var shares = tally.Distribution(decimals);
            return shares.Sum(s => s.Percent) == 100m
                && shares.Select(s => s.Count).SequenceEqual([tally.Excellent, tally.Good, tally.Completed, tally.NotCompleted]);
        });

    [Property]
    public Property EqualityLaws_Hold() =>
        Prop.ForAll(RatingsGenerators.Tallies(), RatingsGenerators.Tallies(), (a, b) =>
        {
            ValueContract.AssertEqualityLaws(a, b);
            ValueContract.AssertEqualityLaws(a, a + RatingTally.Zero);
        });
}
