using FsCheck.Xunit;
using NodaTime;
using PartyWork.Domain.Ratings;
using PartyWork.Domain.Reviews;
using PartyWork.Domain.Tests.Generators;
using PartyWork.Domain.Terms;

namespace PartyWork.Domain.Tests.Reviews;

public class ReviewPropertyTests
{
    [Property(Arbitrary = [typeof(ReviewsGenerators)], MaxTest = 200)]
    public void RandomMoves_NeverReachAForbiddenState_AndReplayGivesAnEqualReview(MoveScenario scenario)
    {
        var policy = RatingPolicies.ForReviewYear(scenario.Year);
        var at = Instant.FromUtc(scenario.Year, 12, 1, 0, 0);
        var review = Review.Start(new ReviewPlanned(scenario.Subject, at, "cycle", policy));
        foreach (var move in scenario.Moves)
        {
            at += Duration.FromSeconds(move.Seconds);
            var e = ReviewsGenerators.ToEvent(move, scenario.Subject, at, "cycle", policy);
            var snapshot = Review.Replay(review.Events);
            if (review.TryApply(e, out var next, out var refusal))
            {
                Assert.Null(refusal);
                Assert.Same(e, next.Events[^1]);
                review = next;
            }
            else
            {
                Assert.Null(next);
                Assert.False(string.IsNullOrWhiteSpace(refusal.RuleId));
                Assert.False(string.IsNullOrWhiteSpace(refusal.English));
                Assert.False(string.IsNullOrWhiteSpace(refusal.Vietnamese));
                Assert.Equal(snapshot, review);
                var thrown = Assert.Throws<ReviewTransitionException>(() => review.Apply(e));
                Assert.Equal(refusal.RuleId, thrown.Refusal.RuleId);
            }

            AssertInvariants(review);
        }

        Assert.Equal(review, Review.Replay(review.Events));
    }

    [Property(Arbitrary = [typeof(ReviewsGenerators)])]
    public void GeneratedPlan_PassesValidation_AndDoesNotDependOnInputOrder(PlanScenario scenario)
    {
        var plan = ReviewOrder.Plan(scenario.Tree, scenario.ScopeRootId, scenario.Subjects, scenario.Policy);

        Assert.Empty(ReviewOrder.Validate(scenario.Tree, scenario.ScopeRootId, plan, scenario.Policy));
        Assert.Equal(scenario.Subjects.Length, plan.Count);
        Assert.Equal(plan, ReviewOrder.Plan(scenario.Tree, scenario.ScopeRootId, scenario.Subjects.Reverse(), scenario.Policy));
    }

    [Property(Arbitrary = [typeof(ReviewsGenerators)])]
    public void SwappingAConstrainedPair_IsCaughtWithThatRulesId(PlanScenario scenario)
    {
        var plan = ReviewOrder.Plan(scenario.Tree, scenario.ScopeRootId, scenario.Subjects, scenario.Policy).ToArray();
        var pairs = new List<(int I, int J, string Rule)>();
        for (var i = 0; i < plan.Length; i++)
        {
            for (var j = i + 1; j < plan.Length; j++)
            {
                foreach (var rule in RulesBetween(scenario, plan[i], plan[j]))
                {
                    pairs.Add((i, j, rule));
                }
            }
        }

        foreach (var (i, j, rule) in pairs.Take(25))
        {
            var swapped = (ReviewSubject[])plan.Clone();
            (swapped[i], swapped[j]) = (swapped[j], swapped[i]);
            var violations = ReviewOrder.Validate(scenario.Tree, scenario.ScopeRootId, swapped, scenario.Policy);
            Assert.Contains(violations, v => v.RuleId == rule && v.Subject == plan[i] && v.Other == plan[j]);
            Assert.All(violations, v => Assert.NotEqual(ReviewRuleIds.PlanDuplicate, v.RuleId));
        }
    }

    [Property(Arbitrary = [typeof(ReviewsGenerators)])]
    public void Validate_ReportsEveryPairTheOracleSeesOutOfOrder(PlanScenario scenario)
    {
        // Validate the shuffled input as a plan: every pair out of order under the oracle must be reported, and nothing else.
        var plan = scenario.Subjects;
        var expected = new HashSet<(string, ReviewSubject, ReviewSubject)>();
        for (var i = 0; i < plan.Length; i++)
        {
            for (var j = i + 1; j < plan.Length; j++)
            {
                foreach (var rule in RulesBetween(scenario, plan[j], plan[i]))
                {
                    expected.Add((rule, plan[j], plan[i]));
                }
            }
        }

        var actual = ReviewOrder.Validate(scenario.Tree, scenario.ScopeRootId, plan, scenario.Policy)
            .Select(v => (v.RuleId, v.Subject, v.Other!.Value)).ToHashSet();
        Assert.Equal(expected.OrderBy(x => x.ToString()), actual.OrderBy(x => x.ToString()));
    }

    [Property]
    public void FeedbackCounts_AddIsCommutativeAssociativeWithEmptyNeutral(byte[] a, byte[] b, byte[] c)
    {
        static FeedbackCounts Counts(byte[] sources) =>
            FeedbackCounts.Of(sources.Select((s, i) => new FeedbackItem($"F{i}", (FeedbackSource)(1 + (s % 7)), new LocalDate(2025, 1, 1))));
        var (x, y, z) = (Counts(a), Counts(b), Counts(c));

        Assert.Equal(x.Add(y), y.Add(x));
        Assert.Equal(x.Add(y).Add(z), x.Add(y.Add(z)));
        Assert.Equal(x, x.Add(FeedbackCounts.Empty));
        Assert.Equal(a.Length, x.Total);
        Assert.Equal(x.Total, Enum.GetValues<FeedbackSource>().Sum(s => x[s]));
    }

    [Property(MaxTest = 50)]
    public void DefaultSchedule_DeadlinesFollowTheStageOrder(int year)
    {
        var period = ReviewPeriod.Year(1930 + Math.Abs(year % 8000));
        var dues = Enum.GetValues<ReviewStage>()
            .Select(s => ReviewSchedule.Default.DueDate(s, period))
            .Where(d => d is not null)
            .Select(d => d!.Value)
            .ToArray();

        Assert.Equal(dues.Order(), dues);
        Assert.True(ReviewSchedule.Default.OpeningDate(period) <= dues[0]);
    }

    /// <summary>The oracle: the rule ids that require <paramref name="first"/> to come before <paramref name="second"/>.</summary>
    private static IEnumerable<string> RulesBetween(PlanScenario scenario, ReviewSubject first, ReviewSubject second)
    {
        var policy = scenario.Policy;
        var tree = scenario.Tree;
        if (first.OrganizationId == second.OrganizationId)
        {
            if (policy.BodiesBeforePartyOrganization && first.Kind == ReviewSubjectKind.Body && second.Kind == ReviewSubjectKind.Collective)
            {
                yield return ReviewRuleIds.Order;
            }

            if (policy.CollectiveBeforeMembers && first.Kind == ReviewSubjectKind.Collective
                && second.Kind is ReviewSubjectKind.Member or ReviewSubjectKind.Head)
            {
                yield return ReviewRuleIds.CollectiveFirst;
            }

            if (policy.HeadAfterUnit && second.Kind == ReviewSubjectKind.Head && first.Kind != ReviewSubjectKind.Head)
            {
                yield return ReviewRuleIds.HeadAfterUnit;
            }
        }
        else if (first.Kind == ReviewSubjectKind.Collective && second.Kind == ReviewSubjectKind.Collective)
        {
            if (policy.Levels == LevelOrder.LowerFirst && tree.IsAncestorOf(second.OrganizationId, first.OrganizationId))
            {
                yield return ReviewRuleIds.Order;
            }

            if (policy.Levels == LevelOrder.HigherFirst && tree.IsAncestorOf(first.OrganizationId, second.OrganizationId))
            {
                yield return ReviewRuleIds.Order;
            }
        }
    }

    private static void AssertInvariants(Review review)
    {
        var stage = review.Stage;
        Assert.True(Enum.IsDefined(stage));
        Assert.Equal(stage >= ReviewStage.SelfAssessment, review.SelfRating is not null);
        Assert.Equal(stage >= ReviewStage.Conference, review.ConferenceAt is not null);
        Assert.Equal(stage >= ReviewStage.VerificationAndProposal, review.ProposedLevel is not null);
        Assert.Equal(stage >= ReviewStage.Decision, review.DecidedLevel is not null);
        if (review.DecisionFacts is { } facts)
        {
            var decision = review.Policy.Decide(facts);
            Assert.False(decision.HasViolations);
            Assert.True(review.DecidedLevel <= decision.HighestAllowed);
        }

        Assert.True(review.Feedback.Count == 0 || stage >= ReviewStage.CollectingFeedback);
        Assert.Equal(review.Remediation.Count > 0, stage >= ReviewStage.Remediation && !(stage == ReviewStage.Closed && review.Remediation.Count == 0));
        if (stage == ReviewStage.Closed)
        {
            Assert.All(review.Remediation, r => Assert.Equal(RemediationStatus.Done, r.Status));
        }

        Assert.Equal(review.Feedback.Count, review.Feedback.Select(f => f.Id).Distinct().Count());
        Assert.Equal(review.Remediation.Count, review.Remediation.Select(r => r.Id).Distinct().Count());
        Assert.IsType<ReviewPlanned>(review.Events[0]);
        Assert.Single(review.Events.OfType<ReviewPlanned>());
        Assert.All(review.Events, e => Assert.Equal(review.Subject, e.Subject));
        for (var i = 1; i < review.Events.Count; i++)
        {
            Assert.True(review.Events[i - 1].At <= review.Events[i].At);
        }

        Assert.Equal(review.Events[^1].At, review.LastEventAt);
    }
}
