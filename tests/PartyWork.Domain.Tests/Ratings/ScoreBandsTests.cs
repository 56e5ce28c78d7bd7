using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PartyWork.Domain.Ratings;
using PartyWork.Domain.Tests.Generators;

namespace PartyWork.Domain.Tests.Ratings;

[Trait("Rule", "R366-BANDS")]
public class ScoreBandsTests
{
    [Theory]
    [InlineData(100, RatingLevel.Excellent)]
    [InlineData(90, RatingLevel.Excellent)]
    [InlineData(89.99, RatingLevel.Good)]
    [InlineData(70, RatingLevel.Good)]
    [InlineData(69.5, RatingLevel.Completed)]
    [InlineData(50, RatingLevel.Completed)]
    [InlineData(49.99, RatingLevel.NotCompleted)]
    [InlineData(0, RatingLevel.NotCompleted)]
    public void LevelFor_R366Bands_NinetySeventyFifty(double score, RatingLevel expected) =>
        Assert.Equal(expected, ScoreBands.Regulation366.LevelFor((decimal)score));

    [Fact]
    public void Regulation366_Thresholds_AndLowerBounds()
    {
        var bands = ScoreBands.Regulation366;

        Assert.Equal((90m, 70m, 50m), (bands.ExcellentFrom, bands.GoodFrom, bands.CompletedFrom));
        Assert.Equal("R366-BANDS", bands.RuleId);
        Assert.Equal(0m, bands.LowerBound(RatingLevel.NotCompleted));
        Assert.Equal(70m, bands.LowerBound(RatingLevel.Good));
        Assert.Equal(4, bands.All.Count);
    }

    [Theory]
    [InlineData(90, 70, 0)]
    [InlineData(90, 50, 50)]
    [InlineData(70, 70, 50)]
    [InlineData(101, 70, 50)]
    [InlineData(60, 70, 50)]
    public void Constructor_ThresholdsOutOfOrder_Throw(double excellent, double good, double completed) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new ScoreBands((decimal)excellent, (decimal)good, (decimal)completed));

    [Fact]
    public void BadInput_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => new ScoreBands(90, 70, 50, null!));
        Assert.Throws<ArgumentException>(() => new ScoreBands(90, 70, 50, " "));
        Assert.Throws<ArgumentOutOfRangeException>(() => ScoreBands.Regulation366.LevelFor(-0.01m));
        Assert.Throws<ArgumentOutOfRangeException>(() => ScoreBands.Regulation366.LevelFor(100.01m));
        Assert.Throws<System.ComponentModel.InvalidEnumArgumentException>(() => ScoreBands.Regulation366.LowerBound(0));
    }

    [Property]
    public Property Bands_PartitionZeroToHundred_NoGapNoOverlap() =>
        Prop.ForAll(RatingsGenerators.Bands(), RatingsGenerators.Scores(), (bands, score) =>
        {
            var containing = bands.All.Where(b => b.Contains(score)).ToList();
            return containing.Count == 1 && containing[0].Level == bands.LevelFor(score);
        });

    [Property]
    public Property Bands_AreContiguous_FromZeroToHundred() =>
        Prop.ForAll(RatingsGenerators.Bands(), bands =>
        {
            var ascending = bands.All.Reverse().ToList();
            var contiguous = ascending.Zip(ascending.Skip(1)).All(pair => pair.First.To == pair.Second.From && !pair.First.ToInclusive);
            return ascending[0].From == 0m && ascending[^1].To == 100m && ascending[^1].ToInclusive && contiguous;
        });

    [Property]
    public Property LevelFor_IsMonotoneInScore() =>
        Prop.ForAll(RatingsGenerators.Scores(), RatingsGenerators.Scores(), (a, b) =>
            a > b || ScoreBands.Regulation366.LevelFor(a) <= ScoreBands.Regulation366.LevelFor(b));
}
