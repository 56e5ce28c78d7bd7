using System.ComponentModel;
using NodaTime;
using PartyWork.Domain.Ratings;
using PartyWork.Domain.Reviews;
using PartyWork.Domain.Tests.Contracts;
using PartyWork.Domain.Text;

namespace PartyWork.Domain.Tests.Reviews;

public class ReviewTests
{
    private static readonly ReviewSubject Collective = ReviewSubject.Collective("Q-BT");

    [Fact]
    public void FullPath_ClosesAfterRemediation_WithEveryEventStampedByTheClock()
    {
        var clock = ReviewTestData.Clock();
        var recorder = new ReviewRecorder(clock);
        var review = recorder.Plan(ReviewTestData.Annual(), Collective);
        review = recorder.OpenFeedback(review);
        review = recorder.ReceiveFeedback(review, new FeedbackItem("F1", FeedbackSource.HigherCommittee, new LocalDate(2024, 12, 5)));
        review = recorder.ReceiveFeedback(review, new FeedbackItem("F2", FeedbackSource.RetiredLeaders, new LocalDate(2024, 12, 6)));
        review = recorder.SubmitSelfAssessment(review, RatingLevel.Good);
        review = recorder.HoldConference(review);
        review = recorder.Propose(review, RatingLevel.Good);

        Assert.Equal(ReviewStage.VerificationAndProposal, review.Stage);
        review = recorder.Decide(review, RatingLevel.Good);
        review = recorder.Announce(review);
        review = recorder.PlanRemediation(review, new RemediationItem("R1", "Cải cách hành chính còn chậm", "Rà soát quy trình một cửa", "Q-BT", new LocalDate(2025, 3, 31)));
        review = recorder.UpdateRemediation(review, "R1", RemediationStatus.Done);
        review = recorder.Close(review);

        Assert.Equal(ReviewStage.Closed, review.Stage);
        Assert.Equal(RatingLevel.Good, review.DecidedLevel);
        Assert.Equal(2, review.Feedback.Count);
        var instants = review.Events.Select(e => e.At).ToArray();
        Assert.Equal(instants.OrderBy(i => i), instants);
        Assert.True(instants[^1] > ReviewTestData.Start);
        Assert.IsType<ReviewPlanned>(review.Events[0]);
    }

    [Fact]
    public void Decide_BeforeConference_ThrowsNamingTheMissingSteps()
    {
        var recorder = new ReviewRecorder(ReviewTestData.Clock());
        var review = recorder.Plan(ReviewTestData.Annual(), Collective);
        review = recorder.OpenFeedback(review);
        review = recorder.SubmitSelfAssessment(review, RatingLevel.Good);

        var ex = Assert.Throws<ReviewTransitionException>(() => recorder.Decide(review, RatingLevel.Good));

        Assert.IsAssignableFrom<InvalidOperationException>(ex);
        Assert.Equal(ReviewRuleIds.Steps, ex.Refusal.RuleId);
        Assert.Contains("missing the review conference, the verification and proposal", ex.Message, StringComparison.Ordinal);
        Assert.Contains("hội nghị kiểm điểm", ex.Refusal.Vietnamese, StringComparison.Ordinal);
        Assert.Equal(VietnameseText.Normalize(ex.Refusal.Vietnamese), ex.Refusal.Vietnamese);
        Assert.Equal(ReviewStage.SelfAssessment, review.Stage);
    }

    [Fact]
    public void Announce_WithoutDecision_ThrowsNamingTheDecision()
    {
        var recorder = new ReviewRecorder(ReviewTestData.Clock());
        var review = ReviewTestData.ToProposal(recorder, recorder.Plan(ReviewTestData.Annual(), Collective), RatingLevel.Good);

        var ex = Assert.Throws<ReviewTransitionException>(() => recorder.Announce(review));

        Assert.Contains("missing the decision", ex.Refusal.English, StringComparison.Ordinal);
        Assert.Contains("quyết định xếp loại", ex.Refusal.Vietnamese, StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_HeadAboveTheUnitHeLeads_ThrowsWithTheHeadCapRule()
    {
        var recorder = new ReviewRecorder(ReviewTestData.Clock());
        var cycle = ReviewTestData.Annual(2021);
        var head = ReviewSubject.Head("Q-BT", "le-hoang-nam");
        var facts = new RatingFacts(RatingSubjectKind.Leader) { LedUnitRating = RatingLevel.Good };
        var review = ReviewTestData.ToProposal(recorder, recorder.Plan(cycle, head), RatingLevel.Good, facts);

        var ex = Assert.Throws<ReviewTransitionException>(() => recorder.Decide(review, RatingLevel.Excellent, facts));

        Assert.Equal(ReviewRuleIds.Rating, ex.Refusal.RuleId);
        Assert.Contains(ex.Refusal.Violations, v => v.RuleId == "R21-CAP-HEAD");
        Assert.Contains("Excellent", ex.Refusal.English, StringComparison.Ordinal);
        Assert.Equal(RatingLevel.Good, recorder.Decide(review, RatingLevel.Good, facts).DecidedLevel);
    }

    [Fact]
    public void Propose_HeadAboveUnitUnder124_IsRefusedWithThePolicysHeadRule()
    {
        var recorder = new ReviewRecorder(ReviewTestData.Clock());
        var cycle = ReviewTestData.Annual(2024);
        var head = ReviewSubject.Head("Q-BT", "p0");
        var review = recorder.Plan(cycle, head);
        review = recorder.HoldConference(recorder.SubmitSelfAssessment(recorder.OpenFeedback(review), RatingLevel.Excellent));
        var facts = new RatingFacts(RatingSubjectKind.Leader) { LedUnitRating = RatingLevel.Completed };

        var allowed = review.TryApply(new RatingProposed(head, Instant.MaxValue, RatingLevel.Good, facts), out var next, out var refusal);

        Assert.False(allowed);
        Assert.Null(next);
        Assert.Contains(refusal!.Violations, v => v.RuleId == cycle.Policy.Caps.HeadRuleId);
    }

    [Fact]
    public void Propose_FactsOfAnotherKindOfSubject_IsRefused()
    {
        var recorder = new ReviewRecorder(ReviewTestData.Clock());
        var review = recorder.Plan(ReviewTestData.Annual(), Collective);
        review = recorder.HoldConference(recorder.SubmitSelfAssessment(recorder.OpenFeedback(review), RatingLevel.Good));

        Assert.False(review.CanApply(
            new RatingProposed(Collective, Instant.MaxValue, RatingLevel.Good, new RatingFacts(RatingSubjectKind.Individual)), out var refusal));
        Assert.Equal(ReviewRuleIds.RatingSubject, refusal!.RuleId);
    }

    [Fact]
    public void TryApply_AnotherSubjectsEvent_IsRefusedAndLeavesTheReviewUnchanged()
    {
        var recorder = new ReviewRecorder(ReviewTestData.Clock());
        var review = recorder.Plan(ReviewTestData.Annual(), Collective);
        var before = Review.Replay(review.Events);

        Assert.False(review.TryApply(new FeedbackOpened(ReviewSubject.Collective("P-AT"), Instant.MaxValue), out _, out var refusal));

        Assert.Equal(ReviewRuleIds.Subject, refusal!.RuleId);
        Assert.Equal(before, review);
    }

    [Fact]
    public void TryApply_EventEarlierThanThePrevious_IsRefusedWithTimeRule()
    {
        var recorder = new ReviewRecorder(ReviewTestData.Clock());
        var review = recorder.Plan(ReviewTestData.Annual(), Collective);

        Assert.False(review.CanApply(new FeedbackOpened(Collective, ReviewTestData.Start - Duration.FromSeconds(1)), out var refusal));
        Assert.Equal(ReviewRuleIds.Time, refusal!.RuleId);
    }

    [Fact]
    public void Close_WithRemediationNotDone_IsRefusedListingTheItems()
    {
        var recorder = new ReviewRecorder(ReviewTestData.Clock());
        var review = ReviewTestData.ToProposal(recorder, recorder.Plan(ReviewTestData.Annual(), Collective), RatingLevel.Good);
        review = recorder.Announce(recorder.Decide(review, RatingLevel.Good));
        review = recorder.PlanRemediation(review, new RemediationItem("R7", "Thiếu kiểm tra", "Lập kế hoạch kiểm tra", "Q-BT", new LocalDate(2025, 2, 1)));

        var ex = Assert.Throws<ReviewTransitionException>(() => recorder.Close(review));

        Assert.Equal(ReviewRuleIds.RemediationOpen, ex.Refusal.RuleId);
        Assert.Contains("R7", ex.Refusal.English, StringComparison.Ordinal);
    }

    [Fact]
    public void Close_AnnouncedWithoutRemediation_IsAllowed_AndClosedReviewRefusesEverything()
    {
        var recorder = new ReviewRecorder(ReviewTestData.Clock());
        var review = ReviewTestData.ToProposal(recorder, recorder.Plan(ReviewTestData.Annual(), Collective), RatingLevel.Excellent);
        review = recorder.Close(recorder.Announce(recorder.Decide(review, RatingLevel.Excellent)));

        Assert.Equal(ReviewStage.Closed, review.Stage);
        var ex = Assert.Throws<ReviewTransitionException>(() => recorder.SetDeadline(review, ReviewStage.Closed, new LocalDate(2025, 1, 1)));
        Assert.Equal(ReviewRuleIds.Closed, ex.Refusal.RuleId);
    }

    [Fact]
    public void DuplicateIds_AreRefused()
    {
        var recorder = new ReviewRecorder(ReviewTestData.Clock());
        var review = recorder.OpenFeedback(recorder.Plan(ReviewTestData.Annual(), Collective));
        var item = new FeedbackItem("F1", FeedbackSource.Public, new LocalDate(2024, 12, 3));
        review = recorder.ReceiveFeedback(review, item);

        Assert.Equal(ReviewRuleIds.FeedbackDuplicate, Assert.Throws<ReviewTransitionException>(() => recorder.ReceiveFeedback(review, item)).Refusal.RuleId);
    }

    [Fact]
    public void UpdateRemediation_UnknownItem_IsRefused()
    {
        var recorder = new ReviewRecorder(ReviewTestData.Clock());
        var review = ReviewTestData.ToProposal(recorder, recorder.Plan(ReviewTestData.Annual(), Collective), RatingLevel.Good);
        review = recorder.Announce(recorder.Decide(review, RatingLevel.Good));
        review = recorder.PlanRemediation(review, new RemediationItem("R1", "a", "b", "c", new LocalDate(2025, 2, 1)));

        Assert.Equal(ReviewRuleIds.RemediationUnknown,
            Assert.Throws<ReviewTransitionException>(() => recorder.UpdateRemediation(review, "R2", RemediationStatus.Done)).Refusal.RuleId);
    }

    [Fact]
    public void Replay_RecordedEvents_GivesAnEqualReview()
    {
        var recorder = new ReviewRecorder(ReviewTestData.Clock());
        var review = ReviewTestData.ToProposal(recorder, recorder.Plan(ReviewTestData.Annual(), Collective), RatingLevel.Good);
        review = recorder.SetDeadline(review, ReviewStage.Decision, new LocalDate(2024, 12, 28));

        var replayed = Review.Replay(review.Events);

        Assert.Equal(review, replayed);
        Assert.True(review == replayed);
        Assert.Equal(review.GetHashCode(), replayed.GetHashCode());
        Assert.NotEqual(review, recorder.Decide(review, RatingLevel.Good));
    }

    [Fact]
    public void Planned_AgainOnAReview_IsRefused()
    {
        var recorder = new ReviewRecorder(ReviewTestData.Clock());
        var cycle = ReviewTestData.Annual();
        var review = recorder.Plan(cycle, Collective);

        Assert.False(review.CanApply(new ReviewPlanned(Collective, Instant.MaxValue, cycle.Id, cycle.Policy), out var refusal));
        Assert.Equal(ReviewRuleIds.Steps, refusal!.RuleId);
    }

    [Fact]
    public void BadInput_IsRejectedAtTheBoundary()
    {
        var recorder = new ReviewRecorder(ReviewTestData.Clock());
        var cycle = ReviewTestData.Annual();
        var review = recorder.Plan(cycle, Collective);

        Assert.Throws<ArgumentNullException>(() => new ReviewRecorder(null!));
        Assert.Throws<ArgumentNullException>(() => recorder.Plan(null!, Collective));
        Assert.Throws<ArgumentException>(() => recorder.Plan(cycle, default));
        Assert.Throws<ArgumentException>(() => recorder.Plan(cycle, ReviewSubject.Collective("TP-CT")));
        Assert.Throws<ArgumentException>(() => recorder.Plan(cycle, ReviewSubject.Collective("nowhere")));
        Assert.Throws<ArgumentNullException>(() => recorder.OpenFeedback(null!));
        Assert.Throws<ArgumentNullException>(() => recorder.ReceiveFeedback(review, null!));
        Assert.Throws<InvalidEnumArgumentException>(() => recorder.SubmitSelfAssessment(review, 0));
        Assert.Throws<InvalidEnumArgumentException>(() => recorder.Propose(review, (RatingLevel)9));
        Assert.Throws<InvalidEnumArgumentException>(() => recorder.Decide(review, 0));
        Assert.Throws<ArgumentNullException>(() => recorder.PlanRemediation(review, null!));
        Assert.Throws<ArgumentException>(() => recorder.UpdateRemediation(review, " ", RemediationStatus.Done));
        Assert.Throws<InvalidEnumArgumentException>(() => recorder.UpdateRemediation(review, "R1", 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => recorder.SetDeadline(review, ReviewStage.Planned, new LocalDate(2025, 1, 1)));
        Assert.Throws<InvalidEnumArgumentException>(() => recorder.SetDeadline(review, (ReviewStage)10, new LocalDate(2025, 1, 1)));
        Assert.Throws<ArgumentNullException>(() => review.Apply(null!));
        Assert.Throws<ArgumentNullException>(() => review.TryApply(null!, out _, out _));
        Assert.Throws<ArgumentNullException>(() => review.CanApply(null!, out _));
        Assert.Throws<ArgumentNullException>(() => Review.Replay(null!));
        Assert.Throws<ArgumentNullException>(() => Review.Start(null!));
        Assert.Throws<ArgumentException>(() => Review.Replay([]));
        Assert.Throws<ArgumentException>(() => Review.Replay([new FeedbackOpened(Collective, Instant.MinValue)]));
        Assert.Throws<ArgumentNullException>(() => Review.Replay([review.Events[0], null!]));
        Assert.Throws<ReviewTransitionException>(() => Review.Replay([review.Events[0], new ConferenceHeld(Collective, Instant.MaxValue)]));
        Assert.Throws<InvalidEnumArgumentException>(() => review.HasReached(0));
        Assert.Throws<InvalidEnumArgumentException>(() => review.DeadlineOf((ReviewStage)42));
        Assert.Throws<ArgumentOutOfRangeException>(() => review.DueWithin(new LocalDate(2024, 12, 1), -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => review.DueWithin(new LocalDate(2024, 12, 1), Review.MaxLookAheadDays + 1));
    }

    [Fact]
    public void EventConstructors_RejectBadInput()
    {
        var at = ReviewTestData.Start;
        Assert.Throws<ArgumentException>(() => new FeedbackOpened(default, at));
        Assert.Throws<ArgumentException>(() => new ReviewPlanned(Collective, at, " ", RatingPolicies.Qd124Hd25));
        Assert.Throws<ArgumentNullException>(() => new ReviewPlanned(Collective, at, "c", null!));
        Assert.Throws<ArgumentNullException>(() => new FeedbackReceived(Collective, at, null!));
        Assert.Throws<InvalidEnumArgumentException>(() => new SelfAssessmentSubmitted(Collective, at, 0));
        Assert.Throws<InvalidEnumArgumentException>(() => new RatingProposed(Collective, at, 0));
        Assert.Throws<InvalidEnumArgumentException>(() => new RatingDecided(Collective, at, (RatingLevel)5));
        Assert.Throws<ArgumentNullException>(() => new RemediationPlanned(Collective, at, null!));
        Assert.Throws<ArgumentNullException>(() => new RemediationStatusChanged(Collective, at, null!, RemediationStatus.Done));
        Assert.Throws<InvalidEnumArgumentException>(() => new RemediationStatusChanged(Collective, at, "R1", 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new DeadlineSet(Collective, at, ReviewStage.Planned, new LocalDate(2025, 1, 1)));
        Assert.Throws<InvalidEnumArgumentException>(() => new DeadlineSet(Collective, at, 0, new LocalDate(2025, 1, 1)));
        Assert.Throws<ArgumentException>(() => new FeedbackItem("", FeedbackSource.Public, new LocalDate(2025, 1, 1)));
        Assert.Throws<InvalidEnumArgumentException>(() => new FeedbackItem("F", 0, new LocalDate(2025, 1, 1)));
        Assert.Throws<ArgumentNullException>(() => new FeedbackItem("F", FeedbackSource.Other, new LocalDate(2025, 1, 1), null!));
        Assert.Throws<ArgumentException>(() => new RemediationItem("R", " ", "m", "o", new LocalDate(2025, 1, 1)));
        Assert.Throws<ArgumentNullException>(() => new RemediationItem("R", "s", null!, "o", new LocalDate(2025, 1, 1)));
        Assert.Throws<InvalidEnumArgumentException>(() => new RemediationItem("R", "s", "m", "o", new LocalDate(2025, 1, 1), 0));
    }

    [Fact]
    public void Events_CompareByValue()
    {
        var at = ReviewTestData.Start;
        ValueContract.AssertEqualityLaws(
            new RatingDecided(Collective, at, RatingLevel.Good),
            new RatingDecided(Collective, at, RatingLevel.Good));
        Assert.NotEqual<ReviewEvent>(new RatingDecided(Collective, at, RatingLevel.Good), new RatingProposed(Collective, at, RatingLevel.Good));
        Assert.Equal(RatingLevel.Good, new RatingDecided(Collective, at, RatingLevel.Good).Facts.Proposed);
    }
}
