using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PartyWork.Domain.Ratings;
using PartyWork.Domain.Tests.Generators;

namespace PartyWork.Domain.Tests.Ratings;

public class RatingDecisionTests
{
    private static readonly RatingPolicy P366 = RatingPolicies.ForReviewYear(2025);
    private static readonly RatingPolicy P124 = RatingPolicies.ForReviewYear(2024);
    private static readonly RatingPolicy P132 = RatingPolicies.ForReviewYear(2020);

    private static RatingFacts Individual => new(RatingSubjectKind.Individual);

    private static RatingFacts Leader => new(RatingSubjectKind.Leader);

    private static RatingFacts LeadershipCollective => new(RatingSubjectKind.LeadershipCollective);

    private static RatingFacts Organization => new(RatingSubjectKind.PartyOrganization);

    [Fact]
    [Trait("Rule", "R366-BANDS")]
    public void Decide_R366Bands_ScoreEightyFive_ProposedExcellent_IsCappedAtGood()
    {
        var decision = P366.Decide(Individual with { Score = 85m, Proposed = RatingLevel.Excellent });

        Assert.Equal(RatingLevel.Good, decision.HighestAllowed);
        var violation = Assert.Single(decision.Violations);
        Assert.Equal("R366-BANDS", violation.RuleId);
        Assert.Contains("Điểm 85 thấp hơn ngưỡng 90 điểm", violation.Vietnamese, StringComparison.Ordinal);
        Assert.Contains("Score 85 is below the 90-point threshold", violation.English, StringComparison.Ordinal);
        Assert.Contains(new RatingFigure("score", 85m), violation.Figures);
        Assert.Contains(new RatingFigure("threshold", 90m), violation.Figures);
    }

    [Fact]
    [Trait("Rule", "R366-BANDS")]
    public void Decide_R366Bands_ScoreNinetyTwo_NoOtherFacts_AllowsExcellent_WithoutCaps()
    {
        var decision = P366.Decide(Individual with { Score = 92m, Proposed = RatingLevel.Excellent });

        Assert.Equal(RatingLevel.Excellent, decision.HighestAllowed);
        Assert.False(decision.HasViolations);
        Assert.Empty(decision.ExplainCaps());
    }

    [Fact]
    [Trait("Rule", "R366-BANDS")]
    public void Decide_R366Bands_ScoreFortyNine_IsNotCompleted()
    {
        var decision = P366.Decide(Individual with { Score = 49.5m, Proposed = RatingLevel.Completed });

        Assert.Equal(RatingLevel.NotCompleted, decision.HighestAllowed);
        Assert.Equal(["R366-BANDS"], decision.Violations.Select(v => v.RuleId));
        Assert.Contains("Điểm 49,5", decision.Violations[0].Vietnamese, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "R366-XS-COND")]
    [Trait("Rule", "R366-OVERRIDE")]
    public void Decide_R366XsCond_NinetyFivePoints_ButOnlyTwentyPercentExceeded_FallsBackToGood()
    {
        var facts = Individual with
        {
            Score = 95m,
            Targets = new TargetFigures(10, 10, 10, 2),
            Proposed = RatingLevel.Excellent,
        };

        var decision = P366.Decide(facts);

        Assert.Equal(RatingLevel.Good, decision.HighestAllowed);
        var violation = Assert.Single(decision.Violations);
        Assert.Equal("R366-XS-COND", violation.RuleId);
        Assert.Contains(new RatingFigure("exceeded", 2), violation.Figures);
        Assert.Contains(new RatingFigure("minExceededPercent", 30m), violation.Figures);
        Assert.Equal(RatingLevel.Excellent, P366.Decide(facts with { Targets = new TargetFigures(10, 10, 10, 3) }).HighestAllowed);
    }

    [Fact]
    [Trait("Rule", "R366-XS-COND")]
    public void Decide_R366XsCond_Leader_LedUnitMustAlsoExceedThirtyPercent()
    {
        var facts = Leader with
        {
            Score = 93m,
            Targets = new TargetFigures(8, 8, 8, 4),
            LedUnitTargets = new TargetFigures(20, 20, 20, 5),
        };

        var caps = P366.Decide(facts).ExplainCaps();

        Assert.Equal(RatingLevel.Good, P366.Decide(facts).HighestAllowed);
        var cap = Assert.Single(caps);
        Assert.Equal("R366-XS-COND", cap.RuleId);
        Assert.Contains("đơn vị được giao lãnh đạo", cap.Vietnamese, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "R366-XS-COND")]
    public void Decide_R366XsCond_Collective_WithADisciplinedSubUnit_IsNotExcellent()
    {
        var decision = P366.Decide(Organization with { Score = 96m, DisciplinedSubUnits = 1, SubUnits = RatingTally.FromCounts(3, 9, 0, 0) });

        Assert.Equal(RatingLevel.Good, decision.HighestAllowed);
        Assert.Equal("R366-XS-COND", Assert.Single(decision.ExplainCaps()).RuleId);
    }

    [Fact]
    [Trait("Rule", "R366-T-COND")]
    public void Decide_R366TCond_EightyPoints_OneTargetLate_IsCompleted()
    {
        var decision = P366.Decide(Individual with
        {
            Score = 80m,
            Targets = new TargetFigures(10, 10, 9, 0),
            Proposed = RatingLevel.Good,
        });

        Assert.Equal(RatingLevel.Completed, decision.HighestAllowed);
        Assert.Equal("R366-T-COND", Assert.Single(decision.Violations).RuleId);
    }

    [Fact]
    [Trait("Rule", "R366-HT-COND")]
    public void Decide_R366HtCond_Collective_ThirtyPercentLate_IsNotCompleted()
    {
        var decision = P366.Decide(Organization with
        {
            Score = 60m,
            Targets = new TargetFigures(10, 10, 7, 0),
            Proposed = RatingLevel.Completed,
        });

        Assert.Equal(RatingLevel.NotCompleted, decision.HighestAllowed);
        Assert.Equal("R366-HT-COND", Assert.Single(decision.Violations).RuleId);
        Assert.Equal(
            RatingLevel.Completed,
            P366.Decide(Organization with { Score = 60m, Targets = new TargetFigures(10, 10, 8, 0) }).HighestAllowed);
    }

    [Fact]
    [Trait("Rule", "R366-OVERRIDE")]
    public void Decide_R366Override_DegradationMakesNotCompleted_RegardlessOfPoints()
    {
        var decision = P366.Decide(Individual with { Score = 97m, DegradationConcluded = true, Proposed = RatingLevel.Excellent });

        Assert.Equal(RatingLevel.NotCompleted, decision.HighestAllowed);
        Assert.Equal("R366-OVERRIDE", Assert.Single(decision.Violations).RuleId);
    }

    [Theory]
    [Trait("Rule", "R366-K-LEADER")]
    [InlineData(6, 10, null, 0, 0)]
    [InlineData(10, 10, 51, 0, 0)]
    [InlineData(10, 10, null, 6, 4)]
    public void Decide_R366KLeader_Triggers(int ledDone, int ledTotal, int? lowConfidence, int unitsK, int unitsOther)
    {
        var facts = Leader with
        {
            Score = 91m,
            LedUnitTargets = new TargetFigures(ledTotal, ledDone, ledDone, ledDone / 2),
            LowConfidencePercent = lowConfidence,
            SubUnits = RatingTally.FromCounts(0, unitsOther, 0, unitsK),
            Proposed = RatingLevel.Good,
        };

        var decision = P366.Decide(facts);

        Assert.Equal(RatingLevel.NotCompleted, decision.HighestAllowed);
        Assert.Contains(decision.Violations, v => v.RuleId == "R366-K-LEADER");
    }

    [Fact]
    [Trait("Rule", "R366-K-LEADER")]
    public void Decide_R366KLeader_AtTheThresholds_DoesNotTrigger()
    {
        var facts = Leader with
        {
            Score = 75m,
            LedUnitTargets = new TargetFigures(10, 7, 7, 0),
            LowConfidencePercent = 50m,
            SubUnits = RatingTally.FromCounts(0, 5, 0, 5),
        };

        Assert.DoesNotContain(P366.Decide(facts).ExplainCaps(), c => c.RuleId == "R366-K-LEADER");
    }

    [Fact]
    [Trait("Rule", "R48-DISCIPLINE")]
    public void Decide_R48Discipline_ReprimandInTheYear_IsNotCompleted_ButCountedOnce()
    {
        var disciplined = Individual with { Score = 88m, Discipline = new DisciplineRecord(Discipline.Reprimand), Proposed = RatingLevel.Good };
        var alreadyCounted = disciplined with { Discipline = new DisciplineRecord(Discipline.Reprimand, AlreadyCounted: true) };

        var decision = P366.Decide(disciplined);

        Assert.Equal(RatingLevel.NotCompleted, decision.HighestAllowed);
        var violation = Assert.Single(decision.Violations);
        Assert.Equal("R48-DISCIPLINE", violation.RuleId);
        Assert.Contains("khiển trách", violation.Vietnamese, StringComparison.Ordinal);
        Assert.Equal(RatingLevel.Good, P366.Decide(alreadyCounted).HighestAllowed);
    }

    [Fact]
    [Trait("Rule", "R21-MEMBER-K")]
    public void Decide_R21MemberK_DisciplineTargetsAndCivilService_EachMakeNotCompleted()
    {
        var proposedGood = Individual with { Proposed = RatingLevel.Good };

        Assert.Equal("R21-MEMBER-K", Assert.Single(P132.Decide(proposedGood with { Discipline = new DisciplineRecord(Discipline.Warning) }).Violations).RuleId);
        Assert.Equal("R21-MEMBER-K", Assert.Single(P132.Decide(proposedGood with { Targets = new TargetFigures(10, 4, 4, 0) }).Violations).RuleId);
        Assert.Equal("R21-MEMBER-K", Assert.Single(P132.Decide(proposedGood with { CivilServiceRating = RatingLevel.NotCompleted }).Violations).RuleId);
        Assert.False(P132.Decide(proposedGood with { Targets = new TargetFigures(10, 5, 5, 0) }).HasViolations);
    }

    [Fact]
    [Trait("Rule", "R21-MEMBER-XS")]
    public void Decide_R21MemberXs_NeedsExcellentTaskResults_AndExcellentAsCivilServant()
    {
        var proposed = Individual with { Proposed = RatingLevel.Excellent, TaskResultGrade = CriterionGrade.Excellent, LowestOtherGrade = CriterionGrade.Good };

        Assert.False(P132.Decide(proposed).HasViolations);
        Assert.Equal("R21-MEMBER-XS", Assert.Single(P132.Decide(proposed with { TaskResultGrade = CriterionGrade.Good }).Violations).RuleId);
        Assert.Equal("R21-MEMBER-XS", Assert.Single(P132.Decide(proposed with { CivilServiceRating = RatingLevel.Good }).Violations).RuleId);
    }

    [Theory]
    [Trait("Rule", "R21-ORG-XS")]
    [InlineData(2, 6, 2, 0, RatingLevel.Excellent)]
    [InlineData(2, 5, 3, 0, RatingLevel.Good)]
    [InlineData(3, 6, 0, 1, RatingLevel.Good)]
    public void Decide_R21OrgXs_HundredPercentCompletedAndEightyPercentGood(long e, long g, long c, long k, RatingLevel expected)
    {
        var decision = P132.Decide(Organization with { SubUnits = RatingTally.FromCounts(e, g, c, k), Proposed = RatingLevel.Excellent });

        Assert.Equal(expected, decision.HighestAllowed);
        Assert.Equal(expected != RatingLevel.Excellent, decision.Violations.Any(v => v.RuleId == "R21-ORG-XS"));
    }

    [Fact]
    [Trait("Rule", "R21-ORG-XS")]
    public void Decide_R21OrgXs_KeyCriteriaMustBeExcellent_CitesTheOrganizationRule()
    {
        var decision = P132.Decide(Organization with { TaskResultGrade = CriterionGrade.Good, Proposed = RatingLevel.Excellent });

        Assert.Equal("R21-ORG-XS", Assert.Single(decision.Violations).RuleId);
    }

    [Fact]
    [Trait("Rule", "R21-LEADCOLL-K")]
    public void Decide_R21LeadCollK_AMemberWarned_MakesTheCollectiveNotCompleted_AReprimandDoesNot()
    {
        var warned = P132.Decide(LeadershipCollective with { LeadershipMemberDiscipline = Discipline.Warning, Proposed = RatingLevel.Good });
        var reprimanded = P132.Decide(LeadershipCollective with { LeadershipMemberDiscipline = Discipline.Reprimand, Proposed = RatingLevel.Good });

        Assert.Equal(RatingLevel.NotCompleted, warned.HighestAllowed);
        Assert.Equal("R21-LEADCOLL-K", Assert.Single(warned.Violations).RuleId);
        Assert.False(reprimanded.HasViolations);
    }

    [Fact]
    [Trait("Rule", "R132-K-ORG")]
    public void Decide_R132KOrg_MoreThanTwentyPercentOfSubUnitsDisciplined_IsNotCompleted()
    {
        var units = RatingTally.FromCounts(1, 7, 2, 0);

        var three = P132.Decide(Organization with { SubUnits = units, DisciplinedSubUnits = 3, Proposed = RatingLevel.Completed });
        var two = P132.Decide(Organization with { SubUnits = units, DisciplinedSubUnits = 2, Proposed = RatingLevel.Completed });

        Assert.Equal("R132-K-ORG", Assert.Single(three.Violations).RuleId);
        Assert.Contains(new RatingFigure("disciplinedSubUnits", 3), three.Violations[0].Figures);
        Assert.False(two.HasViolations);
    }

    [Fact]
    [Trait("Rule", "R21-CAP-COLL")]
    public void Decide_R21CapColl_CollectiveCannotBeAboveTheOrganizationItLeads()
    {
        var decision = P132.Decide(LeadershipCollective with { LedUnitRating = RatingLevel.Good, Proposed = RatingLevel.Excellent });

        Assert.Equal(RatingLevel.Good, decision.HighestAllowed);
        var violation = Assert.Single(decision.Violations);
        Assert.Equal("R21-CAP-COLL", violation.RuleId);
        Assert.Contains("không được xếp loại cao hơn", violation.Vietnamese, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "R21-CAP-HEAD")]
    public void Decide_R21CapHead_HeadCannotBeAboveTheCollectiveTheyHead()
    {
        var decision = P132.Decide(Leader with { LedUnitRating = RatingLevel.Completed, Proposed = RatingLevel.Good });

        Assert.Equal(RatingLevel.Completed, decision.HighestAllowed);
        Assert.Equal("R21-CAP-HEAD", Assert.Single(decision.Violations).RuleId);
        Assert.False(P132.Decide(Leader with { LedUnitRating = RatingLevel.Completed, Proposed = RatingLevel.Completed }).HasViolations);
    }

    [Fact]
    [Trait("Rule", "R124-HEAD-TIE")]
    public void Decide_R124HeadTie_IsOnByDefault_AndCanBeSwitchedOff()
    {
        var facts = Leader with { LedUnitRating = RatingLevel.Good, Proposed = RatingLevel.Excellent };
        var noTie = P124 with { Caps = P124.Caps with { CapHead = false } };

        Assert.Equal("R124-HEAD-TIE", Assert.Single(P124.Decide(facts).Violations).RuleId);
        Assert.False(noTie.Decide(facts).HasViolations);
    }

    [Fact]
    [Trait("Rule", "R124-XS")]
    public void Decide_R124Xs_IndividualNeedsAllOnTimeAndHalfExceeded()
    {
        var facts = Individual with { Targets = new TargetFigures(10, 10, 10, 4), Proposed = RatingLevel.Excellent };

        Assert.Equal("R124-XS", Assert.Single(P124.Decide(facts).Violations).RuleId);
        Assert.False(P124.Decide(facts with { Targets = new TargetFigures(10, 10, 10, 5) }).HasViolations);
    }

    [Fact]
    [Trait("Rule", "R124-T")]
    public void Decide_R124T_CollectiveWithAverageTaskResults_IsAtMostCompleted()
    {
        var decision = P124.Decide(Organization with { TaskResultGrade = CriterionGrade.Average, Proposed = RatingLevel.Good });

        Assert.Equal(RatingLevel.Completed, decision.HighestAllowed);
        Assert.Equal("R124-T", Assert.Single(decision.Violations).RuleId);
    }

    [Fact]
    [Trait("Rule", "R124-HT")]
    [Trait("Rule", "R124-K")]
    public void Decide_R124HtAndK_APoorCriterion_IsNotCompleted_CitingBoth()
    {
        var decision = P124.Decide(Organization with { LowestOtherGrade = CriterionGrade.Poor, Proposed = RatingLevel.Completed });

        Assert.Equal(RatingLevel.NotCompleted, decision.HighestAllowed);
        Assert.Equal(["R124-HT", "R124-K"], decision.Violations.Select(v => v.RuleId));
    }

    [Fact]
    [Trait("Rule", "R124-K")]
    public void Decide_R124K_SelfDetectedDisciplineAndForceMajeure_AreExcepted()
    {
        var disciplined = Individual with { Discipline = new DisciplineRecord(Discipline.Reprimand), Proposed = RatingLevel.Good };
        var selfDetected = disciplined with { Discipline = new DisciplineRecord(Discipline.Reprimand, SelfDetectedAndRemedied: true) };
        var missed = Leader with { LedUnitTargets = new TargetFigures(10, 4, 4, 0), Proposed = RatingLevel.Completed };

        Assert.Equal("R124-K", Assert.Single(P124.Decide(disciplined).Violations).RuleId);
        Assert.False(P124.Decide(selfDetected).HasViolations);
        var orgMissed = Organization with { Targets = new TargetFigures(10, 4, 4, 0), Proposed = RatingLevel.Completed };
        Assert.Equal("R124-K", Assert.Single(P124.Decide(missed).Violations).RuleId);
        Assert.Equal("R124-K", Assert.Single(P124.Decide(missed with { ForceMajeure = true }).Violations).RuleId);
        Assert.Equal("R124-K", Assert.Single(P124.Decide(orgMissed).Violations).RuleId);
        Assert.False(P124.Decide(orgMissed with { ForceMajeure = true }).HasViolations);
    }

    [Fact]
    [Trait("Rule", "R124-EXEMPT")]
    public void Decide_R124Exempt_NewAndSuspendedMembersAreNotRated()
    {
        var newMember = P124.Decide(Individual with { MonthsSinceAdmission = 4, Proposed = RatingLevel.Good });
        var suspended = P124.Decide(Individual with { IsSuspended = true });
        var sixMonths = P124.Decide(Individual with { MonthsSinceAdmission = 6, Proposed = RatingLevel.Good });

        Assert.True(newMember.IsExempt);
        Assert.Null(newMember.HighestAllowed);
        Assert.Equal("R124-EXEMPT", Assert.Single(newMember.Violations).RuleId);
        Assert.Contains("chưa đủ 6 tháng", newMember.Violations[0].Vietnamese, StringComparison.Ordinal);
        Assert.True(suspended.IsExempt);
        Assert.False(suspended.HasViolations);
        Assert.Empty(suspended.ExplainCaps());
        Assert.False(sixMonths.IsExempt);
        Assert.False(RatingPolicies.Qd132Hd21.Decide(Individual with { MonthsSinceAdmission = 4 }).IsExempt);
    }

    [Fact]
    public void Decide_ChecksTheSelfRating_WhenNothingIsProposed()
    {
        var decision = P366.Decide(Individual with { Score = 72m, SelfRating = RatingLevel.Excellent });

        Assert.Equal(RatingLevel.Good, decision.HighestAllowed);
        Assert.Equal("R366-BANDS", Assert.Single(decision.Violations).RuleId);
        Assert.False(P366.Decide(Individual with { Score = 72m, SelfRating = RatingLevel.Excellent, Proposed = RatingLevel.Good }).HasViolations);
    }

    [Fact]
    public void Decide_Legacy_AppliesNoRule()
    {
        var decision = RatingPolicies.Legacy.Decide(LeadershipCollective with { LedUnitRating = RatingLevel.Completed, DegradationConcluded = true, Proposed = RatingLevel.Excellent });

        Assert.Equal(RatingLevel.Excellent, decision.HighestAllowed);
        Assert.False(decision.HasViolations);
    }

    [Fact]
    public void Decide_BadInput_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => P366.Decide(null!));
        Assert.Throws<System.ComponentModel.InvalidEnumArgumentException>(() => new RatingFacts(0));
        Assert.Throws<System.ComponentModel.InvalidEnumArgumentException>(() => Individual with { Proposed = (RatingLevel)9 });
        Assert.Throws<ArgumentOutOfRangeException>(() => Individual with { Score = 100.5m });
        Assert.Throws<ArgumentOutOfRangeException>(() => Individual with { Score = -1m });
        Assert.Throws<ArgumentOutOfRangeException>(() => Leader with { LowConfidencePercent = 101m });
        Assert.Throws<ArgumentException>(() => Organization with { DisciplinedSubUnits = -1 });
        Assert.Throws<ArgumentException>(() => Individual with { MonthsSinceAdmission = -2 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new TargetFigures(5, 6, 0, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new TargetFigures(5, 4, 5, 0));
        Assert.Throws<ArgumentException>(() => new TargetFigures(-1, 0, 0, 0));
        Assert.Empty(default(RatingDecision).ExplainCaps());
    }

    [Fact]
    public void Decide_NoViolation_AllocatesNothing()
    {
        var facts = Individual with
        {
            Score = 86.5m,
            Targets = new TargetFigures(12, 12, 12, 3),
            Proposed = RatingLevel.Good,
            SelfRating = RatingLevel.Good,
        };
        for (var i = 0; i < 50; i++)
        {
            _ = P366.Decide(facts);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        var decision = P366.Decide(facts);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(RatingLevel.Good, decision.HighestAllowed);
        Assert.Equal(0, allocated);
    }

    [Property]
    public Property Decide_NeverExceedsACap_AndTheHighestIsTheLowestCap() =>
        Prop.ForAll(RatingsGenerators.Policies(), RatingsGenerators.Facts(), (policy, facts) =>
        {
            var decision = policy.Decide(facts);
            if (decision.IsExempt)
            {
                return decision.ExplainCaps().Count == 0;
            }

            var caps = decision.ExplainCaps();
            var lowest = caps.Count == 0 ? RatingLevel.Excellent : caps.Min(c => c.Maximum);
            return caps.All(c => decision.HighestAllowed <= c.Maximum) && decision.HighestAllowed == lowest;
        });

    [Property]
    public Property Decide_ViolationsExactlyWhenTheCheckedLevelIsAboveTheHighest() =>
        Prop.ForAll(RatingsGenerators.Policies(), RatingsGenerators.Facts(), (policy, facts) =>
        {
            var decision = policy.Decide(facts);
            var texts = decision.Violations.All(v => v.Vietnamese.Length > 0 && v.English.Length > 0);
            if (decision.IsExempt)
            {
                // R124-EXEMPT: one violation when a level was given anyway, none otherwise.
                return texts && decision.Violations.Select(v => v.RuleId)
                    .SequenceEqual(facts.Checked is null ? [] : [policy.Exemption!.RuleId]);
            }

            var sheet = facts.ScoreSheetViolations.Count;
            var above = facts.Checked is { } level && level > decision.HighestAllowed;
            var citedCaps = decision.ExplainCaps().Where(c => facts.Checked is { } l && c.Maximum < l).Select(c => c.RuleId);
            return decision.Violations.Take(sheet).SequenceEqual(facts.ScoreSheetViolations)
                && decision.Violations.Count > sheet == above
                && decision.Violations.Skip(sheet).Select(v => v.RuleId).SequenceEqual(citedCaps)
                && texts;
        });

    [Property]
    public Property Decide_Proposing_TheHighestAllowed_NeverViolates() =>
        Prop.ForAll(RatingsGenerators.Policies(), RatingsGenerators.Facts(), (policy, facts) =>
        {
            var highest = policy.Decide(facts).HighestAllowed;
            return highest is not { } level
                || policy.Decide(facts with { Proposed = level }).Violations.SequenceEqual(facts.ScoreSheetViolations);
        });

    [Property]
    public Property Decide_AgreesWithAnIndependentOracle_OnExemptionBandsCapsAndDiscipline() =>
        Prop.ForAll(RatingsGenerators.Policies(), RatingsGenerators.Facts(), (policy, facts) =>
        {
            var decision = policy.Decide(facts);
            var version = policy.Version;
            var legacy = version == RegulationVersion.Legacy;
            var person = facts.Subject is RatingSubjectKind.Individual or RatingSubjectKind.Leader;

            // R124-EXEMPT (also under 366 [I]): suspended, or admitted less than 6 months ago.
            var exempt = version is RegulationVersion.Qd124Hd25 or RegulationVersion.Qd366Hd43
                && person
                && (facts.IsSuspended || facts.MonthsSinceAdmission is < 6);
            if (exempt)
            {
                return (decision.HighestAllowed is null).Label("exempt → no level");
            }

            if (decision.HighestAllowed is not { } highest)
            {
                return false.Label("not exempt but no level");
            }

            if (legacy)
            {
                return (highest == RatingLevel.Excellent).Label("legacy applies no rule");
            }

            // The score sheet on the 366 frame: common ≤ 30, task results ≤ 70, the deduction within the task points.
            var sheet = facts.ScoreSheet;
            decimal? sheetTotal = null;
            var sheetBad = false;
            if (sheet is not null)
            {
                var common = sheet.Points.GetValueOrDefault(CriteriaSets.CommonCode);
                var tasks = sheet.Points.GetValueOrDefault(CriteriaSets.TaskResultsCode);
                var deducted = sheet.Deductions.Sum(d => d.Points);
                sheetBad = !ReferenceEquals(sheet.Set, CriteriaSets.Regulation366) || common > 30m || tasks > 70m || deducted > tasks;
                sheetTotal = sheetBad ? null : common + tasks - deducted;
            }

            var score = facts.Score ?? sheetTotal;
            var bandOk = version != RegulationVersion.Qd366Hd43 || score is not { } s || highest <= BandOf(s);
            var ledOk = facts.LedUnitRating is not { } led
                || facts.Subject is RatingSubjectKind.Individual or RatingSubjectKind.PartyOrganization
                || highest <= led;
            var disciplineCounts = facts.Discipline.Form >= Discipline.Reprimand
                && !facts.Discipline.AlreadyCounted
                && !(version == RegulationVersion.Qd124Hd25 && facts.Discipline.SelfDetectedAndRemedied);
            var subUnitViolation = (version is RegulationVersion.Qd132Hd16 or RegulationVersion.Qd132Hd21
                    && facts.Subject == RatingSubjectKind.PartyOrganization && facts.SubUnitsHandledForViolations > 0)
                || (version == RegulationVersion.Qd124Hd25 && !person && facts.SubUnitsDisciplinedForCorruptionOrWaste > 0);
            var kOk = !(disciplineCounts || facts.DegradationConcluded || subUnitViolation) || highest == RatingLevel.NotCompleted;
            var sheetReported = !sheetBad || decision.Violations.Any(v => v.RuleId == sheet!.Set.RuleId);
            return bandOk.Label($"band: score {score}, highest {highest}")
                .And(ledOk.Label($"head / collective cap: led {facts.LedUnitRating}, highest {highest}"))
                .And(kOk.Label($"discipline, degradation or a sub-unit violation → K, highest {highest}"))
                .And(sheetReported.Label("an unusable sheet is reported"));
        });

    [Property]
    public Property Decide_MainTargetsAllDone_NeverLowers_AndMainTargetsMissed_ChangesNothing() =>
        Prop.ForAll(RatingsGenerators.Policies(), RatingsGenerators.Facts(), (policy, facts) =>
        {
            static TargetFigures? Plain(TargetFigures? f) => f is { } t ? new TargetFigures(t.Total, t.Done, t.OnTime, t.Exceeded) : null;
            static TargetFigures? MainAllDone(TargetFigures? f) => f is { } t ? new TargetFigures(t.Total, t.Done, t.OnTime, t.Exceeded, t.Done, t.Done) : null;
            static TargetFigures? MainMissed(TargetFigures? f) =>
                f is { } t && t.Done < t.Total ? new TargetFigures(t.Total, t.Done, t.OnTime, t.Exceeded, t.Total - t.Done, 0) : Plain(f);
            var plain = policy.Decide(facts with { Targets = Plain(facts.Targets), LedUnitTargets = Plain(facts.LedUnitTargets) }).HighestAllowed;
            var allDone = policy.Decide(facts with { Targets = MainAllDone(facts.Targets), LedUnitTargets = MainAllDone(facts.LedUnitTargets) }).HighestAllowed;
            var missed = policy.Decide(facts with { Targets = MainMissed(facts.Targets), LedUnitTargets = MainMissed(facts.LedUnitTargets) }).HighestAllowed;
            return (plain is null ? allDone is null : allDone >= plain).Label($"all main done: {allDone} vs {plain}")
                .And((missed == plain).Label($"main missed: {missed} vs {plain}"));
        });

    // R366-BANDS written out from the regulation: ≥ 90 excellent, ≥ 70 good, ≥ 50 completed, below that not completed.
    private static RatingLevel BandOf(decimal score) => score switch
    {
        >= 90m => RatingLevel.Excellent,
        >= 70m => RatingLevel.Good,
        >= 50m => RatingLevel.Completed,
        _ => RatingLevel.NotCompleted,
    };
}
