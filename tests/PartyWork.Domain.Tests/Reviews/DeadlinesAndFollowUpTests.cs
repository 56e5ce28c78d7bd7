using System.ComponentModel;
using NodaTime;
using PartyWork.Domain.Ratings;
using PartyWork.Domain.Reviews;
using PartyWork.Domain.Tests.Contracts;

namespace PartyWork.Domain.Tests.Reviews;

public class DeadlinesAndFollowUpTests
{
    private static readonly ReviewSubject Collective = ReviewSubject.Collective("Q-BT");
    private static readonly ReviewSubject Ward = ReviewSubject.Collective("P-AT");

    [Fact]
    public void Plan_SetsTheCycleDefaults_AndTheCallerCanMoveOne()
    {
        var recorder = new ReviewRecorder(ReviewTestData.Clock());
        var review = recorder.Plan(ReviewTestData.Annual(), Collective);

        Assert.Equal(7, review.Deadlines.Count);
        Assert.Equal(new LocalDate(2024, 12, 21), review.DeadlineOf(ReviewStage.Conference));

        review = recorder.SetDeadline(review, ReviewStage.Conference, new LocalDate(2024, 12, 18));
        Assert.Equal(new LocalDate(2024, 12, 18), review.DeadlineOf(ReviewStage.Conference));
        Assert.Null(review.DeadlineOf(ReviewStage.Closed));
    }

    [Fact]
    public void Overdue_ListsOnlyStagesNotReached()
    {
        var recorder = new ReviewRecorder(ReviewTestData.Clock());
        var cycle = ReviewTestData.Annual();
        var late = recorder.Plan(cycle, Collective);
        var onTime = recorder.SubmitSelfAssessment(recorder.OpenFeedback(recorder.Plan(cycle, Ward)), RatingLevel.Good);

        var overdue = ReviewDeadlines.Overdue([late, onTime], new LocalDate(2024, 12, 17));

        Assert.Equal(
            [
                new ReviewDeadline(Collective, ReviewStage.CollectingFeedback, new LocalDate(2024, 12, 11)),
                new ReviewDeadline(Collective, ReviewStage.SelfAssessment, new LocalDate(2024, 12, 16)),
            ],
            overdue);
        Assert.Empty(ReviewDeadlines.Overdue([late, onTime], new LocalDate(2024, 12, 11)));
    }

    [Fact]
    public void DueWithin_IncludesBothEnds_SortedByDay()
    {
        var recorder = new ReviewRecorder(ReviewTestData.Clock());
        var cycle = ReviewTestData.Annual();
        var reviews = new[] { recorder.Plan(cycle, Ward), recorder.Plan(cycle, Collective) };

        var due = ReviewDeadlines.DueWithin(reviews, new LocalDate(2024, 12, 16), 5);

        Assert.Equal(
            [
                (new LocalDate(2024, 12, 16), Ward), (new LocalDate(2024, 12, 16), Collective),
                (new LocalDate(2024, 12, 21), Ward), (new LocalDate(2024, 12, 21), Collective),
            ],
            due.Select(d => (d.Due, d.Subject)));
        Assert.Empty(ReviewDeadlines.DueWithin(reviews, new LocalDate(2024, 12, 17), 3));
    }

    [Fact]
    public void RemediationLate_WhenTheNextCycleOpens_IsReportedPerSubject()
    {
        var recorder = new ReviewRecorder(ReviewTestData.Clock());
        var cycle = ReviewTestData.Annual(2024);
        Review Done(ReviewSubject subject, params RemediationItem[] items)
        {
            var review = ReviewTestData.ToProposal(recorder, recorder.Plan(cycle, subject), RatingLevel.Good);
            review = recorder.Announce(recorder.Decide(review, RatingLevel.Good));
            return items.Aggregate(review, recorder.PlanRemediation);
        }

        var district = Done(Collective, new RemediationItem("R1", "Thu ngân sách chưa đạt", "Tăng kiểm tra thu", "UBND", new LocalDate(2025, 6, 30)));
        district = recorder.UpdateRemediation(district, "R1", RemediationStatus.InProgress);
        var ward = Done(Ward, new RemediationItem("R1", "Chậm giải quyết hồ sơ", "Bố trí thêm cán bộ một cửa", "P-AT", new LocalDate(2025, 3, 31)));
        ward = recorder.UpdateRemediation(ward, "R1", RemediationStatus.Done);
        var next = ReviewTestData.Annual(2025);

        Assert.Equal([Collective], RemediationFollowUp.LateWhenCycleOpens([district, ward], next));
        Assert.Empty(RemediationFollowUp.LateOn([district, ward], new LocalDate(2025, 6, 30)));
        var finding = Assert.Single(RemediationFollowUp.OverdueItems([district, ward], new LocalDate(2025, 7, 1)));
        Assert.Equal((Collective, "2024-annual-Q-BT", "R1", RemediationStatus.InProgress), (finding.Subject, finding.CycleId, finding.Item.Id, finding.Item.Status));
        Assert.Single(district.OverdueRemediationOn(new LocalDate(2025, 7, 1)));
    }

    [Fact]
    public void FeedbackCounts_CountPerSource()
    {
        var day = new LocalDate(2024, 12, 5);
        var counts = FeedbackCounts.Of(
        [
            new FeedbackItem("1", FeedbackSource.HigherCommittee, day), new FeedbackItem("2", FeedbackSource.HigherCommittee, day),
            new FeedbackItem("3", FeedbackSource.CellOfResidence, day), new FeedbackItem("4", FeedbackSource.Public, day),
        ]);

        Assert.Equal(2, counts[FeedbackSource.HigherCommittee]);
        Assert.Equal(1, counts[FeedbackSource.CellOfResidence]);
        Assert.Equal(0, counts[FeedbackSource.RetiredLeaders]);
        Assert.Equal(4, counts.Total);
        Assert.Equal("HigherCommittee 2, CellOfResidence 1, Public 1; total 4", counts.ToString());
        ValueContract.AssertEqualityLaws(counts, FeedbackCounts.Of(counts.Total == 4 ? [
            new FeedbackItem("a", FeedbackSource.Public, day), new FeedbackItem("b", FeedbackSource.HigherCommittee, day),
            new FeedbackItem("c", FeedbackSource.CellOfResidence, day), new FeedbackItem("d", FeedbackSource.HigherCommittee, day)] : []));
        Assert.Equal(FeedbackCounts.Empty, FeedbackCounts.Of([]));
    }

    [Fact]
    public void ReviewDeadline_OrdersByDayThenSubjectThenStage()
    {
        var day = new LocalDate(2024, 12, 16);
        ValueContract.AssertComparisonLaws(
            new ReviewDeadline(Ward, ReviewStage.Conference, day),
            new ReviewDeadline(Collective, ReviewStage.Conference, day.PlusDays(1)),
            new ReviewDeadline(Collective, ReviewStage.Decision, day.PlusDays(1)));
        Assert.True(new ReviewDeadline(Ward, ReviewStage.Conference, day) < new ReviewDeadline(Collective, ReviewStage.CollectingFeedback, day));
        Assert.Throws<ArgumentException>(() => ((IComparable)new ReviewDeadline(Ward, ReviewStage.Conference, day)).CompareTo(day));
    }

    [Fact]
    public void BadInput_Throws()
    {
        var day = new LocalDate(2025, 1, 1);
        Assert.Throws<ArgumentNullException>(() => ReviewDeadlines.Overdue(null!, day));
        Assert.Throws<ArgumentNullException>(() => ReviewDeadlines.Overdue([null!], day));
        Assert.Throws<ArgumentNullException>(() => ReviewDeadlines.DueWithin(null!, day, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReviewDeadlines.DueWithin([], day, -1));
        Assert.Throws<ArgumentNullException>(() => RemediationFollowUp.OverdueItems(null!, day));
        Assert.Throws<ArgumentNullException>(() => RemediationFollowUp.OverdueItems([null!], day));
        Assert.Throws<ArgumentNullException>(() => RemediationFollowUp.LateWhenCycleOpens([], null!));
        Assert.Throws<ArgumentNullException>(() => RemediationFollowUp.LateOn(null!, day));
        Assert.Throws<ArgumentNullException>(() => FeedbackCounts.Of(null!));
        Assert.Throws<ArgumentNullException>(() => FeedbackCounts.Of([null!]));
        Assert.Throws<ArgumentNullException>(() => FeedbackCounts.Empty.Add(null!));
        Assert.Throws<InvalidEnumArgumentException>(() => FeedbackCounts.Empty[0]);
        Assert.Throws<InvalidEnumArgumentException>(() => new RemediationItem("R", "s", "m", "o", day).WithStatus(0));
    }
}
