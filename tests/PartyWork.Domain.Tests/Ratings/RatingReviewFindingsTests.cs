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

    [Fact]
    [Trait("Rule", "R21-ORG-XS")]
    public void Decide_R21OrgXs_HugeSubUnitCounts_DoNotOverflow()
    {
        var facts = Organization with { SubUnits = RatingTally.FromCounts(long.MaxValue, 1, 0, 0), Proposed = RatingLevel.Excellent };

        var decision = P132.Decide(facts);

        Assert.Equal(RatingLevel.Excellent, decision.HighestAllowed);
        Assert.False(decision.HasViolations);
    }

    [Fact]
    [Trait("Rule", "R366-K-LEADER")]
    public void Decide_R366KLeader_HugeSubUnitCounts_DoNotOverflow()
    {
        var facts = Leader with { Score = 80m, SubUnits = RatingTally.FromCounts(1, 1, 1, long.MaxValue), Proposed = RatingLevel.Good };

        var decision = P366.Decide(facts);

        Assert.Equal(RatingLevel.NotCompleted, decision.HighestAllowed);
        Assert.Contains(decision.Violations, v => v.RuleId == "R366-K-LEADER" && v.Figures.Contains(new RatingFigure("total", (decimal)long.MaxValue + 3)));
    }

    [Fact]
    [Trait("Rule", "R124-QUOTA")]
    public void Check_R124Quota_HugeGroup_DoesNotOverflow()
    {
        var rule = new QuotaRule("R124-QUOTA");

        var excess = Assert.Single(rule.Check([new QuotaGroup("toàn quốc", RatingTally.FromCounts(long.MaxValue, 1, 0, 0))]));

        Assert.Equal(0, excess.AllowedWithCurrentGood);
        Assert.True(excess.MinimumDemotions > long.MaxValue / 2);
    }

    [Fact]
    [Trait("Rule", "R89-TERM")]
    public void TermRatingAndFlags_YearsOutsideTheRange_ThrowTheDocumentedException()
    {
        var history = new RatingHistory([new YearRating(2024, RatingLevel.Good)]);

        Assert.Throws<ArgumentOutOfRangeException>(() => history.TermRating(int.MaxValue, int.MaxValue));
        Assert.Throws<ArgumentOutOfRangeException>(() => history.TermRating(2021, 3_000_000));
        Assert.Throws<ArgumentOutOfRangeException>(() => history.Flags(int.MinValue, HistoryRoles.PartyMember));
        Assert.Throws<ArgumentOutOfRangeException>(() => history.Flags(2024, HistoryRoles.CivilServant | HistoryRoles.Leader, appointmentFirstYear: int.MinValue));
    }

    [Fact]
    [Trait("Rule", "R366-SCALE")]
    public void ScoreSheet_HugeDeductions_AreAViolation_NotAnOverflow()
    {
        var code = CriteriaSets.Regulation366.Criteria[0].Code;
        var sheet = ScoreSheet.For(CriteriaSets.Regulation366)
            .WithDeduction(code, decimal.MaxValue, "a")
            .WithDeduction(code, decimal.MaxValue, "b");

        var facts = Individual with { ScoreSheet = sheet, Proposed = RatingLevel.Good };

        Assert.Null(facts.EffectiveScore);
        Assert.Contains(P366.Decide(facts).Violations, v => v.RuleId == "R366-SCALE");
    }

    [Fact]
    [Trait("Rule", "R21-LEADCOLL-K")]
    public void RatingFacts_UndefinedDisciplineOrGrade_ThrowsInvalidEnumArgument()
    {
        Assert.Throws<System.ComponentModel.InvalidEnumArgumentException>(() => Individual with { Discipline = new DisciplineRecord((Discipline)9) });
        Assert.Throws<System.ComponentModel.InvalidEnumArgumentException>(() => LeadershipCollective with { LeadershipMemberDiscipline = (Discipline)9 });
        Assert.Throws<System.ComponentModel.InvalidEnumArgumentException>(() => Individual with { TaskResultGrade = (CriterionGrade)9 });
        Assert.Throws<System.ComponentModel.InvalidEnumArgumentException>(() => Individual with { LowestOtherGrade = (CriterionGrade)(-1) });
    }

    [Fact]
    public void DefaultDecision_HasNoViolations_AndPrints()
    {
        var decision = default(RatingDecision);

        Assert.False(decision.HasViolations);
        Assert.Empty(decision.Violations);
        Assert.Contains("HasViolations = False", decision.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "R124-EXEMPT")]
    public void Decide_R124Exempt_SuspendedNotExempt_NewMember_CitesTheAdmissionReason()
    {
        var policy = P124 with { Exemption = new ExemptionRule { ExemptSuspended = false } };
        var facts = Individual with { IsSuspended = true, MonthsSinceAdmission = 3, Proposed = RatingLevel.Good };

        var violation = Assert.Single(policy.Decide(facts).Violations);

        Assert.Equal("R124-EXEMPT", violation.RuleId);
        Assert.DoesNotContain("đình chỉ", violation.Vietnamese, StringComparison.Ordinal);
        Assert.Contains("chưa đủ 6 tháng (3 tháng)", violation.Vietnamese, StringComparison.Ordinal);
        Assert.Contains(new RatingFigure("monthsSinceAdmission", 3m), violation.Figures);
    }

    [Fact]
    [Trait("Rule", "R124-EXEMPT")]
    public void Decide_R124Exempt_Suspended_UnknownMonths_ReportsNoMonthsFigure()
    {
        var violation = Assert.Single(P124.Decide(Individual with { IsSuspended = true, Proposed = RatingLevel.Good }).Violations);

        Assert.Contains("đình chỉ sinh hoạt", violation.Vietnamese, StringComparison.Ordinal);
        Assert.DoesNotContain(violation.Figures, f => f.Name == "monthsSinceAdmission");
    }

    [Fact]
    [Trait("Rule", "R366-K-LEADER")]
    public void Decide_R366KLeader_DutyRelatedOnly_InitializerBuiltRecord_Counts()
    {
        var policy = P366 with { Discipline = P366.Discipline! with { DutyRelatedOnly = true } };
        var byInitializer = new DisciplineRecord { Form = Discipline.Warning };
        var positional = new DisciplineRecord(Discipline.Warning);
        var facts = Leader with { Score = 95m, Proposed = RatingLevel.Excellent };

        Assert.Equal(positional, byInitializer);
        Assert.Equal(RatingLevel.NotCompleted, policy.Decide(facts with { Discipline = byInitializer }).HighestAllowed);
        Assert.Equal(RatingLevel.NotCompleted, policy.Decide(facts with { Discipline = positional }).HighestAllowed);
        Assert.Equal(RatingLevel.Excellent, policy.Decide(facts with { Discipline = new DisciplineRecord(Discipline.Warning, NotDutyRelated: true) }).HighestAllowed);
        Assert.Equal(RatingLevel.NotCompleted, P366.Decide(facts with { Discipline = new DisciplineRecord(Discipline.Warning, NotDutyRelated: true) }).HighestAllowed);
    }

    [Theory]
    [Trait("Rule", "R366-SCALE")]
    [InlineData(150, 120)]
    [InlineData(50, 50)]
    public void Decide_R366Scale_SheetNotOnTheHundredPointScale_IsAViolation_NotAScore(int maxTotal, int given)
    {
        var set = new CriteriaSet("Bộ tiêu chí của cơ quan", [new Criterion("A", "Kết quả thực hiện nhiệm vụ", maxTotal)], "R366-SCALE");
        var facts = Individual with { ScoreSheet = ScoreSheet.For(set).WithPoints("A", given), Proposed = RatingLevel.Excellent };

        var decision = P366.Decide(facts);

        Assert.Null(facts.EffectiveScore);
        var violation = Assert.Single(decision.Violations);
        Assert.Equal("R366-SCALE", violation.RuleId);
        Assert.Contains(new RatingFigure("maxTotal", maxTotal), violation.Figures);
        Assert.Contains("không phải thang 100 điểm", violation.Vietnamese, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "R-XS-5Y")]
    public void Flags_NoRole_GivesNoFlag_AndUndefinedRolesThrow()
    {
        var history = new RatingHistory(Enumerable.Range(2019, 5).Select(y => new YearRating(y, RatingLevel.Excellent)));

        Assert.Empty(history.Flags(2023, HistoryRoles.None));
        Assert.Equal("R-XS-5Y", Assert.Single(history.Flags(2023, HistoryRoles.PartyMember)).RuleId);
        Assert.Throws<ArgumentOutOfRangeException>(() => history.Flags(2023, (HistoryRoles)999));
        Assert.Throws<ArgumentOutOfRangeException>(() => history.Flags(2023, (HistoryRoles)(-1)));
    }

    [Fact]
    [Trait("Rule", "R132-K-ORG")]
    public void Decide_R132KOrg_OneSubUnitHandledForAViolation_MakesTheOrganizationK()
    {
        // 12 sub-units, one handled for a violation: far below the 20% share, but the clause needs only one.
        var facts = Organization with { SubUnits = RatingTally.FromCounts(2, 9, 1, 0), SubUnitsHandledForViolations = 1, Proposed = RatingLevel.Good };

        var decision = P132.Decide(facts);

        Assert.Equal(RatingLevel.NotCompleted, decision.HighestAllowed);
        var violation = Assert.Single(decision.Violations);
        Assert.Equal("R132-K-ORG", violation.RuleId);
        Assert.Contains("1 tổ chức trực thuộc có vi phạm bị xử lý", violation.Vietnamese, StringComparison.Ordinal);
        Assert.Contains(new RatingFigure("subUnitsHandled", 1), violation.Figures);
        Assert.False(P132.Decide(facts with { SubUnitsHandledForViolations = 0 }).HasViolations);
    }

    [Fact]
    [Trait("Rule", "R132-K-ORG")]
    public void Decide_R132KOrg_SubUnitHandled_DoesNotReachLeadershipCollectivesOrOtherVersions()
    {
        Assert.False(P132.Decide(LeadershipCollective with { SubUnitsHandledForViolations = 2, Proposed = RatingLevel.Good }).HasViolations);
        Assert.False(P124.Decide(Organization with { SubUnitsHandledForViolations = 2, Proposed = RatingLevel.Good }).HasViolations);
        Assert.False(P366.Decide(Organization with { SubUnitsHandledForViolations = 2, Proposed = RatingLevel.Good }).HasViolations);
        Assert.Equal(RatingSubjects.None, P366.NotCompleted.SubUnitViolationHandledSubjects);
    }

    [Theory]
    [Trait("Rule", "R124-K")]
    [InlineData(RatingSubjectKind.PartyOrganization)]
    [InlineData(RatingSubjectKind.LeadershipCollective)]
    public void Decide_R124K_SubUnitDisciplinedForCorruptionOrWaste_MakesTheCollectiveK(RatingSubjectKind kind)
    {
        var facts = new RatingFacts(kind) { SubUnitsDisciplinedForCorruptionOrWaste = 1, Proposed = RatingLevel.Completed };

        var decision = P124.Decide(facts);

        Assert.Equal(RatingLevel.NotCompleted, decision.HighestAllowed);
        var violation = Assert.Single(decision.Violations);
        Assert.Equal("R124-K", violation.RuleId);
        Assert.Contains("tham nhũng, lãng phí", violation.Vietnamese, StringComparison.Ordinal);
        Assert.Contains("corruption or waste", violation.English, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "R124-K")]
    public void Decide_R124K_CorruptionOrWaste_NotForPersons_NotUnder132Or366_AndSwitchable()
    {
        var facts = Organization with { SubUnitsDisciplinedForCorruptionOrWaste = 1, Proposed = RatingLevel.Good };
        var off = P124 with { NotCompleted = P124.NotCompleted with { SubUnitCorruptionOrWasteSubjects = RatingSubjects.None } };

        Assert.False(P124.Decide(Leader with { SubUnitsDisciplinedForCorruptionOrWaste = 1, Proposed = RatingLevel.Good }).HasViolations);
        Assert.False(P132.Decide(facts).HasViolations);
        Assert.False(P366.Decide(facts).HasViolations);
        Assert.False(off.Decide(facts).HasViolations);
    }

    [Fact]
    public void SubUnitViolationFacts_RejectNegativeCounts()
    {
        var handled = Assert.Throws<ArgumentException>(() => Organization with { SubUnitsHandledForViolations = -1 });
        var corruption = Assert.Throws<ArgumentException>(() => Organization with { SubUnitsDisciplinedForCorruptionOrWaste = -1 });

        Assert.Equal(nameof(RatingFacts.SubUnitsHandledForViolations), handled.ParamName);
        Assert.Equal(nameof(RatingFacts.SubUnitsDisciplinedForCorruptionOrWaste), corruption.ParamName);
    }

    [Fact]
    [Trait("Rule", "R132-K-ORG")]
    public void Decide_R132KOrg_BelowHalfOfTargets_ButEveryMainTargetDone_IsNotK()
    {
        // 4 of 10 targets done, but the 3 main ones all done: "< 50% with main targets < 100%" does not hold.
        var allMain = Organization with { Targets = new TargetFigures(10, 4, 4, 0, 3, 3), Proposed = RatingLevel.Good };
        var mainMissed = allMain with { Targets = new TargetFigures(10, 4, 4, 0, 3, 2) };
        var noMainFigures = allMain with { Targets = new TargetFigures(10, 4, 4, 0) };

        Assert.False(P132.Decide(allMain).HasViolations);
        var violation = Assert.Single(P132.Decide(mainMissed).Violations);
        Assert.Equal("R132-K-ORG", violation.RuleId);
        Assert.Contains("chỉ tiêu chủ yếu đạt 2/3, dưới 100%", violation.Vietnamese, StringComparison.Ordinal);
        Assert.Contains(new RatingFigure("mainDone", 2), violation.Figures);
        Assert.Contains(new RatingFigure("mainTotal", 3), violation.Figures);
        var fallback = Assert.Single(P132.Decide(noMainFigures).Violations);
        Assert.Equal("R132-K-ORG", fallback.RuleId);
        Assert.DoesNotContain("chủ yếu", fallback.Vietnamese, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "R21-LEADCOLL-K")]
    public void Decide_R21LeadCollK_LedUnitBelowHalf_NeedsItsMainTargetsMissed_WhenGiven()
    {
        var mainDone = LeadershipCollective with { LedUnitTargets = new TargetFigures(12, 5, 5, 0, 2, 2), Proposed = RatingLevel.Good };
        var mainMissed = mainDone with { LedUnitTargets = new TargetFigures(12, 5, 5, 0, 2, 1) };

        Assert.False(P132.Decide(mainDone).HasViolations);
        Assert.Equal("R21-LEADCOLL-K", Assert.Single(P132.Decide(mainMissed).Violations).RuleId);
    }

    [Fact]
    [Trait("Rule", "R124-K")]
    public void Decide_R124K_MainTargets_SpareCollectives_NotLeadersOrMembers()
    {
        var figures = new TargetFigures(10, 4, 4, 0, 4, 4);

        Assert.False(P124.Decide(Organization with { Targets = figures, Proposed = RatingLevel.Good }).HasViolations);
        Assert.Equal(RatingLevel.NotCompleted, P124.Decide(Leader with { LedUnitTargets = figures }).HighestAllowed);
        Assert.Equal(RatingLevel.NotCompleted, P124.Decide(Individual with { Targets = figures }).HighestAllowed);
        Assert.Equal(RatingLevel.NotCompleted, P132.Decide(Individual with { Targets = figures }).HighestAllowed);
        Assert.Equal(RatingSubjects.None, P366.NotCompleted.MainTargetsSubjects);
    }

    [Fact]
    public void TargetFigures_MainTargets_MustFitInTheTargets()
    {
        var figures = new TargetFigures(10, 6, 5, 1, 4, 3);

        Assert.Equal(4, figures.MainTotal);
        Assert.Equal(3, figures.MainDone);
        Assert.True(figures.MainTargetsMissedOrUnknown);
        Assert.False(new TargetFigures(10, 6, 5, 1, 4, 4).MainTargetsMissedOrUnknown);
        Assert.False(new TargetFigures(10, 6, 5, 1, 0, 0).MainTargetsMissedOrUnknown);
        Assert.True(new TargetFigures(10, 6, 5, 1).MainTargetsMissedOrUnknown);
        Assert.Null(default(TargetFigures).MainTotal);
        Assert.NotEqual(new TargetFigures(10, 6, 5, 1), new TargetFigures(10, 6, 5, 1, 4, 4));
        Assert.Throws<ArgumentOutOfRangeException>(() => new TargetFigures(10, 6, 5, 1, 11, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new TargetFigures(10, 6, 5, 1, -1, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new TargetFigures(10, 6, 5, 1, 4, 5));
        Assert.Throws<ArgumentOutOfRangeException>(() => new TargetFigures(10, 2, 2, 0, 4, 3));
        Assert.Throws<ArgumentOutOfRangeException>(() => new TargetFigures(10, 8, 5, 1, 5, 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => new TargetFigures(10, 6, 5, 1, 4, -1));
    }
}
