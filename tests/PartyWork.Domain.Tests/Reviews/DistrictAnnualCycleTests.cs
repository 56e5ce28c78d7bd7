using NodaTime;
using NodaTime.Testing;
using PartyWork.Domain.Ratings;
using PartyWork.Domain.Reviews;

namespace PartyWork.Domain.Tests.Reviews;

/// <summary>
/// One annual cycle for a small district, top down as the issue describes it: the standing committee's collective,
/// then its members (the secretary, its head, last), then the subordinate committees.
/// </summary>
public class DistrictAnnualCycleTests
{
    [Fact]
    public void AnnualCycle_District_RunsEveryStageInPlanOrder()
    {
        var clock = new FakeClock(Instant.FromUtc(2024, 12, 2, 1, 0));
        var recorder = new ReviewRecorder(clock);
        var cycle = ReviewTestData.Annual(2024, ReviewOrderPolicy.TopDown);
        var standing = ReviewSubject.Collective("Q-BT");
        var secretary = ReviewSubject.Head("Q-BT", "bi-thu");
        var deputy = ReviewSubject.Member("Q-BT", "pho-bi-thu");
        var wards = new[] { ReviewSubject.Collective("P-BT"), ReviewSubject.Collective("P-AT") };

        var reviews = recorder.PlanAll(cycle, [.. wards, secretary, deputy, standing]).ToDictionary(r => r.Subject);
        var plan = cycle.BuildPlan(reviews.Keys);
        Assert.Equal([standing, deputy, secretary, wards[1], wards[0]], plan);
        Assert.Empty(cycle.ValidatePlan(plan));

        // 62 written feedback items on the standing committee (figures of the seed district, sources split by us).
        (FeedbackSource Source, int Count)[] sources =
        [
            (FeedbackSource.HigherCommittee, 14), (FeedbackSource.PeoplesCouncil, 6), (FeedbackSource.SubordinateUnit, 28),
            (FeedbackSource.RetiredLeaders, 9), (FeedbackSource.CellOfResidence, 5),
        ];
        var levels = new Dictionary<ReviewSubject, RatingLevel>
        {
            [standing] = RatingLevel.Good, [deputy] = RatingLevel.Good, [secretary] = RatingLevel.Good,
            [wards[1]] = RatingLevel.Excellent, [wards[0]] = RatingLevel.Completed,
        };
        var received = new LocalDate(2024, 12, 5);
        foreach (var subject in plan)
        {
            clock.AdvanceHours(24);
            var review = recorder.OpenFeedback(reviews[subject]);
            if (subject == standing)
            {
                var n = 0;
                foreach (var (source, count) in sources)
                {
                    for (var i = 0; i < count; i++)
                    {
                        review = recorder.ReceiveFeedback(review, new FeedbackItem($"VB-{++n:00}", source, received));
                    }
                }
            }

            clock.AdvanceHours(24);
            review = recorder.SubmitSelfAssessment(review, levels[subject]);
            clock.AdvanceHours(24);
            review = recorder.HoldConference(review);
            var facts = subject == secretary
                ? new RatingFacts(RatingSubjectKind.Leader) { LedUnitRating = reviews[standing].DecidedLevel }
                : null;
            review = recorder.Propose(review, levels[subject], facts);
            if (subject == secretary)
            {
                // The secretary cannot be decided above the collective he heads (the cap of the 2024 policy).
                var ex = Assert.Throws<ReviewTransitionException>(() => recorder.Decide(review, RatingLevel.Excellent, facts));
                Assert.Contains(ex.Refusal.Violations, v => v.RuleId == cycle.Policy.Caps.HeadRuleId);
            }

            clock.AdvanceHours(24);
            review = recorder.Decide(review, levels[subject], facts);
            review = recorder.Announce(review);
            reviews[subject] = review;
        }

        var district = reviews[standing];
        Assert.Equal(62, district.FeedbackCounts.Total);
        Assert.Equal(28, district.FeedbackCounts[FeedbackSource.SubordinateUnit]);
        Assert.All(reviews.Values, r => Assert.Equal(ReviewStage.Announced, r.Stage));
        Assert.Equal(plan, reviews.Values.OrderBy(r => r.Events.First(e => e is RatingDecided).At).Select(r => r.Subject));

        // On 31/12 nothing is overdue; the five remediation-plan deadlines (30/01/2025) fall within the next 30 days.
        Assert.Empty(ReviewDeadlines.Overdue(reviews.Values, new LocalDate(2024, 12, 31)));
        Assert.Equal(5, ReviewDeadlines.DueWithin(reviews.Values, new LocalDate(2025, 1, 1), 30).Count);

        // Remediation: the standing committee plans two items; one is still open when the 2025 cycle opens.
        district = recorder.PlanRemediation(district, new RemediationItem("KP-1", "Cải cách hành chính chậm", "Rút ngắn thời gian giải quyết hồ sơ", "UBND", new LocalDate(2025, 6, 30)));
        district = recorder.PlanRemediation(district, new RemediationItem("KP-2", "Kiểm tra, giám sát chưa thường xuyên", "Lập kế hoạch kiểm tra theo quý", "UBKT", new LocalDate(2025, 3, 31)));
        district = recorder.UpdateRemediation(district, "KP-2", RemediationStatus.Done);
        reviews[standing] = district;
        foreach (var subject in plan.Where(s => s != standing))
        {
            reviews[subject] = recorder.Close(reviews[subject]);
        }

        Assert.Equal([standing], RemediationFollowUp.LateWhenCycleOpens(reviews.Values, ReviewTestData.Annual(2025)));
        Assert.Throws<ReviewTransitionException>(() => recorder.Close(district));
        district = recorder.Close(recorder.UpdateRemediation(district, "KP-1", RemediationStatus.Done));
        Assert.Equal(ReviewStage.Closed, district.Stage);
        Assert.Equal(district, Review.Replay(district.Events));
    }
}
