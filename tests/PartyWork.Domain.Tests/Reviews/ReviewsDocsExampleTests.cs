using NodaTime;
using NodaTime.Testing;
using PartyWork.Domain.Organizations;
using PartyWork.Domain.Ratings;
using PartyWork.Domain.Reviews;
using PartyWork.Domain.Terms;

namespace PartyWork.Domain.Tests.Reviews;

/// <summary>The code of docs/reviews.md, run so that the page cannot rot.</summary>
public class ReviewsDocsExampleTests
{
    [Fact]
    public void Guide_WalksOneCycle()
    {
        // A cycle
        var tree = OrganizationTree.Build(
        [
            new("TP-CT", null, OrganizationKindIds.ProvincialCommittee, "Đảng bộ thành phố Cần Thơ"),
            new("Q-BT", "TP-CT", OrganizationKindIds.DistrictCommittee, "Đảng bộ quận Bình Thủy"),
            new("P-AT", "Q-BT", OrganizationKindIds.GrassrootsCommittee, "Đảng bộ phường An Thới"),
        ]);
        var cycle = new ReviewCycle("2024-annual", ReviewCycleKind.Annual, ReviewPeriod.Year(2024), tree, "Q-BT");
        Assert.Equal(RegulationVersion.Qd124Hd25, cycle.Policy.Version);
        Assert.Equal(new LocalDate(2024, 12, 1), cycle.OpensOn);
        Assert.Equal(new LocalDate(2024, 12, 31), cycle.DueDate(ReviewStage.Decision));
        Assert.False(cycle.IsInScope("TP-CT"));

        // Subjects and the ordering plan
        var district = ReviewSubject.Collective("Q-BT");
        var secretary = ReviewSubject.Head("Q-BT", "bi-thu");
        var deputy = ReviewSubject.Member("Q-BT", "pho-bi-thu");
        var ward = ReviewSubject.Collective("P-AT");
        Assert.Equal([ward, district, deputy, secretary], cycle.BuildPlan([secretary, district, ward, deputy]));
        var violations = cycle.ValidatePlan([secretary, district]);
        Assert.Equal(["R21-METHOD", "R21-CAP-HEAD"], violations.Select(v => v.RuleId));
        Assert.StartsWith("R21-METHOD: collective Q-BT (position 2) must be reviewed before head bi-thu@Q-BT (position 1)", violations[0].ToString(), StringComparison.Ordinal);

        // Moving a review through its stages
        var clock = new FakeClock(Instant.FromUtc(2024, 12, 2, 1, 0), Duration.FromHours(1));
        var recorder = new ReviewRecorder(clock);
        var review = recorder.Plan(cycle, district);
        review = recorder.OpenFeedback(review);
        review = recorder.ReceiveFeedback(review, new FeedbackItem("VB-01", FeedbackSource.HigherCommittee, new LocalDate(2024, 12, 5)));
        review = recorder.ReceiveFeedback(review, new FeedbackItem("VB-02", FeedbackSource.RetiredLeaders, new LocalDate(2024, 12, 6)));
        review = recorder.SubmitSelfAssessment(review, RatingLevel.Good);
        var early = review;
        var ex = Assert.Throws<ReviewTransitionException>(() => recorder.Decide(early, RatingLevel.Good));
        Assert.StartsWith(
            "R124-STEPS: Cannot decide the level for collective Q-BT: missing the review conference, the verification and proposal (the review is at SelfAssessment). / Không thể quyết định xếp loại",
            ex.Message,
            StringComparison.Ordinal);
        review = recorder.HoldConference(review);
        review = recorder.Propose(review, RatingLevel.Good);
        review = recorder.Decide(review, RatingLevel.Good);
        review = recorder.Announce(review);
        Assert.Equal(ReviewStage.Announced, review.Stage);

        var head = recorder.Plan(cycle, secretary);
        head = recorder.HoldConference(recorder.SubmitSelfAssessment(recorder.OpenFeedback(head), RatingLevel.Excellent));
        var facts = new RatingFacts(RatingSubjectKind.Leader) { LedUnitRating = review.DecidedLevel };
        Assert.False(head.TryApply(new RatingProposed(secretary, clock.GetCurrentInstant(), RatingLevel.Excellent, facts), out _, out var why));
        Assert.Equal("REV-RATING", why.RuleId);
        Assert.Equal("R124-HEAD-TIE", why.Violations[0].RuleId);

        // Events and replay
        Assert.True(Review.Replay(review.Events) == review);

        // Deadlines
        var reviews = new[] { review, recorder.Plan(cycle, ward) };
        Assert.Empty(review.OverdueOn(new LocalDate(2024, 12, 17)));
        Assert.Equal(
            [ReviewStage.CollectingFeedback, ReviewStage.SelfAssessment],
            ReviewDeadlines.Overdue(reviews, new LocalDate(2024, 12, 17)).Select(d => d.Stage));
        Assert.Equal(2, ReviewDeadlines.DueWithin(reviews, new LocalDate(2024, 12, 16), 5).Count);

        // Feedback
        Assert.Equal(1, review.FeedbackCounts[FeedbackSource.HigherCommittee]);
        Assert.Equal(2, review.FeedbackCounts.Total);

        // Remediation
        review = recorder.PlanRemediation(review, new RemediationItem(
            "KP-1", "Cải cách hành chính chậm", "Rút ngắn thời gian giải quyết hồ sơ", "UBND", new LocalDate(2025, 6, 30)));
        var next = new ReviewCycle("2025-annual", ReviewCycleKind.Annual, ReviewPeriod.Year(2025), tree, "Q-BT");
        Assert.Equal([district], RemediationFollowUp.LateWhenCycleOpens([review], next));
        review = recorder.Close(recorder.UpdateRemediation(review, "KP-1", RemediationStatus.Done));
        Assert.Equal(ReviewStage.Closed, review.Stage);
    }
}
