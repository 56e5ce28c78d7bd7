using System.ComponentModel;
using NodaTime;
using PartyWork.Domain.Ratings;
using PartyWork.Domain.Reviews;
using PartyWork.Domain.Terms;
using PartyWork.Domain.Tests.Contracts;

namespace PartyWork.Domain.Tests.Reviews;

public class ReviewCycleTests
{
    [Theory]
    [InlineData(2019, RegulationVersion.Qd132Hd21)]
    [InlineData(2024, RegulationVersion.Qd124Hd25)]
    [InlineData(2025, RegulationVersion.Qd366Hd43)]
    public void Annual_CarriesThePolicyOfItsYear(int year, RegulationVersion version)
    {
        var cycle = ReviewTestData.Annual(year);

        Assert.Equal(version, cycle.Policy.Version);
        Assert.Equal(RatingPolicies.ForReviewYear(year), cycle.Policy);
    }

    [Fact]
    public void EveryKind_TakesItsPeriod_AndAdHocTakesAny()
    {
        var tree = ReviewTestData.District;
        Assert.Equal(ReviewCycleKind.Term, new ReviewCycle("t", ReviewCycleKind.Term, ReviewPeriod.Term(2020, 2025), tree, "Q-BT").Kind);
        Assert.Equal(ReviewCycleKind.Quarterly, new ReviewCycle("q", ReviewCycleKind.Quarterly, ReviewPeriod.Quarter(2025, 3), tree, "Q-BT").Kind);
        Assert.Equal(ReviewCycleKind.Monthly, new ReviewCycle("m", ReviewCycleKind.Monthly, ReviewPeriod.Month(2025, 7), tree, "Q-BT").Kind);
        var adHoc = new ReviewCycle("a", ReviewCycleKind.AdHoc, ReviewPeriod.Interval(new LocalDate(2018, 3, 1), new LocalDate(2018, 4, 15)), tree, "Q-BT");
        Assert.Equal(RegulationVersion.Qd132Hd16, adHoc.Policy.Version);
        Assert.Throws<ArgumentException>(() => new ReviewCycle("x", ReviewCycleKind.Annual, ReviewPeriod.Quarter(2025, 1), tree, "Q-BT"));
        Assert.Throws<ArgumentException>(() => new ReviewCycle("x", ReviewCycleKind.Quarterly, ReviewPeriod.Year(2025), tree, "Q-BT"));
        Assert.Throws<ArgumentException>(() => new ReviewCycle("x", ReviewCycleKind.Monthly, ReviewPeriod.Quarter(2025, 1), tree, "Q-BT"));
        Assert.Throws<ArgumentException>(() => new ReviewCycle("x", ReviewCycleKind.Term, ReviewPeriod.Year(2025), tree, "Q-BT"));
    }

    [Fact]
    public void Scope_IsTheSubtreeOfTheRoot()
    {
        var cycle = ReviewTestData.Annual();

        Assert.True(cycle.IsInScope("Q-BT"));
        Assert.True(cycle.IsInScope("CB-KV1"));
        Assert.False(cycle.IsInScope("TP-CT"));
        Assert.False(cycle.IsInScope((string?)null));
        Assert.False(cycle.IsInScope("nowhere"));
        Assert.False(cycle.IsInScope(default(ReviewSubject)));
        Assert.Equal(1, cycle.ScopeRootIndex);
        Assert.Contains("Q-BT", cycle.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void DefaultSchedule_For2024_OpensFirstDecemberAndDecidesOnTheLastDay()
    {
        var cycle = ReviewTestData.Annual(2024);

        Assert.Equal(new LocalDate(2024, 12, 1), cycle.OpensOn);
        Assert.Equal(new LocalDate(2024, 12, 11), cycle.DueDate(ReviewStage.CollectingFeedback));
        Assert.Equal(new LocalDate(2024, 12, 21), cycle.DueDate(ReviewStage.Conference));
        Assert.Equal(new LocalDate(2024, 12, 31), cycle.DueDate(ReviewStage.Decision));
        Assert.Equal(new LocalDate(2025, 1, 30), cycle.DueDate(ReviewStage.Remediation));
        Assert.Null(cycle.DueDate(ReviewStage.Closed));
        Assert.Null(cycle.DueDate(ReviewStage.Planned));
    }

    [Fact]
    public void Schedule_CanBeChanged_AndComparesByValue()
    {
        var schedule = ReviewSchedule.Default.WithOffset(ReviewStage.Decision, -16).WithOpening(45);
        var month = ReviewPeriod.Month(2025, 2);

        Assert.Equal(new LocalDate(2025, 12, 15), schedule.DueDate(ReviewStage.Decision, ReviewPeriod.Year(2025)));
        Assert.Equal(new LocalDate(2025, 2, 1), schedule.OpeningDate(month));
        Assert.Equal(45, schedule.OpensDaysBeforeEnd);
        ValueContract.AssertEqualityLaws(ReviewSchedule.Default.WithOffset(ReviewStage.Closed, 60), ReviewSchedule.Default.WithOffset(ReviewStage.Closed, 60));
        Assert.NotEqual(ReviewSchedule.Default, schedule);
        Assert.True(ReviewSchedule.None != ReviewSchedule.Default);
        Assert.Null(ReviewSchedule.None.OffsetOf(ReviewStage.Decision));
        Assert.Contains("Decision 0, Announced +10", ReviewSchedule.Default.ToString(), StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => ReviewSchedule.Default.WithOffset(ReviewStage.Planned, 1));
        Assert.Throws<InvalidEnumArgumentException>(() => ReviewSchedule.Default.WithOffset(0, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReviewSchedule.Default.WithOffset(ReviewStage.Decision, ReviewSchedule.MaxOffsetDays + 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReviewSchedule.Default.WithOpening(-1));
        Assert.Throws<InvalidEnumArgumentException>(() => ReviewSchedule.Default.OffsetOf((ReviewStage)10));
    }

    [Fact]
    public void Constructor_BadInput_Throws()
    {
        var tree = ReviewTestData.District;
        var year = ReviewPeriod.Year(2024);
        Assert.Throws<ArgumentNullException>(() => new ReviewCycle(null!, ReviewCycleKind.Annual, year, tree, "Q-BT"));
        Assert.Throws<ArgumentException>(() => new ReviewCycle(" ", ReviewCycleKind.Annual, year, tree, "Q-BT"));
        Assert.Throws<InvalidEnumArgumentException>(() => new ReviewCycle("c", 0, year, tree, "Q-BT"));
        Assert.Throws<ArgumentNullException>(() => new ReviewCycle("c", ReviewCycleKind.Annual, year, null!, "Q-BT"));
        Assert.Throws<ArgumentNullException>(() => new ReviewCycle("c", ReviewCycleKind.Annual, year, tree, null!));
        Assert.Throws<ArgumentException>(() => new ReviewCycle("c", ReviewCycleKind.Annual, year, tree, "nowhere"));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ReviewCycle("c", ReviewCycleKind.Annual, ReviewPeriod.Year(1925), tree, "Q-BT"));
        Assert.Throws<InvalidEnumArgumentException>(() => ReviewCycle.ExpectedPeriodKind((ReviewCycleKind)6));
        Assert.Throws<InvalidEnumArgumentException>(() => ReviewTestData.Annual().DueDate(0));
        Assert.Throws<ArgumentNullException>(() => ReviewTestData.Annual().BuildPlan(null!));
        Assert.Throws<ArgumentNullException>(() => ReviewTestData.Annual().ValidatePlan(null!));
    }

    [Fact]
    public void GivenPolicy_IsKept()
    {
        var cycle = new ReviewCycle("c", ReviewCycleKind.Annual, ReviewPeriod.Year(2025), ReviewTestData.District, "Q-BT", RatingPolicies.Qd124Hd25);

        Assert.Equal(RegulationVersion.Qd124Hd25, cycle.Policy.Version);
    }
}
