using PartyWork.Domain.Ratings;

namespace PartyWork.Domain.Tests.Ratings;

public class RatingHistoryTests
{
    private static RatingHistory History(params (int Year, RatingLevel Level)[] ratings) =>
        new(ratings.Select(r => new YearRating(r.Year, r.Level)));

    [Fact]
    [Trait("Rule", "R-MEMBER-2Y-K")]
    [Trait("Rule", "R-CADRE-2Y-K")]
    public void Flags_TwoConsecutiveKYears_TriggerMemberEducationAndCadreRemoval()
    {
        var history = History((2023, RatingLevel.Good), (2024, RatingLevel.NotCompleted), (2025, RatingLevel.NotCompleted));

        var flags = history.Flags(2025, HistoryRoles.PartyMember | HistoryRoles.Cadre);

        Assert.Equal(["R-MEMBER-2Y-K", "R-CADRE-2Y-K"], flags.Select(f => f.RuleId));
        Assert.Equal([2024, 2025], flags[0].Years);
        Assert.Contains("giáo dục", flags[0].Vietnamese, StringComparison.Ordinal);
        Assert.Contains("before any removal", flags[0].English, StringComparison.Ordinal);
        Assert.Empty(history.Flags(2024, HistoryRoles.PartyMember | HistoryRoles.Cadre));
    }

    [Fact]
    [Trait("Rule", "R-MEMBER-2Y-K")]
    public void Flags_AGapYear_BreaksTheRun()
    {
        var history = History((2022, RatingLevel.NotCompleted), (2024, RatingLevel.NotCompleted));

        Assert.Empty(history.Flags(2024, HistoryRoles.PartyMember));
        Assert.Equal(1, history.RunEndingIn(2024, RatingLevel.NotCompleted));
    }

    [Fact]
    [Trait("Rule", "R-CIVIL-2Y-K")]
    public void Flags_CivilServant_ConsecutiveAndNonConsecutiveCases()
    {
        var consecutive = History((2024, RatingLevel.NotCompleted), (2025, RatingLevel.NotCompleted));
        var twoInThree = History((2023, RatingLevel.NotCompleted), (2024, RatingLevel.Good), (2025, RatingLevel.NotCompleted));
        var leader = History((2021, RatingLevel.NotCompleted), (2022, RatingLevel.Good), (2023, RatingLevel.Good), (2024, RatingLevel.NotCompleted));

        Assert.Contains("thôi việc", Assert.Single(consecutive.Flags(2025, HistoryRoles.CivilServant)).Vietnamese, StringComparison.Ordinal);
        Assert.Contains("lower position", Assert.Single(twoInThree.Flags(2025, HistoryRoles.CivilServant)).English, StringComparison.Ordinal);
        Assert.Empty(twoInThree.Flags(2025, HistoryRoles.CivilServant, protectedCircumstance: true));
        Assert.Empty(leader.Flags(2024, HistoryRoles.CivilServant));
        var reassigned = Assert.Single(leader.Flags(2024, HistoryRoles.CivilServant | HistoryRoles.Leader, appointmentFirstYear: 2020));
        Assert.Equal([2021, 2024], reassigned.Years);
        Assert.Empty(leader.Flags(2024, HistoryRoles.CivilServant | HistoryRoles.Leader, appointmentFirstYear: 2022));
    }

    [Fact]
    [Trait("Rule", "R-XS-5Y")]
    public void Flags_FiveExcellentYearsRunning_AreConsideredForTheAward()
    {
        var history = History(Enumerable.Range(2019, 5).Select(y => (y, RatingLevel.Excellent)).ToArray());

        var flag = Assert.Single(history.Flags(2023, HistoryRoles.PartyMember));

        Assert.Equal("R-XS-5Y", flag.RuleId);
        Assert.Equal([2019, 2020, 2021, 2022, 2023], flag.Years);
        Assert.Empty(history.Flags(2022, HistoryRoles.PartyMember));
    }

    [Theory]
    [Trait("Rule", "R89-TERM")]
    [InlineData(new[] { 4, 4, 4, 4, 3 }, RatingLevel.Excellent)]
    [InlineData(new[] { 4, 4, 4, 3, 3 }, RatingLevel.Good)]
    [InlineData(new[] { 3, 3, 3, 2, 1 }, RatingLevel.Completed)]
    [InlineData(new[] { 4, 4, 4, 4, 1 }, RatingLevel.Excellent)]
    [InlineData(new[] { 4, 1, 4, 1, 4 }, RatingLevel.NotCompleted)]
    [InlineData(new[] { 2, 2, 2, 3, 3 }, RatingLevel.Completed)]
    public void TermRating_FromTheYearlyRatings(int[] levels, RatingLevel expected)
    {
        var history = History(levels.Select((l, i) => (2021 + i, (RatingLevel)l)).ToArray());

        var term = history.TermRating(2021, 2025);

        Assert.Equal(expected, term.Level);
        Assert.Equal(5, term.Yearly.Total);
        Assert.Empty(term.MissingYears);
        Assert.Contains("R89-TERM", term.English, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "R89-TERM")]
    public void TermRating_TooFewRatedYears_GivesNoLevel_AndListsTheMissingYears()
    {
        var history = History((2024, RatingLevel.Good), (2025, RatingLevel.Good));

        var term = history.TermRating(2021, 2025);
        var relaxed = history.TermRating(2021, 2025, TermRatingRule.Regulation89 with { GoodYears = 2 });

        Assert.Null(term.Level);
        Assert.Equal([2021, 2022, 2023], term.MissingYears);
        Assert.Equal(RatingLevel.Good, relaxed.Level);
    }

    [Fact]
    public void BadInput_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => new RatingHistory(null!));
        Assert.Throws<ArgumentException>(() => History((2024, RatingLevel.Good), (2024, RatingLevel.Excellent)));
        Assert.Throws<ArgumentOutOfRangeException>(() => History((1900, RatingLevel.Good)));
        Assert.Throws<System.ComponentModel.InvalidEnumArgumentException>(() => History((2024, (RatingLevel)0)));
        Assert.Throws<ArgumentOutOfRangeException>(() => History().TermRating(2025, 2021));
        Assert.Throws<System.ComponentModel.InvalidEnumArgumentException>(() => History().RunEndingIn(2025, 0));
        Assert.Throws<ArgumentException>(() => TermRatingRule.Regulation89 with { ExcellentYears = 0 });
    }
}
