using PartyWork.Domain.Ratings;

namespace PartyWork.Domain.Tests.Ratings;

/// <summary>Reproductions of review findings on the decision: each failed before its fix.</summary>
public class RatingReviewFindingsTests
{
    private static readonly RatingPolicy P366 = RatingPolicies.ForReviewYear(2025);
    private static readonly RatingPolicy P124 = RatingPolicies.ForReviewYear(2024);
    private static readonly RatingPolicy P132 = RatingPolicies.ForReviewYear(2020);

    private static RatingFacts Individual => new(RatingSubjectKind.Individual);

    private static RatingFacts Leader => new(RatingSubjectKind.Leader);

    private static RatingFacts LeadershipCollective => new(RatingSubjectKind.LeadershipCollective);

    private static RatingFacts Organization => new(RatingSubjectKind.PartyOrganization);

    [Fact]
    [Trait("Rule", "R21-MEMBER-K")]
    public void Decide_R21MemberK_LeaderWithWeakLedUnit_IsNotK()
    {
        var decision = P132.Decide(Leader with { LedUnitTargets = new TargetFigures(10, 4, 4, 0), Proposed = RatingLevel.Good });

        Assert.False(decision.HasViolations);
        Assert.DoesNotContain(decision.ExplainCaps(), c => c.Maximum == RatingLevel.NotCompleted);
    }

    [Fact]
    [Trait("Rule", "R21-LEADCOLL-K")]
    public void Decide_R21LeadCollK_CollectiveWithLedUnitBelowHalf_IsK()
    {
        var decision = P132.Decide(LeadershipCollective with { LedUnitTargets = new TargetFigures(10, 4, 4, 0), Proposed = RatingLevel.Good });

        Assert.Equal(RatingLevel.NotCompleted, decision.HighestAllowed);
        Assert.Equal("R21-LEADCOLL-K", Assert.Single(decision.Violations).RuleId);
    }

    [Fact]
    [Trait("Rule", "R366-K-LEADER")]
    public void Decide_R366KLeader_DoesNotApplyToLeadershipCollectives()
    {
        var decision = P366.Decide(LeadershipCollective with { Score = 85m, LedUnitTargets = new TargetFigures(100, 65, 65, 0), Proposed = RatingLevel.Good });

        Assert.Equal(RatingLevel.Good, decision.HighestAllowed);
        Assert.False(decision.HasViolations);
    }

    [Fact]
    [Trait("Rule", "R124-T")]
    public void Decide_R124T_OrganizationWithADisciplinedSubUnit_IsNotGood()
    {
        var decision = P124.Decide(Organization with
        {
            SubUnits = RatingTally.FromCounts(0, 10, 0, 0),
            DisciplinedSubUnits = 1,
            Proposed = RatingLevel.Good,
        });

        Assert.Equal(RatingLevel.NotCompleted, decision.HighestAllowed);
        Assert.Equal(["R124-T", "R124-HT"], decision.Violations.Select(v => v.RuleId));
        Assert.Contains("1 tổ chức trực thuộc bị kỷ luật", decision.Violations[0].Vietnamese, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "R124-HT")]
    public void Decide_R124HT_CollectiveWithAnExpelledLeadershipMember_IsK()
    {
        var decision = P124.Decide(LeadershipCollective with { LeadershipMemberDiscipline = Discipline.Expulsion, Proposed = RatingLevel.Good });

        Assert.Equal(RatingLevel.NotCompleted, decision.HighestAllowed);
        Assert.Contains(decision.Violations, v => v.RuleId == "R124-T");
        Assert.Contains(decision.ExplainCaps(), c => c.RuleId == "R124-HT" && c.Maximum == RatingLevel.NotCompleted);
    }

    [Fact]
    [Trait("Rule", "R124-T")]
    public void Decide_R124T_SelfDetectedDiscipline_IsExcepted_ButNotForExcellent()
    {
        var facts = Organization with
        {
            SubUnits = RatingTally.FromCounts(0, 10, 0, 0),
            SelfDetectedDisciplinedSubUnits = 1,
            Proposed = RatingLevel.Good,
        };
        var member = LeadershipCollective with
        {
            LeadershipMemberDiscipline = Discipline.Reprimand,
            LeadershipMemberSelfDetected = true,
            Proposed = RatingLevel.Good,
        };

        Assert.Equal(RatingLevel.Good, P124.Decide(facts).HighestAllowed);
        Assert.False(P124.Decide(facts).HasViolations);
        Assert.Equal(RatingLevel.Good, P124.Decide(member).HighestAllowed);
        Assert.Equal("R124-XS", Assert.Single(P124.Decide(facts with { Proposed = RatingLevel.Excellent }).Violations).RuleId);
    }

    [Fact]
    [Trait("Rule", "R21-LEADCOLL-K")]
    public void Decide_R21LeadCollK_DisciplinedCollective_CitesTheCollectiveRule()
    {
        var decision = P132.Decide(LeadershipCollective with { Discipline = new DisciplineRecord(Discipline.Reprimand), Proposed = RatingLevel.Good });

        Assert.Equal("R21-LEADCOLL-K", Assert.Single(decision.Violations).RuleId);
    }

    [Fact]
    [Trait("Rule", "R132-K-ORG")]
    public void Decide_R132KOrg_DisciplinedOrganization_CitesTheOrganizationRule()
    {
        var decision = P132.Decide(Organization with { Discipline = new DisciplineRecord(Discipline.Reprimand), Proposed = RatingLevel.Good });

        Assert.Equal("R132-K-ORG", Assert.Single(decision.Violations).RuleId);
        Assert.Equal("R21-MEMBER-K", Assert.Single(P132.Decide(Individual with { Discipline = new DisciplineRecord(Discipline.Reprimand), Proposed = RatingLevel.Good }).Violations).RuleId);
    }

    [Fact]
    [Trait("Rule", "R21-MEMBER-K")]
    public void Decide_R21MemberK_ForceMajeure_DoesNotExceptAMember()
    {
        var decision = P132.Decide(Individual with { Targets = new TargetFigures(10, 4, 4, 0), ForceMajeure = true, Proposed = RatingLevel.Excellent });

        Assert.Equal(RatingLevel.NotCompleted, decision.HighestAllowed);
        Assert.Contains(decision.Violations, v => v.RuleId == "R21-MEMBER-K");
    }

    [Fact]
    [Trait("Rule", "R132-K-ORG")]
    public void Decide_R132KOrg_ForceMajeure_ExceptsTheOrganization()
    {
        var facts = Organization with { Targets = new TargetFigures(10, 4, 4, 0), Proposed = RatingLevel.Completed };

        Assert.Equal("R132-K-ORG", Assert.Single(P132.Decide(facts).Violations).RuleId);
        Assert.False(P132.Decide(facts with { ForceMajeure = true }).HasViolations);
    }

    [Fact]
    [Trait("Rule", "R366-K-LEADER")]
    public void Decide_R366KLeader_ForceMajeure_DoesNotExceptTheLeader()
    {
        var decision = P366.Decide(Leader with { Score = 80m, LedUnitTargets = new TargetFigures(10, 6, 6, 0), ForceMajeure = true, Proposed = RatingLevel.Good });

        Assert.Equal(RatingLevel.NotCompleted, decision.HighestAllowed);
        Assert.Contains(decision.Violations, v => v.RuleId == "R366-K-LEADER");
    }

    [Fact]
    [Trait("Rule", "R124-XS")]
    public void Decide_R124Xs_LeaderPartIsNotHardCoded_LedUnitLateTargetDoesNotCap()
    {
        var decision = P124.Decide(Leader with
        {
            Targets = new TargetFigures(10, 10, 10, 5),
            LedUnitTargets = new TargetFigures(10, 10, 9, 5),
            Proposed = RatingLevel.Excellent,
        });

        Assert.Equal(RatingLevel.Excellent, decision.HighestAllowed);
        Assert.False(decision.HasViolations);
        Assert.Null(RatingPolicies.Qd124Hd25.ExcellentLedUnitTargets);
    }

    [Fact]
    [Trait("Rule", "R366-XS-COND")]
    public void Decide_R366XsCond_LedUnits_NeedAllDoneAndThirtyPercentExceeded_NotAllOnTime()
    {
        var facts = Leader with { Score = 95m, Targets = new TargetFigures(8, 8, 8, 4), LedUnitTargets = new TargetFigures(10, 10, 9, 4) };
        var fewExceeded = facts with { LedUnitTargets = new TargetFigures(10, 10, 10, 2), Proposed = RatingLevel.Excellent };

        Assert.Equal(RatingLevel.Excellent, P366.Decide(facts).HighestAllowed);
        Assert.Equal(RatingLevel.Good, P366.Decide(fewExceeded).HighestAllowed);
        var violation = Assert.Single(P366.Decide(fewExceeded).Violations);
        Assert.Equal("R366-XS-COND", violation.RuleId);
        Assert.Contains(new RatingFigure("minExceededPercent", 30m), violation.Figures);
    }

    [Fact]
    [Trait("Rule", "R366-T-COND")]
    public void Decide_R366TCond_LedUnits_NeedAllOnTime()
    {
        var facts = Leader with { Score = 80m, LedUnitTargets = new TargetFigures(10, 10, 9, 0), Proposed = RatingLevel.Good };

        var decision = P366.Decide(facts);

        Assert.Equal(RatingLevel.Completed, decision.HighestAllowed);
        Assert.Equal("R366-T-COND", Assert.Single(decision.Violations).RuleId);
        Assert.Contains("đơn vị được giao lãnh đạo", decision.Violations[0].Vietnamese, StringComparison.Ordinal);
    }
}
