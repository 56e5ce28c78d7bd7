using NodaTime;
using NodaTime.Testing;
using PartyWork.Domain.Organizations;
using PartyWork.Domain.Ratings;
using PartyWork.Domain.Reviews;
using PartyWork.Domain.Terms;

namespace PartyWork.Domain.Tests.Docs;

/// <summary>The walk-through of docs/reviews.md, one example per block (checked against the page by <see cref="DocsExamplesTests"/>).</summary>
public class ReviewsExamples
{
    [Fact]
    public void OneCycle()
    {
        // <example id="reviews-cycle">
        var tree = OrganizationTree.Build(
        [
            new("TP-CT", null, OrganizationKindIds.ProvincialCommittee, "Đảng bộ thành phố Cần Thơ"),
            new("Q-BT", "TP-CT", OrganizationKindIds.DistrictCommittee, "Đảng bộ quận Bình Thủy"),
            new("P-AT", "Q-BT", OrganizationKindIds.GrassrootsCommittee, "Đảng bộ phường An Thới"),
        ]);
        var cycle = new ReviewCycle("2024-annual", ReviewCycleKind.Annual, ReviewPeriod.Year(2024), tree, "Q-BT");

        var version = cycle.Policy.Version;                     // RegulationVersion.Qd124Hd25 (R-POLICY-SELECT, from Ratings)
        var opens = cycle.OpensOn;                              // 2024-12-01
        var decisionDue = cycle.DueDate(ReviewStage.Decision);  // 2024-12-31
        var inScope = cycle.IsInScope("TP-CT");                 // false: the scope is the subtree of Q-BT
        // </example>

        Assert.Equal(RegulationVersion.Qd124Hd25, version);
        Assert.Equal(new LocalDate(2024, 12, 1), opens);
        Assert.Equal(new LocalDate(2024, 12, 31), decisionDue);
        Assert.False(inScope);
        Assert.True(cycle.IsInScope("P-AT"));

        // <example id="reviews-plan">
        var district = ReviewSubject.Collective("Q-BT");
        var secretary = ReviewSubject.Head("Q-BT", "bi-thu");
        var deputy = ReviewSubject.Member("Q-BT", "pho-bi-thu");
        var ward = ReviewSubject.Collective("P-AT");

        var plan = cycle.BuildPlan([secretary, district, ward, deputy]);
        // [ward, district, deputy, secretary]: collective P-AT, collective Q-BT, member pho-bi-thu@Q-BT, head bi-thu@Q-BT

        var violations = cycle.ValidatePlan([secretary, district]);
        var rules = violations.Select(v => v.RuleId);           // ["R21-METHOD", "R21-CAP-HEAD"]
        var first = violations[0].ToString();
        // "R21-METHOD: collective Q-BT (position 2) must be reviewed before head bi-thu@Q-BT (position 1) ..."
        // </example>

        Assert.Equal([ward, district, deputy, secretary], plan);
        Assert.Equal(["R21-METHOD", "R21-CAP-HEAD"], rules);
        Assert.StartsWith("R21-METHOD: collective Q-BT (position 2) must be reviewed before head bi-thu@Q-BT (position 1) ", first, StringComparison.Ordinal);
        Assert.Equal(["P-AT", "Q-BT", "Q-BT", "Q-BT"], plan.Select(s => s.OrganizationId));

        // <example id="reviews-stages">
        var clock = new FakeClock(Instant.FromUtc(2024, 12, 2, 1, 0), Duration.FromHours(1));
        var recorder = new ReviewRecorder(clock);

        var review = recorder.Plan(cycle, district);          // → Planned, with the cycle's default deadlines
        review = recorder.OpenFeedback(review);               // → CollectingFeedback
        review = recorder.ReceiveFeedback(review, new FeedbackItem("VB-01", FeedbackSource.HigherCommittee, new LocalDate(2024, 12, 5)));
        review = recorder.ReceiveFeedback(review, new FeedbackItem("VB-02", FeedbackSource.RetiredLeaders, new LocalDate(2024, 12, 6)));
        review = recorder.SubmitSelfAssessment(review, RatingLevel.Good);   // → SelfAssessment (step 1)

        string? refused = null;
        try { recorder.Decide(review, RatingLevel.Good); }   // too early: throws
        catch (ReviewTransitionException e) { refused = e.Message; }
        // "R124-STEPS: Cannot decide the level for collective Q-BT: missing the review conference, the verification and ..."
        // (the English text, then " / " and the Vietnamese one: "Không thể quyết định xếp loại …")

        review = recorder.HoldConference(review);             // → Conference
        review = recorder.Propose(review, RatingLevel.Good);  // → VerificationAndProposal (step 2)
        review = recorder.Decide(review, RatingLevel.Good);   // → Decision (step 3)
        review = recorder.Announce(review);                   // → Announced
        var stage = review.Stage;                             // ReviewStage.Announced
        // </example>

        Assert.StartsWith(
            "R124-STEPS: Cannot decide the level for collective Q-BT: missing the review conference, the verification and proposal (the review is at SelfAssessment). / Không thể quyết định xếp loại ",
            refused,
            StringComparison.Ordinal);
        Assert.Equal(ReviewStage.Announced, stage);
        Assert.Equal(RatingLevel.Good, review.DecidedLevel);

        // <example id="reviews-head">
        var head = recorder.Plan(cycle, secretary);
        head = recorder.OpenFeedback(head);
        head = recorder.SubmitSelfAssessment(head, RatingLevel.Excellent);
        head = recorder.HoldConference(head);
        var facts = new RatingFacts(RatingSubjectKind.Leader) { LedUnitRating = review.DecidedLevel }; // the district was rated Good
        var proposal = new RatingProposed(secretary, clock.GetCurrentInstant(), RatingLevel.Excellent, facts);
        var accepted = head.TryApply(proposal, out _, out var why);   // false
        var rule = why?.RuleId;                                        // "REV-RATING"
        var cause = why?.Violations[0].RuleId;                         // "R124-HEAD-TIE"
        // </example>

        Assert.False(accepted);
        Assert.Equal("REV-RATING", rule);
        Assert.Equal("R124-HEAD-TIE", cause);
        Assert.False(head.CanApply(proposal, out _));
        Assert.Throws<ReviewTransitionException>(() => head.Apply(proposal));

        // <example id="reviews-replay">
        var replayed = Review.Replay(review.Events) == review;   // true
        // </example>

        Assert.True(replayed);

        // <example id="reviews-deadlines">
        Review[] reviews = [review, recorder.Plan(cycle, ward)];
        var missed = review.OverdueOn(new LocalDate(2024, 12, 17));   // [] — deadlines missed for stages not reached
        var late = ReviewDeadlines.Overdue(reviews, new LocalDate(2024, 12, 17)).Select(d => d.Stage);
        // [ReviewStage.CollectingFeedback, ReviewStage.SelfAssessment] — the ward's, planned but not started
        var soon = ReviewDeadlines.DueWithin(reviews, new LocalDate(2024, 12, 16), 5).Count; // 2 — due 16/12 to 21/12, both included
        // </example>

        Assert.Equal([], missed);
        Assert.Equal([ReviewStage.CollectingFeedback, ReviewStage.SelfAssessment], late);
        Assert.Equal(2, soon);
        Assert.All(ReviewDeadlines.Overdue(reviews, new LocalDate(2024, 12, 17)), d => Assert.Equal(ward, d.Subject));

        // <example id="reviews-feedback">
        var higher = review.FeedbackCounts[FeedbackSource.HigherCommittee];   // 1
        var total = review.FeedbackCounts.Total;                              // 2
        // </example>

        Assert.Equal(1, higher);
        Assert.Equal(2, total);

        // <example id="reviews-remediation">
        review = recorder.PlanRemediation(review, new RemediationItem(
            "KP-1", "Cải cách hành chính chậm", "Rút ngắn thời gian giải quyết hồ sơ", "UBND", new LocalDate(2025, 6, 30)));
        var next = new ReviewCycle("2025-annual", ReviewCycleKind.Annual, ReviewPeriod.Year(2025), tree, "Q-BT");
        var stillOpen = RemediationFollowUp.LateWhenCycleOpens([review], next);   // [district] — KP-1 is open on 2025-12-01
        review = recorder.Close(recorder.UpdateRemediation(review, "KP-1", RemediationStatus.Done));
        var closed = review.Stage;                                                // ReviewStage.Closed
        // </example>

        Assert.Equal([district], stillOpen);
        Assert.Equal(new LocalDate(2025, 12, 1), next.OpensOn);
        Assert.Equal(ReviewStage.Closed, closed);
    }
}
